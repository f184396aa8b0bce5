import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  imageWork,
  inspectImage,
  MAX_IMAGE_BYTES,
  renderSize,
} from '../../src/modules/catalog/images.service.ts';
import {
  createProduct,
  insertShop,
  multipartFile,
} from '../../src/modules/catalog/test-support.ts';
import { insertOrder } from '../../src/modules/reviews/test-support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { randomIp } from '../helpers/identity.ts';

/**
 * OWASP API4 (unrestricted resource consumption): floods of image uploads, searches and
 * suggestions, and images that cost more to decode than their size suggests. Limits per minute
 * per signed-in user, or per client IP for anonymous callers (docs/security.md).
 */

let t: TestApp;
let storageDir: string;
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), 'haat-resource-limits-'));
  t = await createTestApp({ STORAGE_DIR: storageDir });
});
afterAll(async () => {
  await t?.close();
  await rm(storageDir, { recursive: true, force: true });
});

const smallJpeg = (colour = '#27ae60') =>
  sharp({ create: { width: 32, height: 32, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

function upload(url: string, user: TestUser, data: Buffer) {
  const body = multipartFile(data, 'photo.jpg', 'image/jpeg');
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...user.auth, ...body.headers },
    payload: body.payload,
  });
}

function expectLimited(res: {
  statusCode: number;
  headers: Record<string, unknown>;
  json: () => unknown;
}) {
  expect(res.statusCode).toBe(429);
  expect((res.json() as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
}

describe('upload floods', () => {
  it('upload flood: the 21st image upload in a minute gets 429', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shop = await insertShop(t.ctx, seller.id);
    // At most 10 images per product: the flood spreads over three products.
    const products = await Promise.all(
      ['A', 'B', 'C'].map((s) => createProduct(t.app, seller.auth, shop, { sku: `FLOOD-${s}` })),
    );
    const image = await smallJpeg();
    const statuses: number[] = [];
    for (let n = 0; n < 21; n++) {
      const res = await upload(`/api/v1/products/${products[n % 3]!.id}/images`, seller, image);
      statuses.push(res.statusCode);
      if (n === 20) expectLimited(res);
    }
    expect(statuses).toEqual([...Array(20).fill(202), 429]);
    // The refused upload stored nothing.
    const stored = await t.ctx.db
      .selectFrom('product_images')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where(
        'product_id',
        'in',
        products.map((p) => p.id),
      )
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(20);
    // Another seller is not held back by this one's flood.
    const other = await createUser(t.ctx, { role: 'seller' });
    const otherProduct = await createProduct(t.app, other.auth, await insertShop(t.ctx, other.id));
    expect(
      (await upload(`/api/v1/products/${otherProduct.id}/images`, other, image)).statusCode,
    ).toBe(202);
  });

  it('review photo flood: photos count against the same upload allowance', async () => {
    const limited = await createTestApp({
      STORAGE_DIR: storageDir,
      IMAGE_UPLOAD_LIMIT_PER_MINUTE: '2',
    });
    try {
      const seller = await createUser(limited.ctx, { role: 'seller' });
      const customer = await createUser(limited.ctx);
      const shop = await insertShop(limited.ctx, seller.id);
      const product = await createProduct(limited.app, seller.auth, shop);
      const { itemId } = await insertOrder(
        limited.ctx,
        customer.id,
        shop,
        { id: product.id, variantId: product.variants[0]!.id },
        'delivered',
      );
      const review = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/reviews',
        headers: customer.auth,
        payload: { orderItemId: itemId, rating: 5 },
      });
      const url = `/api/v1/reviews/${review.json().id}/photos`;
      const post = async () => {
        const body = multipartFile(await smallJpeg(), 'photo.jpg', 'image/jpeg');
        return limited.app.inject({
          method: 'POST',
          url,
          headers: { ...customer.auth, ...body.headers },
          payload: body.payload,
        });
      };
      expect((await post()).statusCode).toBe(201);
      expect((await post()).statusCode).toBe(201);
      // The third would still fit the review (3 photos), but not the allowance.
      expectLimited(await post());
    } finally {
      await limited.close();
    }
  });
});

describe('search floods', () => {
  const search = (ip: string, url = '/api/v1/search?q=rice') =>
    t.app.inject({ url, remoteAddress: ip });

  it('search flood: the 121st search in a minute from one IP gets 429', async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let n = 0; n < 121; n++) statuses.push((await search(ip)).statusCode);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    expect(statuses[120]).toBe(429);
    expectLimited(await search(ip, '/api/v1/products/nearby?lat=23.8&lng=90.4'));
    // Other callers still search.
    expect((await search(randomIp())).statusCode).toBe(200);
  });

  it('suggest flood: the 301st suggestion in a minute from one IP gets 429', async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let n = 0; n < 301; n++) {
      statuses.push((await search(ip, '/api/v1/search/suggest?q=ch')).statusCode);
    }
    expect(statuses.slice(0, 300).every((s) => s === 200)).toBe(true);
    expectLimited(await search(ip, '/api/v1/search/suggest?q=cha'));
    // Typing and searching have separate allowances.
    expect((await search(ip)).statusCode).toBe(200);
  });

  it('search flood: a signed-in caller is counted per account, not per shared IP', async () => {
    const limited = await createTestApp({ SEARCH_LIMIT_PER_MINUTE: '3' });
    try {
      const [a, b] = await Promise.all([createUser(limited.ctx), createUser(limited.ctx)]);
      const ip = randomIp(); // both behind one carrier-grade NAT address
      const as = (user: TestUser) =>
        limited.app.inject({ url: '/api/v1/search?q=dal', remoteAddress: ip, headers: user.auth });
      for (let n = 0; n < 3; n++) expect((await as(a)).statusCode).toBe(200);
      expectLimited(await as(a));
      expect((await as(b)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('image decoding cost', () => {
  it('pixel bomb under the byte limit is refused before decode', async () => {
    // 30 megapixels of one colour: a few hundred kilobytes, ~120 MB once decoded.
    const bomb = await sharp({
      create: { width: 6000, height: 5000, channels: 3, background: '#ffffff' },
    })
      .png()
      .toBuffer();
    expect(bomb.length).toBeLessThan(MAX_IMAGE_BYTES);
    const seller = await createUser(t.ctx, { role: 'seller' });
    const product = await createProduct(t.app, seller.auth, await insertShop(t.ctx, seller.id));
    const decodesBefore = imageWork.started;
    const body = multipartFile(bomb, 'bomb.png', 'image/png');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/products/${product.id}/images`,
      headers: { ...seller.auth, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'IMAGE_DIMENSIONS_TOO_LARGE',
      details: { maxMegapixels: 25, width: 6000, height: 5000 },
    });
    // Refused from the header alone: nothing was decoded.
    expect(imageWork.started).toBe(decodesBefore);
  });

  it('four large images at once are decoded at most IMAGE_WORK_CONCURRENCY (2) at a time', async () => {
    const photo = await sharp({
      create: { width: 4000, height: 3000, channels: 3, background: '#8e44ad' },
    })
      .jpeg()
      .toBuffer();
    imageWork.peak = 0;
    const results = await Promise.all(
      [1, 2, 3, 4].map(async () => {
        await inspectImage(photo);
        return (await renderSize(photo, 1200)).info.width;
      }),
    );
    expect(results).toEqual([1200, 1200, 1200, 1200]);
    expect(imageWork.peak).toBeGreaterThan(0);
    expect(imageWork.peak).toBeLessThanOrEqual(2);
  });
});
