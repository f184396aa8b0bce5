import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { schedule } from '../../platform/schedule.ts';
import { restoreOrderToCart } from './restore-cart.ts';
import { transition } from './transitions.service.ts';

/** Timeline reason (and outbox `reason`) of a COD order the shop did not accept in time. */
export const COD_NOT_ACCEPTED = 'not_accepted_in_time';

/**
 * Cancels orders whose online payment did not arrive in time and gives their stock back. Safe to run
 * from several workers at once (SKIP LOCKED); a payment that still arrives later is refunded.
 */
export async function expireReservations(
  ctx: AppContext,
  now = new Date(),
  batch = 100,
): Promise<number> {
  let expired = 0;
  for (;;) {
    const n = await ctx.db.transaction().execute(async (tx) => {
      const due = await tx
        .selectFrom('orders')
        .select('id')
        .where('status', '=', 'pending_payment')
        .where('expires_at', '<=', now)
        .orderBy('expires_at')
        .limit(batch)
        .forUpdate()
        .skipLocked()
        .execute();
      for (const o of due) {
        await transition(tx, o.id, 'cancelled', { id: null, role: 'system' }, 'payment_timeout');
      }
      return due.length;
    });
    expired += n;
    if (n < batch) return expired;
  }
}

/**
 * Cancels cash-on-delivery orders the seller has not accepted within ORDER_COD_ACCEPT_HOURS of
 * placement (or of the shop's opening, for an order placed while it was closed): their stock goes back on sale, the items back to the customer's bag, and the customer
 * and the seller are told (order.cancelled with reason not_accepted_in_time). SKIP LOCKED, like the
 * payment expiry; a seller accepting at the same moment either wins the row lock or finds it gone.
 */
export async function expireUnacceptedCod(
  ctx: AppContext,
  now = new Date(),
  batch = 100,
): Promise<number> {
  const cutoff = new Date(now.getTime() - ctx.config.ORDER_COD_ACCEPT_HOURS * 3_600_000);
  let expired = 0;
  for (;;) {
    const n = await ctx.db.transaction().execute(async (tx) => {
      const due = await tx
        .selectFrom('orders')
        .select('id')
        .where('status', '=', 'placed')
        .where('payment_method', '=', 'cod')
        // A shop closed at placement gets its full time to accept from when it opened.
        .where(sql<Date>`greatest(created_at, coalesce(shop_opens_at, created_at))`, '<=', cutoff)
        .orderBy('created_at')
        .limit(batch)
        .forUpdate()
        .skipLocked()
        .execute();
      for (const o of due) {
        await transition(tx, o.id, 'cancelled', { id: null, role: 'system' }, COD_NOT_ACCEPTED);
        await restoreOrderToCart(tx, o.id);
      }
      return due.length;
    });
    expired += n;
    if (n < batch) return expired;
  }
}

/**
 * Runs the expiry every minute in the worker role, once per tick across all workers (platform
 * scheduler); each run is idempotent, so a retried tick does no harm.
 */
export async function scheduleExpiry(ctx: AppContext, everyMs = 60_000) {
  await schedule(ctx, 'orders.expire-reservations', { everyMs }, async () => {
    await expireReservations(ctx);
    await expireUnacceptedCod(ctx);
  });
}
