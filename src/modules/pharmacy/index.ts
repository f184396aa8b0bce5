import type { HaatModule } from '../../platform/http/types.ts';
import './pharmacy.tables.ts';

export type { PrescriptionClass } from './pharmacy.tables.ts';

/** The medicine master catalog and the pharmacy's tools (docs/pharmacy.md). */
export const pharmacyModule: HaatModule = {
  name: 'pharmacy',
};
