import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct, insertShop } from '../../src/modules/catalog/test-support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';

let t: TestApp;
let seller: TestUser;
let shopId: string;

beforeAll(async () => {
  t = await createTestApp();
  seller = await createUser(t.ctx, { role: 'seller' });
  shopId = await insertShop(t.ctx, seller.id);
});
afterAll(() => t.close());

async function product(stock: number, price = 4000) {
  const p = await createProduct(t.app, seller.auth, shopId, {
    variants: [{ sku: `C-${randomUUID().slice(0, 8)}`, price, initialStock: stock }],
  });
  return { productId: p.id, variantId: p.variants[0]!.id };
}

type Req = { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; payload?: unknown };
const call = (user: TestUser, url: string, { method = 'GET', payload }: Req = {}) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: user.auth, payload: payload as never });

describe('cart', () => {
  it('adds, updates and removes lines within stock and the per-item limit', async () => {
    const { variantId } = await product(5);
    const big = await product(500);
    const me = await createUser(t.ctx);

    let res = await call(me, '/cart/items', {
      method: 'POST',
      payload: { variantId, quantity: 2 },
    });
    expect(res.statusCode).toBe(200);
    res = await call(me, '/cart/items', { method: 'POST', payload: { variantId, quantity: 2 } });
    expect(res.json().items).toEqual([
      expect.objectContaining({ variantId, quantity: 4, lineTotal: 16000, available: true }),
    ]);
    expect(res.json().subtotal).toBe(16000);

    // adding past the stock: 409 with what is left, nothing changed
    res = await call(me, '/cart/items', { method: 'POST', payload: { variantId, quantity: 2 } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'QUANTITY_OVER_STOCK', details: { onHand: 5 } });
    res = await call(me, `/cart/items/${variantId}`, { method: 'PUT', payload: { quantity: 6 } });
    expect(res.statusCode).toBe(409);
    expect((await call(me, '/cart')).json().items[0].quantity).toBe(4);

    res = await call(me, `/cart/items/${variantId}`, { method: 'PUT', payload: { quantity: 5 } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0].quantity).toBe(5);
    res = await call(me, `/cart/items/${variantId}`, { method: 'PUT', payload: { quantity: 0 } });
    expect(res.statusCode).toBe(400);

    res = await call(me, '/cart/items', {
      method: 'POST',
      payload: { variantId: big.variantId, quantity: 101 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('QUANTITY_OVER_LIMIT');

    res = await call(me, `/cart/items/${variantId}`, { method: 'DELETE' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);

    res = await call(me, '/cart/items', {
      method: 'POST',
      payload: { variantId: randomUUID(), quantity: 1 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PRODUCT_UNAVAILABLE');
  });

  it('keeps each customer’s cart to themselves, and refuses sellers and guests', async () => {
    const { variantId } = await product(5);
    const a = await createUser(t.ctx);
    const b = await createUser(t.ctx);
    await call(a, '/cart/items', { method: 'POST', payload: { variantId, quantity: 1 } });
    expect((await call(b, '/cart')).json().items).toEqual([]);
    expect((await call(b, `/cart/items/${variantId}`, { method: 'DELETE' })).statusCode).toBe(200);
    expect((await call(a, '/cart')).json().items).toHaveLength(1);
    expect((await call(seller, '/cart')).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/cart' })).statusCode).toBe(401);
  });

  it('shows a price change since the customer last saw the line', async () => {
    const { variantId } = await product(5, 4000);
    const me = await createUser(t.ctx);
    await call(me, '/cart/items', { method: 'POST', payload: { variantId, quantity: 1 } });
    await t.ctx.db
      .updateTable('product_variants')
      .set({ price: 4500 })
      .where('id', '=', variantId)
      .execute();
    const cart = (await call(me, '/cart')).json();
    expect(cart.changes).toEqual([{ variantId, kind: 'price_changed', was: 4000, now: 4500 }]);
    expect(cart.subtotal).toBe(4500);
  });

  it('merges a guest cart: adds, caps to stock, drops unknown items', async () => {
    const a = await product(10);
    const b = await product(3);
    const me = await createUser(t.ctx);
    await call(me, '/cart/items', {
      method: 'POST',
      payload: { variantId: a.variantId, quantity: 2 },
    });
    const unknown = randomUUID();
    const res = await call(me, '/cart/merge', {
      method: 'POST',
      payload: {
        items: [
          { variantId: a.variantId, quantity: 3 },
          { variantId: b.variantId, quantity: 5 },
          { variantId: unknown, quantity: 1 },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.adjustments).toEqual(
      expect.arrayContaining([
        { variantId: a.variantId, result: 'added', quantity: 5 },
        { variantId: b.variantId, result: 'reduced', quantity: 3 },
        { variantId: unknown, result: 'dropped', quantity: 0 },
      ]),
    );
    const lines = Object.fromEntries(
      (body.items as { variantId: string; quantity: number }[]).map((i) => [
        i.variantId,
        i.quantity,
      ]),
    );
    expect(lines).toEqual({ [a.variantId]: 5, [b.variantId]: 3 });

    // PUT /cart replaces instead of adding
    const put = await call(me, '/cart', {
      method: 'PUT',
      payload: { items: [{ variantId: b.variantId, quantity: 1 }] },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().items).toEqual([
      expect.objectContaining({ variantId: b.variantId, quantity: 1 }),
    ]);
    expect((await call(me, '/cart', { method: 'DELETE' })).statusCode).toBe(204);
    expect((await call(me, '/cart')).json().items).toEqual([]);
  });
});

describe('favorites', () => {
  it('adds (idempotently), lists newest first and removes products and shops', async () => {
    const { productId } = await product(1);
    const me = await createUser(t.ctx);
    const other = await createUser(t.ctx);
    expect((await call(me, `/favorites/product/${productId}`, { method: 'PUT' })).statusCode).toBe(
      204,
    );
    expect((await call(me, `/favorites/product/${productId}`, { method: 'PUT' })).statusCode).toBe(
      204,
    );
    expect((await call(me, `/favorites/shop/${shopId}`, { method: 'PUT' })).statusCode).toBe(204);
    const list = (await call(me, '/favorites')).json().items;
    expect(list.map((f: { kind: string; id: string }) => [f.kind, f.id])).toEqual([
      ['shop', shopId],
      ['product', productId],
    ]);
    expect((await call(other, '/favorites')).json().items).toEqual([]);

    expect(
      (await call(me, `/favorites/product/${randomUUID()}`, { method: 'PUT' })).statusCode,
    ).toBe(404);
    expect((await call(me, `/favorites/thing/${productId}`, { method: 'PUT' })).statusCode).toBe(
      400,
    );

    expect(
      (await call(me, `/favorites/product/${productId}`, { method: 'DELETE' })).statusCode,
    ).toBe(204);
    expect((await call(me, '/favorites')).json().items).toEqual([
      expect.objectContaining({ kind: 'shop', id: shopId }),
    ]);
  });
});
