import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct, insertShop } from '../../src/modules/catalog/test-support.ts';
import { expireReservations } from '../../src/modules/orders/index.ts';
import { actOnPaymentPage } from '../../src/modules/payments/index.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';

let t: TestApp;
let seller: TestUser;
let shopId: string;
let shop: { lat: number; lng: number };

beforeAll(async () => {
  t = await createTestApp();
  seller = await createUser(t.ctx, { role: 'seller' });
  shopId = await insertShop(t.ctx, seller.id);
  shop = await t.ctx.db
    .selectFrom('shops')
    .select(['lat', 'lng'])
    .where('id', '=', shopId)
    .executeTakeFirstOrThrow();
});
afterAll(() => t.close());

async function onlineOrder(payment: 'bkash' | 'nagad', stock = 4) {
  const p = await createProduct(t.app, seller.auth, shopId, {
    variants: [{ sku: `P-${randomUUID().slice(0, 8)}`, price: 7000, initialStock: stock }],
  });
  const variantId = p.variants[0]!.id;
  const customer = await createUser(t.ctx);
  const addr = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/addresses',
    headers: customer.auth,
    payload: {
      label: 'Home',
      recipientName: 'Salma',
      phone: '01811000000',
      addressLine: 'House 8, Road 1',
      lat: shop.lat,
      lng: shop.lng,
    },
  });
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/cart/items',
    headers: customer.auth,
    payload: { variantId, quantity: 2 },
  });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/checkout',
    headers: { ...customer.auth, 'idempotency-key': randomUUID() },
    payload: { addressId: addr.json().id, payment },
  });
  expect(res.statusCode).toBe(201);
  const order = res.json().orders[0] as {
    id: string;
    status: string;
    payment: { redirectUrl: string };
  };
  expect(order.status).toBe('pending_payment');
  return { order, customer, variantId };
}

/** The buyer approves on the provider's page and the browser comes back to our callback. */
async function approve(redirectUrl: string) {
  const outcome = await actOnPaymentPage(redirectUrl, 'approve');
  if (outcome.kind !== 'redirect') throw new Error(`expected a redirect, got ${outcome.kind}`);
  const url = new URL(outcome.location);
  return t.app.inject({ method: 'GET', url: url.pathname + url.search });
}

async function expire(orderId: string) {
  await t.ctx.db
    .updateTable('orders')
    .set({ expires_at: new Date(Date.now() - 60_000) })
    .where('id', '=', orderId)
    .execute();
  await expireReservations(t.ctx);
}

const detail = async (customer: TestUser, orderId: string) =>
  (await t.app.inject({ url: `/api/v1/orders/${orderId}`, headers: customer.auth })).json() as {
    number: string;
    status: string;
    payment: { status: string };
  };

const onHand = async (variantId: string) =>
  (
    await t.ctx.db
      .selectFrom('product_variants')
      .select('on_hand')
      .where('id', '=', variantId)
      .executeTakeFirstOrThrow()
  ).on_hand;

describe('payment that arrives after the reservation expired', () => {
  it('bKash: captured, then refunded at once; the order ends refunded, stock stays back', async () => {
    const { order, customer, variantId } = await onlineOrder('bkash');
    await expire(order.id);
    expect((await detail(customer, order.id)).status).toBe('cancelled');
    expect(await onHand(variantId)).toBe(4);

    const back = await approve(order.payment.redirectUrl);
    expect(back.statusCode).toBe(302);
    const d = await detail(customer, order.id);
    expect(d.payment.status).toBe('refunded');
    expect(d.status).toBe('refunded');
    expect(await onHand(variantId)).toBe(4);
    const payment = await t.ctx.db
      .selectFrom('payments')
      .select(['flagged_reason', 'refund_ref'])
      .where('order_id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(payment.flagged_reason).toBe('paid while the order was cancelled');
    expect(payment.refund_ref).not.toBeNull();
  }, 30_000);

  it('Nagad: approve → callback → placed (sandbox end to end)', async () => {
    const { order, customer, variantId } = await onlineOrder('nagad');
    expect(order.payment.redirectUrl).toMatch(/^http/);
    const back = await approve(order.payment.redirectUrl);
    expect(back.statusCode).toBe(302);
    const d = await detail(customer, order.id);
    expect(d).toMatchObject({ status: 'placed', payment: { status: 'paid' } });
    expect(await onHand(variantId)).toBe(2);
  }, 30_000);

  it('Nagad late: captured and flagged for a manual refund (Nagad has no refund API)', async () => {
    const { order, customer } = await onlineOrder('nagad');
    await expire(order.id);
    const back = await approve(order.payment.redirectUrl);
    expect(back.statusCode).toBe(302);
    const d = await detail(customer, order.id);
    expect(d.status).toBe('cancelled');
    expect(d.payment.status).toBe('refund_manual');
    // The admin list is shared with every test running now: narrow it to this order's payment.
    const listed = await t.app.inject({
      url: `/api/v1/admin/payments?status=refund_manual&provider=nagad&orderNumber=${d.number}`,
      headers: (await createUser(t.ctx, { role: 'admin' })).auth,
    });
    expect(listed.statusCode).toBe(200);
    const items = listed.json().items as {
      orderId: string;
      flaggedReason: string | null;
      flags: { code: string; orderStatus?: string }[];
    }[];
    expect(items.map((p) => p.orderId)).toEqual([order.id]);
    const row = items[0];
    for (const other of ['provider=bkash', 'status=paid']) {
      const none = await t.app.inject({
        url: `/api/v1/admin/payments?${other}&orderNumber=${d.number.toLowerCase()}`,
        headers: (await createUser(t.ctx, { role: 'admin' })).auth,
      });
      expect(none.json().items).toEqual([]);
    }
    // the admin sees both why it needs a refund and why it was not refunded automatically
    expect(row?.flaggedReason).toContain('paid while the order was cancelled');
    expect(row?.flaggedReason).toContain('no refund API');
    // …and as codes a page says in its reader's language
    expect(row?.flags).toEqual([
      { code: 'paid_while_closed', orderStatus: 'cancelled' },
      { code: 'no_refund_api' },
    ]);
  }, 30_000);
});

describe('payment that fails or is cancelled', () => {
  const cartOf = async (customer: TestUser) =>
    (
      (await t.app.inject({ url: '/api/v1/cart', headers: customer.auth })).json() as {
        items: { variantId: string; quantity: number }[];
      }
    ).items.map((i) => ({ variantId: i.variantId, quantity: i.quantity }));

  it('cancels the order, releases the stock and puts the lines back in the bag, once', async () => {
    const { order, customer, variantId } = await onlineOrder('bkash');
    expect(await cartOf(customer)).toEqual([]);
    expect(await onHand(variantId)).toBe(2);
    // Meanwhile the buyer put one more of the same item in the bag: the lines add up.
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/cart/items',
      headers: customer.auth,
      payload: { variantId, quantity: 1 },
    });

    const outcome = await actOnPaymentPage(order.payment.redirectUrl, 'fail');
    if (outcome.kind !== 'redirect') throw new Error(`expected a redirect, got ${outcome.kind}`);
    const callback = new URL(outcome.location);
    const back = await t.app.inject({ url: callback.pathname + callback.search });
    expect(back.statusCode).toBe(302);
    expect(back.headers.location).toContain(`/orders/${order.id}?payment=`);

    const d = await detail(customer, order.id);
    expect(d.status).toBe('cancelled');
    expect(d.payment.status).toBe('failed');
    expect(await onHand(variantId)).toBe(4);
    expect(await cartOf(customer)).toEqual([{ variantId, quantity: 3 }]);

    // The same callback replayed changes nothing: no second restore.
    const replay = await t.app.inject({ url: callback.pathname + callback.search });
    expect(replay.statusCode).toBe(302);
    expect(await cartOf(customer)).toEqual([{ variantId, quantity: 3 }]);
    expect(await onHand(variantId)).toBe(4);
  }, 30_000);
});
