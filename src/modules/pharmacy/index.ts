import type { HaatModule } from '../../platform/http/types.ts';
import { intakeRoutes } from './intake.routes.ts';
import './intake.errors.ts';
import './intake.tables.ts';
import { matchRoutes } from './match.routes.ts';
import './match.errors.ts';
import { medicineRoutes } from './medicines.routes.ts';
import { seedPharmacy } from './pharmacy.seed.ts';
import { matcherFor } from './matcher/matcher.cache.ts';
import './medicines.errors.ts';
import './pharmacy.tables.ts';

export type { PrescriptionClass } from './pharmacy.tables.ts';
export { MEDICINE_FILES, MedicineImportError } from './import/csv.ts';
export { importMedicines, type MedicineImportReport } from './import/medicines.import.ts';
export { formatMedicineImportReport } from './import/report.ts';
export { seedDemoMedicines, linkDemoProducts } from './pharmacy.seed.ts';
export {
  createLinkedProduct,
  type LinkedProductInput,
  type LinkedProductResult,
} from './linked-product.ts';

/** The medicine master catalog and the pharmacy's tools (docs/pharmacy.md). */
export const pharmacyModule: HaatModule = {
  name: 'pharmacy',
  routes: async (app, ctx) => {
    await medicineRoutes(app, ctx);
    await matchRoutes(app, ctx);
    await intakeRoutes(app, ctx);
  },
  seed: (ctx) => seedPharmacy(ctx),
  // Indexing a full master (about 21,000 brands) takes seconds: done at start, not on the first list.
  warmUp: async (ctx) => {
    await matcherFor(ctx);
  },
};
