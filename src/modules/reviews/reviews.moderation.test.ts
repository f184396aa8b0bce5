import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/helpers/factories.ts';
import { insertShop } from '../catalog/test-support.ts';
import { reviewsBed, type ReviewsBed, insertOrder } from './test-support.ts';

let bed: ReviewsBed;
let t: ReviewsBed['t'];
let seller: ReviewsBed['seller'];
let admin: ReviewsBed['admin'];
let newProduct: ReviewsBed['newProduct'];
let item: ReviewsBed['item'];
let postReview: ReviewsBed['postReview'];
let list: ReviewsBed['list'];

beforeAll(async () => {
  bed = await reviewsBed();
  ({ t, seller, admin, newProduct, item, postReview, list } = bed);
});
afterAll(() => bed.close());

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
