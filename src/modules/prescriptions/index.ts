import type { HaatModule } from '../../platform/http/types.ts';
import { prescriptionRoutes } from './prescriptions.routes.ts';
import './prescriptions.errors.ts';
import './prescriptions.tables.ts';

export { PRESCRIPTION_REJECTED } from './prescriptions.service.ts';

export const prescriptionsModule: HaatModule = {
  name: 'prescriptions',
  routes: prescriptionRoutes,
};
