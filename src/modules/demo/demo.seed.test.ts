import { randomInt, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, randomPhone } from '../../../test/helpers/factories.ts';
import { kindWithAttributes } from '../catalog/catalog.schema.ts';
import { catalogModule } from '../catalog/index.ts';
import { createProduct, insertShop } from '../catalog/test-support.ts';
import { masterLists } from './demo.build.ts';
import { designOf } from './demo.pictures.ts';
import { seedDemo } from './demo.seed.ts';

let t: TestApp;
let storageDir: string;
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), 'haat-demo-'));
  t = await createTestApp({ STORAGE_DIR: storageDir });
  // The default category tree (the catalog seed; it only adds products to shops it finds).
  await catalogModule.seed!(t.ctx);
});
afterAll(async () => {
  await t.close();
  await rm(storageDir, { recursive: true, force: true });
});

type Snapshot = {
  shops: number;
  approved: number;
  products: number;
  variants: number;
  movements: number;
  images: number;
  shopsUpdated: string;
  productsUpdated: string;
  variantsUpdated: string;
};

async function snapshot(prefix: string): Promise<Snapshot> {
  const result = await sql<Snapshot>`
    SELECT
      (SELECT count(*)::int FROM shops WHERE slug LIKE ${prefix + '%'}) AS shops,
      (SELECT count(*)::int FROM shops WHERE slug LIKE ${prefix + '%'} AND status = 'approved') AS approved,
      (SELECT count(*)::int FROM products p JOIN shops s ON s.id = p.shop_id
        WHERE s.slug LIKE ${prefix + '%'}) AS products,
      (SELECT count(*)::int FROM product_variants v JOIN shops s ON s.id = v.shop_id
        WHERE s.slug LIKE ${prefix + '%'}) AS variants,
      (SELECT count(*)::int FROM stock_movements m JOIN shops s ON s.id = m.shop_id
        WHERE s.slug LIKE ${prefix + '%'}) AS movements,
      (SELECT count(*)::int FROM product_images i JOIN products p ON p.id = i.product_id
        JOIN shops s ON s.id = p.shop_id WHERE s.slug LIKE ${prefix + '%'}) AS images,
      (SELECT max(updated_at)::text FROM shops WHERE slug LIKE ${prefix + '%'}) AS "shopsUpdated",
      (SELECT max(p.updated_at)::text FROM products p JOIN shops s ON s.id = p.shop_id
        WHERE s.slug LIKE ${prefix + '%'}) AS "productsUpdated",
      (SELECT max(v.updated_at)::text FROM product_variants v JOIN shops s ON s.id = v.shop_id
        WHERE s.slug LIKE ${prefix + '%'}) AS "variantsUpdated"`.execute(t.ctx.db);
  return result.rows[0]!;
}

/** Ten sellers of this test only (own phones and e-mails), so `haat seed` data never interferes. */
function testSellers() {
  const tag = randomUUID().slice(0, 8);
  const block = `+88019${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
  return Array.from({ length: 10 }, (_, i) => ({
    name: `বিক্রেতা ${i + 1}`,
    phone: `${block}${String(i).padStart(2, '0')}`,
    email: `seller-${tag}-${i}@haat.test`,
  }));
}

describe('demo master lists', () => {
  it('have attributes valid for their kind, unique SKUs and prices > 0', () => {
    for (const list of Object.values(masterLists)) {
      const skus = new Set<string>();
      for (const p of list) {
        expect(
          kindWithAttributes.safeParse({ kind: p.kind, attributes: p.attributes }).success,
        ).toBe(true);
        expect(skus.has(p.key)).toBe(false);
        skus.add(p.key);
        expect(p.variants.length).toBeGreaterThan(0);
        expect(new Set(p.variants.map((v) => v.key)).size).toBe(p.variants.length);
        for (const v of p.variants) expect(v.taka).toBeGreaterThan(0);
        // Its own category's drawing, not the fallback of its kind.
        expect(designOf(p.category, p.kind)).not.toBe(designOf(null, p.kind));
      }
    }
  });
});

/** Every product has one ready image whose three WebP files are in storage at their widths. */
async function expectReadyPictures(prefix: string, products: number) {
  const images = await sql<{ id: string; product_id: string; status: string; width: number }>`
    SELECT i.id, i.product_id, i.status, i.width FROM product_images i
    JOIN products p ON p.id = i.product_id JOIN shops s ON s.id = p.shop_id
    WHERE s.slug LIKE ${prefix + '%'}`.execute(t.ctx.db);
  expect(images.rows).toHaveLength(products);
  expect(new Set(images.rows.map((i) => i.product_id)).size).toBe(products);
  for (const image of images.rows) {
    expect(image.status).toBe('ready');
    expect(image.width).toBe(1200);
  }
  // The files of a spread of them (all of them would only repeat the same few designs).
  for (const image of images.rows.filter((_, i) => i % 50 === 0)) {
    for (const [size, width] of [
      ['large', 1200],
      ['medium', 600],
      ['thumb', 200],
    ] as const) {
      const file = path.join(storageDir, 'products', image.product_id, image.id, `${size}.webp`);
      const meta = await sharp(file).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.width).toBe(width);
    }
  }
  // …and they are served like any upload.
  const sample = images.rows[0]!;
  const res = await t.app.inject({
    url: `/api/v1/products/${sample.product_id}/images/${sample.id}/thumb`,
  });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('image/webp');
}

describe('demo seed', () => {
  it('creates ≥ 30 approved shops and ≥ 600 active, bilingual, priced products, once', async () => {
    const prefix = `t${randomUUID().slice(0, 8)}-`;
    const main = await createUser(t.ctx, { role: 'seller' });
    const options = { slugPrefix: prefix, sellers: testSellers(), mainSellerPhone: main.phone };

    // The main seller's own `demo-` shop (as the shops module seeds them, stocked by the catalog
    // seed) gets pictures too; a shop of theirs by another name does not.
    const theirs = await insertShop(t.ctx, main.id);
    await t.ctx.db
      .updateTable('shops')
      .set({ slug: `demo-${prefix}own` })
      .where('id', '=', theirs)
      .execute();
    const inDemoShop = await createProduct(t.app, main.auth, theirs);
    const elsewhere = await createProduct(t.app, main.auth, await insertShop(t.ctx, main.id));

    const lines = await seedDemo(t.ctx, options);
    const pictured = await t.ctx.db
      .selectFrom('product_images')
      .select('product_id')
      .where('product_id', 'in', [inDemoShop.id, elsewhere.id])
      .where('status', '=', 'ready')
      .execute();
    expect(pictured.map((i) => i.product_id)).toEqual([inDemoShop.id]);
    expect(lines.join('\n')).toMatch(/10 more demo sellers .* with password/);
    const first = await snapshot(prefix);
    expect(first.approved).toBeGreaterThanOrEqual(30);
    expect(first.approved).toBe(first.shops);
    expect(first.products).toBeGreaterThanOrEqual(600);
    // Every variant that starts with stock has its opening entry in the ledger.
    const stocked = await sql<{ n: number; mismatched: number }>`
      SELECT count(*)::int AS n,
             count(*) FILTER (WHERE v.on_hand <> coalesce(
               (SELECT sum(delta) FROM stock_movements m WHERE m.variant_id = v.id), 0))::int
               AS mismatched
      FROM product_variants v JOIN shops s ON s.id = v.shop_id
      WHERE s.slug LIKE ${prefix + '%'} AND v.on_hand > 0`.execute(t.ctx.db);
    expect(stocked.rows[0]!.mismatched).toBe(0);
    expect(first.movements).toBe(stocked.rows[0]!.n);

    const products = await sql<{
      status: string;
      name_bn: string;
      name_en: string;
      category_id: string | null;
      min_price: string;
      variants: number;
    }>`
      SELECT p.status, p.name_bn, p.name_en, p.category_id,
             min(v.price)::text AS min_price, count(v.id)::int AS variants
      FROM products p JOIN shops s ON s.id = p.shop_id
      LEFT JOIN product_variants v ON v.product_id = p.id
      WHERE s.slug LIKE ${prefix + '%'}
      GROUP BY p.id`.execute(t.ctx.db);
    for (const p of products.rows) {
      expect(p.status).toBe('active');
      expect(p.name_bn).toMatch(/[\u0980-\u09FF]/);
      expect(p.name_en).toMatch(/[A-Za-z]/);
      expect(p.category_id).not.toBeNull();
      expect(p.variants).toBeGreaterThan(0);
      expect(Number(p.min_price)).toBeGreaterThan(0);
    }
    // Some stock is low and some is out, as in a real market.
    const stock = await sql<{ zero: number; low: number }>`
      SELECT count(*) FILTER (WHERE on_hand = 0)::int AS zero,
             count(*) FILTER (WHERE on_hand > 0 AND on_hand <= low_stock_threshold)::int AS low
      FROM product_variants v JOIN shops s ON s.id = v.shop_id
      WHERE s.slug LIKE ${prefix + '%'}`.execute(t.ctx.db);
    expect(stock.rows[0]!.zero).toBeGreaterThan(0);
    expect(stock.rows[0]!.low).toBeGreaterThan(0);

    // The main seller owns a few shops; every demo seller owns at least one.
    const owners = await sql<{ phone: string; n: number }>`
      SELECT u.phone, count(*)::int AS n FROM shops s JOIN users u ON u.id = s.owner_id
      WHERE s.slug LIKE ${prefix + '%'} GROUP BY u.phone`.execute(t.ctx.db);
    expect(owners.rows).toHaveLength(11);
    expect(owners.rows.find((o) => o.phone === main.phone)?.n).toBeGreaterThanOrEqual(2);

    const placed = await sql<{ unplaced: number; pharmacies_without_licence: number }>`
      SELECT count(*) FILTER (WHERE place_id IS NULL)::int AS unplaced,
             count(*) FILTER (WHERE type = 'pharmacy' AND drug_licence IS NULL)::int
               AS pharmacies_without_licence
      FROM shops WHERE slug LIKE ${prefix + '%'}`.execute(t.ctx.db);
    expect(placed.rows[0]).toEqual({ unplaced: 0, pharmacies_without_licence: 0 });

    await expectReadyPictures(prefix, first.products);

    await seedDemo(t.ctx, options);
    expect(await snapshot(prefix)).toEqual(first);
  });

  it('puts several shops within 1 km of each other in Dhanmondi', async () => {
    const prefix = `t${randomUUID().slice(0, 8)}-`;
    await seedDemo(t.ctx, {
      slugPrefix: prefix,
      sellers: testSellers(),
      mainSellerPhone: randomPhone(),
    });
    // Rabindra Sarobar, Dhanmondi.
    const near = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM shops
      WHERE slug LIKE ${prefix + '%'}
        AND earth_distance(ll_to_earth(lat, lng), ll_to_earth(23.7466, 90.3785)) < 1000`.execute(
      t.ctx.db,
    );
    expect(near.rows[0]!.n).toBeGreaterThanOrEqual(4);
  });
});
