import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { verifyLedger } from '../money/index.ts';
import { getBalance, longAgo, putRules } from '../money/test-support.ts';
import { paymentGateway } from '../orders/index.ts';
import type { BkashProvider } from '../payments/index.ts';
import { bkashCodRefund, followUpRefunds, manualCodRefund, setCodRefundSender } from './index.ts';
import {
  acceptThroughCheck,
  askReturn,
  deliveredOrder,
  type Delivered,
  type ReturnBody,
} from './test-support.ts';

// Commission rules are global: a database of this file's own.
let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createIsolatedTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  // 7.5 % and 3 taka a line.
  const put = await putRules(t.app, admin, [
    { scope: 'default', rateBp: 750, fixedFee: 300, effectiveFrom: longAgo },
  ]);
  expect(put.statusCode).toBe(200);
});
afterAll(() => t.close());

async function postingsOf(orderId: string, kinds: string[]) {
  const rows = await t.ctx.db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_transactions as tr', 'tr.id', 'e.transaction_id')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(['tr.kind', 'tr.source_id', 'a.key', 'e.amount'])
    .where('tr.order_id', '=', orderId)
    .where('tr.kind', 'in', kinds)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ kind: r.kind, source: r.source_id, key: r.key, amount: r.amount }));
}

async function ask(d: Delivered, lines: [number, number][], extra: Record<string, unknown> = {}) {
  const res = await askReturn(t.app, d.buyer, d.orderId, {
    lines: lines.map(([i, quantity]) => ({ orderItemId: d.items[i]!.id, quantity })),
    reason: 'damaged',
    ...extra,
  });
  if (res.statusCode !== 201) throw new Error(`return: ${res.statusCode} ${res.body}`);
  return res.json() as ReturnBody;
}

async function bkashRefunds(orderId: string) {
  const p = await t.ctx.db
    .selectFrom('payments')
    .select(['provider_ref', 'provider_txn_id'])
    .where('order_id', '=', orderId)
    .executeTakeFirstOrThrow();
  const bkash = (await paymentGateway(t.ctx).provider('bkash')) as BkashProvider;
  const status = await bkash.client.refundStatus({
    paymentId: p.provider_ref!,
    trxId: p.provider_txn_id!,
  });
  return status.refundTransactions as { refundTrxId: string; refundAmount: string }[];
}

describe('bKash: a partial return refunded through the provider', () => {
  it('refunds the line, shows in the sandbox, and the ledger equals the hand computation', async () => {
    const d = await deliveredOrder(t.ctx, t.app, 'bkash');
    const before = await getBalance(t.app, d.shop.seller, d.shop.shopId);
    const r = await ask(d, [[0, 1]]);
    const res = await acceptThroughCheck(t.app, d.shop.seller, r);
    expect(res.statusCode).toBe(200);
    const done = res.json();
    expect(done).toMatchObject({ status: 'refunded', refundAmount: 12_345 });
    expect(done.refund).toMatchObject({ amount: 12_345, status: 'refunded' });
    expect(done.events.map((e: { to: string }) => e.to)).toEqual([
      'requested',
      'accepted',
      'picked_up',
      'checked',
      'refunded',
    ]);

    const sandbox = await bkashRefunds(d.orderId);
    expect(sandbox).toEqual([
      expect.objectContaining({ refundTrxId: done.refund.providerRef, refundAmount: '123.45' }),
    ]);

    // By hand: line A is 3 × 123.45 = 37035 poisha; its commission 7.5 % → 2777.625 → 2778,
    // + 300 = 3078. After one unit back, 24690: 1851.75 → 1852, + 300 = 2152. The commission of
    // the returned unit is 3078 − 2152 = 926, the seller's part 12345 − 926 = 11419.
    const refundId = done.refund.id;
    expect(await postingsOf(d.orderId, ['refund.partial_due', 'refund.partial_paid'])).toEqual([
      {
        kind: 'refund.partial_due',
        source: refundId,
        key: `shop:${d.shop.shopId}:payable`,
        amount: 11_419,
      },
      {
        kind: 'refund.partial_due',
        source: refundId,
        key: 'platform:platform_commission',
        amount: 926,
      },
      { kind: 'refund.partial_due', source: refundId, key: 'platform:refunds', amount: -12_345 },
      { kind: 'refund.partial_paid', source: refundId, key: 'platform:refunds', amount: 12_345 },
      { kind: 'refund.partial_paid', source: refundId, key: 'clearing:bkash', amount: -12_345 },
    ]);
    const after = await getBalance(t.app, d.shop.seller, d.shop.shopId);
    expect(after.payable).toBe(before.payable - 11_419);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);

    // Replays: the same step again is refused, nothing more is posted or refunded.
    const again = await acceptThroughCheck(t.app, d.shop.seller, r).catch((e: Error) => e);
    expect(again).toBeInstanceOf(Error);
    expect(await bkashRefunds(d.orderId)).toHaveLength(1);
    expect(await postingsOf(d.orderId, ['refund.partial_due', 'refund.partial_paid'])).toHaveLength(
      5,
    );
    // The order itself stays delivered.
    const order = await t.ctx.db
      .selectFrom('orders')
      .select('status')
      .where('id', '=', d.orderId)
      .executeTakeFirstOrThrow();
    expect(order.status).toBe('delivered');
  });

  it('two returns of parts of one line add up to its whole commission; the last brings the charges', async () => {
    const d = await deliveredOrder(t.ctx, t.app, 'bkash', { qtyA: 3, qtyB: 1 });
    const first = await ask(d, [[0, 2]]);
    expect((await acceptThroughCheck(t.app, d.shop.seller, first)).json().refundAmount).toBe(
      24_690,
    );
    const second = await ask(d, [
      [0, 1],
      [1, 1],
    ]);
    const last = (await acceptThroughCheck(t.app, d.shop.seller, second, false)).json();
    expect(last.status).toBe('refunded');
    // The whole order came back: everything paid is refunded, delivery included.
    expect(first.lines[0]!.amount + last.refundAmount).toBe(d.total);
    const due = await postingsOf(d.orderId, ['refund.partial_due']);
    const commissionBack = due
      .filter((p) => p.key === 'platform:platform_commission')
      .reduce((s, p) => s + p.amount, 0);
    // Line A: 3078 (see above); line B 77.77: 583.275 → 583, + 300 = 883.
    expect(commissionBack).toBe(3078 + 883);
    const balance = await getBalance(t.app, d.shop.seller, d.shop.shopId);
    expect(balance).toMatchObject({ payable: 0, receivable: 0, codCash: 0 });
    const sandbox = await bkashRefunds(d.orderId);
    expect(sandbox.reduce((s, r) => s + Math.round(Number(r.refundAmount) * 100), 0)).toBe(d.total);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });
});

describe('a whole-order refund after a partial one', () => {
  it('is refused: the lines already refunded are never refunded again', async () => {
    const d = await deliveredOrder(t.ctx, t.app, 'bkash');
    const r = await ask(d, [[0, 1]]);
    expect((await acceptThroughCheck(t.app, d.shop.seller, r)).json().status).toBe('refunded');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${d.orderId}/transitions`,
      headers: d.shop.seller.auth,
      payload: { to: 'returned' },
    });
    // A clear answer, not a failure: the rest goes back through a return of its own.
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ORDER_PARTLY_REFUNDED');
    const order = await t.ctx.db
      .selectFrom('orders')
      .select('status')
      .where('id', '=', d.orderId)
      .executeTakeFirstOrThrow();
    expect(order.status).toBe('delivered');
    const p = await t.ctx.db
      .selectFrom('payments')
      .select('status')
      .where('order_id', '=', d.orderId)
      .executeTakeFirstOrThrow();
    expect(p.status).toBe('paid');
    expect(await bkashRefunds(d.orderId)).toHaveLength(1);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });
});

describe('SSLCommerz', () => {
  it('refunds the returned lines through its refund API; an admin may take the steps too', async () => {
    const d = await deliveredOrder(t.ctx, t.app, 'sslcommerz');
    const r = await ask(d, [[1, 2]]);
    const done = (await acceptThroughCheck(t.app, admin, r)).json();
    // SSLCommerz accepts the refund and settles it later: the return waits, checked.
    expect(done).toMatchObject({
      status: 'checked',
      refund: { amount: 2 * 7777, status: 'pending' },
    });
    expect(await followUpRefunds(t.ctx, paymentGateway(t.ctx))).toBeGreaterThanOrEqual(1);
    const settled = await t.app.inject({ url: `/api/v1/returns/${r.id}`, headers: d.buyer.auth });
    expect(settled.json()).toMatchObject({ status: 'refunded', refund: { status: 'refunded' } });
    expect(await postingsOf(d.orderId, ['refund.partial_paid'])).toEqual([
      expect.objectContaining({ key: 'platform:refunds', amount: 2 * 7777 }),
      expect.objectContaining({ key: 'clearing:sslcommerz', amount: -2 * 7777 }),
    ]);
    // Asked again: nothing more.
    await followUpRefunds(t.ctx, paymentGateway(t.ctx));
    expect(await postingsOf(d.orderId, ['refund.partial_paid'])).toHaveLength(2);
    expect(done.events.slice(1, 4).map((e: { actorRole: string }) => e.actorRole)).toEqual([
      'admin',
      'admin',
      'admin',
    ]);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });
});

describe('refunds that need an admin', () => {
  it("COD: by default paid to the customer's bKash number by a disbursement", async () => {
    const d = await deliveredOrder(t.ctx, t.app, 'cod');
    const r = await ask(d, [[0, 1]], { refundMsisdn: '01911000009' });
    const done = (await acceptThroughCheck(t.app, d.shop.seller, r)).json();
    expect(done).toMatchObject({ status: 'refunded', refundAmount: 12_345 });
    // bKash (its sandbox) knows the disbursement by our invoice: to that number, that amount.
    const payouts = await paymentGateway(t.ctx).bkashPayouts();
    const invoice = `RF${String(done.refund.id).replace(/-/g, '').toUpperCase()}`;
    const sent = await payouts.queryByInvoice(invoice);
    expect(sent).toMatchObject({ status: 'paid', amountPoisha: 12_345 });
    expect(done.refund.providerRef).toBe(sent?.status === 'paid' ? sent.trxID : '?');
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });

  it('COD: left manual where bKash cannot send it, an admin marks it paid with a reference (audited, once)', async () => {
    setCodRefundSender(t.ctx, manualCodRefund);
    const d = await deliveredOrder(t.ctx, t.app, 'cod');
    const r = await ask(d, [[1, 1]], { refundMsisdn: '01911000002' });
    const checked = (await acceptThroughCheck(t.app, d.shop.seller, r)).json();
    expect(checked).toMatchObject({ status: 'refund_manual', refundAmount: 7777 });
    expect(checked.refund).toMatchObject({ status: 'manual' });
    const queue = await t.app.inject({
      url: '/api/v1/admin/refunds?status=manual',
      headers: admin.auth,
    });
    expect(queue.json().items).toContainEqual(
      expect.objectContaining({ id: checked.refund.id, msisdn: '+8801911000002', amount: 7777 }),
    );
    const markedBySeller = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/refunds/${checked.refund.id}/mark-paid`,
      headers: d.shop.seller.auth,
      payload: { reference: 'X' },
    });
    expect(markedBySeller.statusCode).toBe(403);
    const mark = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/refunds/${checked.refund.id}/mark-paid`,
        headers: admin.auth,
        payload: { reference: 'BK9X7Y' },
      });
    const paid = await mark();
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({ status: 'refunded', providerRef: 'BK9X7Y' });
    expect((await mark()).json().error.code).toBe('REFUND_NOT_PAYABLE');
    const ret = await t.app.inject({ url: `/api/v1/returns/${r.id}`, headers: d.buyer.auth });
    expect(ret.json().status).toBe('refunded');
    // Line B is 2 × 77.77 = 15554: 7.5 % → 1166.55 → 1167, + 300 = 1467; after one unit back,
    // 7777: 583.275 → 583, + 300 = 883. Back: 1467 − 883 = 584; the seller's part 7777 − 584 =
    // 7193. Paid from the platform's bKash; the seller still holds the cash.
    const rid = checked.refund.id;
    expect(await postingsOf(d.orderId, ['refund.partial_due', 'refund.partial_paid'])).toEqual([
      {
        kind: 'refund.partial_due',
        source: rid,
        key: `shop:${d.shop.shopId}:payable`,
        amount: 7193,
      },
      { kind: 'refund.partial_due', source: rid, key: 'platform:platform_commission', amount: 584 },
      { kind: 'refund.partial_due', source: rid, key: 'platform:refunds', amount: -7777 },
      { kind: 'refund.partial_paid', source: rid, key: 'platform:refunds', amount: 7777 },
      { kind: 'refund.partial_paid', source: rid, key: 'clearing:bkash', amount: -7777 },
    ]);
    const log = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('target_id', '=', rid)
      .execute();
    expect(log).toEqual([{ actor_id: admin.id, action: 'refund.issued' }]);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
    setCodRefundSender(t.ctx, bkashCodRefund(paymentGateway(t.ctx)));
  });

  it('COD: a plugged-in disbursement that sends the money confirms the refund', async () => {
    const sent: unknown[] = [];
    setCodRefundSender(t.ctx, async (input) => {
      sent.push(input);
      return { status: 'sent', ref: 'DSB1' };
    });
    try {
      const d = await deliveredOrder(t.ctx, t.app, 'cod');
      const r = await ask(d, [[0, 1]], { refundMsisdn: '01911000003' });
      const done = (await acceptThroughCheck(t.app, d.shop.seller, r)).json();
      expect(done).toMatchObject({ status: 'refunded', refund: { providerRef: 'DSB1' } });
      expect(sent).toEqual([
        { refundId: done.refund.id, msisdn: '+8801911000003', amountPoisha: 12_345 },
      ]);
    } finally {
      setCodRefundSender(t.ctx, bkashCodRefund(paymentGateway(t.ctx)));
    }
  });

  it('Nagad has no refund API: manual', async () => {
    const d = await deliveredOrder(t.ctx, t.app, 'nagad');
    const r = await ask(d, [[0, 1]]);
    const done = (await acceptThroughCheck(t.app, d.shop.seller, r)).json();
    expect(done).toMatchObject({ status: 'refund_manual', refund: { status: 'manual' } });
  });
});

describe('never more than was paid', () => {
  it('50 simultaneous requests for one order: only what was delivered is accepted', async () => {
    const d = await deliveredOrder(t.ctx, t.app, 'bkash', { qtyA: 3, qtyB: 1 });
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        askReturn(t.app, d.buyer, d.orderId, {
          lines: [{ orderItemId: d.items[0]!.id, quantity: 1 }],
          reason: 'changed_mind',
        }),
      ),
    );
    const created = results.filter((r) => r.statusCode === 201).map((r) => r.json() as ReturnBody);
    expect(created).toHaveLength(3);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(47);

    // All three checked at once, and each check sent 50 times at once.
    for (const r of created) {
      for (const to of ['accepted', 'picked_up']) {
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/returns/${r.id}/transitions`,
          headers: d.shop.seller.auth,
          payload: { to },
        });
      }
    }
    const checks = await Promise.all(
      created.flatMap((r) =>
        Array.from({ length: 17 }, () =>
          t.app.inject({
            method: 'POST',
            url: `/api/v1/returns/${r.id}/transitions`,
            headers: d.shop.seller.auth,
            payload: { to: 'checked', lines: r.lines.map((l) => ({ id: l.id, resellable: true })) },
          }),
        ),
      ),
    );
    expect(checks.filter((c) => c.statusCode === 200)).toHaveLength(3);
    const paid = await t.ctx.db
      .selectFrom('payments')
      .select(['id', 'amount'])
      .where('order_id', '=', d.orderId)
      .executeTakeFirstOrThrow();
    const refunds = await t.ctx.db
      .selectFrom('payment_refunds')
      .select(['amount', 'status'])
      .where('payment_id', '=', paid.id)
      .execute();
    expect(refunds).toHaveLength(3);
    const sum = refunds.reduce((s, r) => s + r.amount, 0);
    expect(sum).toBe(3 * 12_345);
    expect(sum).toBeLessThanOrEqual(paid.amount);
    const sandbox = await bkashRefunds(d.orderId);
    expect(sandbox.reduce((s, r) => s + Math.round(Number(r.refundAmount) * 100), 0)).toBe(sum);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });

  it('the database refuses refunds beyond the payment, whoever writes them, 50 at once', async () => {
    const d = await deliveredOrder(t.ctx, t.app, 'bkash');
    const paid = await t.ctx.db
      .selectFrom('payments')
      .select(['id', 'amount'])
      .where('order_id', '=', d.orderId)
      .executeTakeFirstOrThrow();
    const part = Math.floor(paid.amount / 3) + 1; // three of them are more than was paid
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        sql`INSERT INTO payment_refunds (payment_id, amount, method, provider_refund_id)
            VALUES (${paid.id}, ${part}, 'provider', ${`T${i}-${paid.id}`})`.execute(t.ctx.db),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(2);
    const rejected = attempts.filter((a) => a.status === 'rejected') as PromiseRejectedResult[];
    expect(String(rejected[0]!.reason.message)).toContain('REFUND_EXCEEDS_PAYMENT');
    const { rows } = await sql<{ sum: string }>`
      SELECT sum(amount)::text AS sum FROM payment_refunds WHERE payment_id = ${paid.id}`.execute(
      t.ctx.db,
    );
    expect(Number(rows[0]!.sum)).toBeLessThanOrEqual(paid.amount);
    // And a return of this order now finds nothing left to refund.
    const r = await ask(d, [[0, 3]]);
    const res = await acceptThroughCheck(t.app, d.shop.seller, r);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('REFUND_EXCEEDS_PAYMENT');
  });
});
