import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { serialCursor } from '../../platform/http/cursor.ts';
import type { Result } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/outbox.ts';
import type { StockReason } from './catalog.tables.ts';
import { trimBatchesToOnHand } from './batches/batches.trim.ts';

export type StockAdjustment = {
  variantId: string;
  delta: number;
  reason: StockReason;
  /** Who made the change; null for the system (e.g. an expired reservation). */
  actorUserId: string | null;
  note?: string | null;
  /** A free reference such as an order id. */
  reference?: string | null;
};

export type StockAdjusted = { onHand: number; movementId: number };
export type StockError =
  { code: 'INSUFFICIENT_STOCK'; onHand: number } | { code: 'VARIANT_NOT_FOUND' };

/**
 * Changes a variant's stock on hand and records the change in the ledger, inside the caller's
 * transaction (orders call it with theirs). The UPDATE only matches while the result stays at or
 * above zero; PostgreSQL's row lock makes concurrent adjustments queue up and re-check that
 * condition, so stock can never be oversold. The CHECK constraint is the last line of defence.
 */
export async function adjustStock(
  tx: Executor,
  change: StockAdjustment,
): Promise<Result<StockAdjusted, StockError>> {
  if (!Number.isInteger(change.delta) || change.delta === 0) {
    throw new Error('adjustStock: delta must be a non-zero integer');
  }
  const updated = await tx
    .updateTable('product_variants')
    .set({ on_hand: sql<number>`on_hand + ${change.delta}`, updated_at: sql<Date>`now()` })
    .where('id', '=', change.variantId)
    .where(sql<boolean>`on_hand + ${change.delta} >= 0`)
    .returning(['id', 'on_hand', 'product_id', 'shop_id', 'sku', 'low_stock_threshold'])
    .executeTakeFirst();
  if (!updated) {
    const current = await tx
      .selectFrom('product_variants')
      .select('on_hand')
      .where('id', '=', change.variantId)
      .executeTakeFirst();
    if (!current) return { ok: false, error: { code: 'VARIANT_NOT_FOUND' } };
    return { ok: false, error: { code: 'INSUFFICIENT_STOCK', onHand: current.on_hand } };
  }
  const movement = await tx
    .insertInto('stock_movements')
    .values({
      variant_id: updated.id,
      product_id: updated.product_id,
      shop_id: updated.shop_id,
      actor_user_id: change.actorUserId,
      reason: change.reason,
      delta: change.delta,
      on_hand_after: updated.on_hand,
      note: change.note ?? null,
      reference: change.reference ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Batches (medicines) never hold more than the variant has: a decrease here takes them along.
  if (change.delta < 0) await trimBatchesToOnHand(tx, updated.id, updated.on_hand);
  const before = updated.on_hand - change.delta;
  if (updated.on_hand <= updated.low_stock_threshold && before > updated.low_stock_threshold) {
    await emitLowStock(tx, updated);
  }
  return { ok: true, value: { onHand: updated.on_hand, movementId: movement.id } };
}

/**
 * Tells the seller once, when stock crosses down to its threshold (not on every later sale), in
 * the same transaction as the change. Payload per the notifications contract for `stock.low`.
 */
async function emitLowStock(
  tx: Executor,
  v: { id: string; product_id: string; shop_id: string; sku: string; on_hand: number },
) {
  const product = await tx
    .selectFrom('products')
    .select(['name_bn', 'name_en'])
    .where('id', '=', v.product_id)
    .executeTakeFirst();
  await emitEvent(tx, 'stock.low', {
    shopId: v.shop_id,
    productId: v.product_id,
    productName: product?.name_bn || product?.name_en || v.sku,
    variantId: v.id,
    sku: v.sku,
    onHand: v.on_hand,
  });
}

export async function stockLedger(
  db: Executor,
  variantId: string,
  options: { limit: number; cursor?: string },
) {
  let query = db
    .selectFrom('stock_movements')
    .selectAll()
    .where('variant_id', '=', variantId)
    .orderBy('id', 'desc')
    .limit(options.limit + 1);
  const before = serialCursor.decode(options.cursor);
  if (before) query = query.where('id', '<', before[0]);
  const rows = await query.execute();
  const page = rows.slice(0, options.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      reason: r.reason,
      delta: r.delta,
      onHandAfter: r.on_hand_after,
      note: r.note,
      reference: r.reference,
      actorUserId: r.actor_user_id,
      createdAt: r.created_at.toISOString(),
    })),
    nextCursor:
      rows.length > options.limit ? serialCursor.encode([page[page.length - 1]!.id]) : null,
  };
}
