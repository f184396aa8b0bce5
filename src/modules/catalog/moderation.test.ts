import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { addToCart, buyer, checkout } from '../../../test/helpers/shopping.ts';
import { createProduct, insertShop } from './test-support.ts';

let t: TestApp;
let admin: TestUser;
let seller: TestUser;
let shopId: string;
let point: { lat: number; lng: number };

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  seller = await createUser(t.ctx, { role: 'seller' });
  shopId = await insertShop(t.ctx, seller.id);
  point = await t.ctx.db
    .selectFrom('shops')
    .select(['lat', 'lng'])
    .where('id', '=', shopId)
    .executeTakeFirstOrThrow();
});
afterAll(() => t.close());

const call = (user: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...user.auth, 'accept-language': 'en' },
    ...(payload === undefined ? {} : { payload: payload as never }),
  });
const hide = (id: string, reason: unknown, user = admin) =>
  call(user, 'POST', `/admin/products/${id}/hide`, { reason });
const unhide = (id: string, user = admin) => call(user, 'POST', `/admin/products/${id}/unhide`);
const uniqueWord = () => `zq${randomUUID().replace(/\D/g, '').slice(0, 6)}x`;

async function product(word = uniqueWord()) {
  const p = await createProduct(t.app, seller.auth, shopId, {
    nameBn: `${word} ডাল`,
    nameEn: `${word} lentils`,
  });
  return { ...p, sku: String(p.sku), word };
}

async function searchIds(word: string) {
  const res = await t.app.inject(
    `/api/v1/search?q=${word}&lat=${point.lat}&lng=${point.lng}&radius=2000`,
  );
  return (res.json().items as { product: { id: string } }[]).map((i) => i.product.id);
}

const auditOf = (id: string) =>
  t.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'details'])
    .where('target_type', '=', 'product')
    .where('target_id', '=', id)
    .orderBy('id')
    .execute();

describe('hiding a product', () => {
  it('takes it out of search, public pages and checkout; its seller sees the reason and cannot unhide it', async () => {
    const p = await product();
    const customer = await buyer(t.ctx, t.app, shopId);
    await addToCart(t.app, customer, p.variants[0]!.id);
    expect(await searchIds(p.word)).toEqual([p.id]);

    const reason = 'নকল পণ্যের অভিযোগ';
    const res = await hide(p.id, reason);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ hidden: true, hiddenReason: reason });

    expect(await searchIds(p.word)).toEqual([]);
    expect((await t.app.inject(`/api/v1/products/${p.id}`)).statusCode).toBe(404);
    // The seller is told why, through the outbox (notifications: in the app and by email).
    const events = await t.ctx.db
      .selectFrom('outbox_events')
      .select(['topic', 'payload'])
      .where('topic', '=', 'product.hidden')
      .where(sql<boolean>`payload->>'productId' = ${p.id}`)
      .execute();
    expect(events).toEqual([
      {
        topic: 'product.hidden',
        payload: {
          shopId,
          productId: p.id,
          productNameBn: `${p.word} ডাল`,
          productNameEn: `${p.word} lentils`,
          reason,
        },
      },
    ]);
    const listed = await t.app.inject(`/api/v1/shops/${shopId}/products?limit=100`);
    expect(listed.json().items.map((i: { id: string }) => i.id)).not.toContain(p.id);
    // Not buyable: a new cart line is refused, the existing one stops the checkout.
    const other = await buyer(t.ctx, t.app, shopId);
    const add = await call(other, 'POST', '/cart/items', {
      variantId: p.variants[0]!.id,
      quantity: 1,
    });
    expect(add.json().error.code).toBe('PRODUCT_UNAVAILABLE');
    const refused = await checkout(t.app, customer);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CART_CHANGED');

    // The seller sees it, hidden, with the admin's reason.
    const own = await call(seller, 'GET', `/products/${p.id}`);
    expect(own.json()).toMatchObject({ hidden: true, hiddenReason: reason });
    // …and cannot unhide it: no route for them, and `hidden` is not a field they can write.
    expect((await unhide(p.id, seller)).statusCode).toBe(403);
    const patch = await call(seller, 'PATCH', `/products/${p.id}`, {
      hidden: false,
      nameEn: `${p.word} red lentils`,
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().hidden).toBe(true);
    expect(await searchIds(p.word)).toEqual([]);

    const shown = await unhide(p.id);
    expect(shown.json()).toMatchObject({ hidden: false, hiddenReason: null });
    expect(await searchIds(p.word)).toEqual([p.id]);
    expect((await checkout(t.app, customer)).statusCode).toBe(201);

    expect(await auditOf(p.id)).toEqual([
      { action: 'product.hidden', actor_id: admin.id, details: { reason, shopId } },
      { action: 'product.unhidden', actor_id: admin.id, details: { reason, shopId } },
    ]);
  });

  it('needs a reason; only admins hide and unhide; an unknown product is 404', async () => {
    const p = await product();
    const blank = await hide(p.id, '  ');
    expect(blank.statusCode).toBe(400);
    expect((await call(admin, 'POST', `/admin/products/${p.id}/hide`, {})).statusCode).toBe(400);
    const customer = await createUser(t.ctx);
    expect((await hide(p.id, 'x', seller)).statusCode).toBe(403);
    expect((await hide(p.id, 'x', customer)).statusCode).toBe(403);
    expect((await hide(randomUUID(), 'x')).statusCode).toBe(404);
    expect((await call(admin, 'GET', `/products/${p.id}`)).json().hidden).toBe(false);
    // Unhiding a product that is not hidden changes nothing and audits nothing.
    expect((await unhide(p.id)).statusCode).toBe(200);
    expect(await auditOf(p.id)).toEqual([]);
  });
});

describe('GET /admin/products', () => {
  it('finds products by a piece of name or SKU, by shop and hidden state, page by page', async () => {
    const word = uniqueWord();
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await product(`${word}${i}`));
    await hide(made[1]!.id, 'expired');
    const list = async (query: string) => {
      const res = await call(admin, 'GET', `/admin/products?${query}`);
      expect(res.statusCode).toBe(200);
      return res.json() as {
        items: { id: string; hidden: boolean; hiddenReason: string | null; shop: { id: string } }[];
        nextCursor: string | null;
      };
    };
    const all = await list(`q=${word.toUpperCase()}`);
    // Newest first.
    expect(all.items.map((i) => i.id)).toEqual(made.map((m) => m.id).reverse());
    expect(all.items[1]).toMatchObject({
      hidden: true,
      hiddenReason: 'expired',
      shop: { id: shopId },
    });
    expect((await list(`q=${word}&hidden=true`)).items.map((i) => i.id)).toEqual([made[1]!.id]);
    expect((await list(`q=${word}&hidden=false`)).items).toHaveLength(2);
    const sku = made[0]!.sku;
    expect((await list(`q=${sku.toLowerCase()}`)).items.map((i) => i.id)).toEqual([made[0]!.id]);
    const other = await insertShop(t.ctx, seller.id);
    expect((await list(`q=${word}&shopId=${other}`)).items).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`q=${word}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(made.map((m) => m.id).reverse());

    expect((await call(admin, 'GET', '/admin/products?cursor=not-a-cursor')).statusCode).toBe(400);
    expect((await call(seller, 'GET', `/admin/products?shopId=${shopId}`)).statusCode).toBe(403);
  });
});
