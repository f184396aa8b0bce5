import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { addToCart, buyer, moveOrder, type Buyer } from '../../../test/helpers/shopping.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  checkoutWith,
  coupon,
  hourAgo,
  inADay,
  promoShop,
  shopper,
  type PromoShop,
} from './test-support.ts';

/**
 * An order that ends unfilled (cancelled by the customer or the platform, rejected by the shop)
 * gives back the coupon's use and the flash-sale units it took: a limited coupon is not used up,
 * and a capped sale not sold out, by orders that never reached anybody.
 */

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
});
afterAll(() => t.close());

async function placed(b: Buyer, body: Record<string, unknown>) {
  const res = await checkoutWith(t.app, b, body);
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { orders: { id: string; shopId: string }[] }).orders;
}

async function cancel(user: { auth: Record<string, string> }, orderId: string) {
  const res = await moveOrder(t.app, user, orderId, 'cancelled');
  expect(res.statusCode, res.body).toBe(200);
}

async function couponState(code: string) {
  const c = await t.ctx.db
    .selectFrom('coupons')
    .select(['id', 'used'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  const r = await t.ctx.db
    .selectFrom('coupon_redemptions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('coupon_id', '=', c.id)
    .executeTakeFirstOrThrow();
  return { used: c.used, redemptions: Number(r.n) };
}

function postSale(app: HttpApp, shop: PromoShop, body: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/shops/${shop.shopId}/flash-sales`,
    headers: { ...shop.seller.auth, 'accept-language': 'en' },
    payload: { variantId: shop.variantId, startsAt: hourAgo(), endsAt: inADay(), ...body },
  });
}

describe('an order that ends unfilled gives its promotions back', () => {
  it("a cancelled order's coupon use goes back: to the total and to the customer's own limit", async () => {
    const shop = await promoShop(t.ctx, t.app);
    const code = await coupon(t.app, shop.seller, shop.shopId, { maxUses: 2, perCustomer: 1 });
    const a = await shopper(t.ctx, t.app, shop);
    const [first] = await placed(a, { couponCode: code });
    expect(await couponState(code)).toEqual({ used: 1, redemptions: 1 });

    await cancel(a, first!.id);
    expect(await couponState(code)).toEqual({ used: 0, redemptions: 0 });
    // Cancelling is one step: nothing is given back twice.
    expect((await moveOrder(t.app, a, first!.id, 'cancelled')).statusCode).toBe(409);
    expect(await couponState(code)).toEqual({ used: 0, redemptions: 0 });

    // The same customer may use it again (their limit of one counts uses that stand) …
    await addToCart(t.app, a, shop.variantId, 1);
    await placed(a, { couponCode: code });
    // … and the total limit of two still holds.
    await placed(await shopper(t.ctx, t.app, shop), { couponCode: code });
    expect(await couponState(code)).toEqual({ used: 2, redemptions: 2 });
    const late = await checkoutWith(t.app, await shopper(t.ctx, t.app, shop), {
      couponCode: code,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('COUPON_USED_UP');
  });

  it('a platform coupon over two shops comes back only when both orders have ended', async () => {
    const one = await promoShop(t.ctx, t.app);
    const two = await promoShop(t.ctx, t.app);
    const code = await coupon(t.app, admin, null, { kind: 'fixed', value: 10_000, maxUses: 5 });
    const b = await buyer(t.ctx, t.app, one.shopId);
    await addToCart(t.app, b, one.variantId, 1);
    await addToCart(t.app, b, two.variantId, 1);
    const orders = await placed(b, { couponCode: code });
    expect(orders).toHaveLength(2);
    expect(await couponState(code)).toEqual({ used: 1, redemptions: 1 });

    // The shop rejects one: the other order still carries the coupon.
    const rejected = orders.find((o) => o.shopId === one.shopId)!;
    const res = await moveOrder(t.app, one.seller, rejected.id, 'rejected');
    expect(res.statusCode, res.body).toBe(200);
    expect(await couponState(code)).toEqual({ used: 1, redemptions: 1 });

    await cancel(b, orders.find((o) => o.shopId === two.shopId)!.id);
    expect(await couponState(code)).toEqual({ used: 0, redemptions: 0 });
  });

  it("a cancelled order's flash-sale units go back under the cap and off the customer's count", async () => {
    const shop = await promoShop(t.ctx, t.app, { price: 50_000 });
    const sale = await postSale(t.app, shop, { price: 30_000, stockCap: 2, perCustomer: 2 });
    expect(sale.statusCode, sale.body).toBe(201);
    const saleId = (sale.json() as { id: string }).id;
    const soldOf = async () =>
      (
        await t.ctx.db
          .selectFrom('flash_sales')
          .select('sold')
          .where('id', '=', saleId)
          .executeTakeFirstOrThrow()
      ).sold;

    const a = await shopper(t.ctx, t.app, shop, 2);
    const [order] = await placed(a, {});
    expect(await soldOf()).toBe(2);
    // Sold out for anybody else while the order stands.
    const other = await shopper(t.ctx, t.app, shop, 1);
    const line = async (orderId: string) =>
      t.ctx.db
        .selectFrom('order_items')
        .select(['unit_price', 'flash_sale_id'])
        .where('order_id', '=', orderId)
        .executeTakeFirstOrThrow();
    const [full] = await placed(other, {});
    expect((await line(full!.id)).unit_price).toBe(50_000);

    await cancel(a, order!.id);
    expect(await soldOf()).toBe(0);
    // The same customer buys both again at the flash price.
    await addToCart(t.app, a, shop.variantId, 2);
    const [again] = await placed(a, {});
    expect(await line(again!.id)).toMatchObject({ unit_price: 30_000, flash_sale_id: saleId });
    expect(await soldOf()).toBe(2);
  });
});
