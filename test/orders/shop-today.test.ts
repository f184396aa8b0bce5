import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { addToCart, buyer, checkout, store, moveOrder } from '../helpers/shopping.ts';

/** The seller's day at a glance: orders placed and delivered today, sales, work waiting. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const today = (shopId: string, user: TestUser) =>
  t.app.inject({ url: `/api/v1/shops/${shopId}/orders/today`, headers: user.auth });

const move = (user: TestUser, orderId: string, to: string) => moveOrder(t.app, user, orderId, to);

describe("a shop's day so far", () => {
  it('counts the orders placed and delivered today, their sales and what waits on the seller', async () => {
    const shop = await store(t.ctx, t.app);
    const empty = await today(shop.shopId, shop.seller);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toMatchObject({
      ordersPlaced: 0,
      ordersDelivered: 0,
      salesPoisha: 0,
      waiting: { placed: 0, accepted: 0, packed: 0 },
    });
    expect(empty.json().date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const orders: { id: string; total: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const b = await buyer(t.ctx, t.app, shop.shopId);
      await addToCart(t.app, b, shop.variantId, i + 1);
      orders.push((await checkout(t.app, b)).json().orders[0]);
    }
    const [delivered, accepted] = orders;
    for (const to of ['accepted', 'packed', 'out_for_delivery', 'delivered']) {
      expect((await move(shop.seller, delivered!.id, to)).statusCode).toBe(200);
    }
    expect((await move(shop.seller, accepted!.id, 'accepted')).statusCode).toBe(200);

    const day = (await today(shop.shopId, shop.seller)).json();
    expect(day).toMatchObject({
      ordersPlaced: 3,
      ordersDelivered: 1,
      salesPoisha: delivered!.total,
      waiting: { placed: 1, accepted: 1, packed: 0 },
    });
    const admin = await createUser(t.ctx, { role: 'admin' });
    expect((await today(shop.shopId, admin)).json()).toEqual(day);
  });

  it("is the owner's: another seller gets 404, a customer 403", async () => {
    const shop = await store(t.ctx, t.app);
    const other = await createUser(t.ctx, { role: 'seller' });
    const res = await today(shop.shopId, other);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('SHOP_NOT_FOUND');
    expect((await today(shop.shopId, await createUser(t.ctx))).statusCode).toBe(403);
  });
});
