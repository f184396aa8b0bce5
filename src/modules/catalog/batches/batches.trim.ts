import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/index.ts';

/**
 * Keeps a variant's batches within its stock on hand after a decrease that did not name batches (a
 * seller's manual correction, a CSV stock figure): the units with no batch recorded go first, then
 * expired batches, then the batches that expire first. Called by adjustStock after its UPDATE, so
 * the variant row is already locked (the lock order everywhere: variant, then its batches).
 * A variant without batches costs one indexed read.
 */
export async function trimBatchesToOnHand(tx: Executor, variantId: string, onHand: number) {
  const { rows } = await sql<{ id: string; quantity: number }>`
    SELECT id, quantity FROM stock_batches
    WHERE variant_id = ${variantId} AND quantity > 0
    ORDER BY expiry_date, created_at, id
    FOR NO KEY UPDATE`.execute(tx);
  let excess = rows.reduce((sum, b) => sum + b.quantity, 0) - onHand;
  for (const b of rows) {
    if (excess <= 0) break;
    const take = Math.min(b.quantity, excess);
    await sql`UPDATE stock_batches SET quantity = quantity - ${take}, updated_at = now()
              WHERE id = ${b.id}`.execute(tx);
    excess -= take;
  }
}
