import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { addToCart, buyer, checkout } from '../../../test/helpers/shopping.ts';
import { createShop, randomPointInBangladesh } from '../../../test/helpers/shops.ts';
import { relayOutboxOnce } from '../../platform/outbox.ts';
import { startWorker } from '../../runtime.ts';
import { createProduct } from '../catalog/test-support.ts';

let t: TestApp;
let admin: TestUser;
let stopWorker: () => Promise<void>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  stopWorker = await startWorker(t.ctx);
});
afterAll(async () => {
  await stopWorker();
  await t.close();
});

const post = (url: string, user: TestUser, payload?: unknown) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { ...user.auth, 'accept-language': 'en' },
    ...(payload === undefined ? {} : { payload: payload as never }),
  });
const suspend = (id: string, reason: unknown, user = admin) =>
  post(`/admin/shops/${id}/suspend`, user, { reason });
const reinstate = (id: string, user = admin) => post(`/admin/shops/${id}/reinstate`, user);

/** An approved shop (through the admin route) at a point of its own, with one product. */
async function openShop(seller: TestUser, word: string) {
  const point = randomPointInBangladesh();
  const shop = await createShop(t, seller, { ...point, nameEn: `${word} Store` });
  expect((await post(`/admin/shops/${shop.id}/approve`, admin)).statusCode).toBe(200);
  const product = await createProduct(t.app, seller.auth, shop.id, {
    nameBn: `${word} চাল`,
    nameEn: `${word} rice`,
  });
  return { shopId: shop.id as string, point, product };
}

async function searchIds(word: string, point: { lat: number; lng: number }) {
  const res = await t.app.inject(
    `/api/v1/search?q=${encodeURIComponent(word)}&lat=${point.lat}&lng=${point.lng}&radius=2000`,
  );
  expect(res.statusCode).toBe(200);
  return (res.json().items as { product: { id: string } }[]).map((i) => i.product.id);
}

async function nearbyIds(point: { lat: number; lng: number }) {
  const res = await t.app.inject(`/api/v1/shops/nearby?lat=${point.lat}&lng=${point.lng}`);
  expect(res.statusCode).toBe(200);
  return (res.json().items as { id: string }[]).map((s) => s.id);
}

/** Polls until `find` returns something, relaying the outbox each round; fails after ~15 s. */
async function waitFor<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 150; i++) {
    await relayOutboxOnce(t.ctx.db, t.ctx.queue);
    const found = await find();
    if (found !== undefined) return found;
    await sleep(100);
  }
  throw new Error('timed out waiting for the notification');
}

const auditOf = (shopId: string) =>
  t.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'details'])
    .where('target_type', '=', 'shop')
    .where('target_id', '=', shopId)
    .where('action', 'in', ['shop.suspended', 'shop.reinstated'])
    .orderBy('id')
    .execute();

// A made-up word, so the search answers only this file's products.
const uniqueWord = () => `zq${randomUUID().replace(/\D/g, '').slice(0, 6)}x`;

describe('suspending a shop', () => {
  it('takes it off search, nearby, its page and checkout; the seller still sees it with the reason; reinstating brings it back', async () => {
    const seller = await createUser(t.ctx, { role: 'seller', locale: 'bn' });
    const word = uniqueWord();
    const { shopId, point, product } = await openShop(seller, word);
    const customer = await buyer(t.ctx, t.app, shopId);
    await addToCart(t.app, customer, product.variants[0]!.id);
    expect(await searchIds(word, point)).toEqual([product.id]);
    expect(await nearbyIds(point)).toContain(shopId);

    const reason = 'মেয়াদোত্তীর্ণ ওষুধ বিক্রির অভিযোগ';
    const res = await suspend(shopId, `  ${reason} `);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'suspended', suspensionReason: reason });
    expect(res.json().suspendedAt).toEqual(expect.any(String));

    expect(await searchIds(word, point)).toEqual([]);
    expect(await nearbyIds(point)).not.toContain(shopId);
    expect((await t.app.inject(`/api/v1/shops/${shopId}`)).statusCode).toBe(404);
    expect((await t.app.inject(`/api/v1/products/${product.id}`)).statusCode).toBe(404);
    expect((await t.app.inject(`/api/v1/shops/${shopId}/products`)).statusCode).toBe(404);
    const suggest = await t.app.inject(`/api/v1/search/suggest?q=${word}`);
    expect(JSON.stringify(suggest.json())).not.toContain(shopId);

    // The existing cart: checkout names the shop instead of placing an order.
    const refused = await checkout(t.app, customer);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'SHOP_NOT_SELLING',
      details: { shopId, shopNameEn: `${word} Store` },
    });
    expect(refused.json().error.message).toContain(`${word} Store`);
    const orders = await t.ctx.db
      .selectFrom('orders')
      .select('id')
      .where('shop_id', '=', shopId)
      .execute();
    expect(orders).toEqual([]);

    // The seller still signs in and sees the shop and why.
    const mine = await t.app.inject({ url: '/api/v1/shops/mine', headers: seller.auth });
    expect(mine.json().items).toEqual([
      expect.objectContaining({ id: shopId, status: 'suspended', suspensionReason: reason }),
    ]);
    const own = await t.app.inject({ url: `/api/v1/shops/${shopId}`, headers: seller.auth });
    expect(own.json()).toMatchObject({ status: 'suspended', suspensionReason: reason });

    const back = await reinstate(shopId);
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({
      status: 'approved',
      suspensionReason: null,
      suspendedAt: null,
    });
    expect(await searchIds(word, point)).toEqual([product.id]);
    expect(await nearbyIds(point)).toContain(shopId);
    expect((await checkout(t.app, customer)).statusCode).toBe(201);

    const entries = await auditOf(shopId);
    expect(entries).toEqual([
      { action: 'shop.suspended', actor_id: admin.id, details: { reason } },
      { action: 'shop.reinstated', actor_id: admin.id, details: { reason } },
    ]);
  });

  it('tells the seller why by SMS, email and in the app, and again when reinstated', async () => {
    const seller = await createUser(t.ctx, { role: 'seller', locale: 'bn' });
    const { shopId } = await openShop(seller, uniqueWord());
    const reason = 'ক্রেতাদের বারবার অভিযোগ';
    expect((await suspend(shopId, reason)).statusCode).toBe(200);
    const sms = await waitFor(() =>
      t.ctx.db
        .selectFrom('dev_sms_outbox')
        .selectAll()
        .where('to_phone', '=', seller.phone)
        .where('body', 'like', '%স্থগিত%')
        .executeTakeFirst(),
    );
    expect(sms.body).toContain(reason);
    const mail = await waitFor(() =>
      t.ctx.db
        .selectFrom('dev_mailbox')
        .selectAll()
        .where('to_address', '=', seller.email)
        .where('subject', 'like', '%স্থগিত%')
        .executeTakeFirst(),
    );
    expect(mail.text_body).toContain(reason);
    const inbox = await t.app.inject({ url: '/api/v1/notifications', headers: seller.auth });
    expect(JSON.stringify(inbox.json())).toContain(reason);

    expect((await reinstate(shopId)).statusCode).toBe(200);
    const again = await waitFor(() =>
      t.ctx.db
        .selectFrom('notifications')
        .select(['kind', 'title'])
        .where('user_id', '=', seller.id)
        .where('kind', '=', 'shop_reinstated')
        .executeTakeFirst(),
    );
    expect(again.title).toContain('আবার চালু');
  });

  it('needs a reason, and only an approved shop can be suspended and only a suspended one reinstated', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const { shopId } = await openShop(seller, uniqueWord());
    const blank = await suspend(shopId, '   ');
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.code).toBe('SUSPENSION_REASON_REQUIRED');
    expect((await post(`/admin/shops/${shopId}/suspend`, admin, {})).statusCode).toBe(400);
    expect((await reinstate(shopId)).json().error.code).toBe('SHOP_STATUS_CONFLICT');

    expect((await suspend(shopId, 'fake licence')).statusCode).toBe(200);
    expect((await suspend(shopId, 'again')).statusCode).toBe(409);
    // Approving is for the approval queue; a suspended shop comes back only through reinstate.
    expect((await post(`/admin/shops/${shopId}/approve`, admin)).statusCode).toBe(409);

    const pending = await createShop(t, seller);
    expect((await suspend(pending.id, 'no')).json().error.code).toBe('SHOP_STATUS_CONFLICT');
    expect((await suspend(randomUUID(), 'no')).statusCode).toBe(404);
    const rows = await auditOf(shopId);
    expect(rows.map((r) => r.action)).toEqual(['shop.suspended']);
  });

  it('is for admins only: the shop’s own seller and customers get 403 and nothing changes', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const customer = await createUser(t.ctx);
    const { shopId } = await openShop(seller, uniqueWord());
    for (const user of [seller, customer]) {
      expect((await suspend(shopId, 'mine', user)).statusCode).toBe(403);
    }
    expect((await suspend(shopId, 'x')).statusCode).toBe(200);
    for (const user of [seller, customer]) {
      expect((await reinstate(shopId, user)).statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/shops/${shopId}/reinstate`,
    });
    expect(anonymous.statusCode).toBe(401);
    const row = await t.ctx.db
      .selectFrom('shops')
      .select('status')
      .where('id', '=', shopId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('suspended');
    expect((await auditOf(shopId)).map((r) => r.action)).toEqual(['shop.suspended']);
  });

  it('lists suspended shops for the admin, found by a piece of the name', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const word = uniqueWord();
    const { shopId } = await openShop(seller, word);
    await suspend(shopId, 'x');
    const res = await t.app.inject({
      url: `/api/v1/admin/shops?status=suspended&q=${word.toUpperCase()}`,
      headers: admin.auth,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((s: { id: string }) => s.id)).toEqual([shopId]);
    const approved = await t.app.inject({
      url: `/api/v1/admin/shops?status=approved&q=${word}`,
      headers: admin.auth,
    });
    expect(approved.json().items).toEqual([]);
    // A LIKE wildcard is a literal character, not "anything".
    const wild = await t.app.inject({
      url: `/api/v1/admin/shops?status=suspended&q=${encodeURIComponent('%')}`,
      headers: admin.auth,
    });
    expect(wild.statusCode).toBe(200);
    expect(wild.json().items.map((s: { id: string }) => s.id)).not.toContain(shopId);
  });
});
