import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, TEST_PASSWORD } from '../../../test/helpers/factories.ts';
import { randomIp } from '../../../test/helpers/identity.ts';
import {
  addToCart,
  buyer,
  checkout,
  store,
  type Buyer,
  type Store,
} from '../../../test/helpers/shopping.ts';
import { DELETED_USER_NAME } from './index.ts';

let t: TestApp;
let shop: Store;
beforeAll(async () => {
  t = await createTestApp();
  shop = await store(t.ctx, t.app);
});
afterAll(() => t?.close());

async function placeOrder(b: Buyer): Promise<string> {
  await addToCart(t.app, b, shop.variantId);
  const res = await checkout(t.app, b);
  if (res.statusCode !== 201) throw new Error(`checkout: ${res.statusCode} ${res.body}`);
  return res.json().orders[0].id as string;
}

async function setStatus(orderId: string, status: 'delivered' | 'placed') {
  await t.ctx.db.updateTable('orders').set({ status }).where('id', '=', orderId).execute();
}

const deleteMe = (auth: { authorization: string }, password = TEST_PASSWORD) =>
  t.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: auth, payload: { password } });

describe('GET /me/export', () => {
  it("downloads the caller's own data as a JSON attachment: their order and not another's, no secrets", async () => {
    const mine = await buyer(t.ctx, t.app, shop.shopId);
    const theirs = await buyer(t.ctx, t.app, shop.shopId);
    const myOrder = await placeOrder(mine);
    const theirOrder = await placeOrder(theirs);
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/favorites/product/${shop.productId}`,
      headers: mine.auth,
    });

    const res = await t.app.inject({ url: '/api/v1/me/export', headers: mine.auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="haat-data-.+\.json"$/,
    );
    const data = res.json();
    expect(data.profile).toMatchObject({ id: mine.id, phone: mine.phone, email: mine.email });
    expect(data.orders.map((o: { id: string }) => o.id)).toEqual([myOrder]);
    expect(data.orders[0].items).toHaveLength(1);
    expect(data.addresses.map((a: { id: string }) => a.id)).toEqual([mine.addressId]);
    expect(data.favorites).toEqual([expect.objectContaining({ id: shop.productId })]);
    expect(data.notificationPreferences.length).toBeGreaterThan(0);
    expect(data.bagReminders).toEqual({
      enabled: true,
      quietHours: { from: '22:00', to: '08:00' },
      lastSentAt: null,
    });
    expect(data.deliveryPhones).toEqual([]);
    expect(Array.isArray(data.notifications)).toBe(true);
    expect(Array.isArray(data.reviews)).toBe(true);
    expect(res.body).not.toContain(theirOrder);
    expect(res.body).not.toContain(theirs.email);
    expect(res.body).not.toMatch(/argon2|password_hash|token_hash/);

    const audited = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', mine.id)
      .execute();
    expect(audited.map((a) => a.action)).toContain('account.exported');
    expect((await t.app.inject({ url: '/api/v1/me/export' })).statusCode).toBe(401);
  });
});

describe('DELETE /me', () => {
  it('erases the person, keeps the order for the seller without personal data, and ends every session', async () => {
    const customer = await buyer(t.ctx, t.app, shop.shopId);
    const orderId = await placeOrder(customer);

    const open = await deleteMe(customer.auth);
    expect(open.statusCode).toBe(409);
    expect(open.json().error).toMatchObject({
      code: 'ACCOUNT_HAS_OPEN_ORDERS',
      details: { openOrders: 1 },
    });
    await setStatus(orderId, 'delivered');
    const review = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reviews',
      headers: customer.auth,
      payload: {
        orderItemId: (
          await t.ctx.db
            .selectFrom('order_items')
            .select('id')
            .where('order_id', '=', orderId)
            .executeTakeFirstOrThrow()
        ).id,
        rating: 4,
        text: 'ভালো চাল',
      },
    });
    expect(review.statusCode).toBe(201);

    // A delivery phone proven by code, and bag-reminder settings: both erased with the account.
    await t.ctx.db
      .insertInto('risk_verified_phones')
      .values({ customer_id: customer.id, phone: '+8801911000000' })
      .execute();
    await t.ctx.db
      .insertInto('bag_reminder_settings')
      .values({ user_id: customer.id, opted_out_at: new Date() })
      .execute();

    const wrong = await deleteMe(customer.auth, 'not-my-password');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('PASSWORD_WRONG');

    expect((await deleteMe(customer.auth)).statusCode).toBe(204);

    // The old token is dead at once; the account cannot log in by its phone or email.
    const me = await t.app.inject({ url: '/api/v1/me', headers: customer.auth });
    expect(me.statusCode).toBe(401);
    for (const identifier of [customer.phone, customer.email]) {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { identifier, password: TEST_PASSWORD },
        remoteAddress: randomIp(),
      });
      expect(login.statusCode).toBe(401);
    }

    // The seller still has the order, with no personal data in it.
    const order = await t.app.inject({
      url: `/api/v1/orders/${orderId}`,
      headers: shop.seller.auth,
    });
    expect(order.statusCode).toBe(200);
    expect(order.json().address).toMatchObject({ recipientName: '', phone: '', addressLine: '' });
    expect(order.body).not.toContain(customer.phone);
    expect(order.body).not.toContain('Karim');
    expect(order.body).not.toContain('House 3');

    const row = await t.ctx.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', customer.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: DELETED_USER_NAME, phone: null, email: null });
    expect(row.deleted_at).toBeInstanceOf(Date);
    for (const table of ['addresses', 'cart_items', 'favorites'] as const) {
      const left = await t.ctx.db
        .selectFrom(table)
        .select('customer_id')
        .where('customer_id', '=', customer.id)
        .execute();
      expect(left).toEqual([]);
    }
    expect(
      await t.ctx.db
        .selectFrom('risk_verified_phones')
        .select('phone')
        .where('customer_id', '=', customer.id)
        .execute(),
    ).toEqual([]);
    expect(
      await t.ctx.db
        .selectFrom('bag_reminder_settings')
        .select('user_id')
        .where('user_id', '=', customer.id)
        .execute(),
    ).toEqual([]);
    const sessions = await t.ctx.db
      .selectFrom('refresh_tokens')
      .select('id')
      .where('user_id', '=', customer.id)
      .execute();
    expect(sessions).toEqual([]);

    // The review stays, shown as from a deleted account.
    const reviews = await t.app.inject({ url: `/api/v1/products/${shop.productId}/reviews` });
    const kept = reviews.json().items.find((r: { text: string }) => r.text === 'ভালো চাল');
    expect(kept.authorName).toBe(DELETED_USER_NAME);

    // Admins see a tombstone.
    const admin = await createUser(t.ctx, { role: 'admin' });
    const detail = await t.app.inject({
      url: `/api/v1/admin/users/${customer.id}`,
      headers: admin.auth,
    });
    expect(detail.json()).toMatchObject({
      status: 'deleted',
      phone: null,
      email: null,
      orderCount: 1,
    });
  });

  it('a seller whose shop has open orders gets a clear error, and nothing is erased', async () => {
    const customer = await buyer(t.ctx, t.app, shop.shopId);
    const orderId = await placeOrder(customer);
    await setStatus(orderId, 'placed');
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: { ...shop.seller.auth, 'accept-language': 'en' },
      payload: { password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ACCOUNT_HAS_OPEN_ORDERS');
    expect(res.json().error.message).toMatch(/still open/);
    expect((await t.app.inject({ url: '/api/v1/me', headers: shop.seller.auth })).statusCode).toBe(
      200,
    );
    await setStatus(orderId, 'delivered');
  });

  it('a seller with no open orders can delete the account; their shops stop selling', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const { insertShop } = await import('../catalog/test-support.ts');
    const shopId = await insertShop(t.ctx, seller.id);
    expect((await deleteMe(seller.auth)).statusCode).toBe(204);
    const row = await t.ctx.db
      .selectFrom('shops')
      .select('status')
      .where('id', '=', shopId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('suspended');
  });
});
