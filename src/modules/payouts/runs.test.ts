import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { expectedSplit, moneyShop, move } from '../money/test-support.ts';
import { verifyLedger } from '../money/index.ts';
import { BKASH_SANDBOX_FAILING_RECEIVER } from '../payments/index.ts';
import { availableForPayout } from './index.ts';
import {
  bkashOrder,
  payoutsApp,
  putMethod,
  runPayouts,
  shopPayouts,
  type PayoutsTestApp,
} from './test-support.ts';

let t: PayoutsTestApp;
let admin: TestUser;
beforeAll(async () => {
  // Short provider timeout: a held-back bKash answer counts as lost quickly.
  t = await payoutsApp({ PAYMENT_PROVIDER_TIMEOUT_MS: '2500' });
  admin = await createUser(t.ctx, { role: 'admin' });
}, 60_000);
afterAll(() => t.close());

type Payout = {
  id: string;
  shopId: string;
  invoice: string;
  amount: number;
  status: string;
  providerTxnId: string | null;
};
type Run = { id: string; replayed?: boolean; payouts: Payout[]; skipped: { reason: string }[] };

/** A shop paid through bKash with one order whose window has closed: its share. */
async function bkashShop(msisdn = `0171${Math.floor(1e6 + Math.random() * 9e6)}`) {
  const shop = await moneyShop(t.ctx, t.app);
  const o = await bkashOrder(t, shop, { windowClosed: true });
  expect(
    (await putMethod(t.app, shop.seller, shop.shopId, { kind: 'bkash', msisdn })).statusCode,
  ).toBe(200);
  return { shop, share: (await expectedSplit(t.ctx, o.id)).share, msisdn };
}

async function postings(payoutId: string) {
  const rows = await t.ctx.db
    .selectFrom('ledger_transactions')
    .select('kind')
    .where('source_id', '=', payoutId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.kind);
}

const disbursementsTo = (msisdn: string) =>
  [...t.bkash.payouts.payouts.values()].filter((p) => p.receiverMSISDN === msisdn);

describe('a payout run through bKash disbursement', () => {
  it('pays the available amount once, never an undelivered or returned order; a retry is the same run', async () => {
    const { shop, share, msisdn } = await bkashShop();
    // Paid and never delivered; delivered and returned: neither is paid.
    await bkashOrder(t, shop);
    const returned = await bkashOrder(t, shop, { deliver: true });
    await move(t.app, shop.seller, returned.id, 'returned');
    const balanceBefore = t.bkash.payouts.balance;

    const key = `run-${randomUUID()}`;
    const res = await runPayouts(t.app, admin, { key, shopIds: [shop.shopId], minimum: 100 });
    expect(res.statusCode).toBe(201);
    const run = res.json() as Run;
    expect(run.payouts).toHaveLength(1);
    const p = run.payouts[0]!;
    expect(p).toMatchObject({ shopId: shop.shopId, amount: share, status: 'paid' });
    // The sandbox shows the disbursement: to the wallet, for the invoice, of the share.
    const sent = disbursementsTo(msisdn);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ merchantInvoiceNumber: p.invoice, amount: share });
    expect(p.providerTxnId).toBe(sent[0]!.trxID);
    expect(t.bkash.payouts.balance).toBe(balanceBefore - share);
    expect(await postings(p.id)).toEqual(['payout.initiated', 'payout.paid']);
    expect((await availableForPayout(t.ctx.db, shop.shopId)).available).toBe(0);

    // The same key again: the same run, 200, nothing sent again.
    const again = await runPayouts(t.app, admin, { key, shopIds: [shop.shopId], minimum: 100 });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: run.id, replayed: true });
    expect(disbursementsTo(msisdn)).toHaveLength(1);
    // The key with other terms is refused.
    const other = await runPayouts(t.app, admin, { key, shopIds: [shop.shopId], minimum: 200 });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('PAYOUT_RUN_KEY_REUSED');
    // A new run finds nothing more to pay.
    const next = await runPayouts(t.app, admin, { shopIds: [shop.shopId], minimum: 1 });
    expect((next.json() as Run).payouts).toHaveLength(0);

    const seen = await shopPayouts(t.app, shop.seller, shop.shopId);
    expect(seen.items).toMatchObject([{ id: p.id, status: 'paid', amount: share }]);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });

  it('a refused disbursement fails the payout and credits the amount back', async () => {
    const { shop, share } = await bkashShop(BKASH_SANDBOX_FAILING_RECEIVER);
    const res = await runPayouts(t.app, admin, { shopIds: [shop.shopId], minimum: 100 });
    expect(res.statusCode).toBe(201);
    const p = (res.json() as Run).payouts[0]!;
    expect(p).toMatchObject({ status: 'failed', amount: share, providerTxnId: null });
    expect(await postings(p.id)).toEqual(['payout.initiated', 'payout.failed']);
    expect(disbursementsTo(BKASH_SANDBOX_FAILING_RECEIVER)).toHaveLength(0);
    expect((await availableForPayout(t.ctx.db, shop.shopId)).available).toBe(share);

    // With a working number the next run pays it.
    await putMethod(t.app, shop.seller, shop.shopId, { kind: 'bkash', msisdn: '01799000111' });
    const retry = await runPayouts(t.app, admin, { shopIds: [shop.shopId], minimum: 100 });
    expect((retry.json() as Run).payouts[0]).toMatchObject({ status: 'paid', amount: share });
    expect((await availableForPayout(t.ctx.db, shop.shopId)).available).toBe(0);
  });

  it('two runs at once pay a shop once; the same key at once is one run', async () => {
    const a = await bkashShop();
    const runs = await Promise.all([
      runPayouts(t.app, admin, { shopIds: [a.shop.shopId], minimum: 100 }),
      runPayouts(t.app, admin, { shopIds: [a.shop.shopId], minimum: 100 }),
      runPayouts(t.app, admin, { shopIds: [a.shop.shopId], minimum: 100 }),
    ]);
    expect(runs.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const payouts = runs.flatMap((r) => (r.json() as Run).payouts);
    expect(payouts).toHaveLength(1);
    expect(payouts[0]).toMatchObject({ amount: a.share, status: 'paid' });
    expect(disbursementsTo(a.msisdn)).toHaveLength(1);

    const b = await bkashShop();
    const key = `same-${randomUUID()}`;
    const same = await Promise.all(
      [1, 2, 3].map(() =>
        runPayouts(t.app, admin, { key, shopIds: [b.shop.shopId], minimum: 100 }),
      ),
    );
    expect(same.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(same.map((r) => (r.json() as Run).id)).size).toBe(1);
    expect(disbursementsTo(b.msisdn)).toHaveLength(1);
  });

  it('an answer lost after bKash paid is looked up by invoice on retry, never paid twice', async () => {
    const { shop, share, msisdn } = await bkashShop();
    // bKash pays, but its answer never arrives (as a crash between the call and our update).
    t.bkash.faults.hangNext('b2cPayment');
    const key = `lost-${randomUUID()}`;
    const first = await runPayouts(t.app, admin, { key, shopIds: [shop.shopId], minimum: 100 });
    expect(first.statusCode).toBe(201);
    const p = (first.json() as Run).payouts[0]!;
    expect(p.status).toBe('processing');
    expect(disbursementsTo(msisdn)).toHaveLength(1);
    // Nothing more is available meanwhile: the money is in transit.
    const mid = await availableForPayout(t.ctx.db, shop.shopId);
    expect(mid.available).toBe(0);
    expect(mid.inFlight).toBe(share);

    const retried = await runPayouts(t.app, admin, { key, shopIds: [shop.shopId], minimum: 100 });
    expect(retried.statusCode).toBe(200);
    const after = (retried.json() as Run).payouts[0]!;
    expect(after).toMatchObject({ id: p.id, status: 'paid' });
    expect(after.providerTxnId).toBe(disbursementsTo(msisdn)[0]!.trxID);
    expect(disbursementsTo(msisdn)).toHaveLength(1);
    expect(await postings(p.id)).toEqual(['payout.initiated', 'payout.paid']);
  });

  it('skips shops below the minimum or without a payout method; only admins start runs', async () => {
    const { shop, share } = await bkashShop();
    const high = await runPayouts(t.app, admin, { shopIds: [shop.shopId], minimum: share + 1 });
    expect((high.json() as Run).payouts).toHaveLength(0);

    const bare = await moneyShop(t.ctx, t.app);
    await bkashOrder(t, bare, { windowClosed: true });
    const none = await runPayouts(t.app, admin, { shopIds: [bare.shopId], minimum: 100 });
    expect((none.json() as Run).payouts).toHaveLength(0);
    expect((none.json() as Run).skipped).toMatchObject([{ reason: 'no_payout_method' }]);

    expect((await runPayouts(t.app, shop.seller, { shopIds: [shop.shopId] })).statusCode).toBe(403);
    const customer = await createUser(t.ctx);
    expect((await runPayouts(t.app, customer, { shopIds: [shop.shopId] })).statusCode).toBe(403);
    for (const bad of [{ minimum: 0 }, { minimum: -5 }, { minimum: 1.5 }, { shopIds: ['x'] }]) {
      expect((await runPayouts(t.app, admin, bad)).statusCode).toBe(400);
    }
    const noKey = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/payout-runs',
      headers: admin.auth,
      payload: { shopIds: [shop.shopId] },
    });
    expect(noKey.statusCode).toBe(400);
  });
});
