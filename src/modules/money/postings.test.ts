import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { paymentGateway, recordResult } from '../orders/index.ts';
import { verifyLedger } from './ledger.ts';
import { postRefundPaid } from './postings.ts';
import {
  approveOnline,
  deliver,
  expectedSplit,
  getBalance,
  longAgo,
  move,
  moneyShop,
  newBuyer,
  placeOrder,
  putRules,
  type MoneyShop,
} from './test-support.ts';

// The commission rule set is global: a database of this file's own.
let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createIsolatedTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  // 7.5 % and 3 taka a line: every split below has a commission with a remainder.
  const put = await putRules(t.app, admin, [
    { scope: 'default', rateBp: 750, fixedFee: 300, effectiveFrom: longAgo },
  ]);
  expect(put.statusCode).toBe(200);
});
afterAll(() => t.close());

/** The order's postings: kind and the entries by account key. */
async function postingsOf(orderId: string) {
  const rows = await t.ctx.db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_transactions as tr', 'tr.id', 'e.transaction_id')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(['tr.kind', 'a.key', 'e.amount'])
    .where('tr.order_id', '=', orderId)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ kind: r.kind, key: r.key, amount: r.amount }));
}

describe('cash on delivery', () => {
  it('posts nothing until delivery; then the seller holds the cash and owes the commission', async () => {
    const shop = await moneyShop(t.ctx, t.app);
    const b = await newBuyer(t.ctx, t.app, shop.shopId);
    const order = await placeOrder(t.app, b, shop, 'cod', 3);
    expect(order.status).toBe('placed');
    await move(t.app, shop.seller, order.id, 'accepted');
    expect(await postingsOf(order.id)).toEqual([]);
    expect(await getBalance(t.app, shop.seller, shop.shopId)).toMatchObject({ net: 0 });

    await move(t.app, shop.seller, order.id, 'packed');
    await move(t.app, shop.seller, order.id, 'out_for_delivery');
    await move(t.app, shop.seller, order.id, 'delivered');
    const s = await expectedSplit(t.ctx, order.id);
    // 3 × 123.45 taka = 37035 poisha: 7.5 % is 2777.625 → 2778, plus the 300 fee.
    expect(s.commission).toBe(3078);
    expect(await postingsOf(order.id)).toEqual([
      { kind: 'payment.captured', key: `shop:${shop.shopId}:cod_cash`, amount: s.total },
      { kind: 'payment.captured', key: `shop:${shop.shopId}:payable`, amount: -s.share },
      { kind: 'payment.captured', key: 'platform:platform_commission', amount: -s.commission },
    ]);
    expect(await getBalance(t.app, shop.seller, shop.shopId)).toEqual({
      shopId: shop.shopId,
      currency: 'BDT',
      payable: s.share,
      receivable: 0,
      codCash: s.total,
      net: -s.commission,
    });
  });

  it('a returned COD order: the sale is reversed, the cash stays owed to the customer', async () => {
    const shop = await moneyShop(t.ctx, t.app);
    const b = await newBuyer(t.ctx, t.app, shop.shopId);
    const order = await placeOrder(t.app, b, shop, 'cod');
    await deliver(t.app, shop.seller, order.id);
    const returned = await move(t.app, shop.seller, order.id, 'returned');
    // Cash has no refund API: an admin returns it by hand.
    expect(returned.payment.status).toBe('refund_manual');
    const s = await expectedSplit(t.ctx, order.id);
    const due = (await postingsOf(order.id)).filter((p) => p.kind === 'refund.due');
    expect(due).toEqual([
      { kind: 'refund.due', key: `shop:${shop.shopId}:payable`, amount: s.share },
      { kind: 'refund.due', key: 'platform:platform_commission', amount: s.commission },
      { kind: 'refund.due', key: 'platform:refunds', amount: -s.total },
    ]);
    expect(await getBalance(t.app, shop.seller, shop.shopId)).toMatchObject({
      payable: 0,
      codCash: s.total,
      net: -s.total,
    });
  });
});

describe('courier delivery', () => {
  it("the courier's charge goes to the platform's delivery fees, not to the shop", async () => {
    const shop = await moneyShop(t.ctx, t.app);
    const b = await newBuyer(t.ctx, t.app, shop.shopId);
    const order = await placeOrder(t.app, b, shop, 'cod');
    // As if a courier at 60 taka had been chosen at checkout.
    await sql`UPDATE orders SET delivery_method = 'courier', delivery_charge = 6000,
                total = subtotal + 6000 + cod_charge WHERE id = ${order.id}`.execute(t.ctx.db);
    await sql`UPDATE payments p SET amount = o.total FROM orders o
               WHERE o.id = p.order_id AND o.id = ${order.id}`.execute(t.ctx.db);
    await deliver(t.app, shop.seller, order.id);
    const s = await expectedSplit(t.ctx, order.id);
    const { delivery_charge } = await t.ctx.db
      .selectFrom('orders')
      .select('delivery_charge')
      .where('id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(delivery_charge).toBe(6000);
    expect(s.deliveryFee).toBe(delivery_charge);
    expect(await postingsOf(order.id)).toEqual([
      { kind: 'payment.captured', key: `shop:${shop.shopId}:cod_cash`, amount: s.total },
      { kind: 'payment.captured', key: `shop:${shop.shopId}:payable`, amount: -s.share },
      { kind: 'payment.captured', key: 'platform:platform_commission', amount: -s.commission },
      { kind: 'payment.captured', key: 'platform:delivery_fees', amount: -delivery_charge },
    ]);
    expect(s.share).toBe(s.total - s.commission - delivery_charge);
  });
});

describe('online payments', () => {
  let shop: MoneyShop;
  beforeAll(async () => {
    shop = await moneyShop(t.ctx, t.app);
  });

  it('bKash capture: clearing against the seller and the commission, once per callback', async () => {
    const b = await newBuyer(t.ctx, t.app, shop.shopId);
    const order = await placeOrder(t.app, b, shop, 'bkash', 2);
    expect(order.status).toBe('pending_payment');
    expect(await postingsOf(order.id)).toEqual([]);
    await approveOnline(t.app, order.redirectUrl!);
    const s = await expectedSplit(t.ctx, order.id);
    const posted = await postingsOf(order.id);
    expect(posted).toEqual([
      { kind: 'payment.captured', key: 'clearing:bkash', amount: s.total },
      { kind: 'payment.captured', key: `shop:${shop.shopId}:payable`, amount: -s.share },
      { kind: 'payment.captured', key: 'platform:platform_commission', amount: -s.commission },
    ]);
    const balance = await getBalance(t.app, shop.seller, shop.shopId);
    expect(balance).toMatchObject({ payable: s.share, receivable: 0, codCash: 0, net: s.share });

    // The provider's callback and IPN arrive again: nothing more is posted.
    const p = await t.ctx.db
      .selectFrom('payments')
      .select(['id', 'amount', 'provider_txn_id', 'merchant_txn_id', 'provider_ref'])
      .where('order_id', '=', order.id)
      .executeTakeFirstOrThrow();
    for (let i = 0; i < 3; i++) {
      await recordResult(t.ctx, paymentGateway(t.ctx), p.id, {
        status: 'paid',
        merchantTxnId: p.merchant_txn_id,
        providerRef: p.provider_ref ?? '',
        currency: 'BDT',
        amountPoisha: p.amount,
        providerTxnId: p.provider_txn_id ?? undefined,
        raw: null,
      });
    }
    expect(await postingsOf(order.id)).toEqual(posted);
    expect(await getBalance(t.app, shop.seller, shop.shopId)).toEqual(balance);
  });

  it('cancelled after payment: the refund is due, then paid by bKash; the shop is back to 0', async () => {
    const before = await getBalance(t.app, shop.seller, shop.shopId);
    const b = await newBuyer(t.ctx, t.app, shop.shopId);
    const order = await placeOrder(t.app, b, shop, 'bkash');
    await approveOnline(t.app, order.redirectUrl!);
    const s = await expectedSplit(t.ctx, order.id);
    expect((await getBalance(t.app, shop.seller, shop.shopId)).net).toBe(before.net + s.share);
    const cancelled = await move(t.app, b, order.id, 'cancelled');
    expect(cancelled.status).toBe('refunded');
    const kinds = (await postingsOf(order.id)).map((p) => `${p.kind} ${p.key} ${p.amount}`);
    expect(kinds).toEqual([
      `payment.captured clearing:bkash ${s.total}`,
      `payment.captured shop:${shop.shopId}:payable ${-s.share}`,
      `payment.captured platform:platform_commission ${-s.commission}`,
      `refund.due shop:${shop.shopId}:payable ${s.share}`,
      `refund.due platform:platform_commission ${s.commission}`,
      `refund.due platform:refunds ${-s.total}`,
      `refund.paid platform:refunds ${s.total}`,
      `refund.paid clearing:bkash ${-s.total}`,
    ]);
    expect(await getBalance(t.app, shop.seller, shop.shopId)).toEqual(before);
  });

  it('an unpaid online order that is cancelled posts nothing', async () => {
    const b = await newBuyer(t.ctx, t.app, shop.shopId);
    const order = await placeOrder(t.app, b, shop, 'sslcommerz');
    await move(t.app, b, order.id, 'cancelled');
    expect(await postingsOf(order.id)).toEqual([]);
  });

  it('a payment taken before the ledger existed: its refund posts the capture it reverses', async () => {
    const b = await newBuyer(t.ctx, t.app, shop.shopId);
    const order = await placeOrder(t.app, b, shop, 'bkash');
    // Paid with nothing in the ledger, as for payments captured before it existed.
    await sql`UPDATE payments SET status = 'paid', captured_at = now()
               WHERE order_id = ${order.id}`.execute(t.ctx.db);
    await sql`UPDATE orders SET status = 'placed', expires_at = NULL
               WHERE id = ${order.id}`.execute(t.ctx.db);
    expect(await postingsOf(order.id)).toEqual([]);
    const before = await getBalance(t.app, shop.seller, shop.shopId);
    const { id: paymentId } = await t.ctx.db
      .selectFrom('payments')
      .select('id')
      .where('order_id', '=', order.id)
      .executeTakeFirstOrThrow();
    await t.ctx.db.transaction().execute((tx) => postRefundPaid(tx, paymentId));
    const s = await expectedSplit(t.ctx, order.id);
    const byKind = (kind: string) =>
      postingsOf(order.id).then((p) => p.filter((x) => x.kind === kind).map((x) => x.amount));
    expect(await byKind('payment.captured')).toEqual([s.total, -s.share, -s.commission]);
    expect(await byKind('refund.due')).toEqual([s.share, s.commission, -s.total]);
    expect(await byKind('refund.paid')).toEqual([s.total, -s.total]);
    // Nothing owed either way for an order whose money went back.
    expect(await getBalance(t.app, shop.seller, shop.shopId)).toEqual(before);
  });

  it('leaves the whole ledger balanced', async () => {
    expect(await verifyLedger(t.ctx.db)).toMatchObject({ ok: true, unbalanced: [] });
  });
});
