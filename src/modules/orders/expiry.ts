import type { AppContext } from '../../platform/context.ts';
import { schedule } from '../../platform/schedule.ts';
import { transition } from './transitions.service.ts';

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
 * Runs the expiry every minute in the worker role, once per tick across all workers (platform
 * scheduler); each run is idempotent, so a retried tick does no harm.
 */
export async function scheduleExpiry(ctx: AppContext, everyMs = 60_000) {
  await schedule(ctx, 'orders.expire-reservations', { everyMs }, async () => {
    await expireReservations(ctx);
  });
}
