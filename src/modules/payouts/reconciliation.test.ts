import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import {
  approveOnline,
  moneyShop,
  newBuyer,
  placeOrder,
  type MoneyShop,
} from '../money/test-support.ts';
import { actOnPaymentPage } from '../payments/index.ts';
import { compare } from './reconciliation.ts';
import {
  bkashOrder,
  payoutsApp,
  putMethod,
  runPayouts,
  type PayoutsTestApp,
} from './test-support.ts';

let t: PayoutsTestApp;
let admin: TestUser;
let shop: MoneyShop;
let from: string;
const txn: Record<string, string> = {};
const amounts: Record<string, number> = {};
let payoutTrx: string;
let payoutAmount: number;

async function trxOf(orderId: string) {
  const p = await t.ctx.db
    .selectFrom('payments')
    .select(['provider_txn_id', 'amount'])
    .where('order_id', '=', orderId)
    .executeTakeFirstOrThrow();
  return { trx: p.provider_txn_id!, amount: p.amount };
}
const sandboxPayment = (trx: string) =>
  [...t.bkash.payments.values()].find((p) => p.trxID === trx)!;

type Difference = {
  kind: string;
  providerTxnId: string;
  type: string;
  ledgerAmount: number | null;
  reportAmount: number | null;
  orderId?: string | null;
};
type Answer = {
  matched: number;
  ledgerTotal: number;
  reportTotal: number;
  source: string;
  differences: Difference[];
};

beforeAll(async () => {
  from = new Date(Date.now() - 1000).toISOString();
  t = await payoutsApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  shop = await moneyShop(t.ctx, t.app);
  for (const name of ['matched', 'changed', 'unseen']) {
    const o = await bkashOrder(t, shop, { windowClosed: true });
    const { trx, amount } = await trxOf(o.id);
    txn[name] = trx;
    amounts[name] = amount;
  }
  await putMethod(t.app, shop.seller, shop.shopId, { kind: 'bkash', msisdn: '01755443322' });
  const run = await runPayouts(t.app, admin, { shopIds: [shop.shopId], minimum: 100 });
  const p = run.json().payouts[0];
  expect(p.status).toBe('paid');
  payoutTrx = p.providerTxnId;
  payoutAmount = p.amount;

  // Planted differences: bKash reports another amount for one payment; it lost another from its
  // report; and it captured a payment the ledger never saw.
  sandboxPayment(txn.changed!).amount = '1.00';
  t.bkash.payments.delete(sandboxPayment(txn.unseen!).paymentID);
  t.bkash.payments.set('TR0011FOREIGN', {
    paymentID: 'TR0011FOREIGN',
    amount: '150.00',
    currency: 'BDT',
    intent: 'sale',
    merchantInvoiceNumber: 'NOTOURS1',
    payerReference: '01700000000',
    callbackURL: 'http://example.invalid/',
    createTime: '',
    state: 'Completed',
    trxID: 'FOREIGN0001',
    executedAt: Date.now(),
    refunds: [],
  });
}, 120_000);
afterAll(() => t.close());

const reconcile = (q: string, user: TestUser = admin) =>
  t.app.inject({ url: `/api/v1/admin/reconciliation?${q}`, headers: user.auth });

describe('GET /admin/reconciliation', () => {
  it('matches the ledger with bKash’s report line by line and lists every planted difference', async () => {
    const to = new Date(Date.now() + 60_000).toISOString();
    const res = await reconcile(new URLSearchParams({ provider: 'bkash', from, to }).toString());
    expect(res.statusCode).toBe(200);
    const a = res.json() as Answer;
    expect(a.source).toBe('provider');
    const of = (id: string) => a.differences.filter((d) => d.providerTxnId === id);
    // Matched: no difference for the untouched payment and for the payout.
    expect(of(txn.matched!)).toEqual([]);
    expect(of(payoutTrx)).toEqual([]);
    expect(a.matched).toBeGreaterThanOrEqual(2);
    expect(of(txn.changed!)).toEqual([
      expect.objectContaining({
        kind: 'amount_mismatch',
        type: 'payment',
        ledgerAmount: amounts.changed,
        reportAmount: 100,
      }),
    ]);
    expect(of(txn.unseen!)).toEqual([
      expect.objectContaining({
        kind: 'missing_in_report',
        ledgerAmount: amounts.unseen,
        reportAmount: null,
      }),
    ]);
    expect(of(txn.unseen!)[0]!.orderId).toBeTruthy();
    expect(of('FOREIGN0001')).toEqual([
      expect.objectContaining({
        kind: 'missing_in_ledger',
        ledgerAmount: null,
        reportAmount: 15_000,
      }),
    ]);
    // The report's own lines add up as bKash sent them (payout negative).
    expect(a.reportTotal).toBe(amounts.matched! + 100 + 15_000 - payoutAmount);
  });

  it('an uploaded CSV report is compared the same way', async () => {
    const csv = [
      'trxID,type,amount,merchantInvoiceNumber,time',
      `${txn.matched},payment,${(amounts.matched! / 100).toFixed(2)},X,${new Date().toISOString()}`,
      `"${payoutTrx}",payout,${(payoutAmount / 100).toFixed(2)},,`,
      `UPLOADONLY1,refund,12.50,,`,
    ].join('\n');
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/reconciliation/reports',
      headers: admin.auth,
      payload: { provider: 'bkash', csv, fileName: 'bkash-dec.csv' },
    });
    expect(up.statusCode).toBe(201);
    expect(up.json().lines).toBe(3);
    const to = new Date(Date.now() + 60_000).toISOString();
    const res = await reconcile(
      new URLSearchParams({ provider: 'bkash', from, to, reportId: up.json().id }).toString(),
    );
    expect(res.statusCode).toBe(200);
    const a = res.json() as Answer;
    expect(a.source).toBe('upload');
    const of = (id: string) => a.differences.filter((d) => d.providerTxnId === id);
    expect(of(txn.matched!)).toEqual([]);
    expect(of(payoutTrx)).toEqual([]);
    expect(of('UPLOADONLY1')).toEqual([
      expect.objectContaining({ kind: 'missing_in_ledger', type: 'refund', reportAmount: -1250 }),
    ]);
    // Another provider's upload is not this report.
    const wrong = await reconcile(
      new URLSearchParams({ provider: 'nagad', from, to, reportId: up.json().id }).toString(),
    );
    expect(wrong.statusCode).toBe(404);
  });

  it('refuses unreadable reports, bad ranges and non-admins', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/reconciliation/reports',
      headers: admin.auth,
      payload: { provider: 'bkash', csv: 'trxID,type,amount\nA1,payment,12.345\n' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('RECONCILIATION_REPORT_INVALID');
    const noHeader = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/reconciliation/reports',
      headers: admin.auth,
      payload: { provider: 'bkash', csv: 'hello\n' },
    });
    expect(noHeader.statusCode).toBe(422);
    const now = new Date().toISOString();
    expect((await reconcile(`provider=bkash&from=${now}&to=${now}`)).statusCode).toBe(400);
    expect((await reconcile(`provider=paypal&from=${from}&to=${now}`)).statusCode).toBe(400);
    expect((await reconcile(`provider=bkash&from=${from}&to=${now}`, shop.seller)).statusCode).toBe(
      403,
    );
  });
});

describe('Nagad and SSLCommerz', () => {
  it('their sandboxes report their captures, which match the ledger', async () => {
    for (const provider of ['nagad', 'sslcommerz'] as const) {
      const b = await newBuyer(t.ctx, t.app, shop.shopId);
      const order = await placeOrder(t.app, b, shop, provider);
      if (provider === 'nagad') await approveOnline(t.app, order.redirectUrl!);
      else {
        // SSLCommerz posts the buyer's browser back to us (the return URL), as a form.
        const outcome = await actOnPaymentPage(order.redirectUrl!, 'approve');
        if (outcome.kind !== 'post') throw new Error('expected a form post');
        const back = await t.app.inject({
          method: 'POST',
          url: new URL(outcome.action).pathname + new URL(outcome.action).search,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams(outcome.fields).toString(),
        });
        expect(back.statusCode).toBeLessThan(400);
      }
      const { trx, amount } = await trxOf(order.id);
      expect(trx).toBeTruthy();
      const to = new Date(Date.now() + 60_000).toISOString();
      const res = await reconcile(new URLSearchParams({ provider, from, to }).toString());
      expect(res.statusCode).toBe(200);
      const a = res.json() as Answer;
      expect(a.differences.filter((d) => d.providerTxnId === trx)).toEqual([]);
      expect(a.matched).toBeGreaterThanOrEqual(1);
      expect(a.reportTotal).toBeGreaterThanOrEqual(amount);
    }
  });
});

describe('compare', () => {
  it('sums lines of one transaction and reports each kind of difference once', () => {
    const r = compare(
      [
        { providerTxnId: 'A', type: 'payment', amount: 500, orderId: null },
        { providerTxnId: 'B', type: 'payment', amount: 700, orderId: 'o' },
        { providerTxnId: 'C', type: 'refund', amount: -100, orderId: null },
      ],
      [
        { providerTxnId: 'A', type: 'payment', amount: 200, invoice: null, time: null },
        { providerTxnId: 'A', type: 'payment', amount: 300, invoice: null, time: null },
        { providerTxnId: 'B', type: 'payment', amount: 701, invoice: null, time: null },
        { providerTxnId: 'D', type: 'payout', amount: -50, invoice: null, time: null },
      ],
    );
    expect(r.matched).toBe(1);
    expect(r.ledgerTotal).toBe(1100);
    expect(r.reportTotal).toBe(1151);
    expect(r.differences.map((d) => [d.kind, d.providerTxnId])).toEqual([
      ['amount_mismatch', 'B'],
      ['missing_in_report', 'C'],
      ['missing_in_ledger', 'D'],
    ]);
  });
});
