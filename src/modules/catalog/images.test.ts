import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { registerImageWorker } from './images.service.ts';
import {
  createProduct,
  imageStatusWhenProcessed,
  insertShop,
  multipartFile,
} from './test-support.ts';

let t: TestApp;
let storageDir: string;
let seller: TestUser;
let rival: TestUser;
let shopId: string;
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), 'haat-images-'));
  t = await createTestApp({ STORAGE_DIR: storageDir });
  registerImageWorker(t.ctx);
  seller = await createUser(t.ctx, { role: 'seller' });
  rival = await createUser(t.ctx, { role: 'seller' });
  shopId = await insertShop(t.ctx, seller.id);
});
afterAll(async () => {
  await t.close();
  await rm(storageDir, { recursive: true, force: true });
});

async function photoWithExif() {
  return sharp({ create: { width: 1600, height: 900, channels: 3, background: '#c0392b' } })
    .jpeg()
    .withExif({ IFD0: { Copyright: 'Shop owner home', Artist: 'Rahim' } })
    .toBuffer();
}

/** A valid 100-byte PNG whose header declares 50000×50000 pixels. */
function pngBomb() {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(50_000, 0);
  ihdr.writeUInt32BE(50_000, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function upload(productId: string, data: Buffer, name: string, type: string, auth = seller.auth) {
  const body = multipartFile(data, name, type);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/products/${productId}/images`,
    headers: { ...auth, ...body.headers, 'accept-language': 'en' },
    payload: body.payload,
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describe('product images', () => {
  it('re-encodes an upload to three WebP sizes without EXIF and serves them', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const original = await photoWithExif();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await upload(product.id, original, 'photo.jpg', 'image/jpeg');
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ status: 'processing', urls: null });
    const imageId = res.json().id;
    expect(await imageStatusWhenProcessed(t.ctx.db, imageId)).toBe('ready');

    const widths: Record<string, number> = { large: 1200, medium: 600, thumb: 200 };
    for (const [size, width] of Object.entries(widths)) {
      const file = await t.app.inject(`/api/v1/products/${product.id}/images/${imageId}/${size}`);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('image/webp');
      const meta = await sharp(file.rawPayload).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.width).toBe(width);
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
    // The original (with its EXIF) is gone once the sizes exist.
    const files = await filesUnder(path.join(storageDir, 'products', product.id, imageId));
    expect(files.sort()).toEqual(['large.webp', 'medium.webp', 'thumb.webp']);
    const shown = await t.app.inject(`/api/v1/products/${product.id}`);
    expect(shown.json().images[0].urls.thumb).toBe(
      `/api/v1/products/${product.id}/images/${imageId}/thumb`,
    );
  });

  it('serves the next smaller size to a request with Save-Data: on, varying on it', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const res = await upload(product.id, await photoWithExif(), 'photo.jpg', 'image/jpeg');
    const imageId = res.json().id;
    expect(await imageStatusWhenProcessed(t.ctx.db, imageId)).toBe('ready');
    const widthOf = async (size: string, headers: Record<string, string> = {}) => {
      const file = await t.app.inject({
        url: `/api/v1/products/${product.id}/images/${imageId}/${size}`,
        headers,
      });
      expect(file.statusCode).toBe(200);
      expect(file.headers.vary).toMatch(/save-data/i);
      return (await sharp(file.rawPayload).metadata()).width;
    };
    const saving = { 'save-data': 'on' };
    expect(await widthOf('large', saving)).toBe(600);
    expect(await widthOf('medium', saving)).toBe(200);
    expect(await widthOf('thumb', saving)).toBe(200);
    // Without the header, or with another value, each size is itself.
    expect(await widthOf('large')).toBe(1200);
    expect(await widthOf('large', { 'save-data': 'off' })).toBe(1200);
    expect(await widthOf('medium')).toBe(600);
  });

  it('accepts a photo of several megabytes (more than the JSON body limit)', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const noise = Buffer.alloc(1000 * 1000 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const png = await sharp(noise, { raw: { width: 1000, height: 1000, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(png.length).toBeGreaterThan(2 * 1024 * 1024);
    const res = await upload(product.id, png, 'big.png', 'image/png');
    expect(res.statusCode).toBe(202);
    expect(await imageStatusWhenProcessed(t.ctx.db, res.json().id)).toBe('ready');
  });

  it('refuses non-images, SVG, oversized files and image bombs, leaving nothing behind', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    const cases = [
      {
        data: Buffer.from('just some text'),
        name: 'a.jpg',
        type: 'image/jpeg',
        code: 'IMAGE_INVALID',
        status: 400,
      },
      { data: svg, name: 'logo.svg', type: 'image/svg+xml', code: 'IMAGE_INVALID', status: 400 },
      { data: svg, name: 'logo.png', type: 'image/png', code: 'IMAGE_INVALID', status: 400 },
      {
        data: pngBomb(),
        name: 'bomb.png',
        type: 'image/png',
        code: 'IMAGE_DIMENSIONS_TOO_LARGE',
        status: 400,
      },
      {
        data: Buffer.alloc(9 * 1024 * 1024, 1),
        name: 'big.jpg',
        type: 'image/jpeg',
        code: 'IMAGE_TOO_LARGE',
        status: 413,
      },
    ];
    for (const c of cases) {
      const res = await upload(product.id, c.data, c.name, c.type);
      expect(res.statusCode, c.name).toBe(c.status);
      expect(res.json().error.code, c.name).toBe(c.code);
      expect(res.json().error.message.length).toBeGreaterThan(5);
    }
    // Without Accept-Language the message is Bengali.
    const body = multipartFile(Buffer.from('x'), 'x.jpg', 'image/jpeg');
    const bn = await t.app.inject({
      method: 'POST',
      url: `/api/v1/products/${product.id}/images`,
      headers: { ...seller.auth, ...body.headers },
      payload: body.payload,
    });
    expect(bn.statusCode).toBe(400);
    expect(bn.json().error.message).toContain('সমর্থিত ছবি নয়');
    const rows = await t.ctx.db
      .selectFrom('product_images')
      .select('id')
      .where('product_id', '=', product.id)
      .execute();
    expect(rows).toHaveLength(0);
    expect(await filesUnder(path.join(storageDir, 'products', product.id))).toEqual([]);
  });

  it('reorders and deletes images; another seller can do neither', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const png = await sharp({
      create: { width: 300, height: 300, channels: 3, background: '#fff' },
    })
      .png()
      .toBuffer();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await upload(product.id, png, 'p.png', 'image/png')).json().id);
    for (const id of ids) await imageStatusWhenProcessed(t.ctx.db, id);

    const stolen = await upload(product.id, png, 'p.png', 'image/png', rival.auth);
    expect(stolen.statusCode).toBe(404);
    const order = (imageIds: string[], auth = seller.auth) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/products/${product.id}/images/order`,
        headers: auth,
        payload: { imageIds },
      });
    expect((await order([ids[0]!, ids[1]!])).json().error.code).toBe('IMAGE_ORDER_INVALID');
    expect((await order([...ids].reverse(), rival.auth)).statusCode).toBe(404);
    const reordered = await order([ids[2]!, ids[0]!, ids[1]!]);
    expect(reordered.json().items.map((i: { id: string }) => i.id)).toEqual([
      ids[2],
      ids[0],
      ids[1],
    ]);

    const del = (id: string, auth = seller.auth) =>
      t.app.inject({
        method: 'DELETE',
        url: `/api/v1/products/${product.id}/images/${id}`,
        headers: auth,
      });
    expect((await del(ids[0]!, rival.auth)).statusCode).toBe(404);
    expect((await del(ids[0]!)).statusCode).toBe(200);
    expect(await filesUnder(path.join(storageDir, 'products', product.id, ids[0]!))).toEqual([]);
    expect(
      (await t.app.inject(`/api/v1/products/${product.id}/images/${ids[0]}/thumb`)).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject(`/api/v1/products/${product.id}/images/${ids[1]}/thumb`)).statusCode,
    ).toBe(200);
  });

  it('refuses an eleventh image without storing it', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    await t.ctx.db
      .insertInto('product_images')
      .values(
        Array.from({ length: 10 }, (_, position) => ({
          product_id: product.id,
          position,
          original_format: 'png',
          status: 'ready' as const,
        })),
      )
      .execute();
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#0f0' } })
      .png()
      .toBuffer();
    const res = await upload(product.id, png, 'p.png', 'image/png');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('IMAGE_LIMIT_REACHED');
    expect(await filesUnder(path.join(storageDir, 'products', product.id))).toEqual([]);
  });

  it('does not serve images of a draft product to the public', async () => {
    const product = await createProduct(t.app, seller.auth, shopId, { status: 'draft' });
    const png = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const id = (await upload(product.id, png, 'p.png', 'image/png')).json().id;
    await imageStatusWhenProcessed(t.ctx.db, id);
    expect(
      (await t.app.inject(`/api/v1/products/${product.id}/images/${id}/thumb`)).statusCode,
    ).toBe(404);
    const owner = await t.app.inject({
      url: `/api/v1/products/${product.id}/images/${id}/thumb`,
      headers: seller.auth,
    });
    expect(owner.statusCode).toBe(200);
    expect(owner.headers['cache-control']).toContain('private');
  });
});
