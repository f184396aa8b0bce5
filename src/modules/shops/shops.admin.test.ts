import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createShop } from '../../../test/helpers/shops.ts';
import { relayOutboxOnce } from '../../platform/outbox.ts';
import { startWorker } from '../../runtime.ts';

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

const approve = (id: string, user: TestUser = admin) =>
  t.app.inject({ method: 'POST', url: `/api/v1/admin/shops/${id}/approve`, headers: user.auth });
const reject = (id: string, reason: unknown, user: TestUser = admin) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/shops/${id}/reject`,
    headers: user.auth,
    payload: { reason },
  });

async function eventsFor(shopId: string) {
  return t.ctx.db
    .selectFrom('outbox_events')
    .select(['topic', 'payload'])
    .where(sql<boolean>`payload->>'shopId' = ${shopId}`)
    .orderBy('id')
    .execute();
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

const smsTo = (phone: string) => () =>
  t.ctx.db
    .selectFrom('dev_sms_outbox')
    .selectAll()
    .where('to_phone', '=', phone)
    .executeTakeFirst();
const mailTo = (email: string) => () =>
  t.ctx.db.selectFrom('dev_mailbox').selectAll().where('to_address', '=', email).executeTakeFirst();

describe('admin approval', () => {
  it('is for admins only', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shop = await createShop(t, seller);
    expect((await approve(shop.id, seller)).statusCode).toBe(403);
    expect((await reject(shop.id, 'no', seller)).statusCode).toBe(403);
    const list = await t.app.inject({ url: '/api/v1/admin/shops', headers: seller.auth });
    expect(list.statusCode).toBe(403);
    expect(await eventsFor(shop.id)).toHaveLength(0);
  });

  it('approves a pending shop, records shop.approved in the outbox, and refuses a second approval', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shop = await createShop(t, seller);
    const res = await approve(shop.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('approved');
    const row = await t.ctx.db
      .selectFrom('shops')
      .select('approved_at')
      .where('id', '=', shop.id)
      .executeTakeFirstOrThrow();
    expect(row.approved_at).toBeInstanceOf(Date);
    expect(await eventsFor(shop.id)).toEqual([
      { topic: 'shop.approved', payload: { shopId: shop.id, ownerId: seller.id } },
    ]);
    const again = await approve(shop.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SHOP_STATUS_CONFLICT');
    expect(await eventsFor(shop.id)).toHaveLength(1);
  });

  it('needs a reason to reject, and writes nothing without one', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shop = await createShop(t, seller);
    const blank = await reject(shop.id, '   ');
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.code).toBe('REJECTION_REASON_REQUIRED');
    const missing = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/shops/${shop.id}/reject`,
      headers: admin.auth,
      payload: {},
    });
    expect(missing.statusCode).toBe(400);
    const row = await t.ctx.db
      .selectFrom('shops')
      .select('status')
      .where('id', '=', shop.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
    expect(await eventsFor(shop.id)).toHaveLength(0);
  });

  it('rejects with a reason; the owner’s edit sends the shop back to the queue', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shop = await createShop(t, seller);
    const res = await reject(shop.id, 'ট্রেড লাইসেন্স নম্বর দিন');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'ট্রেড লাইসেন্স নম্বর দিন',
    });
    expect((await eventsFor(shop.id)).map((e) => e.topic)).toEqual(['shop.rejected']);
    const fixed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/shops/${shop.id}`,
      headers: seller.auth,
      payload: { tradeLicence: 'TRAD/DNCC/012345/2025' },
    });
    expect(fixed.json().status).toBe('pending');
  });

  it('lists shops by status with their owners, oldest first, page by page', async () => {
    const seller = await createUser(t.ctx, { role: 'seller', name: 'Karim Mia' });
    const mine: { id: string }[] = [];
    for (let i = 0; i < 3; i++) mine.push(await createShop(t, seller, { nameEn: `Queue ${i}` }));
    const seen: { id: string; status: string; owner: { name: string } }[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/api/v1/admin/shops?status=pending&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.app.inject({ url: q, headers: admin.auth });
      expect(res.statusCode).toBe(200);
      expect(res.json().items.length).toBeLessThanOrEqual(2);
      seen.push(...res.json().items);
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen.every((s) => s.status === 'pending')).toBe(true);
    expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
    const ours = seen.filter((s) => mine.some((m) => m.id === s.id));
    expect(ours.map((s) => s.id)).toEqual(mine.map((m) => m.id));
    expect(ours[0]!.owner).toEqual({
      id: seller.id,
      name: 'Karim Mia',
      phone: seller.phone,
      email: seller.email,
    });
  });
});

describe('seller notifications (outbox → worker → SMS and email)', () => {
  it('tells an English-speaking seller that the shop is approved', async () => {
    const seller = await createUser(t.ctx, { role: 'seller', locale: 'en' });
    const shop = await createShop(t, seller, { nameEn: 'Karim Traders' });
    expect((await approve(shop.id)).statusCode).toBe(200);
    const sms = await waitFor(smsTo(seller.phone));
    expect(sms.body).toContain('Karim Traders');
    expect(sms.body).toContain('approved');
    const mail = await waitFor(mailTo(seller.email));
    expect(mail.subject).toBe('Your shop "Karim Traders" is approved');
    expect(mail.text_body).toContain(`/seller/shops/${shop.id}`);
  });

  it('tells a Bengali-speaking seller why the shop was rejected', async () => {
    const seller = await createUser(t.ctx, { role: 'seller', locale: 'bn' });
    const shop = await createShop(t, seller, { nameBn: 'করিম ট্রেডার্স' });
    expect((await reject(shop.id, 'দোকানের ঠিকানা অসম্পূর্ণ')).statusCode).toBe(200);
    const sms = await waitFor(smsTo(seller.phone));
    expect(sms.body).toContain('করিম ট্রেডার্স');
    expect(sms.body).toContain('দোকানের ঠিকানা অসম্পূর্ণ');
    const mail = await waitFor(mailTo(seller.email));
    expect(mail.subject).toContain('অনুমোদন পায়নি');
  });
});
