import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';

/** Order statuses that end an order without it reaching the customer. */
const ENDED_UNFILLED = ['cancelled', 'rejected'] as const;

/**
 * Gives back what an order took from its promotions when it ends unfilled (cancelled, rejected,
 * expired unpaid), inside the transition's transaction, once: its flash-sale units go back under
 * the sale's cap (and off the customer's per-customer count), and the coupon's use goes back once
 * no order of the same checkout still carries the coupon (one use covers a multi-shop checkout).
 * A use given back is a deleted redemption row, so the customer's own limit counts it no more.
 */
export async function releasePromotions(tx: Executor, orderId: string) {
  const units = await tx
    .deleteFrom('flash_sale_purchases')
    .where('order_id', '=', orderId)
    .returning(['flash_sale_id', 'quantity'])
    .execute();
  for (const u of [...units].sort((a, b) => a.flash_sale_id.localeCompare(b.flash_sale_id)))
    await tx
      .updateTable('flash_sales')
      .set({ sold: sql`greatest(sold - ${u.quantity}, 0)` })
      .where('id', '=', u.flash_sale_id)
      .execute();

  const order = await tx
    .selectFrom('orders')
    .select(['coupon_id', 'checkout_id'])
    .where('id', '=', orderId)
    .executeTakeFirst();
  if (!order?.coupon_id || !order.checkout_id) return;
  const stillUsing = await tx
    .selectFrom('orders')
    .select('id')
    .where('checkout_id', '=', order.checkout_id)
    .where('coupon_id', '=', order.coupon_id)
    .where('id', '<>', orderId)
    .where('status', 'not in', [...ENDED_UNFILLED])
    .limit(1)
    .executeTakeFirst();
  if (stillUsing) return;
  const given = await tx
    .deleteFrom('coupon_redemptions')
    .where('coupon_id', '=', order.coupon_id)
    .where('checkout_id', '=', order.checkout_id)
    .returning('id')
    .executeTakeFirst();
  if (given)
    await tx
      .updateTable('coupons')
      .set({ used: sql`greatest(used - 1, 0)` })
      .where('id', '=', order.coupon_id)
      .execute();
}
