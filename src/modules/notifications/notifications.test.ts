import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createShop } from '../../../test/helpers/shops.ts';
import type { SmsSender } from '../../platform/messaging/sms.ts';
import { emitEvent, relayOutboxOnce, type OutboxEvent } from '../../platform/outbox.ts';
import { startWorker } from '../../runtime.ts';
import { handleEvent } from './notifications.handlers.ts';

let t: TestApp;
let stopWorker: () => Promise<void>;

beforeAll(async () => {
  t = await createTestApp();
  stopWorker = await startWorker(t.ctx);
});
afterAll(async () => {
  await stopWorker();
  await t.close();
});

/** An outbox row no relay will pick up (already published), to hand to the handler directly. */
async function event(topic: string, payload: Record<string, unknown>): Promise<OutboxEvent> {
  const row = await t.ctx.db
    .insertInto('outbox_events')
    .values({ topic, payload: JSON.stringify(payload), published_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, topic, payload };
}

const smsTo = (phone: string) =>
  t.ctx.db.selectFrom('dev_sms_outbox').selectAll().where('to_phone', '=', phone).execute();
const mailTo = (email: string) =>
  t.ctx.db.selectFrom('dev_mailbox').selectAll().where('to_address', '=', email).execute();
const inbox = (user: TestUser, query = '') =>
  t.app.inject({ url: `/api/v1/notifications${query}`, headers: user.auth });

async function approvedShopOf(seller: TestUser, names: Record<string, string> = {}) {
  const shop = await createShop(t, seller, names);
  return { shop, event: await event('shop.approved', { shopId: shop.id, ownerId: seller.id }) };
}

describe('delivery through the outbox', () => {
  it('sends one SMS, one email and one in-app notice when the same event is handled twice', async () => {
    const seller = await createUser(t.ctx, { role: 'seller', locale: 'en' });
    const { event: approved } = await approvedShopOf(seller, { nameEn: 'Twice Store' });
    await handleEvent(t.ctx, approved);
    await handleEvent(t.ctx, approved);
    // and twice at the same moment, as two workers would
    await Promise.all([handleEvent(t.ctx, approved), handleEvent(t.ctx, approved)]);
    expect(await smsTo(seller.phone)).toHaveLength(1);
    const mails = await mailTo(seller.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Your shop "Twice Store" is approved');
    expect(mails[0]!.html_body).toContain('Twice Store');
    const list = (await inbox(seller)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ kind: 'shop_approved', read: false });
    const deliveries = await t.ctx.db
      .selectFrom('notification_deliveries')
      .select(['channel', 'status'])
      .where('event_id', '=', approved.id)
      .orderBy('channel')
      .execute();
    expect(deliveries).toEqual([
      { channel: 'email', status: 'sent' },
      { channel: 'in_app', status: 'sent' },
      { channel: 'sms', status: 'sent' },
    ]);
  });

  it('retries only the channel that failed', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const { event: approved } = await approvedShopOf(seller);
    const realSms = t.ctx.sms;
    const failing: SmsSender = {
      kind: 'dev',
      send: async () => {
        throw new Error('gateway down');
      },
    };
    t.ctx.sms = failing;
    try {
      await expect(handleEvent(t.ctx, approved)).rejects.toThrow('gateway down');
    } finally {
      t.ctx.sms = realSms;
    }
    expect(await smsTo(seller.phone)).toHaveLength(0);
    expect(await mailTo(seller.email)).toHaveLength(1);
    await handleEvent(t.ctx, approved);
    expect(await smsTo(seller.phone)).toHaveLength(1);
    expect(await mailTo(seller.email)).toHaveLength(1);
    const sms = await t.ctx.db
      .selectFrom('notification_deliveries')
      .select(['status', 'attempts'])
      .where('event_id', '=', approved.id)
      .where('channel', '=', 'sms')
      .executeTakeFirstOrThrow();
    expect(sms).toEqual({ status: 'sent', attempts: 2 });
  });

  it('follows the user’s channel choice', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/notification-preferences',
      headers: seller.auth,
      payload: { shop: { sms: false, email: false } },
    });
    expect(put.statusCode).toBe(200);
    const { event: approved } = await approvedShopOf(seller);
    await handleEvent(t.ctx, approved);
    expect(await smsTo(seller.phone)).toHaveLength(0);
    expect(await mailTo(seller.email)).toHaveLength(0);
    expect((await inbox(seller)).json().items).toHaveLength(1);
  });

  it('goes end to end: order.placed emitted in a transaction reaches customer and seller', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const customer = await createUser(t.ctx, { locale: 'en' });
    const shop = await createShop(t, seller, { nameEn: 'Corner Shop' });
    await t.ctx.db.transaction().execute((tx) =>
      emitEvent(tx, 'order.placed', {
        orderId: 'order-1',
        orderNumber: 'HT-2612-001042',
        shopId: shop.id,
        customerId: customer.id,
        totalPoisha: '123456750',
      }),
    );
    for (let i = 0; i < 150 && (await smsTo(seller.phone)).length === 0; i++) {
      await relayOutboxOnce(t.ctx.db, t.ctx.queue);
      await sleep(100);
    }
    const sellerSms = await smsTo(seller.phone);
    expect(sellerSms.map((s) => s.body)).toEqual([
      'হাট: নতুন অর্ডার #HT-2612-001042, মোট ১২,৩৪,৫৬৭.৫০৳। অ্যাপে গ্রহণ করুন।',
    ]);
    await expect
      .poll(async () => (await inbox(customer)).json().items, { timeout: 15_000 })
      .toEqual([
        expect.objectContaining({ title: 'Order #HT-2612-001042 placed', link: '/orders/order-1' }),
      ]);
    expect((await mailTo(customer.email))[0]?.text_body).toContain('৳1,234,567.50');
  });

  it('drops an event whose payload breaks its contract, without retrying it', async () => {
    const bad = await event('order.placed', { orderId: 'x' });
    await expect(handleEvent(t.ctx, bad)).resolves.toBeUndefined();
  });
});

describe('in-app inbox', () => {
  async function noticesFor(user: TestUser, count: number) {
    const shop = await createShop(t, user);
    for (let i = 0; i < count; i++) {
      await handleEvent(
        t.ctx,
        await event('stock.low', {
          shopId: shop.id,
          productId: `p-${i}`,
          productName: `Item ${i}`,
          onHand: i,
        }),
      );
    }
  }

  it('pages newest first with a cursor', async () => {
    const seller = await createUser(t.ctx, { role: 'seller', locale: 'en' });
    await noticesFor(seller, 5);
    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await inbox(seller, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      titles.push(...res.json().items.map((n: { title: string }) => n.title));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(titles).toEqual([4, 3, 2, 1, 0].map((i) => `Low stock: Item ${i}`));
    expect((await inbox(seller, '?cursor=%%%')).statusCode).toBe(400);
  });

  it('shows nobody else’s notifications and lets only the recipient mark them read', async () => {
    const owner = await createUser(t.ctx, { role: 'seller' });
    const other = await createUser(t.ctx, { role: 'seller' });
    const admin = await createUser(t.ctx, { role: 'admin' });
    await noticesFor(owner, 2);
    const [first] = (await inbox(owner)).json().items as { id: string }[];
    expect((await inbox(other)).json().items).toEqual([]);
    for (const intruder of [other, admin]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/notifications/${first!.id}/read`,
        headers: intruder.auth,
      });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOTIFICATION_NOT_FOUND');
    }
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: other.auth,
    });
    const count = () =>
      t.app
        .inject({ url: '/api/v1/notifications/unread-count', headers: owner.auth })
        .then((r) => r.json().count);
    expect(await count()).toBe(2);
    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${first!.id}/read`,
      headers: owner.auth,
    });
    expect(read.json()).toMatchObject({ id: first!.id, read: true });
    expect(await count()).toBe(1);
    const all = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: owner.auth,
    });
    expect(all.json()).toEqual({ updated: 1 });
    expect(await count()).toBe(0);
    expect((await inbox(owner, '?unread=true')).json().items).toEqual([]);
    expect((await t.app.inject({ url: '/api/v1/notifications' })).statusCode).toBe(401);
  });
});

describe('preferences', () => {
  const prefs = (user: TestUser) =>
    t.app.inject({ url: '/api/v1/me/notification-preferences', headers: user.auth });
  const put = (user: TestUser, payload: unknown) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/notification-preferences',
      headers: user.auth,
      payload: payload as object,
    });
  type Group = { group: string; channels: Record<string, boolean> };
  const group = (body: { items: Group[] }, name: string) =>
    body.items.find((g) => g.group === name);

  it('starts with marketing off and transactional on', async () => {
    const user = await createUser(t.ctx);
    const body = (await prefs(user)).json();
    expect(group(body, 'marketing')).toEqual({
      group: 'marketing',
      transactional: false,
      channels: { inApp: false, email: false, sms: false },
    });
    expect(group(body, 'orders')).toMatchObject({
      transactional: true,
      channels: { inApp: true, email: true, sms: true },
    });
  });

  it('saves changes per group, keeps transactional in-app on, refuses unknown fields', async () => {
    const user = await createUser(t.ctx);
    const ok = await put(user, { marketing: { email: true }, orders: { sms: false } });
    expect(ok.statusCode).toBe(200);
    expect(group(ok.json(), 'marketing')?.channels).toEqual({
      inApp: false,
      email: true,
      sms: false,
    });
    expect(group((await prefs(user)).json(), 'orders')?.channels).toEqual({
      inApp: true,
      email: true,
      sms: false,
    });
    const locked = await put(user, { payments: { inApp: false } });
    expect(locked.statusCode).toBe(400);
    expect(locked.json().error.code).toBe('TRANSACTIONAL_CHANNEL_REQUIRED');
    expect((await put(user, { stock: { inApp: false } })).statusCode).toBe(200);
    expect((await put(user, { security: { sms: false } })).statusCode).toBe(400);
    expect((await put(user, { orders: { push: true } })).statusCode).toBe(400);
    // another user's preferences are untouched
    const other = await createUser(t.ctx);
    expect(group((await prefs(other)).json(), 'marketing')?.channels.email).toBe(false);
  });
});
