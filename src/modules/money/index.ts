import type { HaatModule } from '../../platform/http/types.ts';
import { moneyRoutes } from './money.routes.ts';
import './money.errors.ts';
import './money.tables.ts';

/**
 * Marketplace money: commission rules and a double-entry ledger of what the platform and each
 * seller owe each other (docs/money.md). Orders call these inside their own transactions.
 */
export { account, type Account } from './accounts.ts';
export { postLedger, verifyLedger, type LedgerLine, type Posting } from './ledger.ts';
export { lineCommission, resolveCommissions, type LineRate } from './commission.ts';
export {
  postAdjustment,
  postPartialRefundDue,
  postPartialRefundPaid,
  postPaymentCaptured,
  postRefundDue,
  postRefundPaid,
  type PartialRefundInput,
} from './postings.ts';
export {
  postAdvanceCaptured,
  postAdvanceRefundDue,
  postAdvanceRefundPaid,
  type AdvanceRef,
} from './advance-postings.ts';
export { balanceOf } from './money.service.ts';

export const moneyModule: HaatModule = {
  name: 'money',
  routes: moneyRoutes,
};
