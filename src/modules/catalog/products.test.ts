import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createProduct, insertShop, productBody } from './test-support.ts';

type ListPage = { items: { id: string }[]; nextCursor: string | null };

let t: TestApp;
let admin: TestUser;
let seller: TestUser;
let rival: TestUser;
let customer: TestUser;
let shopId: string;
let rivalShopId: string;
beforeAll(async () => {
  t = await createTestApp();
  [admin, seller, rival, customer] = await Promise.all([
    createUser(t.ctx, { role: 'admin' }),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'customer' }),
  ]);
  shopId = await insertShop(t.ctx, seller.id);
  rivalShopId = await insertShop(t.ctx, rival.id);
});
afterAll(() => t.close());

const post = (payload: object, auth: { authorization: string }) =>
  t.app.inject({ method: 'POST', url: '/api/v1/products', headers: auth, payload });

describe('creating products', () => {
  it('creates a medicine with typed attributes and NFC-normalized names', async () => {
    const res = await post(
      productBody(shopId, {
        nameBn: '  নাপা\u200c  ৫০০ ',
        nameEn: 'Napa 500',
        kind: 'medicine',
        unit: 'strip',
        attributes: {
          genericName: 'Paracetamol',
          strength: '500 mg',
          dosageForm: 'tablet',
          manufacturer: 'Beximco',
          prescriptionRequired: false,
        },
      }),
      seller.auth,
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.nameBn).toBe('নাপা ৫০০');
    expect(body.attributes).toMatchObject({ genericName: 'Paracetamol', dosageForm: 'tablet' });
    expect(body.variants).toHaveLength(1);
    expect(body.variants[0]).toMatchObject({ price: 8500, onHand: 20 });
  });

  it('refuses attributes that do not fit the kind', async () => {
    const wrong = await post(
      productBody(shopId, { kind: 'medicine', attributes: { origin: 'India' } }),
      seller.auth,
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('PRODUCT_ATTRIBUTES_INVALID');
    const badType = await post(
      productBody(shopId, { kind: 'electronics', attributes: { warrantyMonths: 'twelve' } }),
      seller.auth,
    );
    expect(badType.json().error.code).toBe('PRODUCT_ATTRIBUTES_INVALID');
    const food = await post(
      productBody(shopId, {
        kind: 'food',
        unit: 'piece',
        attributes: { preparationMinutes: 20, vegetarian: false, spicy: true },
      }),
      seller.auth,
    );
    expect(food.statusCode).toBe(201);
  });

  it('needs a name, a variant, and an SKU unique in the shop', async () => {
    const noName = await post(productBody(shopId, { nameBn: null, nameEn: null }), seller.auth);
    expect(noName.json().error.code).toBe('PRODUCT_NAME_REQUIRED');
    const noVariant = await post(productBody(shopId, { variants: [] }), seller.auth);
    expect(noVariant.statusCode).toBe(400);
    const first = await createProduct(t.app, seller.auth, shopId, { sku: 'SAME-SKU-1' });
    expect(first.id).toBeTruthy();
    const dup = await post(productBody(shopId, { sku: 'SAME-SKU-1' }), seller.auth);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('SKU_TAKEN');
    // Another shop may use the same SKU.
    expect(
      (await post(productBody(rivalShopId, { sku: 'SAME-SKU-1' }), rival.auth)).statusCode,
    ).toBe(201);
  });

  it('lets sellers create only in their own shop, and customers not at all', async () => {
    const other = await post(productBody(rivalShopId), seller.auth);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('SHOP_NOT_OWNED');
    expect((await post(productBody(shopId), customer.auth)).statusCode).toBe(403);
    expect((await post(productBody(shopId), {} as never)).statusCode).toBe(401);
    expect((await post(productBody(shopId), admin.auth)).statusCode).toBe(201);
  });
});

describe('visibility', () => {
  it('shows active products of approved shops to everyone, drafts only to owner and admin', async () => {
    const active = await createProduct(t.app, seller.auth, shopId);
    const draft = await createProduct(t.app, seller.auth, shopId, { status: 'draft' });
    expect((await t.app.inject(`/api/v1/products/${active.id}`)).statusCode).toBe(200);
    expect((await t.app.inject(`/api/v1/products/${draft.id}`)).statusCode).toBe(404);
    const asRival = await t.app.inject({
      url: `/api/v1/products/${draft.id}`,
      headers: rival.auth,
    });
    expect(asRival.statusCode).toBe(404);
    const asOwner = await t.app.inject({
      url: `/api/v1/products/${draft.id}`,
      headers: seller.auth,
    });
    expect(asOwner.statusCode).toBe(200);
    const asAdmin = await t.app.inject({
      url: `/api/v1/products/${draft.id}`,
      headers: admin.auth,
    });
    expect(asAdmin.statusCode).toBe(200);
  });

  it('hides products of a shop that is not approved', async () => {
    const pendingSeller = await createUser(t.ctx, { role: 'seller' });
    const pendingShop = await insertShop(t.ctx, pendingSeller.id, 'pending');
    const product = await createProduct(t.app, pendingSeller.auth, pendingShop);
    expect((await t.app.inject(`/api/v1/products/${product.id}`)).statusCode).toBe(404);
    expect((await t.app.inject(`/api/v1/shops/${pendingShop}/products`)).statusCode).toBe(404);
    const own = await t.app.inject({
      url: `/api/v1/shops/${pendingShop}/products`,
      headers: pendingSeller.auth,
    });
    expect(own.json().items).toHaveLength(1);
  });

  it('lets an admin hide and unhide any product', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const hide = (action: string, auth: { authorization: string }) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/products/${product.id}/${action}`,
        headers: auth,
        payload: { reason: 'counterfeit' },
      });
    expect((await hide('hide', seller.auth)).statusCode).toBe(403);
    expect((await hide('hide', admin.auth)).json().hidden).toBe(true);
    expect((await t.app.inject(`/api/v1/products/${product.id}`)).statusCode).toBe(404);
    const owner = await t.app.inject({
      url: `/api/v1/products/${product.id}`,
      headers: seller.auth,
    });
    expect(owner.json().hidden).toBe(true);
    await hide('unhide', admin.auth);
    expect((await t.app.inject(`/api/v1/products/${product.id}`)).statusCode).toBe(200);
  });
});

describe('updating and listing', () => {
  it('updates, archives, and keeps kind and attributes consistent', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const patch = (payload: object, auth = seller.auth) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/products/${product.id}`,
        headers: auth,
        payload,
      });
    const renamed = await patch({ nameEn: 'Chinigura rice', descriptionBn: 'সুগন্ধি চাল\nনতুন' });
    expect(renamed.json()).toMatchObject({
      nameEn: 'Chinigura rice',
      descriptionBn: 'সুগন্ধি চাল\nনতুন',
    });
    // Changing the kind without attributes valid for it is refused.
    expect((await patch({ kind: 'medicine' })).json().error.code).toBe(
      'PRODUCT_ATTRIBUTES_INVALID',
    );
    const archived = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/products/${product.id}`,
      headers: seller.auth,
    });
    expect(archived.json().status).toBe('archived');
    expect((await t.app.inject(`/api/v1/products/${product.id}`)).statusCode).toBe(404);
  });

  it('pages through a shop with a cursor; the public sees only active products', async () => {
    const owner = await createUser(t.ctx, { role: 'seller' });
    const shop = await insertShop(t.ctx, owner.id);
    for (let i = 0; i < 5; i++) await createProduct(t.app, owner.auth, shop);
    await createProduct(t.app, owner.auth, shop, { status: 'draft' });
    // Same millisecond, different microseconds, and a tie: the cursor must still be exact.
    const ids = (
      await t.ctx.db.selectFrom('products').select('id').where('shop_id', '=', shop).execute()
    ).map((r) => r.id);
    const micros = ['.123100', '.123900', '.123500', '.123500', '.123200', '.123700'];
    for (const [i, id] of ids.entries()) {
      await sql`UPDATE products SET created_at = ${'2025-03-01 10:00:00' + micros[i] + '+06'}::timestamptz WHERE id = ${id}`.execute(
        t.ctx.db,
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { statusCode: number; json: () => ListPage } = await t.app.inject({
        url: `/api/v1/shops/${shop}/products?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items.map((p) => p.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const asOwner = await t.app.inject({
      url: `/api/v1/shops/${shop}/products?limit=50`,
      headers: owner.auth,
    });
    expect(asOwner.json().items).toHaveLength(6);
    const drafts = await t.app.inject({
      url: `/api/v1/shops/${shop}/products?status=draft`,
      headers: owner.auth,
    });
    expect(drafts.json().items).toHaveLength(1);
  });
});

describe('variants', () => {
  it('adds, updates and deletes variants but never the last one', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const url = `/api/v1/products/${product.id}/variants`;
    const added = await t.app.inject({
      method: 'POST',
      url,
      headers: seller.auth,
      payload: {
        sku: `${product.variants[0]!.sku}-5KG`,
        label: '৫ কেজি',
        price: 41000,
        compareAtPrice: 45000,
      },
    });
    expect(added.statusCode).toBe(201);
    const dupSku = await t.app.inject({
      method: 'POST',
      url,
      headers: seller.auth,
      payload: { sku: product.variants[0]!.sku, price: 1 },
    });
    expect(dupSku.json().error.code).toBe('SKU_TAKEN');
    const updated = await t.app.inject({
      method: 'PATCH',
      url: `${url}/${added.json().id}`,
      headers: seller.auth,
      payload: { price: 40000, lowStockThreshold: 3 },
    });
    expect(updated.json()).toMatchObject({ price: 40000, lowStockThreshold: 3, lowStock: true });
    const del = (id: string) =>
      t.app.inject({ method: 'DELETE', url: `${url}/${id}`, headers: seller.auth });
    expect((await del(added.json().id)).statusCode).toBe(200);
    const last = await del(product.variants[0]!.id);
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe('LAST_VARIANT');
  });
});

describe('IDOR: another seller cannot touch my products', () => {
  it('answers 404 on every id-taking write route', async () => {
    const product = await createProduct(t.app, seller.auth, shopId, { status: 'draft' });
    const variantId = product.variants[0]!.id;
    const base = `/api/v1/products/${product.id}`;
    const attempts = [
      { method: 'GET', url: base },
      { method: 'PATCH', url: base, payload: { nameEn: 'mine now' } },
      { method: 'DELETE', url: base },
      { method: 'POST', url: `${base}/variants`, payload: { sku: 'STEAL-1', price: 1 } },
      { method: 'PATCH', url: `${base}/variants/${variantId}`, payload: { price: 1 } },
      { method: 'DELETE', url: `${base}/variants/${variantId}` },
      {
        method: 'POST',
        url: `${base}/variants/${variantId}/stock-adjustments`,
        payload: { delta: -5, reason: 'sale' },
      },
      { method: 'GET', url: `${base}/variants/${variantId}/stock-adjustments` },
      { method: 'PATCH', url: `${base}/images/order`, payload: { imageIds: [variantId] } },
    ] as const;
    for (const attempt of attempts) {
      const res = await t.app.inject({ ...attempt, headers: rival.auth });
      expect(res.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
    }
    const after = await t.app.inject({ url: base, headers: seller.auth });
    expect(after.json()).toMatchObject({ status: 'draft', nameEn: 'Miniket rice' });
    expect(after.json().variants[0].onHand).toBe(20);
    // A variant of one product cannot be reached through another product's URL.
    const mine = await createProduct(t.app, rival.auth, rivalShopId);
    const crossed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${mine.id}/variants/${variantId}`,
      headers: rival.auth,
      payload: { price: 1 },
    });
    expect(crossed.statusCode).toBe(404);
  });
});
