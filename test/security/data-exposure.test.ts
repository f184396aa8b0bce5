import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../src/modules/catalog/test-support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { approveInDb, createShop, randomPointInBangladesh } from '../helpers/shops.ts';

/**
 * OWASP API3 (excessive data exposure) on public answers: a competitor reading a shop's exact
 * stock, and anyone learning which account owns a shop. The owner and admins keep both.
 */

let t: TestApp;
let seller: TestUser;
let admin: TestUser;
let rival: TestUser;
let shopId: string;
let product: Awaited<ReturnType<typeof createProduct>>;
const point = randomPointInBangladesh();

beforeAll(async () => {
  t = await createTestApp();
  [seller, admin, rival] = await Promise.all([
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'admin' }),
    createUser(t.ctx, { role: 'seller' }),
  ]);
  shopId = (await createShop(t, seller, point)).id;
  await approveInDb(t, shopId);
  product = await createProduct(t.app, seller.auth, shopId, {
    status: 'active',
    variants: [
      { sku: 'LEAK-MANY', price: 1000, initialStock: 37 },
      { sku: 'LEAK-FEW', price: 2000, initialStock: 5 },
      { sku: 'LEAK-NONE', price: 3000 },
    ],
  });
});
afterAll(() => t?.close());

const get = (url: string, user?: TestUser) =>
  t.app.inject({ url: `/api/v1${url}`, headers: user?.auth ?? {} });

type Variant = Record<string, unknown>;
const levels = (variants: Variant[]) => variants.map((v) => v.availability);

describe('exact stock in public product JSON', () => {
  it('stock leak: public product JSON shows an availability level, not the count', async () => {
    for (const viewer of [undefined, rival]) {
      const one = await get(`/products/${product.id}`, viewer);
      expect(one.statusCode).toBe(200);
      const variants = one.json().variants as Variant[];
      expect(levels(variants)).toEqual(['in_stock', 'few_left', 'out_of_stock']);
      for (const v of variants) {
        expect(v).not.toHaveProperty('onHand');
        expect(v).not.toHaveProperty('lowStock');
        expect(v).not.toHaveProperty('lowStockThreshold');
      }
    }
  });

  it("stock leak: a shop's public product list shows levels, not counts", async () => {
    const list = await get(`/shops/${shopId}/products`, rival);
    expect(list.statusCode).toBe(200);
    const mine = (list.json().items as { id: string; variants: Variant[] }[]).find(
      (p) => p.id === product.id,
    )!;
    expect(levels(mine.variants)).toEqual(['in_stock', 'few_left', 'out_of_stock']);
    expect(mine.variants.some((v) => 'onHand' in v)).toBe(false);
  });

  it('the owning seller and admins still see exact counts', async () => {
    for (const viewer of [seller, admin]) {
      const one = await get(`/products/${product.id}`, viewer);
      const variants = one.json().variants as Variant[];
      expect(variants.map((v) => v.onHand)).toEqual([37, 5, 0]);
      expect(levels(variants)).toEqual(['in_stock', 'few_left', 'out_of_stock']);
      const list = await get(`/shops/${shopId}/products`, viewer);
      const listed = (list.json().items as { id: string; variants: Variant[] }[]).find(
        (p) => p.id === product.id,
      )!;
      expect(listed.variants.map((v) => v.onHand)).toEqual([37, 5, 0]);
    }
  });
});

describe('owner id in public shop JSON', () => {
  it('owner id leak: public shop JSON has no ownerId', async () => {
    for (const viewer of [undefined, rival]) {
      const one = await get(`/shops/${shopId}`, viewer);
      expect(one.statusCode).toBe(200);
      expect(one.json()).not.toHaveProperty('ownerId');
      expect(one.body).not.toContain(seller.id);
    }
    const nearby = await get(`/shops/nearby?lat=${point.lat}&lng=${point.lng}&radius=500`);
    const found = (nearby.json().items as Record<string, unknown>[]).find((s) => s.id === shopId);
    expect(found).toBeDefined();
    expect(found).not.toHaveProperty('ownerId');
    expect(nearby.body).not.toContain(seller.id);
  });

  it('the owner and admins still see the owner id', async () => {
    for (const viewer of [seller, admin]) {
      expect((await get(`/shops/${shopId}`, viewer)).json().ownerId).toBe(seller.id);
    }
    const mine = await get('/shops/mine', seller);
    expect(mine.json().items).toEqual([
      expect.objectContaining({ id: shopId, ownerId: seller.id }),
    ]);
  });
});
