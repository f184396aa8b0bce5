import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createProduct, insertShop } from './test-support.ts';

let t: TestApp;
let admin: TestUser;
let seller: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  seller = await createUser(t.ctx, { role: 'seller' });
});
afterAll(() => t.close());

const slug = (base: string) => `${base}-${randomUUID().slice(0, 8)}`;
const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  user = admin,
) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...user.auth, 'accept-language': 'en' },
    ...(payload === undefined ? {} : { payload: payload as never }),
  });
async function category(nameEn: string, parentId: string | null = null) {
  const res = await call('POST', '/categories', {
    slug: slug(nameEn.toLowerCase().replace(/\W+/g, '-')),
    nameBn: `${nameEn} বিভাগ`,
    nameEn,
    parentId,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; sortOrder: number; slug: string };
}
const auditOf = (id: string) =>
  t.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'details'])
    .where('target_type', '=', 'category')
    .where('target_id', '=', id)
    .orderBy('id')
    .execute();
const childrenOf = async (id: string) =>
  (await call('GET', `/categories/${id}`)).json().children.map((c: { id: string }) => c.id);

describe('managing the category tree', () => {
  it('renames a category and the search documents of the products below it follow at once', async () => {
    const top = await category('Pantry');
    const sub = await category('Pulses', top.id);
    const shopId = await insertShop(t.ctx, seller.id);
    const product = await createProduct(t.app, seller.auth, shopId, { categoryId: sub.id });
    // Letters only: the analyzer splits a word at digits.
    const word = `zq${randomUUID()
      .replace(/-/g, '')
      .slice(0, 8)
      .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`;

    const res = await call('PATCH', `/categories/${top.id}`, { nameEn: `${word} Pantry` });
    expect(res.statusCode).toBe(200);
    const doc = await t.ctx.db
      .selectFrom('product_search')
      .select('extra')
      .where('product_id', '=', product.id)
      .executeTakeFirstOrThrow();
    expect(doc.extra).toContain(word);

    expect(await auditOf(top.id)).toEqual([
      expect.objectContaining({ action: 'category.created', actor_id: admin.id }),
      {
        action: 'category.updated',
        actor_id: admin.id,
        details: { changed: { name_en: { from: 'Pantry', to: `${word} Pantry` } } },
      },
    ]);
  });

  it('puts new categories last, reorders siblings, and refuses an order that leaves one out', async () => {
    const parent = await category('Shelf');
    const a = await category('Apples', parent.id);
    const b = await category('Bananas', parent.id);
    const c = await category('Cherries', parent.id);
    expect(b.sortOrder).toBeGreaterThan(a.sortOrder);
    expect(c.sortOrder).toBeGreaterThan(b.sortOrder);
    expect(await childrenOf(parent.id)).toEqual([a.id, b.id, c.id]);

    const res = await call('POST', '/categories/reorder', {
      parentId: parent.id,
      ids: [c.id, a.id, b.id],
    });
    expect(res.statusCode).toBe(200);
    expect(await childrenOf(parent.id)).toEqual([c.id, a.id, b.id]);

    const partial = await call('POST', '/categories/reorder', {
      parentId: parent.id,
      ids: [a.id, b.id],
    });
    expect(partial.statusCode).toBe(409);
    expect(partial.json().error.code).toBe('CATEGORY_ORDER_MISMATCH');
    const twice = await call('POST', '/categories/reorder', {
      parentId: parent.id,
      ids: [a.id, a.id, b.id],
    });
    expect(twice.statusCode).toBe(409);
    const forbidden = await call(
      'POST',
      '/categories/reorder',
      { parentId: parent.id, ids: [a.id, b.id, c.id] },
      seller,
    );
    expect(forbidden.statusCode).toBe(403);
    expect(await childrenOf(parent.id)).toEqual([c.id, a.id, b.id]);
    expect((await auditOf(parent.id)).map((r) => r.action)).toEqual([
      'category.created',
      'category.reordered',
    ]);
  });

  it('deletes only an empty category, saying how many children and products are in the way', async () => {
    const top = await category('Hardware');
    const child = await category('Nails', top.id);
    const shopId = await insertShop(t.ctx, seller.id);
    await createProduct(t.app, seller.auth, shopId, { categoryId: top.id });
    await createProduct(t.app, seller.auth, shopId, { categoryId: top.id });

    const refused = await call('DELETE', `/categories/${top.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'CATEGORY_NOT_EMPTY',
      details: { children: 1, products: 2 },
    });
    expect(refused.json().error.message).toContain('1 sub-categories and 2 products');
    expect((await call('DELETE', `/categories/${child.id}`, undefined, seller)).statusCode).toBe(
      403,
    );
    expect((await call('DELETE', `/categories/${child.id}`)).statusCode).toBe(200);
    expect((await call('GET', `/categories/${child.id}`)).statusCode).toBe(404);
    expect((await auditOf(child.id)).map((r) => r.action)).toEqual([
      'category.created',
      'category.deleted',
    ]);
  });
});
