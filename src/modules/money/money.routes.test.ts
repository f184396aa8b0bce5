import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { deliver, moneyShop, newBuyer, placeOrder, type MoneyShop } from './test-support.ts';

let t: TestApp;
let admin: TestUser;
let shop: MoneyShop;
let otherShop: MoneyShop;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  shop = await moneyShop(t.ctx, t.app);
  otherShop = await moneyShop(t.ctx, t.app);
  // Two delivered COD orders: six entries on the shop's accounts.
  for (let i = 0; i < 2; i++) {
    const b = await newBuyer(t.ctx, t.app, shop.shopId);
    const order = await placeOrder(t.app, b, shop, 'cod');
    await deliver(t.app, shop.seller, order.id);
  }
}, 60_000);
afterAll(() => t.close());

const get = (url: string, user?: TestUser) => t.app.inject({ url, headers: user?.auth ?? {} });
const adjust = (shopId: string, payload: unknown, user: TestUser = admin) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/shops/${shopId}/ledger/adjustments`,
    headers: user.auth,
    payload: payload as Record<string, unknown>,
  });

type Entry = { id: number; kind: string; account: string; amount: number; createdAt: string };

describe('who may read a shop’s money', () => {
  it('its owner and admins; another seller gets 404 as for any shop; customers 403', async () => {
    for (const path of ['ledger', 'balance']) {
      const url = `/api/v1/shops/${shop.shopId}/${path}`;
      expect((await get(url, shop.seller)).statusCode).toBe(200);
      expect((await get(url, admin)).statusCode).toBe(200);
      const other = await get(url, otherShop.seller);
      expect(other.statusCode).toBe(404);
      expect(other.json().error.code).toBe('SHOP_NOT_FOUND');
      expect((await get(url, await createUser(t.ctx))).statusCode).toBe(403);
      expect((await get(url)).statusCode).toBe(401);
      const unknown = await get(`/api/v1/shops/${randomUUID()}/${path}`, admin);
      expect(unknown.statusCode).toBe(404);
      expect((await get(`/api/v1/shops/not-a-uuid/${path}`, admin)).statusCode).toBe(400);
    }
  });
});

describe('GET /shops/{id}/ledger', () => {
  it('pages newest first through every entry with the cursor', async () => {
    const all: Entry[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(
        `/api/v1/shops/${shop.shopId}/ledger?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        shop.seller,
      );
      expect(res.statusCode).toBe(200);
      const page = res.json() as { items: Entry[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    // Two deliveries, each: cash held and the seller's share (the commission is the platform's).
    expect(all).toHaveLength(4);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
    expect(all.map((e) => e.account).sort()).toEqual([
      'cod_cash',
      'cod_cash',
      'payable',
      'payable',
    ]);
    expect(all.every((e) => e.kind === 'payment.captured')).toBe(true);
    // Another shop's entries never show.
    const theirs = await get(`/api/v1/shops/${otherShop.shopId}/ledger`, otherShop.seller);
    expect(theirs.json().items).toEqual([]);
  });

  it('filters by time and refuses bad filters and cursors', async () => {
    const base = `/api/v1/shops/${shop.shopId}/ledger`;
    const past = encodeURIComponent('2001-01-01T00:00:00Z');
    const future = encodeURIComponent('2999-01-01T00:00:00Z');
    expect((await get(`${base}?to=${past}`, shop.seller)).json().items).toEqual([]);
    expect((await get(`${base}?from=${future}`, shop.seller)).json().items).toEqual([]);
    expect((await get(`${base}?from=${past}&to=${future}`, shop.seller)).json().items).toHaveLength(
      4,
    );
    for (const q of ['from=yesterday', 'limit=0', 'limit=abc', 'limit=101']) {
      expect((await get(`${base}?${q}`, shop.seller)).statusCode, q).toBe(400);
    }
    const bad = await get(`${base}?cursor=bm90LWEtY3Vyc29y`, shop.seller);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_CURSOR');
  });
});

describe('POST /admin/shops/{id}/ledger/adjustments', () => {
  it('credits or charges the shop with a reason, audited, once per key', async () => {
    const target = await moneyShop(t.ctx, t.app);
    const key = `adj-${randomUUID()}`;
    const credit = await adjust(target.shopId, { amount: 5_000, reason: 'ভুল কমিশন ফেরত', key });
    expect(credit.statusCode).toBe(201);
    expect(credit.json()).toMatchObject({
      replayed: false,
      balance: { payable: 5_000, receivable: 0, net: 5_000 },
    });
    const replay = await adjust(target.shopId, { amount: 5_000, reason: 'ভুল কমিশন ফেরত', key });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({
      replayed: true,
      transactionId: credit.json().transactionId,
      balance: { net: 5_000 },
    });
    const reused = await adjust(target.shopId, { amount: 7_000, reason: 'another', key });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('ADJUSTMENT_ALREADY_POSTED');
    const elsewhere = await adjust(otherShop.shopId, { amount: 5_000, reason: 'x'.repeat(5), key });
    expect(elsewhere.statusCode).toBe(409);

    const charge = await adjust(target.shopId, { amount: -1_200, reason: 'packaging charge' });
    expect(charge.statusCode).toBe(201);
    expect(charge.json().balance).toMatchObject({ payable: 5_000, receivable: 1_200, net: 3_800 });
    const balance = await get(`/api/v1/shops/${target.shopId}/balance`, target.seller);
    expect(balance.json()).toMatchObject({ net: 3_800 });

    const audited = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'ledger.adjusted')
      .where('target_id', '=', target.shopId)
      .orderBy('id')
      .execute();
    expect(audited.map((a) => (a.details as { amount: number }).amount)).toEqual([5_000, -1_200]);
    expect(audited.every((a) => a.actor_id === admin.id)).toBe(true);
  });

  it('refuses sellers, unknown shops and hostile bodies', async () => {
    expect(
      (await adjust(shop.shopId, { amount: 100, reason: 'gift' }, shop.seller)).statusCode,
    ).toBe(403);
    expect((await adjust(randomUUID(), { amount: 100, reason: 'nobody' })).statusCode).toBe(404);
    for (const body of [
      { amount: 0, reason: 'nothing' },
      { amount: 1.5, reason: 'half' },
      { amount: '100', reason: 'text' },
      { amount: 10 ** 12, reason: 'too much' },
      { amount: 100 },
      { amount: 100, reason: '  ' },
      { amount: 100, reason: 'ok reason', key: 'bad key!' },
      { amount: 100, reason: 'ok reason', shopId: otherShop.shopId },
    ]) {
      const res = await adjust(shop.shopId, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const balance = await get(`/api/v1/shops/${shop.shopId}/balance`, admin);
    expect(balance.json().receivable).toBe(0);
  });
});
