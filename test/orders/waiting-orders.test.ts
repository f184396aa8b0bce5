import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertShop } from '../../src/modules/catalog/test-support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser } from '../helpers/factories.ts';
import { addToCart, buyer, checkout, moveOrder, store } from '../helpers/shopping.ts';

/** A seller's starting screen: per shop, the orders waiting to be accepted, packed, sent out. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const waiting = (auth: Record<string, string>) =>
  t.app.inject({ url: '/api/v1/me/shops/waiting-orders', headers: auth });

describe('GET /me/shops/waiting-orders', () => {
  it("counts each of the seller's shops' waiting orders, and only theirs", async () => {
    const s = await store(t.ctx, t.app, 20);
    const quiet = await insertShop(t.ctx, s.seller.id);
    const orders: string[] = [];
    for (let i = 0; i < 3; i++) {
      const b = await buyer(t.ctx, t.app, s.shopId);
      await addToCart(t.app, b, s.variantId);
      const res = await checkout(t.app, b);
      expect(res.statusCode).toBe(201);
      orders.push(res.json().orders[0].id);
    }
    expect((await moveOrder(t.app, s.seller, orders[0]!, 'accepted')).statusCode).toBe(200);
    for (const to of ['accepted', 'packed', 'out_for_delivery'])
      expect((await moveOrder(t.app, s.seller, orders[1]!, to)).statusCode).toBe(200);

    const res = await waiting(s.seller.auth);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      { shopId: s.shopId, waiting: { placed: 1, accepted: 1, packed: 0 } },
    ]);
    // The quiet shop has nothing waiting and is not listed.
    expect(res.json().items.map((i: { shopId: string }) => i.shopId)).not.toContain(quiet);

    // Another seller sees none of it; a customer may not ask.
    const other = await createUser(t.ctx, { role: 'seller' });
    expect((await waiting(other.auth)).json().items).toEqual([]);
    const customer = await createUser(t.ctx);
    expect((await waiting(customer.auth)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/me/shops/waiting-orders' })).statusCode).toBe(401);
  });
});
