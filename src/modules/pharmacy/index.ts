import type { HaatModule } from '../../platform/http/types.ts';
import { intakeRoutes } from './intake.routes.ts';
import './intake.errors.ts';
import './intake.tables.ts';
import './pharmacy.tables.ts';

export type { PrescriptionClass } from './pharmacy.tables.ts';
export {
  createLinkedProduct,
  type LinkedProductInput,
  type LinkedProductResult,
} from './linked-product.ts';

/** The medicine master catalog and the pharmacy's tools (docs/pharmacy.md). */
export const pharmacyModule: HaatModule = {
  name: 'pharmacy',
  routes: intakeRoutes,
};
