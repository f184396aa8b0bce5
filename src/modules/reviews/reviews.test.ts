import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/helpers/factories.ts';
import { reviewsBed, type ReviewsBed } from './test-support.ts';

let bed: ReviewsBed;
let t: ReviewsBed['t'];
let seller: ReviewsBed['seller'];
let otherSeller: ReviewsBed['otherSeller'];
let admin: ReviewsBed['admin'];
let shopId: ReviewsBed['shopId'];
let newProduct: ReviewsBed['newProduct'];
let item: ReviewsBed['item'];
let postReview: ReviewsBed['postReview'];
let list: ReviewsBed['list'];

beforeAll(async () => {
  bed = await reviewsBed();
  ({ t, seller, otherSeller, admin, shopId, newProduct, item, postReview, list } = bed);
});
afterAll(() => bed.close());

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
  it("lists only your own reviews of your own order, hidden ones included; another customer's order is 404", async () => {
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
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.code).toBe('ORDER_NOT_FOUND');
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
