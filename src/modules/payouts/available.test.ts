import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { expectedSplit, moneyShop, move, type MoneyShop } from '../money/test-support.ts';
import { availableForPayout, nextPayoutAt } from './index.ts';
import {
  adjust,
  backdateDelivery,
  bkashOrder,
  codOrderDelivered,
  payoutsApp,
  putMethod,
  shopPayouts,
  type PayoutsTestApp,
} from './test-support.ts';

let t: PayoutsTestApp;
let admin: TestUser;
let shop: MoneyShop;
let other: MoneyShop;
const split = { released: 0, pending: 0, codShare: 0, codCash: 0 };

beforeAll(async () => {
  t = await payoutsApp({ PAYOUT_SCHEDULE: 'on' });
  admin = await createUser(t.ctx, { role: 'admin' });
  shop = await moneyShop(t.ctx, t.app, { type: 'grocery' });
  other = await moneyShop(t.ctx, t.app);
  // Delivered a month ago: its window has closed.
  const closed = await bkashOrder(t, shop, { windowClosed: true });
  split.released += (await expectedSplit(t.ctx, closed.id)).share;
  // Delivered just now: in its window.
  const inWindow = await bkashOrder(t, shop, { deliver: true });
  split.pending += (await expectedSplit(t.ctx, inWindow.id)).share;
  // Paid, never delivered.
  const undelivered = await bkashOrder(t, shop);
  split.pending += (await expectedSplit(t.ctx, undelivered.id)).share;
  // Delivered a month ago, then returned: its money went back to the customer.
  const returned = await bkashOrder(t, shop, { deliver: true });
  await move(t.app, shop.seller, returned.id, 'returned');
  await backdateDelivery(t.ctx, returned.id);
  // Cash on delivery: the shop holds the cash and owes the commission.
  const cod = await codOrderDelivered(t, shop);
  const c = await expectedSplit(t.ctx, cod.id);
  split.codShare = c.share;
  split.codCash = c.total;
  // A credit of ৳100 and a charge of ৳25.
  expect((await adjust(t.app, admin, shop.shopId, 10_000)).statusCode).toBe(201);
  expect((await adjust(t.app, admin, shop.shopId, -2_500)).statusCode).toBe(201);
}, 120_000);
afterAll(() => t.close());

describe('what a shop may be paid', () => {
  it('closed-window online shares and adjustments, less COD cash held and charges; the rest pending', async () => {
    const a = await availableForPayout(t.ctx.db, shop.shopId);
    // By hand: the closed order's share + the COD order's share − its cash + ৳100 − ৳25.
    const expected = split.released + split.codShare - split.codCash + 10_000 - 2_500;
    expect(a.available).toBe(expected);
    // The undelivered and in-window orders wait; the returned one counts nowhere.
    expect(a.pending).toBe(split.pending);
    expect(a.receivable).toBe(2_500);
    expect(a.codCash).toBe(split.codCash);
    expect(split.pending).toBeGreaterThan(0);
    expect(split.released).toBeGreaterThan(0);

    const seen = await shopPayouts(t.app, shop.seller, shop.shopId);
    expect(seen.available).toBe(expected);
    expect(seen.pending).toBe(split.pending);
    expect(seen.items).toEqual([]);
    expect(seen.method).toBeNull();
    expect(new Date(seen.nextPayoutAt!).getTime()).toBeGreaterThan(Date.now());
  });

  it('an in-window order is released once its delivery is back-dated past the window', async () => {
    const before = await availableForPayout(t.ctx.db, other.shopId);
    const o = await bkashOrder(t, other, { deliver: true });
    const share = (await expectedSplit(t.ctx, o.id)).share;
    const mid = await availableForPayout(t.ctx.db, other.shopId);
    expect(mid.available).toBe(before.available);
    expect(mid.pending).toBe(before.pending + share);
    await backdateDelivery(t.ctx, o.id, 8);
    const after = await availableForPayout(t.ctx.db, other.shopId);
    expect(after.available).toBe(before.available + share);
    expect(after.pending).toBe(before.pending);
  });

  it('the next run is the configured weekday and hour in Dhaka, always in the future', () => {
    // Sunday 10:00 Dhaka = Sunday 04:00 UTC. 2026-12-07 is a Monday.
    const monday = new Date('2026-12-07T12:00:00Z');
    expect(nextPayoutAt(0, 10, monday).toISOString()).toBe('2026-12-13T04:00:00.000Z');
    // Monday 20:00 Dhaka (14:00 UTC), asked at 12:00 UTC the same Monday: today.
    expect(nextPayoutAt(1, 20, monday).toISOString()).toBe('2026-12-07T14:00:00.000Z');
    // Monday 10:00 Dhaka has passed at 12:00 UTC: next week.
    expect(nextPayoutAt(1, 10, monday).toISOString()).toBe('2026-12-14T04:00:00.000Z');
  });
});

describe('who may see payouts', () => {
  it('the owner and admins; another seller 404; customers 403; nobody 401', async () => {
    const url = `/api/v1/shops/${shop.shopId}/payouts`;
    const get = (u?: TestUser) => t.app.inject({ url, headers: u?.auth ?? {} });
    expect((await get(shop.seller)).statusCode).toBe(200);
    expect((await get(admin)).statusCode).toBe(200);
    const theirs = await get(other.seller);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.code).toBe('SHOP_NOT_FOUND');
    expect((await get(await createUser(t.ctx))).statusCode).toBe(403);
    expect((await get()).statusCode).toBe(401);
    const unknown = await t.app.inject({
      url: `/api/v1/shops/${randomUUID()}/payouts`,
      headers: admin.auth,
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('payout method', () => {
  it('the owner sets a bKash number in any form; it is stored as E.164 and audited', async () => {
    const res = await putMethod(t.app, other.seller, other.shopId, {
      kind: 'bkash',
      msisdn: '০১৭১১-২২৩৩৪৪',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().method).toMatchObject({ kind: 'bkash', msisdn: '+8801711223344' });
    const got = await t.app.inject({
      url: `/api/v1/shops/${other.shopId}/payout-method`,
      headers: admin.auth,
    });
    expect(got.json().method.msisdn).toBe('+8801711223344');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('target_id', '=', other.shopId)
      .where('action', '=', 'payout.method_changed')
      .execute();
    expect(audit).toHaveLength(1);
    // The audit log keeps the number masked.
    expect(JSON.stringify(audit[0]!.details)).not.toContain('1711223344');
  });

  it('a bank account needs a 9-digit routing number; bad numbers and strangers are refused', async () => {
    const bank = {
      kind: 'bank',
      accountName: 'Rahim Store',
      accountNumber: '1234567890123',
      bankName: 'Sonali Bank',
      branchName: 'Motijheel',
      routingNumber: '200275350',
    };
    expect((await putMethod(t.app, shop.seller, shop.shopId, bank)).statusCode).toBe(200);
    for (const bad of [
      { ...bank, routingNumber: '20027535' },
      { ...bank, routingNumber: '2002753501' },
      { ...bank, accountNumber: '12ab' },
      { ...bank, accountName: '' },
      { kind: 'bkash', msisdn: '12345' },
      { kind: 'bkash', msisdn: 1711223344 },
      { kind: 'paypal', email: 'x@y.z' },
      { ...bank, extra: true },
    ]) {
      const res = await putMethod(t.app, shop.seller, shop.shopId, bad);
      expect([400, 422]).toContain(res.statusCode);
    }
    // Another seller cannot redirect this shop's money; nor can an admin or a customer.
    expect((await putMethod(t.app, other.seller, shop.shopId, bank)).statusCode).toBe(404);
    expect((await putMethod(t.app, admin, shop.shopId, bank)).statusCode).toBe(403);
    expect((await putMethod(t.app, await createUser(t.ctx), shop.shopId, bank)).statusCode).toBe(
      403,
    );
    const still = await shopPayouts(t.app, shop.seller, shop.shopId);
    expect(still.method).toMatchObject({ kind: 'bank', routingNumber: '200275350' });
  });
});
