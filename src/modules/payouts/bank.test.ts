import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { expectedSplit, moneyShop, type MoneyShop } from '../money/test-support.ts';
import { availableForPayout } from './index.ts';
import { csvField } from './beftn.ts';
import {
  bkashOrder,
  payoutsApp,
  putMethod,
  runPayouts,
  type PayoutsTestApp,
} from './test-support.ts';

let t: PayoutsTestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await payoutsApp();
  admin = await createUser(t.ctx, { role: 'admin' });
}, 60_000);
afterAll(() => t.close());

type Payout = { id: string; shopId: string; invoice: string; amount: number; status: string };

async function bankShop(accountName: string, routingNumber: string) {
  const shop = await moneyShop(t.ctx, t.app);
  const o = await bkashOrder(t, shop, { windowClosed: true });
  const res = await putMethod(t.app, shop.seller, shop.shopId, {
    kind: 'bank',
    accountName,
    accountNumber: '0012345678901',
    bankName: 'Dutch-Bangla Bank',
    branchName: 'Mirpur',
    routingNumber,
  });
  expect(res.statusCode).toBe(200);
  return { shop, share: (await expectedSplit(t.ctx, o.id)).share };
}

const settle = (id: string, payload: Record<string, unknown>, user: TestUser = admin) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/payouts/${id}/settlement`,
    headers: user.auth,
    payload,
  });

describe('bank payouts in a BEFTN file', () => {
  let a: { shop: MoneyShop; share: number };
  let b: { shop: MoneyShop; share: number };
  let runId: string;
  let payouts: Payout[];

  beforeAll(async () => {
    a = await bankShop('Rahim, Karim & Sons', '090261725');
    b = await bankShop('=HYPERLINK("x")', '175270436');
    const res = await runPayouts(t.app, admin, {
      shopIds: [a.shop.shopId, b.shop.shopId],
      minimum: 100,
    });
    expect(res.statusCode).toBe(201);
    runId = res.json().id;
    payouts = res.json().payouts;
  }, 60_000);

  it('marks bank payouts sent and lists each in the CSV with its routing number and taka amount', async () => {
    expect(payouts).toHaveLength(2);
    expect(payouts.every((p) => p.status === 'sent')).toBe(true);
    const res = await t.app.inject({
      url: `/api/v1/admin/payout-runs/${runId}/beftn.csv`,
      headers: admin.auth,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'sl,beneficiary_name,account_number,routing_number,bank_name,branch_name,amount,reference,purpose',
    );
    expect(lines).toHaveLength(3);
    const pa = payouts.find((p) => p.shopId === a.shop.shopId)!;
    const pb = payouts.find((p) => p.shopId === b.shop.shopId)!;
    const taka = (n: number) => `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, '0')}`;
    expect(lines).toContain(
      `${payouts.indexOf(pa) + 1},"Rahim, Karim & Sons",0012345678901,090261725,Dutch-Bangla Bank,Mirpur,${taka(a.share)},${pa.invoice},Haat seller payout`,
    );
    // A name a spreadsheet would run as a formula is written as text.
    expect(lines.find((l) => l.includes(pb.invoice))).toContain(`"'=HYPERLINK(""x"")"`);
    // Customers and sellers cannot download it.
    const seller = await t.app.inject({
      url: `/api/v1/admin/payout-runs/${runId}/beftn.csv`,
      headers: a.shop.seller.auth,
    });
    expect(seller.statusCode).toBe(403);
  });

  it('an admin settles each line: paid stays paid, failed is credited back, neither twice', async () => {
    const pa = payouts.find((p) => p.shopId === a.shop.shopId)!;
    const pb = payouts.find((p) => p.shopId === b.shop.shopId)!;
    expect((await availableForPayout(t.ctx.db, a.shop.shopId)).available).toBe(0);
    expect((await settle(pa.id, { outcome: 'paid', reference: 'BEFTN-778' })).statusCode).toBe(200);
    const failed = await settle(pb.id, { outcome: 'failed', reason: 'account closed' });
    expect(failed.statusCode).toBe(200);
    expect(failed.json().payouts.find((p: Payout) => p.id === pb.id).status).toBe('failed');
    expect((await availableForPayout(t.ctx.db, a.shop.shopId)).available).toBe(0);
    expect((await availableForPayout(t.ctx.db, b.shop.shopId)).available).toBe(b.share);
    const again = await settle(pa.id, { outcome: 'failed' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PAYOUT_NOT_SETTLEABLE');
    expect((await availableForPayout(t.ctx.db, a.shop.shopId)).available).toBe(0);
    expect((await settle(pa.id, { outcome: 'paid' }, a.shop.seller)).statusCode).toBe(403);
    const kinds = await t.ctx.db
      .selectFrom('ledger_transactions')
      .select(['source_id', 'kind'])
      .where('source_id', 'in', [pa.id, pb.id])
      .orderBy('id')
      .execute();
    expect(kinds.filter((k) => k.source_id === pa.id).map((k) => k.kind)).toEqual([
      'payout.initiated',
      'payout.paid',
    ]);
    expect(kinds.filter((k) => k.source_id === pb.id).map((k) => k.kind)).toEqual([
      'payout.initiated',
      'payout.failed',
    ]);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', 'in', [pa.id, pb.id])
      .execute();
    expect(audit.map((r) => r.action).sort()).toEqual(['payout.failed', 'payout.settled']);
  });

  it('lists runs newest first and shows one with its payouts', async () => {
    const list = await t.app.inject({
      url: '/api/v1/admin/payout-runs?limit=5',
      headers: admin.auth,
    });
    expect(list.statusCode).toBe(200);
    const ids = list.json().items.map((r: { id: string }) => r.id);
    expect(ids).toContain(runId);
    const one = await t.app.inject({
      url: `/api/v1/admin/payout-runs/${runId}`,
      headers: admin.auth,
    });
    expect(one.json().payouts).toHaveLength(2);
    expect(one.json().total).toBe(a.share + b.share);
    // Account numbers are masked in lists.
    expect(JSON.stringify(one.json())).not.toContain('0012345678901');
  });
});

describe('admin lists', () => {
  it('payables of one shop, commission earned; runs page with a cursor; bad input refused', async () => {
    const { shop, share } = await bankShop('Karim Traders', '090261725');
    const res = await t.app.inject({
      url: `/api/v1/admin/payables?shopId=${shop.shopId}`,
      headers: admin.auth,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        shopId: shop.shopId,
        available: share,
        pending: 0,
        inFlight: 0,
        method: 'bank',
      }),
    ]);
    expect(typeof res.json().commissionEarned).toBe('number');
    const seller = await t.app.inject({ url: '/api/v1/admin/payables', headers: shop.seller.auth });
    expect(seller.statusCode).toBe(403);

    await runPayouts(t.app, admin, { shopIds: [shop.shopId], minimum: 100 });
    const first = await t.app.inject({
      url: '/api/v1/admin/payout-runs?limit=1',
      headers: admin.auth,
    });
    expect(first.json().items).toHaveLength(1);
    const cursor = first.json().nextCursor as string;
    expect(cursor).toBeTruthy();
    const second = await t.app.inject({
      url: `/api/v1/admin/payout-runs?limit=1&cursor=${cursor}`,
      headers: admin.auth,
    });
    expect(second.json().items[0].id).not.toBe(first.json().items[0].id);
    expect(
      (await t.app.inject({ url: '/api/v1/admin/payout-runs?cursor=nope!', headers: admin.auth }))
        .statusCode,
    ).toBe(400);
    const settleBad = await settle(first.json().items[0].id, { outcome: 'maybe' });
    expect(settleBad.statusCode).toBe(400);
    const unknown = await settle('00000000-0000-4000-8000-000000000000', { outcome: 'paid' });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('csvField', () => {
  it('quotes commas and quotes and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('line\nbreak')).toBe('line break');
  });
});
