import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { randomPointInBangladesh } from '../../../test/helpers/shops.ts';
import { createProduct } from '../catalog/test-support.ts';
import { adjustStock } from '../catalog/index.ts';
import { approveShop } from '../shops/shops.service.ts';

/** The copies in product_search (migration 0011) follow product, variant, stock and shop writes. */
let t: TestApp;
let seller: TestUser;
const centre = randomPointInBangladesh();
const at = `lat=${centre.lat}&lng=${centre.lng}&radius=2000`;

type Page = {
  items: { product: { id: string; minPrice: number; inStock: boolean }; distanceM: number }[];
};

async function nearby(): Promise<Page> {
  const res = await t.app.inject(`/api/v1/products/nearby?${at}`);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as Page;
}

const find = async (id: string) => (await nearby()).items.find((i) => i.product.id === id);

let shopId: string;
let productId: string;
let variantId: string;

beforeAll(async () => {
  t = await createTestApp();
  seller = await createUser(t.ctx, { role: 'seller' });
  const suffix = randomUUID().slice(0, 8);
  const result = await sql<{ id: string }>`
    INSERT INTO shops (owner_id, name_bn, name_en, slug, type, phone, address, lat, lng, status)
    VALUES (${seller.id}, ${'দোকান ' + suffix}, ${'Shop ' + suffix}, ${'sync-' + suffix}, 'grocery',
            '+8801711000000', 'Dhaka', ${centre.lat}, ${centre.lng}, 'pending')
    RETURNING id`.execute(t.ctx.db);
  shopId = result.rows[0]!.id;
  const product = await createProduct(t.app, seller.auth, shopId, {
    nameBn: 'ডিম',
    nameEn: 'Eggs',
    variants: [{ sku: `S-${suffix}`, price: 15000, initialStock: 1 }],
  });
  productId = product.id;
  const v = await t.ctx.db
    .selectFrom('product_variants')
    .select('id')
    .where('product_id', '=', productId)
    .executeTakeFirstOrThrow();
  variantId = v.id;
});
afterAll(() => t.close());

describe('product_search copies stay in sync', () => {
  it('a pending shop is invisible until approved; then it appears at once', async () => {
    expect(await find(productId)).toBeUndefined();
    await approveShop(t.ctx.db, shopId);
    const item = await find(productId);
    expect(item?.product.minPrice).toBe(15000);
    expect(item?.product.inStock).toBe(true);
  });

  it('stock reaching zero through adjustStock clears inStock; restocking sets it', async () => {
    await t.ctx.db
      .transaction()
      .execute((tx) =>
        adjustStock(tx, { variantId, delta: -1, reason: 'sale', actorUserId: null }),
      );
    expect((await find(productId))?.product.inStock).toBe(false);
    await t.ctx.db
      .transaction()
      .execute((tx) =>
        adjustStock(tx, { variantId, delta: 3, reason: 'restock', actorUserId: null }),
      );
    expect((await find(productId))?.product.inStock).toBe(true);
  });

  it('a price change moves minPrice', async () => {
    await sql`UPDATE product_variants SET price = 9000 WHERE id = ${variantId}`.execute(t.ctx.db);
    expect((await find(productId))?.product.minPrice).toBe(9000);
  });

  it('moving the shop moves the distance', async () => {
    await sql`UPDATE shops SET lat = lat + 0.009 WHERE id = ${shopId}`.execute(t.ctx.db);
    const item = await find(productId);
    expect(item?.distanceM).toBeGreaterThan(900);
    expect(item?.distanceM).toBeLessThan(1100);
  });

  it('hiding the product or suspending the shop removes it at once', async () => {
    await sql`UPDATE products SET hidden_at = now() WHERE id = ${productId}`.execute(t.ctx.db);
    expect(await find(productId)).toBeUndefined();
    await sql`UPDATE products SET hidden_at = NULL WHERE id = ${productId}`.execute(t.ctx.db);
    expect(await find(productId)).toBeDefined();
    await sql`UPDATE shops SET status = 'suspended' WHERE id = ${shopId}`.execute(t.ctx.db);
    expect(await find(productId)).toBeUndefined();
  });
});

/** The vocabulary (search_terms, migration 0013) learns new words in the writing transaction. */
describe('search vocabulary', () => {
  // Letters only, so the word is one token; random, so no other product holds it. Two alphabets:
  // a renamed product's old and new names share no letter, so a typo-tolerant match of one can
  // never find the other.
  const word = (prefix = 'zq', shift = 10) =>
    prefix +
    Array.from(
      randomUUID()
        .replace(/[^a-f]/g, '')
        .slice(0, 6),
      (c) => String.fromCharCode(c.charCodeAt(0) + shift),
    ).join('');

  async function searchIds(q: string): Promise<string[]> {
    const res = await t.app.inject(`/api/v1/search?${at}&q=${encodeURIComponent(q)}`);
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
    return (res.json() as Page).items.map((i) => i.product.id);
  }

  it('a new word is found at once, also misspelt; a renamed product by its new word only', async () => {
    const own = await createUser(t.ctx, { role: 'seller' });
    const suffix = randomUUID().slice(0, 8);
    const shop = await sql<{ id: string }>`
      INSERT INTO shops (owner_id, name_bn, name_en, slug, type, phone, address, lat, lng, status)
      VALUES (${own.id}, ${'দোকান ' + suffix}, ${'Shop ' + suffix}, ${'vocab-' + suffix}, 'grocery',
              '+8801711000000', 'Dhaka', ${centre.lat}, ${centre.lng}, 'approved')
      RETURNING id`.execute(t.ctx.db);
    const first = word();
    const product = await createProduct(t.app, own.auth, shop.rows[0]!.id, {
      nameBn: 'নতুন পণ্য',
      nameEn: `${first} cream`,
      variants: [{ sku: `V-${suffix}`, price: 5000, initialStock: 3 }],
    });
    const known = await t.ctx.db
      .selectFrom('search_terms')
      .select('term')
      .where('term', '=', first)
      .execute();
    expect(known).toHaveLength(1);
    expect(await searchIds(first)).toContain(product.id);
    // One letter changed at the end: only the trigram match against the vocabulary finds it.
    expect(await searchIds(`${first.slice(0, -1)}x`)).toContain(product.id);

    const second = word('xw', 16); // q…v, where the first word has k…p
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${product.id}`,
      headers: own.auth,
      payload: { nameEn: `${second} cream` },
    });
    expect(res.statusCode).toBe(200);
    expect(await searchIds(second)).toContain(product.id);
    expect(await searchIds(first)).not.toContain(product.id);
  });
});
