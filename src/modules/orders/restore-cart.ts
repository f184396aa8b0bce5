import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { MAX_QUANTITY_PER_ITEM } from '../cart/index.ts';

/**
 * Puts an order's lines back in its customer's bag (added to what is there, within the per-item
 * limit), at the order's prices as "seen", so a changed price is shown before the next checkout.
 * Used when an online payment fails or is cancelled: the order is cancelled, and the buyer can
 * simply check out again. Variants deleted since are skipped.
 */
export async function restoreOrderToCart(tx: Executor, orderId: string) {
  await sql`
    INSERT INTO cart_items (customer_id, variant_id, quantity, price_seen)
    SELECT o.customer_id, oi.variant_id, least(sum(oi.quantity), ${MAX_QUANTITY_PER_ITEM}),
           min(oi.unit_price)
    FROM order_items oi
    JOIN orders o ON o.id = oi.order_id
    JOIN product_variants v ON v.id = oi.variant_id
    WHERE oi.order_id = ${orderId}
    GROUP BY o.customer_id, oi.variant_id
    ON CONFLICT (customer_id, variant_id) DO UPDATE
      SET quantity = least(cart_items.quantity + EXCLUDED.quantity, ${MAX_QUANTITY_PER_ITEM}),
          updated_at = now()`.execute(tx);
}
