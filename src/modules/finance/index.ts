import type { HaatModule } from '../../platform/http/types.ts';
import { financeRoutes } from './finance.routes.ts';
import './finance.errors.ts';
import './finance.tables.ts';

/**
 * Seller finance: statements of a shop's ledger accounts by period (JSON, CSV, PDF), monthly
 * commission invoices, and the admin's summary of the marketplace's money. See docs/finance.md.
 */
export { kindGroup, kindLabel, kindWords } from './finance.kinds.ts';
export { buildStatement, type Statement } from './finance.statement.ts';

export const financeModule: HaatModule = {
  name: 'finance',
  routes: financeRoutes,
};
