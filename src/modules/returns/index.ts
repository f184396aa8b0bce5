import type { HaatModule } from '../../platform/http/types.ts';
import { returnRoutes } from './returns.routes.ts';
import './returns.errors.ts';
import './returns.tables.ts';

/**
 * Customer returns of delivered lines and their partial refunds (docs/returns.md).
 */
export { manualCodRefund, setCodRefundSender, type CodRefundSender } from './refunds.service.ts';
export type { ReturnStatus } from './returns.tables.ts';

export const returnsModule: HaatModule = {
  name: 'returns',
  routes: returnRoutes,
};
