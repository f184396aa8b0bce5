import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOnPaymentPage } from '../../src/modules/payments/index.ts';
import { expireReservations } from '../../src/modules/orders/index.ts';
import { createProduct, insertShop } from '../../src/modules/catalog/test-support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { moveOrder } from '../helpers/shopping.ts';

let t: TestApp;
let seller: TestUser;
let shopId: string;
let shop: { lat: number; lng: number };

beforeAll(async () => {
  t = await createTestApp({ DATABASE_POOL_MAX: '20' });
  seller = await createUser(t.ctx, { role: 'seller' });
  shopId = await insertShop(t.ctx, seller.id);
  shop = await t.ctx.db
    .selectFrom('shops')
    .select(['lat', 'lng'])
    .where('id', '=', shopId)
    .executeTakeFirstOrThrow();
});
afterAll(() => t.close());

async function product(stock: number, price = 8500) {
  const p = await createProduct(t.app, seller.auth, shopId, {
    variants: [{ sku: `V-${randomUUID().slice(0, 8)}`, price, initialStock: stock }],
  });
  return p.variants[0]!.id;
}

async function buyer(variantId: string, quantity = 1) {
  const user = await createUser(t.ctx);
  const addr = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/addresses',
    headers: user.auth,
    payload: {
      label: 'Home',
      recipientName: 'Rahima',
      phone: '01711000000',
      addressLine: 'House 1, Road 2',
      landmark: 'near the mosque',
      lat: shop.lat,
      lng: shop.lng,
    },
  });
  expect(addr.statusCode).toBe(201);
  const add = await t.app.inject({
    method: 'POST',
    url: '/api/v1/cart/items',
    headers: user.auth,
    payload: { variantId, quantity },
  });
  expect(add.statusCode).toBe(200);
  return { user, addressId: addr.json().id as string };
}

function checkout(
  b: { user: TestUser; addressId: string },
  payment = 'cod',
  key: string = randomUUID(),
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/checkout',
    headers: { ...b.user.auth, 'idempotency-key': key },
    payload: { addressId: b.addressId, payment },
  });
}

const onHand = async (variantId: string) =>
  (
    await t.ctx.db
      .selectFrom('product_variants')
      .select('on_hand')
      .where('id', '=', variantId)
      .executeTakeFirstOrThrow()
  ).on_hand;

const move = (user: TestUser, orderId: string, to: string) => moveOrder(t.app, user, orderId, to);

describe('checkout proof', () => {
  it('200 simultaneous checkouts of 50 units: exactly 50 succeed, stock 0', async () => {
    const variantId = await product(50);
    const buyers = await Promise.all(Array.from({ length: 200 }, () => buyer(variantId)));
    const results = await Promise.all(buyers.map((b) => checkout(b)));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(50);
    expect(codes.filter((c) => c === 409)).toHaveLength(150);
    expect(await onHand(variantId)).toBe(0);
    const sold = await t.ctx.db
      .selectFrom('order_items')
      .select((eb) => eb.fn.sum<number>('quantity').as('n'))
      .where('variant_id', '=', variantId)
      .executeTakeFirstOrThrow();
    expect(Number(sold.n)).toBe(50);
  }, 120_000);

  it('refuses negative, fractional and huge quantities with 400', async () => {
    const variantId = await product(10);
    const user = await createUser(t.ctx);
    for (const quantity of [-1, 0, 1.5, 1e9, '2']) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/cart/items',
        headers: user.auth,
        payload: { variantId, quantity },
      });
      expect(r.statusCode, String(quantity)).toBe(400);
    }
  });

  it("another customer's order is 404; a replayed key returns the same orders; another body is 422", async () => {
    const variantId = await product(5);
    const b = await buyer(variantId);
    const key = randomUUID();
    const first = await checkout(b, 'cod', key);
    expect(first.statusCode).toBe(201);
    const again = await checkout(b, 'cod', key);
    expect(again.statusCode).toBe(200);
    expect(again.json().orders.map((o: { id: string }) => o.id)).toEqual(
      first.json().orders.map((o: { id: string }) => o.id),
    );
    expect((await checkout(b, 'bkash', key)).statusCode).toBe(422);
    expect(await onHand(variantId)).toBe(4);
    const other = await createUser(t.ctx);
    const orderId = first.json().orders[0].id;
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${orderId}`, headers: other.auth }))
        .statusCode,
    ).toBe(404);
    expect((await move(other, orderId, 'cancelled')).statusCode).toBe(404);
    const otherSeller = await createUser(t.ctx, { role: 'seller' });
    expect((await move(otherSeller, orderId, 'accepted')).statusCode).toBe(404);
  });

  it('COD order goes to delivered through the seller, with a timeline and cash captured', async () => {
    const variantId = await product(5);
    const b = await buyer(variantId, 2);
    const order = (await checkout(b)).json().orders[0];
    expect(order.status).toBe('placed');
    expect(order.number).toMatch(/^HT-\d{4}-\d{6,}$/);
    expect((await move(b.user, order.id, 'accepted')).statusCode).toBe(409);
    for (const to of ['accepted', 'packed', 'out_for_delivery', 'delivered']) {
      const r = await move(seller, order.id, to);
      expect(r.statusCode, to).toBe(200);
    }
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: b.user.auth })
    ).json();
    expect(detail.status).toBe('delivered');
    expect(detail.payment.status).toBe('paid');
    expect(detail.timeline.map((e: { to: string }) => e.to)).toEqual([
      'placed',
      'accepted',
      'packed',
      'out_for_delivery',
      'delivered',
    ]);
    const topics = await t.ctx.db
      .selectFrom('outbox_events')
      .select('topic')
      .where(({ eb }) => eb(eb.ref('payload', '->>').key('orderId' as never), '=', order.id))
      .execute();
    expect(topics.map((r) => r.topic)).toEqual(
      expect.arrayContaining([
        'order.placed',
        'order.accepted',
        'order.shipped',
        'order.delivered',
        'payment.received',
      ]),
    );
  });

  it('an expired reservation gives the stock back', async () => {
    const variantId = await product(3);
    const b = await buyer(variantId, 2);
    const order = (await checkout(b, 'bkash')).json().orders[0];
    expect(order.status).toBe('pending_payment');
    expect(await onHand(variantId)).toBe(1);
    expect(await expireReservations(t.ctx, new Date(Date.now() - 60_000))).toBeGreaterThanOrEqual(
      0,
    );
    expect(await onHand(variantId)).toBe(1);
    // Only this order becomes overdue: a future `now` would expire other files' orders too.
    await t.ctx.db
      .updateTable('orders')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('id', '=', order.id)
      .execute();
    await expireReservations(t.ctx);
    expect(await onHand(variantId)).toBe(3);
    const row = await t.ctx.db
      .selectFrom('orders')
      .select('status')
      .where('id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('cancelled');
  });

  it('bKash via sandbox: approve → callback → placed; cancelling refunds through bKash', async () => {
    const variantId = await product(5);
    const b = await buyer(variantId);
    const order = (await checkout(b, 'bkash')).json().orders[0];
    expect(order.payment.redirectUrl).toMatch(/^http/);
    const outcome = await actOnPaymentPage(order.payment.redirectUrl, 'approve');
    if (outcome.kind !== 'redirect') throw new Error('expected a redirect');
    const url = new URL(outcome.location);
    const back = await t.app.inject({ method: 'GET', url: url.pathname + url.search });
    expect(back.statusCode).toBe(302);
    let detail = (
      await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: b.user.auth })
    ).json();
    expect(detail.status).toBe('placed');
    expect(detail.payment.status).toBe('paid');
    expect((await t.app.inject({ method: 'GET', url: url.pathname + url.search })).statusCode).toBe(
      302,
    );
    expect((await move(b.user, order.id, 'cancelled')).statusCode).toBe(200);
    detail = (
      await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: b.user.auth })
    ).json();
    expect(detail.status).toBe('refunded');
    expect(detail.payment.status).toBe('refunded');
    expect(await onHand(variantId)).toBe(5);
  }, 30_000);

  it('SSLCommerz: the same IPN 50 times at once captures once; a tampered amount is rejected', async () => {
    const variantId = await product(5);
    const b = await buyer(variantId);
    const order = (await checkout(b, 'sslcommerz')).json().orders[0];
    const outcome = await actOnPaymentPage(order.payment.redirectUrl, 'approve');
    if (outcome.kind !== 'post') throw new Error('expected a form post');
    const ipn = (fields: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/payments/sslcommerz/ipn',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
      });
    const tampered = await ipn({ ...outcome.fields, amount: '1.00' });
    expect(tampered.statusCode).toBe(400);
    expect(
      (
        await t.ctx.db
          .selectFrom('orders')
          .select('status')
          .where('id', '=', order.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('pending_payment');
    const results = await Promise.all(Array.from({ length: 50 }, () => ipn(outcome.fields)));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const captured = await t.ctx.db
      .selectFrom('outbox_events')
      .select('id')
      .where('topic', '=', 'payment.received')
      .where(({ eb }) => eb(eb.ref('payload', '->>').key('orderId' as never), '=', order.id))
      .execute();
    expect(captured).toHaveLength(1);
    const placed = await t.ctx.db
      .selectFrom('order_events')
      .select('id')
      .where('order_id', '=', order.id)
      .where('to_status', '=', 'placed')
      .execute();
    expect(placed).toHaveLength(1);
  }, 60_000);
});
