import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser } from '../../../test/helpers/factories.ts';
import { addToCart, type Buyer } from '../../../test/helpers/shopping.ts';
import { balanceOf, verifyLedger } from '../money/index.ts';
import { reconcileAdvances } from '../orders/advance.service.ts';
import { paymentGateway } from '../orders/index.ts';
import { actOnPaymentPage } from '../payments/sandbox/buyer.ts';
import { move, riskBuyer, riskShop, type RiskShop } from './test-support.ts';

/**
 * The advance a shop's policy asks of a risky COD order, taken by bKash (its local sandbox): the
 * order waits for it, goes to the shop once paid, and the rest is collected at the door; an order
 * ended before delivery gives it back, a refused one keeps it for the shop.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ RISK_COD_GUARD: 'on' });
});
afterAll(() => t?.close());

const unique = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

/** A shop whose policy asks an advance of every COD order (the amount rule at ৳0.01). */
async function advanceShop(price = 20_000): Promise<RiskShop> {
  const shop = await riskShop(t.ctx, t.app, unique('Dim'), price);
  const res = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/shops/${shop.shopId}/risk-policy`,
    headers: shop.seller.auth,
    payload: {
      mediumAction: 'accept',
      highAction: 'advance',
      largeOrderPoisha: 1,
      largeOrderAction: 'advance',
    },
  });
  expect(res.statusCode).toBe(200);
  return shop;
}

async function checkout(b: Buyer, body: Record<string, unknown> = {}, key = randomUUID()) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/checkout',
    headers: { ...b.auth, 'idempotency-key': key, 'accept-language': 'en' },
    payload: { addressId: b.addressId, payment: 'cod', ...body },
  });
}

type OrderView = {
  id: string;
  status: string;
  total: number;
  deliveryCharge: number;
  payment: { provider: string; status: string; amount: number } | null;
  advance: {
    status: string;
    amount: number;
    redirectUrl: string | null;
    dueAtDoor: number;
  } | null;
};

async function order(b: Buyer, id: string): Promise<OrderView> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/orders/${id}`, headers: b.auth });
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** The buyer decides on bKash's (sandbox) page and their browser comes back to us. */
async function onBkash(url: string, decision: 'approve' | 'fail' | 'cancel') {
  const outcome = await actOnPaymentPage(url, decision);
  if (outcome.kind !== 'redirect') throw new Error(`expected a redirect, got ${outcome.kind}`);
  const back = new URL(outcome.location);
  const res = await t.app.inject({ method: 'GET', url: back.pathname + back.search });
  expect(res.statusCode).toBe(302);
  return { res, path: back.pathname + back.search };
}

async function placeWithAdvance(shop: RiskShop) {
  const b = await riskBuyer(t.ctx, t.app, shop);
  await addToCart(t.app, b, shop.variantId, 1);
  const res = await checkout(b, { codAdvance: true });
  expect(res.statusCode, res.body).toBe(201);
  const placed = res.json().orders[0] as OrderView;
  return { b, placed };
}

async function postings(orderId: string) {
  return t.ctx.db
    .selectFrom('ledger_transactions')
    .select(['kind'])
    .where('order_id', '=', orderId)
    .orderBy('id')
    .execute()
    .then((rows) => rows.map((r) => r.kind));
}

describe('a COD order the shop asks an advance of', () => {
  it('is refused without the advance, naming the amount, and nothing is written', async () => {
    const shop = await advanceShop();
    const b = await riskBuyer(t.ctx, t.app, shop);
    await addToCart(t.app, b, shop.variantId, 1);
    const res = await checkout(b);
    expect(res.statusCode).toBe(409);
    const details = res.json().error.details;
    expect(res.json().error.code).toBe('COD_ADVANCE_REQUIRED');
    expect(details.advanceProvider).toBe('bkash');
    // The delivery charge, at least RISK_COD_MIN_ADVANCE (৳50).
    expect(details.advancePoisha).toBeGreaterThanOrEqual(5_000);
    expect(details.advancePoisha + details.dueAtDoorPoisha).toBe(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/checkout/quote',
          headers: b.auth,
          payload: { addressId: b.addressId, payment: 'cod' },
        })
      ).json().total,
    );
    const orders = await t.ctx.db
      .selectFrom('orders')
      .select('id')
      .where('customer_id', '=', b.id)
      .execute();
    expect(orders).toEqual([]);
  });

  it('waits for the advance, goes to the shop once bKash confirms it, and the door collects the rest', async () => {
    const shop = await advanceShop();
    const { b, placed } = await placeWithAdvance(shop);
    expect(placed.status).toBe('pending_payment');
    expect(placed.payment).toMatchObject({ provider: 'cod', status: 'pending' });
    expect(placed.advance).toMatchObject({ status: 'pending' });
    const advance = placed.advance!;
    expect(advance.amount).toBe(Math.max(placed.deliveryCharge, 5_000));
    expect(advance.redirectUrl).toMatch(/^http/);
    // Not paid yet: the whole total is still due at the door, and the shop does not see it.
    expect(advance.dueAtDoor).toBe(placed.total);
    const queue = await t.app.inject({
      method: 'GET',
      url: `/api/v1/shops/${shop.shopId}/orders?status=placed`,
      headers: shop.seller.auth,
    });
    expect(queue.json().items.map((o: { id: string }) => o.id)).not.toContain(placed.id);

    const { path } = await onBkash(advance.redirectUrl!, 'approve');
    const paid = await order(b, placed.id);
    expect(paid.status).toBe('placed');
    expect(paid.advance).toMatchObject({ status: 'paid', redirectUrl: null });
    expect(paid.advance!.dueAtDoor).toBe(placed.total - advance.amount);
    // A replayed return changes nothing.
    const again = await t.app.inject({ method: 'GET', url: path });
    expect(again.statusCode).toBe(302);
    expect(await postings(placed.id)).toEqual(['advance.captured']);

    await move(
      t.app,
      shop.seller,
      placed.id,
      'accepted',
      'packed',
      'out_for_delivery',
      'delivered',
    );
    const done = await order(b, placed.id);
    expect(done.payment).toMatchObject({ provider: 'cod', status: 'paid', amount: placed.total });
    expect(await postings(placed.id)).toEqual(['advance.captured', 'payment.captured']);
    // The cash the seller holds is what the rider took: the total less the advance.
    const balance = await balanceOf(t.ctx.db, shop.shopId);
    expect(balance.codCash).toBe(placed.total - advance.amount);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });

  it('gives the advance back through bKash when the shop rejects the order', async () => {
    const shop = await advanceShop();
    const { b, placed } = await placeWithAdvance(shop);
    await onBkash(placed.advance!.redirectUrl!, 'approve');
    await move(t.app, shop.seller, placed.id, 'rejected');
    const rejected = await order(b, placed.id);
    expect(rejected.advance!.status).toBe('refunded');
    expect(rejected.payment!.status).toBe('cancelled');
    expect(await postings(placed.id)).toEqual([
      'advance.captured',
      'advance.refund_due',
      'advance.refund_paid',
    ]);
    expect((await balanceOf(t.ctx.db, shop.shopId)).codCash).toBe(0);

    // Admins see it among the advances, by status; nobody else may list them.
    const admin = await createUser(t.ctx, { role: 'admin' });
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/cod-advances?status=refunded&limit=100',
      headers: admin.auth,
    });
    expect(listed.statusCode).toBe(200);
    const row = (listed.json().items as { orderId: string }[]).find((a) => a.orderId === placed.id);
    expect(row).toMatchObject({
      provider: 'bkash',
      status: 'refunded',
      amount: placed.advance!.amount,
      refundRef: expect.any(String),
    });
    for (const user of [b, shop.seller]) {
      const refused = await t.app.inject({
        method: 'GET',
        url: '/api/v1/admin/cod-advances',
        headers: user.auth,
      });
      expect(refused.statusCode).toBe(403);
    }
  });

  it('keeps the advance for the shop when the customer refuses at the door', async () => {
    const shop = await advanceShop();
    const { b, placed } = await placeWithAdvance(shop);
    await onBkash(placed.advance!.redirectUrl!, 'approve');
    await move(t.app, shop.seller, placed.id, 'accepted', 'packed', 'out_for_delivery', 'returned');
    const refused = await order(b, placed.id);
    expect(refused.advance!.status).toBe('paid');
    expect(refused.payment!.status).toBe('cancelled');
    // The platform holds the advance for the seller: their cash account is owed it.
    const balance = await balanceOf(t.ctx.db, shop.shopId);
    expect(balance.codCash).toBe(-placed.advance!.amount);
    expect(balance.net).toBe(placed.advance!.amount);
  });

  it('cancels the order and puts the items back in the bag when the advance fails', async () => {
    const shop = await advanceShop();
    const { b, placed } = await placeWithAdvance(shop);
    await onBkash(placed.advance!.redirectUrl!, 'cancel');
    const cancelled = await order(b, placed.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.advance!.status).toBe('cancelled');
    const bag = await t.ctx.db
      .selectFrom('cart_items')
      .select('variant_id')
      .where('customer_id', '=', b.id)
      .execute();
    expect(bag.map((r) => r.variant_id)).toEqual([shop.variantId]);
    expect(await postings(placed.id)).toEqual([]);
  });

  it('an advance whose return comes after the order was cancelled is refunded at once', async () => {
    const shop = await advanceShop();
    const { b, placed } = await placeWithAdvance(shop);
    // The customer approves on bKash, but cancels the order on another tab before coming back.
    const outcome = await actOnPaymentPage(placed.advance!.redirectUrl!, 'approve');
    if (outcome.kind !== 'redirect') throw new Error('expected a redirect');
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${placed.id}/transitions`,
      headers: b.auth,
      payload: { to: 'cancelled' },
    });
    expect(cancel.statusCode).toBe(200);
    expect((await order(b, placed.id)).advance!.status).toBe('cancelled');
    const back = new URL(outcome.location);
    await t.app.inject({ method: 'GET', url: back.pathname + back.search });
    const after = await order(b, placed.id);
    expect(after.status).toBe('cancelled');
    expect(after.advance!.status).toBe('refunded');
    expect(await postings(placed.id)).toEqual([
      'advance.captured',
      'advance.refund_due',
      'advance.refund_paid',
    ]);
    // The sweep finds nothing left to ask or refund about it.
    await reconcileAdvances(t.ctx, paymentGateway(t.ctx), new Date(Date.now() + 3_600_000));
    expect((await order(b, placed.id)).advance!.status).toBe('refunded');
  });

  it('an order no policy holds back ignores codAdvance', async () => {
    const shop = await riskShop(t.ctx, t.app, unique('Chini'));
    const b = await riskBuyer(t.ctx, t.app, shop);
    await addToCart(t.app, b, shop.variantId, 1);
    const res = await checkout(b, { codAdvance: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().orders[0]).toMatchObject({ status: 'placed', advance: null });
  });
});
