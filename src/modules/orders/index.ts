import type { AppContext } from '../../platform/context.ts';
import type { HaatModule } from '../../platform/http/types.ts';
import { PaymentGateway } from '../payments/index.ts';
import { schedule } from '../../platform/schedule.ts';
import { emitDailySummaries } from './daily-summary.ts';
import { scheduleExpiry } from './expiry.ts';
import { scheduleReconciliation } from './reconcile.ts';
import { orderRoutes } from './orders.routes.ts';
import { advanceRoutes } from './advance.routes.ts';
import './orders.errors.ts';
import './orders.tables.ts';

export type { OrderStatus, PrescriptionStatus } from './orders.tables.ts';
export { findOrderRef, type OrderRef } from './orders.repo.ts';
export { onOrderCreated, type NewOrder } from './placed-hooks.ts';
export { canViewOrder } from './orders.policy.ts';
export {
  orderEventPayload,
  refuseOrder,
  setPrescriptionStatus,
  type Actor as OrderActor,
} from './transitions.service.ts';
export { COD_NOT_ACCEPTED, expireReservations, expireUnacceptedCod } from './expiry.ts';
export { reconcilePayments } from './reconcile.ts';
// The assistant acts on the caller's own orders through these (same policy as the routes).
export { getOrder, listForCustomer, moveOrder } from './orders.service.ts';
export { listAddresses } from './addresses.service.ts';
export { emitDailySummaries } from './daily-summary.ts';
export { recordResult } from './capture.service.ts';
export { refundPayment } from './refund.service.ts';
export {
  customerDataForExport,
  customerOrderCount,
  forgetCustomer,
  openOrderCount,
} from './privacy.ts';

const gateways = new WeakMap<AppContext, PaymentGateway>();

/** One set of payment providers (and sandboxes) per app context. */
export function paymentGateway(ctx: AppContext): PaymentGateway {
  let g = gateways.get(ctx);
  if (!g) {
    g = new PaymentGateway(ctx.config, ctx.kv, ctx.logger);
    gateways.set(ctx, g);
  }
  return g;
}

export const ordersModule: HaatModule = {
  name: 'orders',
  routes: (app, ctx) => {
    const gateway = paymentGateway(ctx);
    app.addHook('onClose', async () => gateway.close());
    orderRoutes(app, ctx, gateway);
    advanceRoutes(app, ctx);
  },
  worker: async (ctx) => {
    await scheduleExpiry(ctx);
    // Online payments whose callback never brought a final answer: ask the provider.
    await scheduleReconciliation(ctx, paymentGateway(ctx));
    // 21:00 in Dhaka (15:00 UTC): each seller hears how the day went.
    await schedule(ctx, 'seller-daily-summary', { cron: '0 15 * * *' }, async () => {
      await emitDailySummaries(ctx);
    });
  },
};
