import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { buyer, checkout, store, type Buyer, type Store } from '../../../test/helpers/shopping.ts';

/** Support threads over HTTP: who may open, read and answer which, closing, and pagination. */

let t: TestApp;
let shop: Store;
let customer: Buyer;
let stranger: TestUser;
let admin: TestUser;
let orderId: string;

beforeAll(async () => {
  t = await createTestApp();
  shop = await store(t.ctx, t.app);
  customer = await buyer(t.ctx, t.app, shop.shopId);
  stranger = await createUser(t.ctx);
  admin = await createUser(t.ctx, { role: 'admin' });
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/cart/items',
    headers: customer.auth,
    payload: { variantId: shop.variantId, quantity: 1 },
  });
  const placed = await checkout(t.app, customer);
  expect(placed.statusCode, placed.body).toBe(201);
  orderId = (placed.json() as { orders: { id: string }[] }).orders[0]!.id;
});
afterAll(() => t?.close());

const open = (who: { auth: Record<string, string> }, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/support/threads', headers: who.auth, payload });

describe('support threads', () => {
  it('a question about an order goes to its shop; about nothing in particular, to the admins', async () => {
    const aboutOrder = await open(customer, { subject: 'Late', text: 'Where is it?', orderId });
    expect(aboutOrder.statusCode, aboutOrder.body).toBe(201);
    expect(aboutOrder.json()).toMatchObject({ inbox: 'shop', shopId: shop.shopId, orderId });
    const general = await open(customer, { subject: 'Account', text: 'How do I change my phone?' });
    expect(general.json()).toMatchObject({ inbox: 'admin', shopId: null });

    const sellerInbox = await t.app.inject({
      method: 'GET',
      url: '/api/v1/support/threads',
      headers: shop.seller.auth,
    });
    const ids = (sellerInbox.json() as { items: { id: string }[] }).items.map((i) => i.id);
    expect(ids).toContain(aboutOrder.json().id);
    expect(ids).not.toContain(general.json().id);
    const adminInbox = await t.app.inject({
      method: 'GET',
      url: '/api/v1/support/threads',
      headers: admin.auth,
    });
    const adminIds = (adminInbox.json() as { items: { id: string }[] }).items.map((i) => i.id);
    expect(adminIds).toContain(general.json().id);
    expect(adminIds).not.toContain(aboutOrder.json().id);
  });

  it("nobody opens a thread about someone else's order, or an unknown shop", async () => {
    const theirs = await open(stranger, { subject: 'x', text: 'y', orderId });
    expect(theirs.statusCode).toBe(404);
    const unknownShop = await open(customer, { subject: 'x', text: 'y', shopId: randomUUID() });
    expect(unknownShop.statusCode).toBe(404);
    const forged = await open(customer, { subject: 'x', text: 'y', customerId: stranger.id });
    expect(forged.statusCode).toBe(400);
  });

  it('answering records the first response once; a closed thread takes no more messages', async () => {
    const th = (
      await open(customer, { subject: 'Eggs', text: 'Fresh?', shopId: shop.shopId })
    ).json() as {
      id: string;
    };
    const post = (who: { auth: Record<string, string> }, payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/support/threads/${th.id}/messages`,
        headers: who.auth,
        payload,
      });
    expect((await post(shop.seller, { text: 'Yes, today' })).statusCode).toBe(201);
    expect((await post(customer, { text: 'Thanks' })).statusCode).toBe(201);
    expect((await post(shop.seller, { text: 'Welcome', close: true })).statusCode).toBe(201);
    const late = await post(customer, { text: 'One more' });
    expect(late.statusCode).toBe(409);
    expect((late.json() as { error: { code: string } }).error.code).toBe('THREAD_CLOSED');
    const row = await t.ctx.db
      .selectFrom('support_threads')
      .select(['status', 'first_response_seconds', 'first_response_at'])
      .where('id', '=', th.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('closed');
    expect(row.first_response_seconds).not.toBeNull();
    const messages = await t.app.inject({
      method: 'GET',
      url: `/api/v1/support/threads/${th.id}/messages?after=0`,
      headers: customer.auth,
    });
    expect(
      (messages.json() as { items: { authorRole: string }[] }).items.map((m) => m.authorRole),
    ).toEqual(['customer', 'seller', 'customer', 'seller']);
  });

  it('pages with a cursor and refuses a forged one', async () => {
    for (let i = 0; i < 3; i += 1) await open(customer, { subject: `Q${i}`, text: 'x' });
    const first = await t.app.inject({
      method: 'GET',
      url: '/api/v1/support/threads?limit=2',
      headers: customer.auth,
    });
    const page = first.json() as { items: { id: string }[]; nextCursor: string | null };
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    const second = await t.app.inject({
      method: 'GET',
      url: `/api/v1/support/threads?limit=2&cursor=${page.nextCursor}`,
      headers: customer.auth,
    });
    const ids = (second.json() as { items: { id: string }[] }).items.map((i) => i.id);
    expect(ids.some((id) => page.items.some((p) => p.id === id))).toBe(false);
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/v1/support/threads?cursor=bm90LWEtY3Vyc29y',
      headers: customer.auth,
    });
    expect(forged.statusCode).toBe(400);
  });
});
