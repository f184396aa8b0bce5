/** Consistency checks of the fault drills (test/drills/*.test.ts); shopping set-up in test/helpers/shopping.ts. */
import { sql } from 'kysely';
import type { AppContext } from '../../src/platform/context.ts';
import '../../src/modules/orders/orders.tables.ts';

/**
 * Nothing half-written for the variant's shop: every order has its items, one payment row and one
 * sale movement per item; the variant's stock equals the sum of its movements.
 */
export async function assertConsistent(db: AppContext['db'], shopId: string, variantId: string) {
  const problems: string[] = [];
  const orders = await db
    .selectFrom('orders')
    .select(['id', 'status', 'stock_released'])
    .where('shop_id', '=', shopId)
    .execute();
  for (const o of orders) {
    const items = await db
      .selectFrom('order_items')
      .select(['variant_id', 'quantity'])
      .where('order_id', '=', o.id)
      .execute();
    const payments = await db
      .selectFrom('payments')
      .select('id')
      .where('order_id', '=', o.id)
      .execute();
    const sales = await db
      .selectFrom('stock_movements')
      .select(['variant_id', 'delta'])
      .where('reference', '=', o.id)
      .where('reason', '=', 'sale')
      .execute();
    if (items.length === 0) problems.push(`order ${o.id} has no items`);
    if (payments.length !== 1) problems.push(`order ${o.id} has ${payments.length} payments`);
    for (const item of items) {
      const sale = sales.filter((s) => s.variant_id === item.variant_id);
      if (sale.length !== 1 || sale[0]!.delta !== -item.quantity) {
        problems.push(`order ${o.id}: item without its stock movement`);
      }
    }
  }
  const { rows } = await sql<{ on_hand: number; moved: number }>`
    SELECT v.on_hand, COALESCE((SELECT sum(delta) FROM stock_movements m WHERE m.variant_id = v.id), 0)::int AS moved
    FROM product_variants v WHERE v.id = ${variantId}`.execute(db);
  if (rows[0]!.on_hand !== rows[0]!.moved) {
    problems.push(`stock ${rows[0]!.on_hand} but movements sum to ${rows[0]!.moved}`);
  }
  return { orders, problems };
}

/** Resolves with the promise's value, or rejects after `ms`: a request may fail, never hang. */
export function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} hung for more than ${ms} ms`)), ms);
    }),
  ]);
}
