import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/index.ts';
import type { Result } from '../../../platform/errors.ts';
import { adjustStock, type StockError } from '../stock.service.ts';
import { dhakaToday } from './batches.dates.ts';

type LockedBatch = {
  id: string;
  batch_number: string | null;
  expiry_date: string;
  quantity: number;
};

/**
 * Locks a variant's row, then its batches with stock (earliest expiry first). Every batch change
 * takes the locks in this order (checkout, cancellation, the seller's edits, the write-off job), so
 * they queue behind each other instead of deadlocking.
 */
export async function lockVariantBatches(tx: Executor, variantId: string) {
  const variant = await tx
    .selectFrom('product_variants')
    .select(['id', 'on_hand', 'product_id', 'shop_id'])
    .where('id', '=', variantId)
    // NO KEY UPDATE, like adjustStock's UPDATE: the order line's foreign key (KEY SHARE) inserted
    // just before in the same checkout does not conflict with it, so buyers queue, never deadlock.
    .forNoKeyUpdate()
    .executeTakeFirst();
  if (!variant) return null;
  const { rows: batches } = await sql<LockedBatch>`
    SELECT id, batch_number, expiry_date::text AS expiry_date, quantity
    FROM stock_batches
    WHERE variant_id = ${variantId} AND quantity > 0
    ORDER BY expiry_date, created_at, id
    FOR NO KEY UPDATE`.execute(tx);
  const inBatches = batches.reduce((sum, b) => sum + b.quantity, 0);
  return { variant, batches, unbatched: Math.max(0, variant.on_hand - inBatches) };
}

/**
 * What can be sold now: unexpired batches (a batch sells through its expiry date, Asia/Dhaka) and
 * the units with no batch recorded. For a variant without batches that is simply on_hand.
 */
export function sellableOf(
  locked: { batches: LockedBatch[]; unbatched: number },
  today: string,
): { usable: LockedBatch[]; sellable: number } {
  const usable = locked.batches.filter((b) => b.expiry_date >= today);
  return { usable, sellable: usable.reduce((s, b) => s + b.quantity, 0) + locked.unbatched };
}

export type Reservation = {
  variantId: string;
  quantity: number;
  orderId: string;
  orderItemId: number;
  actorUserId: string | null;
};

/**
 * Reserves an order line's units inside the checkout's transaction. A variant with batches gives
 * the first-expiring unexpired batches first (FEFO, split across batches as needed), then stock with
 * no batch recorded; an expired batch is never taken, whether or not the write-off job has run.
 * Which batches gave what is recorded per order line so a release returns the same units. A variant
 * without batches goes through adjustStock exactly as before.
 */
export async function reserveStock(
  tx: Executor,
  r: Reservation,
  today: string = dhakaToday(),
): Promise<Result<{ onHand: number }, StockError>> {
  const locked = await lockVariantBatches(tx, r.variantId);
  if (!locked) return { ok: false, error: { code: 'VARIANT_NOT_FOUND' } };
  if (locked.batches.length > 0) {
    const { usable, sellable } = sellableOf(locked, today);
    if (sellable < r.quantity)
      return { ok: false, error: { code: 'INSUFFICIENT_STOCK', onHand: sellable } };
    let need = r.quantity;
    for (const b of usable) {
      if (need === 0) break;
      const take = Math.min(b.quantity, need);
      await takeFromBatch(tx, b.id, take);
      await allocate(tx, r, b.id, take);
      need -= take;
    }
    if (need > 0) await allocate(tx, r, null, need);
  }
  const adjusted = await adjustStock(tx, {
    variantId: r.variantId,
    delta: -r.quantity,
    reason: 'sale',
    actorUserId: r.actorUserId,
    reference: r.orderId,
  });
  if (!adjusted.ok) return adjusted;
  return { ok: true, value: { onHand: adjusted.value.onHand } };
}

async function takeFromBatch(tx: Executor, batchId: string, take: number) {
  const res = await sql`UPDATE stock_batches SET quantity = quantity - ${take}, updated_at = now()
                        WHERE id = ${batchId} AND quantity >= ${take}`.execute(tx);
  if (Number(res.numAffectedRows ?? 0) !== 1) throw new Error('batch changed under its lock');
}

async function allocate(tx: Executor, r: Reservation, batchId: string | null, quantity: number) {
  await tx
    .insertInto('stock_batch_allocations')
    .values({
      order_id: r.orderId,
      order_item_id: r.orderItemId,
      variant_id: r.variantId,
      batch_id: batchId,
      quantity,
      released_at: null,
    })
    .execute();
}

/**
 * Gives an order line's units back (cancellation, rejection, payment failure or timeout, return):
 * to the batches they were taken from (a batch removed since gives them back as stock with no
 * batch), and to on_hand through the ledger. An expired batch takes its units back too: they stay
 * unsellable and the next write-off counts them.
 */
export async function releaseStock(
  tx: Executor,
  line: {
    variantId: string;
    quantity: number;
    orderId: string;
    orderItemId: number;
    reason: 'cancellation' | 'return';
    actorUserId: string | null;
  },
): Promise<Result<{ onHand: number }, StockError>> {
  const locked = await lockVariantBatches(tx, line.variantId);
  if (!locked) return { ok: false, error: { code: 'VARIANT_NOT_FOUND' } };
  const allocations = await tx
    .updateTable('stock_batch_allocations')
    .set({ released_at: sql<Date>`now()` })
    .where('order_item_id', '=', line.orderItemId)
    .where('released_at', 'is', null)
    .returning(['batch_id', 'quantity'])
    .execute();
  for (const a of allocations) {
    if (!a.batch_id) continue;
    await sql`UPDATE stock_batches SET quantity = quantity + ${a.quantity}, updated_at = now()
              WHERE id = ${a.batch_id}`.execute(tx);
  }
  const adjusted = await adjustStock(tx, {
    variantId: line.variantId,
    delta: line.quantity,
    reason: line.reason,
    actorUserId: line.actorUserId,
    reference: line.orderId,
  });
  if (!adjusted.ok) return adjusted;
  return { ok: true, value: { onHand: adjusted.value.onHand } };
}
