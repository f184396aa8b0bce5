import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { seedDefaultCategories } from './categories.service.ts';
import { createProduct, insertShop } from './test-support.ts';

let t: TestApp;
let admin: TestUser;
let seller: TestUser;
let customer: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  seller = await createUser(t.ctx, { role: 'seller' });
  customer = await createUser(t.ctx, { role: 'customer' });
});
afterAll(() => t.close());

const slug = (base: string) => `${base}-${randomUUID().slice(0, 8)}`;

async function create(body: Record<string, unknown>, auth = admin.auth) {
  return t.app.inject({ method: 'POST', url: '/api/v1/categories', headers: auth, payload: body });
}

describe('categories', () => {
  it('seeds the default Bangladeshi tree idempotently', async () => {
    await seedDefaultCategories(t.ctx.db);
    expect(await seedDefaultCategories(t.ctx.db)).toBe(0);
    const res = await t.app.inject('/api/v1/categories');
    expect(res.statusCode).toBe(200);
    const grocery = res.json().items.find((c: { slug: string }) => c.slug === 'grocery');
    expect(grocery.nameBn).toBe('মুদি বাজার');
    const slugs = grocery.children.map((c: { slug: string }) => c.slug);
    expect(slugs).toEqual(expect.arrayContaining(['rice', 'dal', 'oil', 'fish', 'eggs']));
    const detail = await t.app.inject('/api/v1/categories/rice');
    expect(detail.json().ancestors.map((a: { slug: string }) => a.slug)).toEqual(['grocery']);
  });

  it('lets only admins create, and returns a category with its ancestors by id or slug', async () => {
    expect(
      (await create({ slug: slug('x'), nameBn: 'ক', nameEn: 'X' }, seller.auth)).statusCode,
    ).toBe(403);
    expect(
      (await create({ slug: slug('x'), nameBn: 'ক', nameEn: 'X' }, customer.auth)).statusCode,
    ).toBe(403);
    const root = (
      await create({ slug: slug('root'), nameBn: 'মূল', nameEn: 'Root', icon: '🧺' })
    ).json();
    const mid = (
      await create({ slug: slug('mid'), nameBn: 'মাঝ', nameEn: 'Mid', parentId: root.id })
    ).json();
    const leaf = await create({
      slug: slug('leaf'),
      nameBn: 'পাতা',
      nameEn: 'Leaf',
      parentId: mid.id,
    });
    expect(leaf.statusCode).toBe(201);
    const bySlug = await t.app.inject(`/api/v1/categories/${leaf.json().slug}`);
    expect(bySlug.json().ancestors.map((a: { id: string }) => a.id)).toEqual([root.id, mid.id]);
    const byId = await t.app.inject(`/api/v1/categories/${root.id}`);
    expect(byId.json().children.map((c: { id: string }) => c.id)).toEqual([mid.id]);
    expect((await t.app.inject('/api/v1/categories/no-such-category')).json().error.code).toBe(
      'CATEGORY_NOT_FOUND',
    );
  });

  it('normalizes names to NFC and refuses a duplicate slug', async () => {
    const s = slug('nfc');
    // U+09DF (য়) is a composition exclusion: NFC stores it as ya + nukta, however it was typed.
    const res = await create({ slug: s, nameBn: ' নতুন   বিভাগ\u09df ', nameEn: 'New' });
    expect(res.json().nameBn).toBe('নতুন বিভাগ\u09af\u09bc');
    const again = await create({ slug: s, nameBn: 'ক', nameEn: 'K' });
    expect(again.statusCode).toBe(409);
  });

  it('moves a category with its products, and refuses a move under its own descendant', async () => {
    const a = (await create({ slug: slug('a'), nameBn: 'ক', nameEn: 'A' })).json();
    const b = (await create({ slug: slug('b'), nameBn: 'খ', nameEn: 'B', parentId: a.id })).json();
    const c = (await create({ slug: slug('c'), nameBn: 'গ', nameEn: 'C', parentId: b.id })).json();
    const other = (await create({ slug: slug('o'), nameBn: 'ঘ', nameEn: 'O' })).json();
    const shopId = await insertShop(t.ctx, seller.id);
    const product = await createProduct(t.app, seller.auth, shopId, { categoryId: b.id });

    const patch = (id: string, body: object, auth = admin.auth) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/categories/${id}`,
        headers: auth,
        payload: body,
      });
    expect((await patch(a.id, { parentId: c.id })).json().error.code).toBe('CATEGORY_CYCLE');
    expect((await patch(a.id, { parentId: c.id })).statusCode).toBe(400);
    expect((await patch(a.id, { parentId: a.id })).statusCode).toBe(400);
    expect((await patch(b.id, { parentId: other.id }, seller.auth)).statusCode).toBe(403);

    const moved = await patch(b.id, { parentId: other.id, nameEn: 'B moved' });
    expect(moved.statusCode).toBe(200);
    const detail = (await t.app.inject(`/api/v1/categories/${c.id}`)).json();
    expect(detail.ancestors.map((x: { id: string }) => x.id)).toEqual([other.id, b.id]);
    const fresh = await t.app.inject({
      url: `/api/v1/products/${product.id}`,
      headers: seller.auth,
    });
    expect(fresh.json().categoryId).toBe(b.id);

    // Not empty: has a child and products.
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/categories/${b.id}`,
      headers: admin.auth,
    });
    expect(del.json().error.code).toBe('CATEGORY_NOT_EMPTY');
    const delLeaf = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/categories/${c.id}`,
      headers: admin.auth,
    });
    expect(delLeaf.statusCode).toBe(200);
    expect((await t.app.inject(`/api/v1/categories/${c.id}`)).statusCode).toBe(404);
  });

  it('documents the catalog routes in OpenAPI', async () => {
    const paths = Object.keys((await t.app.inject('/api/docs/json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/categories',
        '/api/v1/products/{id}',
        '/api/v1/products/{id}/variants/{variantId}/stock-adjustments',
        '/api/v1/shops/{id}/products/import',
      ]),
    );
  });
});
