import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createShop } from '../../../test/helpers/shops.ts';
import { handleEvent } from './notifications.handlers.ts';

/**
 * The live stream over a real socket. With REDIS_URL set, the notification is created by a second
 * app (another "process" with its own context) and reaches this one through Redis pub/sub. Without
 * Redis (one process, the embedded default) the same app creates it and the in-process bus
 * delivers it: single-process mode pushes live notifications too.
 */
const crossProcess = Boolean(process.env.REDIS_URL);
let api: TestApp;
let worker: TestApp;
let baseUrl: string;

beforeAll(async () => {
  api = await createTestApp();
  worker = crossProcess ? await createTestApp() : api;
  baseUrl = await api.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await api.close();
  if (worker !== api) await worker.close();
});

async function ticketFor(user: TestUser) {
  const res = await api.app.inject({
    method: 'POST',
    url: '/api/v1/notifications/stream-ticket',
    headers: user.auth,
  });
  expect(res.statusCode).toBe(200);
  return res.json().ticket as string;
}

/** Reads server-sent events from a fetch body until `want` of the given type arrived. */
async function readEvents(body: ReadableStream<Uint8Array>, type: string, want: number) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: { event: string; data: unknown }[] = [];
  let buffer = '';
  while (events.filter((e) => e.event === type).length < want) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
    }
  }
  reader.releaseLock();
  return events;
}

describe('GET /notifications/stream', () => {
  it(`pushes a notification created after connecting, to its recipient only (${crossProcess ? 'from another process, through Redis' : 'in one process, without Redis'})`, async () => {
    const seller = await createUser(api.ctx, { role: 'seller', locale: 'en' });
    const other = await createUser(api.ctx, { role: 'seller' });
    const shop = await createShop(api, seller, { nameEn: 'Live Store' });
    const controller = new AbortController();
    const open = (ticket: string) =>
      fetch(`${baseUrl}/api/v1/notifications/stream?ticket=${ticket}`, {
        signal: controller.signal,
      });
    const mine = await open(await ticketFor(seller));
    const theirs = await open(await ticketFor(other));
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toContain('text/event-stream');
    try {
      const first = await readEvents(mine.body!, 'unread', 1);
      expect(first).toEqual([{ event: 'unread', data: { count: 0 } }]);
      await readEvents(theirs.body!, 'unread', 1);

      const row = await worker.ctx.db
        .insertInto('outbox_events')
        .values({
          topic: 'shop.approved',
          payload: JSON.stringify({ shopId: shop.id, ownerId: seller.id }),
          published_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await handleEvent(worker.ctx, {
        id: row.id,
        topic: 'shop.approved',
        payload: { shopId: shop.id, ownerId: seller.id },
      });

      const pushed = await readEvents(mine.body!, 'notification', 1);
      expect(pushed.at(-1)).toMatchObject({
        event: 'notification',
        data: {
          kind: 'shop_approved',
          title: 'Your shop "Live Store" is approved',
          link: `/seller/shops/${shop.id}`,
          read: false,
        },
      });
      // The other user's stream got nothing but its own unread count; a read of a stream with
      // nothing new would hang, so check the bus through a fresh notification for them instead.
      const otherShop = await createShop(api, other);
      await handleEvent(worker.ctx, {
        id: row.id,
        topic: 'shop.approved',
        payload: { shopId: otherShop.id, ownerId: other.id },
      });
      const theirEvents = await readEvents(theirs.body!, 'notification', 1);
      expect(theirEvents.map((e) => (e.data as { link: string }).link)).toEqual([
        `/seller/shops/${otherShop.id}`,
      ]);
    } finally {
      controller.abort();
    }
  });

  it('needs a valid ticket, usable once', async () => {
    const user = await createUser(api.ctx);
    const ticket = await ticketFor(user);
    const controller = new AbortController();
    try {
      const ok = await fetch(`${baseUrl}/api/v1/notifications/stream?ticket=${ticket}`, {
        signal: controller.signal,
      });
      expect(ok.status).toBe(200);
      const again = await fetch(`${baseUrl}/api/v1/notifications/stream?ticket=${ticket}`);
      expect(again.status).toBe(401);
      expect((await again.json()).error.code).toBe('STREAM_TICKET_INVALID');
      const forged = await fetch(`${baseUrl}/api/v1/notifications/stream?ticket=${'x'.repeat(32)}`);
      expect(forged.status).toBe(401);
      const anonymous = await api.app.inject({
        method: 'POST',
        url: '/api/v1/notifications/stream-ticket',
      });
      expect(anonymous.statusCode).toBe(401);
    } finally {
      controller.abort();
    }
  });
});
