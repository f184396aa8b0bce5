import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct, insertShop } from '../../src/modules/catalog/test-support.ts';
import { topicPayloads, type NotificationTopic } from '../../src/modules/notifications/index.ts';
import { relayOutboxOnce } from '../../src/platform/outbox.ts';
import { startWorker } from '../../src/runtime.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { moveOrder } from '../helpers/shopping.ts';

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

async function shopWithProduct(seller: TestUser) {
  const shopId = await insertShop(t.ctx, seller.id);
  const shop = await t.ctx.db
    .selectFrom('shops')
    .select(['lat', 'lng'])
    .where('id', '=', shopId)
    .executeTakeFirstOrThrow();
  const p = await createProduct(t.app, seller.auth, shopId, {
    variants: [{ sku: `N-${randomUUID().slice(0, 8)}`, price: 12000, initialStock: 20 }],
  });
  return { shopId, shop, variantId: p.variants[0]!.id };
}

async function codCheckout(
  customer: TestUser,
  variantId: string,
  at: { lat: number; lng: number },
) {
  const addr = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/addresses',
    headers: customer.auth,
    payload: {
      label: 'Home',
      recipientName: 'Karim',
      phone: '01711000000',
      addressLine: 'House 3, Road 9',
      lat: at.lat,
      lng: at.lng,
    },
  });
  expect(addr.statusCode).toBe(201);
  const add = await t.app.inject({
    method: 'POST',
    url: '/api/v1/cart/items',
    headers: customer.auth,
    payload: { variantId, quantity: 2 },
  });
  expect(add.statusCode).toBe(200);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/checkout',
    headers: { ...customer.auth, 'idempotency-key': randomUUID() },
    payload: { addressId: addr.json().id, payment: 'cod' },
  });
  expect(res.statusCode).toBe(201);
  return res.json().orders[0] as { id: string; number: string; status: string };
}

const kindsOf = async (user: TestUser) => {
  await relayOutboxOnce(t.ctx.db, t.ctx.queue);
  const res = await t.app.inject({ url: '/api/v1/notifications', headers: user.auth });
  return (res.json().items as { kind: string }[]).map((n) => n.kind).sort();
};
const smsTo = (phone: string) =>
  t.ctx.db.selectFrom('dev_sms_outbox').select('body').where('to_phone', '=', phone).execute();
const mailTo = (email: string) =>
  t.ctx.db.selectFrom('dev_mailbox').select('subject').where('to_address', '=', email).execute();

const move = (user: TestUser, orderId: string, to: string) => moveOrder(t.app, user, orderId, to);

describe('order notifications', () => {
  it('COD checkout tells the customer and the seller; accepting tells the customer', async () => {
    const seller = await createUser(t.ctx, { role: 'seller', locale: 'en' });
    const customer = await createUser(t.ctx, { locale: 'en' });
    const { shop, variantId } = await shopWithProduct(seller);
    const order = await codCheckout(customer, variantId, shop);
    expect(order.status).toBe('placed');

    await expect.poll(() => kindsOf(customer), { timeout: 15_000 }).toEqual(['order_placed']);
    await expect.poll(() => kindsOf(seller), { timeout: 15_000 }).toEqual(['order_placed']);
    const inbox = await t.app.inject({ url: '/api/v1/notifications', headers: customer.auth });
    expect(inbox.json().items[0].link).toBe(`/orders/${order.id}`);
    expect(inbox.json().items[0].title).toContain(order.number);
    await expect.poll(async () => (await smsTo(customer.phone)).length).toBe(1);
    await expect.poll(async () => (await mailTo(customer.email)).length).toBe(1);
    await expect.poll(async () => (await smsTo(seller.phone)).length).toBe(1);

    expect((await move(seller, order.id, 'accepted')).statusCode).toBe(200);
    await expect
      .poll(() => kindsOf(customer), { timeout: 15_000 })
      .toEqual(['order_accepted', 'order_placed']);
    expect(await kindsOf(seller)).toEqual(['order_placed']);
  });

  it('every order and payment step emits a payload the notifications contract accepts', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const customer = await createUser(t.ctx);
    const { shop, variantId } = await shopWithProduct(seller);
    const order = await codCheckout(customer, variantId, shop);
    for (const to of ['accepted', 'packed', 'out_for_delivery', 'delivered']) {
      expect((await move(seller, order.id, to)).statusCode, to).toBe(200);
    }
    const second = await codCheckout(customer, variantId, shop);
    expect((await move(customer, second.id, 'cancelled')).statusCode).toBe(200);

    const events = await t.ctx.db
      .selectFrom('outbox_events')
      .select(['topic', 'payload'])
      .where(sql<string>`payload->>'orderId'`, 'in', [order.id, second.id])
      .execute();
    // review.invited is for the reviews work; the delivered notice already carries the invitation.
    expect(events.filter((e) => e.topic === 'review.invited')).toHaveLength(1);
    const notified = events.filter((e) => e.topic !== 'review.invited');
    const topics = notified.map((e) => e.topic).sort();
    expect(topics).toEqual([
      'order.accepted',
      'order.cancelled',
      'order.delivered',
      'order.placed',
      'order.placed',
      'order.shipped',
      'payment.received',
    ]);
    for (const e of notified) {
      const schema = topicPayloads[e.topic as NotificationTopic];
      expect(schema, e.topic).toBeDefined();
      const parsed = schema.safeParse(e.payload);
      expect(parsed.success, `${e.topic}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    await expect
      .poll(() => kindsOf(customer), { timeout: 15_000 })
      .toEqual([
        'order_accepted',
        'order_cancelled',
        'order_delivered',
        'order_placed',
        'order_placed',
        'order_shipped',
        'payment_received',
      ]);
  });
});
