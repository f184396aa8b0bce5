import { randomInt, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser } from '../../../test/helpers/factories.ts';
import { catalogModule } from '../catalog/index.ts';
import { seedScale, type ScaleOptions } from './demo.scale.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await catalogModule.seed!(t.ctx);
});
afterAll(() => t.close());

const GAZETTEER = '/work/shared/data';

/** Own slug prefix and seller phone block: other test files' shops never match. */
function isolated(products: number): ScaleOptions {
  return {
    products,
    prefix: `s${randomUUID().slice(0, 8)}`,
    sellerPhonePrefix: `+88018${String(randomInt(0, 100)).padStart(2, '0')}`,
  };
}

async function counts(prefix: string) {
  const r = await sql<{ shops: number; products: number; variants: number; bad: number }>`
    SELECT count(DISTINCT s.id)::int AS shops, count(DISTINCT p.id)::int AS products,
           count(v.id)::int AS variants,
           count(*) FILTER (WHERE v.price <= 0 OR p.name_bn IS NULL OR p.name_en IS NULL)::int AS bad
    FROM shops s JOIN products p ON p.shop_id = s.id JOIN product_variants v ON v.product_id = p.id
    WHERE s.slug LIKE ${prefix + '-%'}`.execute(t.ctx.db);
  return r.rows[0]!;
}

describe('haat seed --scale', () => {
  it('creates exactly that many products over one shop per 50, and nothing more when run again', async () => {
    // The shared test database has other files' shops, hence force.
    const options = { ...isolated(2000), force: true };
    const report = await seedScale(t.ctx, options);
    expect(report).toMatchObject({ products: 2000, shops: 40, sellers: 1 });
    const first = await counts(options.prefix!);
    expect(first).toMatchObject({ shops: 40, products: 2000, bad: 0 });
    expect(first.variants).toBe(report.variants);

    const again = await seedScale(t.ctx, options);
    expect(again).toMatchObject({ products: 0, variants: 0, shops: 40 });
    expect(await counts(options.prefix!)).toEqual(first);

    const spread = await sql<{ inside: boolean; types: number }>`
      SELECT bool_and(lat BETWEEN 20.6 AND 26.6 AND lng BETWEEN 88.05 AND 92.65) AS inside,
             count(DISTINCT type)::int AS types
      FROM shops WHERE slug LIKE ${options.prefix + '-%'}`.execute(t.ctx.db);
    expect(spread.rows[0]).toEqual({ inside: true, types: expect.any(Number) });
    expect(spread.rows[0]!.types).toBeGreaterThanOrEqual(4);
  });

  it('refuses a database with real sellers’ shops unless forced', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    await sql`
      INSERT INTO shops (owner_id, name_bn, name_en, slug, type, phone, address, lat, lng)
      VALUES (${seller.id}, 'আসল দোকান', 'Real shop', ${'real-' + randomUUID()}, 'grocery',
              ${seller.phone}, 'ঢাকা', 23.75, 90.39)`.execute(t.ctx.db);
    const options = isolated(100);
    await expect(seedScale(t.ctx, options)).rejects.toThrow(/real sellers/);
    const created = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM shops WHERE slug LIKE ${options.prefix + '-%'}`.execute(
      t.ctx.db,
    );
    expect(created.rows[0]!.n).toBe(0);
  });

  it.runIf(existsSync(`${GAZETTEER}/bd_upazilas.csv`))(
    'spreads shops over upazila centres when given the gazetteer',
    async () => {
      const options = { ...isolated(500), force: true, gazetteerDir: GAZETTEER };
      const report = await seedScale(t.ctx, options);
      expect(report.products).toBe(500);
      // Upazila anchors have no built-in place id.
      const r = await sql<{ unplaced: number }>`
        SELECT count(*) FILTER (WHERE place_id IS NULL)::int AS unplaced
        FROM shops WHERE slug LIKE ${options.prefix + '-%'}`.execute(t.ctx.db);
      expect(r.rows[0]!.unplaced).toBeGreaterThan(0);
    },
  );
});
