import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { addToCart, buyer } from '../../../test/helpers/shopping.ts';
import {
  checkoutWith,
  coupon,
  hourAgo,
  inADay,
  newCode,
  orderRow,
  postCoupon,
  promoShop,
  quote,
  shopper,
  type PromoShop,
} from './test-support.ts';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp({ DATABASE_POOL_MAX: '20' });
  admin = await createUser(t.ctx, { role: 'admin' });
});
afterAll(() => t.close());

/** The coupon's uses and the redemptions recorded for it. */
async function usesOf(code: string, shopId: string | null) {
  let q = t.ctx.db.selectFrom('coupons').select(['id', 'used']).where('code', '=', code);
  q = shopId ? q.where('shop_id', '=', shopId) : q.where('shop_id', 'is', null);
  const c = await q.executeTakeFirstOrThrow();
  const r = await t.ctx.db
    .selectFrom('coupon_redemptions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('coupon_id', '=', c.id)
    .executeTakeFirstOrThrow();
  return { used: c.used, redemptions: Number(r.n) };
}

describe('the last use of a coupon is atomic', () => {
  it('200 simultaneous checkouts on a 50-use coupon: exactly 50 discounted orders', async () => {
    const shop = await promoShop(t.ctx, t.app);
    const code = await coupon(t.app, shop.seller, shop.shopId, {
      kind: 'fixed',
      value: 5_000,
      maxUses: 50,
    });
    const buyers = await Promise.all(
      Array.from({ length: 200 }, () => shopper(t.ctx, t.app, shop)),
    );
    const results = await Promise.all(
      buyers.map((b) => checkoutWith(t.app, b, { couponCode: code })),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(50);
    const refused = results.filter((r) => r.statusCode !== 201);
    expect(refused).toHaveLength(150);
    for (const r of refused) {
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe('COUPON_USED_UP');
    }
    expect(await usesOf(code, shop.shopId)).toEqual({ used: 50, redemptions: 50 });
    const discounted = await t.ctx.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('shop_id', '=', shop.shopId)
      .where('discount', '=', 5_000)
      .executeTakeFirstOrThrow();
    expect(Number(discounted.n)).toBe(50);
    // Nothing half-written for the refused ones: no order, the bag kept.
    const orders = await t.ctx.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('shop_id', '=', shop.shopId)
      .executeTakeFirstOrThrow();
    expect(Number(orders.n)).toBe(50);
  }, 180_000);
});

describe('coupon rules', () => {
  let shop: PromoShop;
  beforeAll(async () => {
    shop = await promoShop(t.ctx, t.app, { price: 50_000 });
  });

  it('a percent coupon in the quote and the checkout, capped at its maximum, shown per shop', async () => {
    const code = await coupon(t.app, shop.seller, shop.shopId, {
      kind: 'percent',
      value: 1500,
      maxDiscount: 10_000,
    });
    const b = await shopper(t.ctx, t.app, shop, 2); // ৳1000 of goods: 15 % = ৳150, capped at ৳100
    const q = await quote(t.app, b, { couponCode: ` ${code.toLowerCase()} ` });
    expect(q.statusCode).toBe(200);
    const body = q.json();
    expect(body.coupon).toMatchObject({ code, applied: true, fundedBy: 'shop', discount: 10_000 });
    const s = body.shops[0];
    expect(s.promotions).toMatchObject({ discount: 10_000, fundedBy: 'shop' });
    expect(s.total).toBe(s.subtotal + s.delivery.chargePoisha + s.cod.chargePoisha - 10_000);
    expect(body.canPlace).toBe(true);

    const res = await checkoutWith(t.app, b, { couponCode: code, expectedTotal: body.total });
    expect(res.statusCode).toBe(201);
    const order = res.json().orders[0];
    expect(order.total).toBe(body.total);
    expect(await orderRow(t.ctx, order.id)).toMatchObject({
      discount: 10_000,
      platform_discount: 0,
    });
    const payment = await t.ctx.db
      .selectFrom('payments')
      .select('amount')
      .where('order_id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(payment.amount).toBe(body.total);
    // Each line carries its share of the discount.
    const items = await t.ctx.db
      .selectFrom('order_items')
      .select((eb) => eb.fn.sum<string>('discount').as('d'))
      .where('order_id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(Number(items.d)).toBe(10_000);
  });

  it('a fixed coupon never takes more than the goods', async () => {
    const code = await coupon(t.app, shop.seller, shop.shopId, { kind: 'fixed', value: 90_000 });
    const b = await shopper(t.ctx, t.app, shop, 1);
    const q = (await quote(t.app, b, { couponCode: code })).json();
    expect(q.coupon.discount).toBe(50_000);
  });

  it('a minimum bag: refused in the checkout with its reason, shown in the quote', async () => {
    const code = await coupon(t.app, shop.seller, shop.shopId, { minBag: 100_000 });
    const b = await shopper(t.ctx, t.app, shop, 1);
    const q = (await quote(t.app, b, { couponCode: code })).json();
    expect(q.coupon).toMatchObject({ applied: false, discount: 0 });
    expect(q.coupon.problem.code).toBe('COUPON_MIN_BAG');
    expect(q.coupon.problem.message).toContain('1000');
    expect(q.canPlace).toBe(false);
    const res = await checkoutWith(t.app, b, { couponCode: code });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('COUPON_MIN_BAG');
    // With enough in the bag it applies.
    await addToCart(t.app, b, shop.variantId, 2);
    expect((await checkoutWith(t.app, b, { couponCode: code })).statusCode).toBe(201);
  });

  it('a per-customer limit', async () => {
    const code = await coupon(t.app, shop.seller, shop.shopId, { perCustomer: 1 });
    const b = await shopper(t.ctx, t.app, shop, 1);
    expect((await checkoutWith(t.app, b, { couponCode: code })).statusCode).toBe(201);
    await addToCart(t.app, b, shop.variantId, 1);
    const again = await checkoutWith(t.app, b, { couponCode: code });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.code).toBe('COUPON_CUSTOMER_LIMIT');
    // Another customer still may.
    const other = await shopper(t.ctx, t.app, shop, 1);
    expect((await checkoutWith(t.app, other, { couponCode: code })).statusCode).toBe(201);
  });

  it('a total limit', async () => {
    const code = await coupon(t.app, shop.seller, shop.shopId, { maxUses: 1 });
    const first = await shopper(t.ctx, t.app, shop);
    expect((await checkoutWith(t.app, first, { couponCode: code })).statusCode).toBe(201);
    const second = await shopper(t.ctx, t.app, shop);
    const q = (await quote(t.app, second, { couponCode: code })).json();
    expect(q.coupon.problem.code).toBe('COUPON_USED_UP');
    const res = await checkoutWith(t.app, second, { couponCode: code });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('COUPON_USED_UP');
  });

  it('a date window, and a coupon switched off', async () => {
    const later = await coupon(t.app, shop.seller, shop.shopId, {
      startsAt: inADay(),
      endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    const b = await shopper(t.ctx, t.app, shop);
    const res = await checkoutWith(t.app, b, { couponCode: later });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('COUPON_NOT_ACTIVE');

    const code = await coupon(t.app, shop.seller, shop.shopId, {});
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/shops/${shop.shopId}/coupons`,
      headers: shop.seller.auth,
    });
    const made = list.json().items.find((c: { code: string }) => c.code === code);
    const off = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/shops/${shop.shopId}/coupons/${made.id}`,
      headers: shop.seller.auth,
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    const refused = await checkoutWith(t.app, b, { couponCode: code });
    expect(refused.json().error.code).toBe('COUPON_NOT_ACTIVE');
    expect((await checkoutWith(t.app, b)).statusCode).toBe(201);
  });

  it('first order only: at this shop for a shop coupon', async () => {
    const code = await coupon(t.app, shop.seller, shop.shopId, { firstOrderOnly: true });
    const b = await shopper(t.ctx, t.app, shop);
    expect((await checkoutWith(t.app, b, { couponCode: code })).statusCode).toBe(201);
    await addToCart(t.app, b, shop.variantId, 1);
    const res = await checkoutWith(t.app, b, { couponCode: code });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('COUPON_FIRST_ORDER_ONLY');
  });

  it('a payment method: bKash only', async () => {
    const code = await coupon(t.app, shop.seller, shop.shopId, { paymentMethods: ['bkash'] });
    const b = await shopper(t.ctx, t.app, shop);
    const cod = await checkoutWith(t.app, b, { couponCode: code, payment: 'cod' });
    expect(cod.statusCode).toBe(422);
    expect(cod.json().error.code).toBe('COUPON_PAYMENT_METHOD');
    const q = (await quote(t.app, b, { couponCode: code, payment: 'bkash' })).json();
    expect(q.coupon.applied).toBe(true);
    const paid = await checkoutWith(t.app, b, { couponCode: code, payment: 'bkash' });
    expect(paid.statusCode).toBe(201);
  });

  it('an unknown code: shown in the quote, 404 at checkout; another shop’s code does not apply', async () => {
    const b = await shopper(t.ctx, t.app, shop);
    const q = (await quote(t.app, b, { couponCode: 'NOSUCHCODE' })).json();
    expect(q.coupon.problem.code).toBe('COUPON_NOT_FOUND');
    const res = await checkoutWith(t.app, b, { couponCode: 'NOSUCHCODE' });
    expect(res.statusCode).toBe(404);
    const elsewhere = await promoShop(t.ctx, t.app);
    const theirs = await coupon(t.app, elsewhere.seller, elsewhere.shopId, {});
    expect((await checkoutWith(t.app, b, { couponCode: theirs })).statusCode).toBe(404);
  });

  it('a platform coupon is paid by the platform and kept on the order', async () => {
    const code = await coupon(t.app, admin, null, { kind: 'fixed', value: 7_500 });
    const b = await shopper(t.ctx, t.app, shop);
    const q = (await quote(t.app, b, { couponCode: code })).json();
    expect(q.coupon).toMatchObject({ applied: true, fundedBy: 'platform', discount: 7_500 });
    const res = await checkoutWith(t.app, b, { couponCode: code });
    expect(res.statusCode).toBe(201);
    expect(await orderRow(t.ctx, res.json().orders[0].id)).toMatchObject({
      discount: 7_500,
      platform_discount: 7_500,
    });
  });

  it('a platform coupon over two shops splits its discount in proportion to their goods', async () => {
    const other = await promoShop(t.ctx, t.app, { price: 150_000 });
    const code = await coupon(t.app, admin, null, { kind: 'fixed', value: 10_001 });
    const b = await buyer(t.ctx, t.app, shop.shopId);
    await addToCart(t.app, b, shop.variantId, 1);
    await addToCart(t.app, b, other.variantId, 1);
    const q = (await quote(t.app, b, { couponCode: code })).json();
    const parts = q.shops.map((s: { promotions: { discount: number } }) => s.promotions.discount);
    expect(parts.reduce((a: number, c: number) => a + c, 0)).toBe(10_001);
    expect([...parts].sort((a: number, c: number) => a - c)).toEqual([2_500, 7_501]);
  });

  it('a replayed checkout with the same key and code uses the coupon once', async () => {
    const code = await coupon(t.app, shop.seller, shop.shopId, {});
    const b = await shopper(t.ctx, t.app, shop);
    const key = 'promo-replay-' + code;
    const first = await checkoutWith(t.app, b, { couponCode: code }, key);
    const again = await checkoutWith(t.app, b, { couponCode: code }, key);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(await usesOf(code, shop.shopId)).toEqual({ used: 1, redemptions: 1 });
    const other = await checkoutWith(t.app, b, {}, key);
    expect(other.statusCode).toBe(422);
  });
});

describe('who may manage coupons', () => {
  it('the seller of the shop and admins; other sellers 404, customers 403', async () => {
    const shop = await promoShop(t.ctx, t.app);
    const stranger = await createUser(t.ctx, { role: 'seller' });
    const customer = await createUser(t.ctx);
    const body = { code: newCode(), kind: 'percent', value: 500 };
    expect((await postCoupon(t.app, stranger, shop.shopId, body)).statusCode).toBe(404);
    expect((await postCoupon(t.app, customer, shop.shopId, body)).statusCode).toBe(403);
    expect((await postCoupon(t.app, shop.seller, null, body)).statusCode).toBe(403);
    expect((await postCoupon(t.app, admin, shop.shopId, body)).statusCode).toBe(201);
    const taken = await postCoupon(t.app, shop.seller, shop.shopId, body);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('COUPON_CODE_TAKEN');
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/shops/${shop.shopId}/coupons`,
      headers: stranger.auth,
    });
    expect(list.statusCode).toBe(404);
  });

  it('making, editing and switching off a coupon are audited with who did it', async () => {
    const shop = await promoShop(t.ctx, t.app);
    const made = await postCoupon(t.app, shop.seller, shop.shopId, {
      code: newCode(),
      kind: 'fixed',
      value: 100,
    });
    expect(made.statusCode).toBe(201);
    const id = made.json().id as string;
    for (const [method, payload] of [
      ['PATCH', { maxUses: 5 }],
      ['DELETE', undefined],
    ] as const) {
      const res = await t.app.inject({
        method,
        url: `/api/v1/shops/${shop.shopId}/coupons/${id}`,
        headers: shop.seller.auth,
        ...(payload ? { payload } : {}),
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // A refused change writes nothing.
    const stranger = await createUser(t.ctx, { role: 'seller' });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/shops/${shop.shopId}/coupons/${id}`,
      headers: stranger.auth,
      payload: { maxUses: 1 },
    });
    const rows = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'details'])
      .where('target_id', '=', id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      'promotions.coupon_created',
      'promotions.coupon_changed',
      'promotions.coupon_changed',
    ]);
    expect(rows.every((r) => r.actor_id === shop.seller.id)).toBe(true);
    expect(rows[1]!.details).toMatchObject({ shopId: shop.shopId, maxUses: 5 });
    expect(rows[2]!.details).toMatchObject({ active: false });
  });

  it('refuses bad rules with a stable code', async () => {
    const shop = await promoShop(t.ctx, t.app);
    const bad = [
      { kind: 'percent', value: 10_001 },
      { kind: 'fixed', value: -5 },
      { kind: 'fixed', value: 100, startsAt: inADay(), endsAt: hourAgo() },
      { kind: 'bogus', value: 100 },
      { kind: 'fixed', value: 100, code: 'x' },
      { kind: 'fixed', value: 100, paymentMethods: ['cash'] },
      { kind: 'fixed', value: 100, funded_by: 'platform' },
    ];
    for (const b of bad) {
      const res = await postCoupon(t.app, shop.seller, shop.shopId, { code: newCode(), ...b });
      expect([400, 422]).toContain(res.statusCode);
      expect(res.json().error.code).toMatch(/VALIDATION|PROMOTION_INVALID/);
    }
  });

  it('edits a coupon; a seller cannot edit another shop’s coupon', async () => {
    const shop = await promoShop(t.ctx, t.app);
    const other = await promoShop(t.ctx, t.app);
    const made = await postCoupon(t.app, shop.seller, shop.shopId, {
      code: newCode(),
      kind: 'fixed',
      value: 100,
    });
    const id = made.json().id;
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/shops/${shop.shopId}/coupons/${id}`,
      headers: shop.seller.auth,
      payload: { maxUses: 10, minBag: 20_000 },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ maxUses: 10, minBag: 20_000, value: 100 });
    const foreign = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/shops/${other.shopId}/coupons/${id}`,
      headers: other.seller.auth,
      payload: { active: false },
    });
    expect(foreign.statusCode).toBe(404);
  });
});
