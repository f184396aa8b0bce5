import type { HaatModule } from '../../platform/http/types.ts';
import { schedule } from '../../platform/schedule.ts';
import { paymentGateway } from '../orders/index.ts';
import { followUpRefunds } from './refunds.service.ts';
import { returnRoutes } from './returns.routes.ts';
import './returns.errors.ts';
import './returns.tables.ts';

/**
 * Customer returns of delivered lines and their partial refunds (docs/returns.md).
 */
export {
  followUpRefunds,
  bkashCodRefund,
  manualCodRefund,
  setCodRefundSender,
  type CodRefundSender,
} from './refunds.service.ts';
export type { ReturnStatus } from './returns.tables.ts';

export const returnsModule: HaatModule = {
  name: 'returns',
  routes: returnRoutes,
  worker: async (ctx) => {
    // Refunds a provider accepted but settles later (SSLCommerz): asked again every 10 minutes.
    await schedule(ctx, 'returns-refund-follow-up', { everyMs: 10 * 60_000 }, async () => {
      await followUpRefunds(ctx, paymentGateway(ctx));
    });
  },
};
