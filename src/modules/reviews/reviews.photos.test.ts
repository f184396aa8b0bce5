import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { multipartFile } from '../catalog/test-support.ts';
import { reviewsBed, type ReviewsBed } from './test-support.ts';

let bed: ReviewsBed;
let t: ReviewsBed['t'];
let seller: ReviewsBed['seller'];
let admin: ReviewsBed['admin'];
let shopId: ReviewsBed['shopId'];
let item: ReviewsBed['item'];
let postReview: ReviewsBed['postReview'];

beforeAll(async () => {
  bed = await reviewsBed();
  ({ t, seller, admin, shopId, item, postReview } = bed);
});
afterAll(() => bed.close());

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
