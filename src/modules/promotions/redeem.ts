import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { split, type CouponOutcome, type PricedShop, type ShopPromotions } from './pricing.ts';

type Line = { variantId: string; price: number; quantity: number };

/**
 * Makes the promotions a checkout was priced with its own, inside the checkout's transaction
 * (after its orders and lines are written): a coupon code that does not apply refuses the whole
 * checkout; each coupon's use is taken with one conditional UPDATE (`used < max_uses`): the row
 * lock makes concurrent last uses queue, and the one that finds the coupon used up rolls its
 * checkout back, so N uses give exactly N discounted checkouts. The customer's own use is a
 * numbered row whose unique key holds the per-customer limit. Flash-sale units are taken the same
 * way against the sale's stock cap. Each line gets its share of its order's coupon discount.
 */
export async function redeemPromotions(
  tx: Executor,
  customerId: string,
  checkoutId: string,
  cart: { shops: PricedShop<Line>[]; coupon?: CouponOutcome | null },
) {
  const coupon = cart.coupon;
  if (coupon && !coupon.applied && coupon.problem)
    throw new AppError(coupon.problem.code, coupon.problem.details);

  const orders = await tx
    .selectFrom('orders')
    .select(['id', 'shop_id'])
    .where('checkout_id', '=', checkoutId)
    .execute();
  const orderOf = (shopId: string) => orders.find((o) => o.shop_id === shopId)!.id;

  // Coupons first, in id order (a fixed lock order), then flash sales in id order.
  const couponIds = [
    ...new Set(cart.shops.map((s) => s.promotions?.couponId).filter((id) => id != null)),
  ].sort();
  for (const couponId of couponIds) {
    const taken = await tx
      .updateTable('coupons')
      .set({ used: sql`used + 1` })
      .where('id', '=', couponId)
      .where('active', '=', true)
      .where((eb) => eb.or([eb('max_uses', 'is', null), eb('used', '<', eb.ref('max_uses'))]))
      .where('starts_at', '<=', sql<Date>`now()`)
      .where('ends_at', '>', sql<Date>`now()`)
      .returning(['code', 'per_customer'])
      .executeTakeFirst();
    if (!taken) throw new AppError('COUPON_USED_UP', { code: coupon?.code ?? '' });
    const mine = await tx
      .selectFrom('coupon_redemptions')
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('use_number').as('last')])
      .where('coupon_id', '=', couponId)
      .where('customer_id', '=', customerId)
      .executeTakeFirstOrThrow();
    // Numbered after the last use (a use given back by a cancelled order leaves a gap); the limit
    // counts the uses that stand.
    const useNumber = (mine.last ?? 0) + 1;
    if (taken.per_customer !== null && Number(mine.n) + 1 > taken.per_customer)
      throw new AppError('COUPON_CUSTOMER_LIMIT', { limit: taken.per_customer });
    const discount = cart.shops
      .filter((s) => s.promotions?.couponId === couponId)
      .reduce((sum, s) => sum + s.promotions!.discount, 0);
    await tx
      .insertInto('coupon_redemptions')
      .values({
        coupon_id: couponId,
        customer_id: customerId,
        checkout_id: checkoutId,
        use_number: useNumber,
        discount,
      })
      .execute();
  }

  const flashLines = cart.shops
    .flatMap((s) =>
      (s.promotions?.flash ?? [])
        .filter((f) => f.applied)
        .map((f) => ({
          ...f,
          shopId: s.shopId,
          line: s.lines.find((l) => l.variantId === f.variantId)!,
        })),
    )
    .sort((a, b) => a.flashSaleId.localeCompare(b.flashSaleId));
  for (const f of flashLines) {
    const taken = await tx
      .updateTable('flash_sales')
      .set({ sold: sql`sold + ${f.line.quantity}` })
      .where('id', '=', f.flashSaleId)
      .where('active', '=', true)
      .where(sql<boolean>`sold + ${f.line.quantity} <= stock_cap`)
      .where('ends_at', '>', sql<Date>`now()`)
      .returning('id')
      .executeTakeFirst();
    if (!taken) throw new AppError('FLASH_SALE_SOLD_OUT', { variantId: f.variantId });
    const orderId = orderOf(f.shopId);
    await tx
      .insertInto('flash_sale_purchases')
      .values({
        flash_sale_id: f.flashSaleId,
        customer_id: customerId,
        order_id: orderId,
        quantity: f.line.quantity,
      })
      .execute();
    await tx
      .updateTable('order_items')
      .set({ list_price: f.listPrice, flash_sale_id: f.flashSaleId })
      .where('order_id', '=', orderId)
      .where('variant_id', '=', f.variantId)
      .execute();
  }

  for (const s of cart.shops) {
    const p = s.promotions;
    if (!p || p.discount === 0) continue;
    const orderId = orderOf(s.shopId);
    // Each line carries its share of the coupon (so a returned line refunds what was paid for it).
    const items = await tx
      .selectFrom('order_items')
      .select(['id', 'line_total'])
      .where('order_id', '=', orderId)
      .orderBy('id')
      .execute();
    const shares = split(
      items.map((i) => i.line_total),
      p.discount,
    );
    for (const [i, item] of items.entries())
      if (shares[i]! > 0)
        await tx
          .updateTable('order_items')
          .set({ discount: shares[i]! })
          .where('id', '=', item.id)
          .execute();
  }
}

/** What an order was given, written with the order itself (its total is net of it). */
export function orderPromotionColumns(p: ShopPromotions | undefined) {
  return {
    discount: p?.discount ?? 0,
    platform_discount: p?.platformDiscount ?? 0,
    delivery_discount: p?.deliveryDiscount ?? 0,
    coupon_id: p?.couponId ?? null,
  };
}
