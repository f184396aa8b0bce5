import type { HaatModule } from '../../platform/http/types.ts';
import { onOrderCreated } from '../orders/index.ts';
import { prescriptionRoutes } from './prescriptions.routes.ts';
import { scheduleRefillJobs } from './refills.jobs.ts';
import { refillRoutes } from './refills.routes.ts';
import { attachConfirmedRequest } from './requests.service.ts';
import './prescriptions.errors.ts';
import './prescriptions.tables.ts';

export { PRESCRIPTION_REJECTED } from './prescriptions.service.ts';

// An order placed from a confirmed "send your prescription" proposal carries it, approved.
onOrderCreated(attachConfirmedRequest);

export const prescriptionsModule: HaatModule = {
  name: 'prescriptions',
  routes: async (app, ctx) => {
    await prescriptionRoutes(app, ctx);
    refillRoutes(app, ctx);
  },
  worker: (ctx) => scheduleRefillJobs(ctx),
};
