import type { HaatModule } from '../../platform/http/types.ts';
import { matchRoutes } from './match.routes.ts';
import './match.errors.ts';
import './pharmacy.tables.ts';

export type { PrescriptionClass } from './pharmacy.tables.ts';

/** The medicine master catalog and the pharmacy's tools (docs/pharmacy.md). */
export const pharmacyModule: HaatModule = {
  name: 'pharmacy',
  routes: matchRoutes,
};
