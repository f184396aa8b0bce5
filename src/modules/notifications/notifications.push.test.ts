import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createShop } from '../../../test/helpers/shops.ts';
import { createPushServiceSandbox } from '../../platform/messaging/sandbox/push-service.ts';
import { generateVapidKeys, sendPush } from '../../platform/messaging/webpush.ts';
import type { OutboxEvent } from '../../platform/outbox.ts';
import { handleEvent } from './notifications.handlers.ts';

/**
 * Web push end to end against a local push service that checks what real ones check (VAPID JWT,
 * aes128gcm) and decrypts each message with the subscription's private key.
 */
let t: TestApp;
let push: ReturnType<typeof createPushServiceSandbox>;
let closePush: () => Promise<void>;

beforeAll(async () => {
  push = createPushServiceSandbox();
  closePush = (await push.start()).close;
  t = await createTestApp({ PUSH_ENDPOINT_HOSTS: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
  await closePush();
});

async function event(topic: string, payload: Record<string, unknown>): Promise<OutboxEvent> {
  const row = await t.ctx.db
    .insertInto('outbox_events')
    .values({ topic, payload: JSON.stringify(payload), published_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, topic, payload };
}

async function publicKey() {
  const res = await t.app.inject({ url: '/api/v1/push/public-key' });
  expect(res.statusCode).toBe(200);
  return res.json().publicKey as string;
}

/** What the browser does: subscribe with the server's key, then hand the subscription over. */
async function subscribe(user: TestUser) {
  const sub = push.subscribe(await publicKey());
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/push-subscriptions',
    headers: { ...user.auth, 'user-agent': 'Mozilla/5.0 (Linux; Android 13) Chrome/131' },
    payload: { endpoint: sub.endpoint, keys: sub.keys, expirationTime: null },
  });
  expect(res.statusCode).toBe(201);
  return sub;
}

const messagesFor = (subscriptionId: string) =>
  push.received.filter((m) => m.subscriptionId === subscriptionId);

describe('web push', () => {
  it('hands out one stable public key (an uncompressed P-256 point)', async () => {
    const [a, b] = await Promise.all([publicKey(), publicKey()]);
    expect(a).toBe(b);
    expect(Buffer.from(a, 'base64url')).toHaveLength(65);
  });

  it("sends a seller's shop approval to their browser, in their language, once", async () => {
    const seller = await createUser(t.ctx, { role: 'seller', locale: 'bn' });
    const sub = await subscribe(seller);
    const shop = await createShop(t, seller, { nameBn: 'পুশ স্টোর' });
    const approved = await event('shop.approved', { shopId: shop.id, ownerId: seller.id });
    await handleEvent(t.ctx, approved);
    await Promise.all([handleEvent(t.ctx, approved), handleEvent(t.ctx, approved)]);
    const got = messagesFor(sub.id);
    expect(got).toHaveLength(1);
    expect(got[0]!.payload).toMatchObject({ url: expect.stringMatching(/^\/seller/) });
    const payload = got[0]!.payload as { title: string; body: string; tag: string };
    expect(payload.title + payload.body).toContain('পুশ স্টোর');
    expect(payload.title).toMatch(/[\u0980-\u09FF]/);
    expect(got[0]!.urgency).toBe('high');
    expect(got[0]!.ttl).toBeGreaterThan(0);
    const list = await t.app.inject({ url: '/api/v1/me/push-subscriptions', headers: seller.auth });
    expect(list.json().items).toMatchObject([
      {
        service: '127.0.0.1',
        userAgent: expect.stringContaining('Android'),
        lastSentAt: expect.any(String),
      },
    ]);
  });

  it('is refused by the push service when signed with a key the browser did not subscribe with', async () => {
    const sub = push.subscribe(await publicKey());
    const stranger = { ...generateVapidKeys(), subject: 'mailto:someone@example.com' };
    const options = { hosts: ['127.0.0.1'], allowHttp: true };
    const payload = { title: 'x', body: 'y', url: null, tag: 't' };
    await expect(sendPush(sub, payload, stranger, options)).rejects.toThrow('403');
    await expect(
      sendPush(sub, payload, stranger, { ...options, allowHttp: false }),
    ).rejects.toThrow('not an allowed push service');
    expect(messagesFor(sub.id)).toEqual([]);
  });

  it('does not push what is not about orders, payments or shops (the welcome)', async () => {
    const user = await createUser(t.ctx);
    const sub = await subscribe(user);
    await handleEvent(t.ctx, await event('user.registered', { userId: user.id }));
    expect(messagesFor(sub.id)).toEqual([]);
  });

  it('forgets a browser that unsubscribed (410) and still sends to the others', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const phone = await subscribe(seller);
    const laptop = await subscribe(seller);
    push.unsubscribe(phone.id);
    const shop = await createShop(t, seller);
    await handleEvent(t.ctx, await event('shop.approved', { shopId: shop.id, ownerId: seller.id }));
    expect(messagesFor(laptop.id)).toHaveLength(1);
    const left = await t.ctx.db
      .selectFrom('push_subscriptions')
      .select('endpoint')
      .where('user_id', '=', seller.id)
      .execute();
    expect(left).toEqual([{ endpoint: laptop.endpoint }]);
  });

  it('refuses endpoints that are not push services, and bad keys, with stable codes', async () => {
    const user = await createUser(t.ctx);
    const keys = push.subscribe().keys;
    for (const endpoint of [
      'https://evil.example/push/1',
      'http://169.254.169.254/latest/meta-data',
      'https://fcm.googleapis.com.evil.example/x',
      'ftp://fcm.googleapis.com/x',
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/push-subscriptions',
        headers: user.auth,
        payload: { endpoint, keys },
      });
      expect(res.statusCode, endpoint).toBe(400);
      expect(res.json().error.code, endpoint).toBe('PUSH_ENDPOINT_NOT_ALLOWED');
    }
    const fcm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/push-subscriptions',
      headers: user.auth,
      payload: {
        endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
        keys: { p256dh: 'x', auth: 1 },
      },
    });
    expect(fcm.statusCode).toBe(400);
    expect(fcm.json().error.code).toBe('VALIDATION_FAILED');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/push-subscriptions',
      payload: { endpoint: 'https://fcm.googleapis.com/fcm/send/abc', keys },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('moves a browser to the account now signed in on it; unsubscribing touches only your own', async () => {
    const first = await createUser(t.ctx, { role: 'seller' });
    const second = await createUser(t.ctx, { role: 'seller' });
    const sub = await subscribe(first);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/push-subscriptions',
      headers: second.auth,
      payload: { endpoint: sub.endpoint, keys: sub.keys },
    });
    const owners = () =>
      t.ctx.db
        .selectFrom('push_subscriptions')
        .select('user_id')
        .where('endpoint', '=', sub.endpoint)
        .execute();
    expect(await owners()).toEqual([{ user_id: second.id }]);
    const shop = await createShop(t, first);
    await handleEvent(t.ctx, await event('shop.approved', { shopId: shop.id, ownerId: first.id }));
    expect(messagesFor(sub.id)).toEqual([]);

    const notMine = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me/push-subscriptions',
      headers: first.auth,
      payload: { endpoint: sub.endpoint },
    });
    expect(notMine.statusCode).toBe(204);
    expect(await owners()).toEqual([{ user_id: second.id }]);
    const mine = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me/push-subscriptions',
      headers: second.auth,
      payload: { endpoint: sub.endpoint },
    });
    expect(mine.statusCode).toBe(204);
    expect(await owners()).toEqual([]);
  });
});
