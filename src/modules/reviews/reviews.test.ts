import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createProduct, insertShop, multipartFile } from '../catalog/test-support.ts';
import type { OrderStatus } from '../orders/orders.tables.ts';
import { insertOrder } from './test-support.ts';

let t: TestApp;
let seller: TestUser;
let otherSeller: TestUser;
let admin: TestUser;
let shopId: string;
let storageDir: string;

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), 'haat-reviews-'));
  t = await createTestApp({ STORAGE_DIR: storageDir });
  seller = await createUser(t.ctx, { role: 'seller' });
  otherSeller = await createUser(t.ctx, { role: 'seller' });
  admin = await createUser(t.ctx, { role: 'admin' });
  shopId = await insertShop(t.ctx, seller.id);
  await insertShop(t.ctx, otherSeller.id);
});
afterAll(async () => {
  await t.close();
  await rm(storageDir, { recursive: true, force: true });
});

async function newProduct(shop = shopId, owner = seller) {
  const p = await createProduct(t.app, owner.auth, shop);
  return { id: p.id, variantId: p.variants[0]!.id };
}

async function item(
  customer: TestUser,
  status: OrderStatus = 'delivered',
  product?: { id: string; variantId: string },
) {
  return insertOrder(t.ctx, customer.id, shopId, product ?? (await newProduct()), status);
}

function postReview(user: TestUser, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/v1/reviews', headers: user.auth, payload });
}

function list(path: string) {
  return t.app.inject({ method: 'GET', url: `/api/v1${path}` });
}

describe('writing a review', () => {
  it('lets the customer review a delivered item once; the text is stored verbatim', async () => {
    const customer = await createUser(t.ctx);
    const product = await newProduct();
    const { itemId } = await item(customer, 'delivered', product);
    const html = '<script>alert(1)</script> <b>ভালো</b> চাল & "দাম" কম';
    const res = await postReview(customer, { orderItemId: itemId, rating: 4, text: html });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ rating: 4, text: html, productId: product.id, reply: null });

    const page = await list(`/products/${product.id}/reviews`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/application\/json/);
    expect(page.json().items[0]).toMatchObject({
      text: html,
      rating: 4,
      authorName: customer.name,
    });
    expect(page.json().aggregate).toEqual({
      average: 4,
      count: 1,
      histogram: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 0 },
    });

    const again = await postReview(customer, { orderItemId: itemId, rating: 5 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('REVIEW_ALREADY_EXISTS');
  });

  it('normalizes the text to NFC and keeps line breaks', async () => {
    const customer = await createUser(t.ctx);
    const { itemId } = await item(customer);
    // য় typed as য + nukta, and a decomposed é.
    const res = await postReview(customer, {
      orderItemId: itemId,
      rating: 5,
      text: '  e\u0301 ভাল\nসময়মতো  ',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().text).toBe('\u00e9 ভাল\nসময়মতো'.normalize('NFC'));
  });

  it('refuses items not delivered yet (409) and other customers’ items (404)', async () => {
    const customer = await createUser(t.ctx);
    const stranger = await createUser(t.ctx);
    for (const status of ['placed', 'out_for_delivery', 'cancelled', 'returned'] as const) {
      const { itemId } = await item(customer, status);
      const res = await postReview(customer, { orderItemId: itemId, rating: 5 });
      expect(res.statusCode, status).toBe(409);
      expect(res.json().error.code).toBe('REVIEW_NOT_ALLOWED');
    }
    const { itemId } = await item(customer);
    const idor = await postReview(stranger, { orderItemId: itemId, rating: 1, text: 'fake' });
    expect(idor.statusCode).toBe(404);
    expect(idor.json().error.code).toBe('ORDER_ITEM_NOT_FOUND');
    expect((await postReview(seller, { orderItemId: itemId, rating: 5 })).statusCode).toBe(403);
    expect((await postReview(customer, { orderItemId: 999_999_999, rating: 5 })).statusCode).toBe(
      404,
    );
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reviews',
      payload: { orderItemId: itemId, rating: 5 },
    });
    expect(anonymous.statusCode).toBe(401);
    // The real customer can still review it: nothing was written by the refused attempts.
    expect((await postReview(customer, { orderItemId: itemId, rating: 5 })).statusCode).toBe(201);
  });

  it('refuses hostile input with 400', async () => {
    const customer = await createUser(t.ctx);
    const { itemId } = await item(customer);
    const bad: Record<string, unknown>[] = [
      { orderItemId: itemId, rating: 0 },
      { orderItemId: itemId, rating: 6 },
      { orderItemId: itemId, rating: 2.5 },
      { orderItemId: itemId, rating: '5' },
      { orderItemId: itemId, rating: null },
      { orderItemId: itemId },
      { orderItemId: String(itemId), rating: 5 },
      { orderItemId: itemId, rating: 5, text: 'x'.repeat(10_240) },
      { orderItemId: itemId, rating: 5, text: 'ক'.repeat(2001) },
      { orderItemId: itemId, rating: 5, text: { $ne: 1 } },
    ];
    for (const payload of bad) {
      const res = await postReview(customer, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const count = await t.ctx.db
      .selectFrom('reviews')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('order_item_id', '=', itemId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
    const max = await postReview(customer, {
      orderItemId: itemId,
      rating: 5,
      text: 'ক'.repeat(2000),
    });
    expect(max.statusCode).toBe(201);
  });

  it('lets exactly one of many concurrent duplicate reviews through', async () => {
    const customer = await createUser(t.ctx);
    const product = await newProduct();
    const { itemId } = await item(customer, 'delivered', product);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postReview(customer, { orderItemId: itemId, rating: (i % 5) + 1 }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(9);
    const winner = results.find((r) => r.statusCode === 201)!.json();
    const page = (await list(`/products/${product.id}/reviews`)).json();
    expect(page.aggregate.count).toBe(1);
    expect(page.aggregate.average).toBe(winner.rating);
  });
});

describe("the customer's reviews of an order", () => {
  it('lists only your own reviews of the order, hidden ones included', async () => {
    const customer = await createUser(t.ctx);
    const stranger = await createUser(t.ctx);
    const { orderId, itemId } = await item(customer);
    const url = `/api/v1/orders/${orderId}/reviews`;
    const before = await t.app.inject({ method: 'GET', url, headers: customer.auth });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ items: [] });

    const review = (
      await postReview(customer, { orderItemId: itemId, rating: 3, text: 'ঠিক আছে' })
    ).json();
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/reviews/${review.id}/hide`,
      headers: admin.auth,
      payload: { reason: 'test' },
    });
    const mine = (await t.app.inject({ method: 'GET', url, headers: customer.auth })).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ orderItemId: itemId, rating: 3, hidden: true });

    const theirs = await t.app.inject({ method: 'GET', url, headers: stranger.auth });
    expect(theirs.json()).toEqual({ items: [] });
    const bySeller = await t.app.inject({ method: 'GET', url, headers: seller.auth });
    expect(bySeller.statusCode).toBe(403);
  });
});

describe('seller replies', () => {
  it('lets the shop owner reply once; other sellers get 404, customers 403', async () => {
    const customer = await createUser(t.ctx);
    const { itemId } = await item(customer);
    const review = (await postReview(customer, { orderItemId: itemId, rating: 2 })).json();
    const url = `/api/v1/reviews/${review.id}/reply`;
    const other = await t.app.inject({
      method: 'POST',
      url,
      headers: otherSeller.auth,
      payload: { text: 'not my shop' },
    });
    expect(other.statusCode).toBe(404);
    const byCustomer = await t.app.inject({
      method: 'POST',
      url,
      headers: customer.auth,
      payload: { text: 'x' },
    });
    expect(byCustomer.statusCode).toBe(403);
    const empty = await t.app.inject({
      method: 'POST',
      url,
      headers: seller.auth,
      payload: { text: '  ' },
    });
    expect(empty.statusCode).toBe(400);

    const first = await t.app.inject({
      method: 'POST',
      url,
      headers: seller.auth,
      payload: { text: 'দুঃখিত, <i>আবার</i> পাঠাচ্ছি' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().reply.text).toBe('দুঃখিত, <i>আবার</i> পাঠাচ্ছি');
    const second = await t.app.inject({
      method: 'POST',
      url,
      headers: seller.auth,
      payload: { text: 'again' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('REVIEW_REPLY_EXISTS');
    const shown = (await list(`/shops/${shopId}/reviews?limit=50`)).json();
    expect(shown.items.find((r: { id: string }) => r.id === review.id).reply.text).toBe(
      'দুঃখিত, <i>আবার</i> পাঠাচ্ছি',
    );
  });
});

describe('moderation and aggregates', () => {
  it('recomputes product and shop aggregates on hide and unhide', async () => {
    const seller2 = await createUser(t.ctx, { role: 'seller' });
    const shop = await insertShop(t.ctx, seller2.id);
    const product = await newProduct(shop, seller2);
    const ids: string[] = [];
    for (const rating of [5, 4, 1]) {
      const customer = await createUser(t.ctx);
      const { itemId } = await insertOrder(t.ctx, customer.id, shop, product, 'delivered');
      ids.push((await postReview(customer, { orderItemId: itemId, rating })).json().id);
    }
    const agg = async (path: string) => (await list(path)).json().aggregate;
    const full = { average: 3.33, count: 3, histogram: { '1': 1, '2': 0, '3': 0, '4': 1, '5': 1 } };
    expect(await agg(`/products/${product.id}/reviews`)).toEqual(full);
    expect(await agg(`/shops/${shop}/reviews`)).toEqual(full);

    const hideUrl = `/api/v1/admin/reviews/${ids[2]}/hide`;
    const bySeller = await t.app.inject({
      method: 'POST',
      url: hideUrl,
      headers: seller2.auth,
      payload: { reason: 'x' },
    });
    expect(bySeller.statusCode).toBe(403);
    const noReason = await t.app.inject({
      method: 'POST',
      url: hideUrl,
      headers: admin.auth,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    for (let i = 0; i < 2; i++) {
      // Hiding twice must not count twice.
      const res = await t.app.inject({
        method: 'POST',
        url: hideUrl,
        headers: admin.auth,
        payload: { reason: 'abusive' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ hidden: true, hiddenReason: 'abusive' });
    }
    const hidden = {
      average: 4.5,
      count: 2,
      histogram: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 },
    };
    expect(await agg(`/products/${product.id}/reviews`)).toEqual(hidden);
    expect(await agg(`/shops/${shop}/reviews`)).toEqual(hidden);
    const visible = (await list(`/products/${product.id}/reviews`))
      .json()
      .items.map((r: { id: string }) => r.id);
    expect(visible).not.toContain(ids[2]);
    expect(visible).toHaveLength(2);

    const unhide = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/reviews/${ids[2]}/unhide`,
      headers: admin.auth,
      payload: { reason: 'appeal accepted' },
    });
    expect(unhide.statusCode).toBe(200);
    expect(await agg(`/products/${product.id}/reviews`)).toEqual(full);
    expect(await agg(`/shops/${shop}/reviews`)).toEqual(full);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/reviews/00000000-0000-4000-8000-000000000000/hide',
      headers: admin.auth,
      payload: { reason: 'x' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('pages newest first with a cursor; an empty product has a null average', async () => {
    const product = await newProduct();
    const empty = (await list(`/products/${product.id}/reviews`)).json();
    expect(empty).toEqual({
      aggregate: { average: null, count: 0, histogram: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } },
      items: [],
      nextCursor: null,
    });
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const customer = await createUser(t.ctx);
      const { itemId } = await item(customer, 'delivered', product);
      created.push((await postReview(customer, { orderItemId: itemId, rating: 3 })).json().id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await list(
        `/products/${product.id}/reviews?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items.map((r: { id: string }) => r.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual([...created].reverse());
    expect((await list(`/products/${product.id}/reviews?cursor=nope`)).statusCode).toBe(400);
    expect((await list('/products/00000000-0000-4000-8000-000000000000/reviews')).statusCode).toBe(
      404,
    );
  });
});

describe('the admin list of reviews', () => {
  it('lists hidden reviews newest first with their reason, pages, and is for admins only', async () => {
    const ids: string[] = [];
    for (const rating of [2, 3, 4]) {
      const customer = await createUser(t.ctx);
      const { itemId } = await item(customer);
      ids.push((await postReview(customer, { orderItemId: itemId, rating })).json().id);
    }
    for (const id of [ids[0], ids[1]]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/reviews/${id}/hide`,
        headers: admin.auth,
        payload: { reason: `abusive ${id}` },
      });
      expect(res.statusCode).toBe(200);
    }
    const adminList = (query: string, user = admin) =>
      t.app.inject({ url: `/api/v1/admin/reviews?${query}`, headers: user.auth });
    const hidden = await adminList('hidden=true&limit=50');
    expect(hidden.statusCode).toBe(200);
    const items = hidden.json().items as { id: string; hidden: boolean; hiddenReason: string }[];
    expect(items.every((r) => r.hidden)).toBe(true);
    const mine = items.filter((r) => ids.includes(r.id));
    // Newest first: the second one hidden was also written second.
    expect(mine.map((r) => r.id)).toEqual([ids[1], ids[0]]);
    expect(mine[0]!.hiddenReason).toBe(`abusive ${ids[1]}`);
    expect(items.some((r) => r.id === ids[2])).toBe(false);

    const first = await adminList('hidden=true&limit=1');
    expect(first.json().items).toHaveLength(1);
    const next = await adminList(`hidden=true&limit=1&cursor=${first.json().nextCursor}`);
    expect(next.json().items[0].id).not.toBe(first.json().items[0].id);

    expect((await adminList('hidden=true', seller)).statusCode).toBe(403);
    expect((await adminList('hidden=maybe')).statusCode).toBe(400);
  });
});

describe('photos', () => {
  const png = () =>
    sharp({ create: { width: 400, height: 300, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();

  it('takes up to 3 checked photos from the author only', async () => {
    const customer = await createUser(t.ctx);
    const stranger = await createUser(t.ctx);
    const { itemId } = await item(customer);
    const review = (await postReview(customer, { orderItemId: itemId, rating: 5 })).json();
    const url = `/api/v1/reviews/${review.id}/photos`;
    const upload = async (user: TestUser, data: Buffer, name = 'a.png', type = 'image/png') => {
      const body = multipartFile(data, name, type);
      return t.app.inject({
        method: 'POST',
        url,
        headers: { ...user.auth, ...body.headers },
        payload: body.payload,
      });
    };
    expect((await upload(stranger, await png())).statusCode).toBe(404);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const refused = await upload(customer, svg, 'a.png', 'image/png');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('IMAGE_INVALID');
    // A tiny PNG header declaring 50000×50000 pixels.
    const bomb = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    bomb.writeUInt32BE(50_000, 16);
    bomb.writeUInt32BE(50_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29); // the IHDR checksum, so only size is wrong
    const big = await upload(customer, bomb);
    expect(big.statusCode).toBe(400);
    expect(big.json().error.code).toBe('IMAGE_DIMENSIONS_TOO_LARGE');

    let last;
    for (let i = 0; i < 3; i++) {
      last = await upload(customer, await png());
      expect(last.statusCode).toBe(201);
    }
    expect(last!.json().photos).toHaveLength(3);
    const fourth = await upload(customer, await png());
    expect(fourth.statusCode).toBe(409);
    expect(fourth.json().error.code).toBe('REVIEW_PHOTO_LIMIT');

    const photo = last!.json().photos[0];
    const file = await t.app.inject({ method: 'GET', url: photo.thumb });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/webp');
    expect((await sharp(file.rawPayload).metadata()).width).toBe(200);

    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/reviews/${review.id}/hide`,
      headers: admin.auth,
      payload: { reason: 'spam' },
    });
    expect((await t.app.inject({ method: 'GET', url: photo.thumb })).statusCode).toBe(404);
    const forAdmin = await t.app.inject({ method: 'GET', url: photo.thumb, headers: admin.auth });
    expect(forAdmin.statusCode).toBe(200);
    expect(forAdmin.headers['cache-control']).toBe('private, no-store');
  });

  it('keeps the limit of three under concurrent uploads', async () => {
    const customer = await createUser(t.ctx);
    const { itemId } = await item(customer);
    const review = (await postReview(customer, { orderItemId: itemId, rating: 4 })).json();
    const data = await png();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => {
        const body = multipartFile(data, 'a.png', 'image/png');
        return t.app.inject({
          method: 'POST',
          url: `/api/v1/reviews/${review.id}/photos`,
          headers: { ...customer.auth, ...body.headers },
          payload: body.payload,
        });
      }),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(3);
    expect(codes.filter((c) => c === 409)).toHaveLength(3);
    const stored = await t.ctx.db
      .selectFrom('review_photos')
      .select('position')
      .where('review_id', '=', review.id)
      .orderBy('position')
      .execute();
    expect(stored.map((p) => p.position)).toEqual([0, 1, 2]);
  });
});

describe('review invitation', () => {
  it('emits review.invited when the seller marks an order delivered', async () => {
    const customer = await createUser(t.ctx);
    const { orderId } = await item(customer, 'out_for_delivery');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${orderId}/transitions`,
      headers: seller.auth,
      payload: { to: 'delivered' },
    });
    expect(res.statusCode).toBe(200);
    const events = await t.ctx.db
      .selectFrom('outbox_events')
      .select(['topic', 'payload'])
      .where('topic', '=', 'review.invited')
      .execute();
    const mine = events.filter((e) => (e.payload as { orderId?: string }).orderId === orderId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.payload).toMatchObject({ customerId: customer.id, shopId });
  });
});

describe('search by rating', () => {
  it('filters products by the average of their visible reviews', async () => {
    const owner = await createUser(t.ctx, { role: 'seller' });
    const shop = await insertShop(t.ctx, owner.id);
    const { lat, lng } = await t.ctx.db
      .selectFrom('shops')
      .select(['lat', 'lng'])
      .where('id', '=', shop)
      .executeTakeFirstOrThrow();
    const [good, poor, unrated] = [
      await newProduct(shop, owner),
      await newProduct(shop, owner),
      await newProduct(shop, owner),
    ];
    const reviewIds: string[] = [];
    for (const [product, rating] of [
      [good!, 5],
      [poor!, 2],
    ] as const) {
      const customer = await createUser(t.ctx);
      const { itemId } = await insertOrder(t.ctx, customer.id, shop, product, 'delivered');
      reviewIds.push((await postReview(customer, { orderItemId: itemId, rating })).json().id);
    }
    const found = async (minRating?: number) => {
      const res = await list(
        `/search?lat=${lat}&lng=${lng}&radius=50${minRating === undefined ? '' : `&minRating=${minRating}`}`,
      );
      expect(res.statusCode).toBe(200);
      return res
        .json()
        .items.map((i: { product: { id: string } }) => i.product.id)
        .filter((id: string) => [good!.id, poor!.id, unrated!.id].includes(id))
        .sort();
    };
    expect(await found()).toEqual([good!.id, poor!.id, unrated!.id].sort());
    expect(await found(4)).toEqual([good!.id]);
    expect(await found(2)).toEqual([good!.id, poor!.id].sort());
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/reviews/${reviewIds[0]}/hide`,
      headers: admin.auth,
      payload: { reason: 'fake' },
    });
    expect(await found(4)).toEqual([]);
  });
});
