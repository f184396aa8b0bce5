import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerImageWorker } from '../../src/modules/catalog/images.service.ts';
import {
  createProduct,
  imageStatusWhenProcessed,
  insertShop,
  multipartFile,
} from '../../src/modules/catalog/test-support.ts';
import { insertOrder } from '../../src/modules/reviews/test-support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';

/**
 * Upload attacks on product images and review photos (OWASP API4/API8). Text, SVG, pixel bombs and
 * oversized files on product images are in src/modules/catalog/images.test.ts; here: polyglots,
 * empty files, a declared type that lies, and the same attacks on review photos, plus how stored
 * images are served.
 */

let t: TestApp;
let storageDir: string;
let seller: TestUser;
let customer: TestUser;
let productId: string;
let reviewId: string;

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), 'haat-upload-attacks-'));
  t = await createTestApp({ STORAGE_DIR: storageDir });
  registerImageWorker(t.ctx);
  seller = await createUser(t.ctx, { role: 'seller' });
  customer = await createUser(t.ctx);
  const shopId = await insertShop(t.ctx, seller.id);
  const product = await createProduct(t.app, seller.auth, shopId);
  productId = product.id;
  const { itemId } = await insertOrder(
    t.ctx,
    customer.id,
    shopId,
    { id: product.id, variantId: product.variants[0]!.id },
    'delivered',
  );
  const review = await t.app.inject({
    method: 'POST',
    url: '/api/v1/reviews',
    headers: customer.auth,
    payload: { orderItemId: itemId, rating: 4 },
  });
  reviewId = review.json().id;
});
afterAll(async () => {
  await t?.close();
  await rm(storageDir, { recursive: true, force: true });
});

const jpeg = () =>
  sharp({ create: { width: 64, height: 64, channels: 3, background: '#2980b9' } })
    .jpeg()
    .toBuffer();
const SCRIPT = '<script>alert(document.cookie)</script>';

function post(url: string, auth: TestUser, data: Buffer, name: string, type: string) {
  const body = multipartFile(data, name, type);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...auth.auth, ...body.headers, 'accept-language': 'en' },
    payload: body.payload,
  });
}
const productUpload = (data: Buffer, name: string, type: string) =>
  post(`/api/v1/products/${productId}/images`, seller, data, name, type);
const reviewUpload = (data: Buffer, name: string, type: string) =>
  post(`/api/v1/reviews/${reviewId}/photos`, customer, data, name, type);

describe('upload attacks', () => {
  it('JPEG/HTML polyglot: accepted as a picture, re-encoded, the script never served', async () => {
    const polyglot = Buffer.concat([await jpeg(), Buffer.from(`<html>${SCRIPT}</html>`)]);
    const res = await productUpload(polyglot, 'photo.html', 'text/html');
    expect(res.statusCode).toBe(202);
    const image = res.json() as { id: string };
    expect(await imageStatusWhenProcessed(t.ctx.db, image.id)).toBe('ready');
    const served = await t.app.inject({
      url: `/api/v1/products/${productId}/images/${image.id}/large`,
    });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.rawPayload.includes(Buffer.from('<script'))).toBe(false);
    expect((await sharp(served.rawPayload).metadata()).format).toBe('webp');
  });

  it('HTML behind a JPEG signature (magic bytes only) is refused', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(SCRIPT)]);
    const res = await productUpload(fake, 'x.jpg', 'image/jpeg');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('IMAGE_INVALID');
  });

  it('an empty file is refused', async () => {
    const res = await productUpload(Buffer.alloc(0), 'empty.jpg', 'image/jpeg');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toMatch(/^IMAGE_|VALIDATION|FILE/);
  });

  it('a lying content type does not decide: a real PNG declared as JPEG is judged by its bytes', async () => {
    const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const res = await productUpload(png, 'x.jpg', 'image/jpeg');
    expect(res.statusCode).toBe(202);
    expect(await imageStatusWhenProcessed(t.ctx.db, res.json().id)).toBe('ready');
  });

  it('review photo: SVG with a script is refused', async () => {
    const svg = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${SCRIPT}</svg>`,
    );
    const res = await reviewUpload(svg, 'x.svg', 'image/svg+xml');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('IMAGE_INVALID');
  });

  it('review photo: text pretending to be a JPEG is refused', async () => {
    const res = await reviewUpload(Buffer.from(SCRIPT), 'x.jpg', 'image/jpeg');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('IMAGE_INVALID');
  });

  it('review photo: a file over the size limit is refused with 413', async () => {
    const res = await reviewUpload(Buffer.alloc(9 * 1024 * 1024, 1), 'big.jpg', 'image/jpeg');
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('IMAGE_TOO_LARGE');
  });

  it('review photo: a polyglot is re-encoded and served without its script', async () => {
    const polyglot = Buffer.concat([await jpeg(), Buffer.from(SCRIPT)]);
    const res = await reviewUpload(polyglot, 'p.jpg', 'image/jpeg');
    expect(res.statusCode).toBe(201);
    const photo = (res.json() as { photos: { id: string }[] }).photos.at(-1)!;
    const served = await t.app.inject({
      url: `/api/v1/reviews/${reviewId}/photos/${photo.id}/large`,
    });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toMatch(/^image\//);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.rawPayload.includes(Buffer.from('<script'))).toBe(false);
  });
});
