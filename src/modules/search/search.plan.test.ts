import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser } from '../../../test/helpers/factories.ts';
import { createProduct, insertShop } from '../catalog/test-support.ts';
import type { AppContext } from '../../platform/context.ts';
import { refreshProductSearch } from './search.document.ts';
import { candidatesQuery, hitsQuery, type SearchFilters } from './search.repo.ts';
import { queryTerms } from './search.service.ts';

let t: TestApp;
let ctx: AppContext;
/**
 * The products the queries below are about, in a shop of this file: the plans do not depend on what
 * other files (or no file) put into the shared database. Statistics are refreshed afterwards.
 */
let shopId: string;
beforeAll(async () => {
  t = await createTestApp();
  ctx = t.ctx;
  const seller = await createUser(ctx, { role: 'seller' });
  shopId = await insertShop(ctx, seller.id);
  const ids: string[] = [];
  for (const [nameBn, nameEn] of [
    ['ডিম', 'Eggs (dim)'],
    ['হাঁসের ডিম', 'Duck eggs'],
    ['সয়াবিন তেল', 'Soybean tel (oil)'],
  ] as const) {
    ids.push((await createProduct(t.app, seller.auth, shopId, { nameBn, nameEn })).id);
  }
  // And a catalog large enough for the planner to behave as on a real one: 3000 products with
  // made-up names no other file searches for. Analysed, so the plans do not depend on whether
  // PostgreSQL has looked at the tables yet.
  const filler = await sql<{ id: string }>`
    INSERT INTO products (shop_id, sku, name_bn, name_en, kind, unit, status, attributes)
    SELECT ${shopId}, 'PLAN-' || n, 'পণ্য ' || md5(n::text), 'Item ' || md5(n::text),
           'grocery', 'piece', 'active', '{}'::jsonb
    FROM generate_series(1, 3000) AS n
    RETURNING id`.execute(ctx.db);
  ids.push(...filler.rows.map((r) => r.id));
  for (let i = 0; i < ids.length; i += 500)
    await refreshProductSearch(ctx.db, ids.slice(i, i + 500));
  await sql`ANALYZE product_search, search_terms`.execute(ctx.db);
});
// The filler leaves with the file: other files' nationwide searches and suggestions run after it.
afterAll(async () => {
  await sql`DELETE FROM products WHERE shop_id = ${shopId} AND sku LIKE 'PLAN-%'`.execute(ctx.db);
  await t.close();
});

const base: SearchFilters = { words: [], numbers: [], sort: 'relevance', limit: 20, facets: true };

/**
 * The plan of the search CTE with sequential scans discouraged: a test database is too small for
 * the planner to pick an index by itself, so this checks that the indexes CAN answer the query.
 */
async function plan(filters: SearchFilters, methods: Methods = {}) {
  return explain(sql`${hitsQuery(filters)} SELECT * FROM hits`, methods);
}

type Methods = { off?: ('indexscan' | 'bitmapscan' | 'sort')[] };

/**
 * EXPLAIN with sequential scans discouraged and, with `off`, other planner methods too, so that
 * what is left shows whether an index can answer the query. Which plan PostgreSQL picks by cost
 * depends on the tables' statistics (their size, where the shops are, whether they were analysed),
 * i.e. on other test files' data; these switches take that choice away.
 */
async function explain(query: RawBuilder<unknown>, methods: Methods = {}): Promise<string> {
  return ctx.db.transaction().execute(async (tx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(tx);
    for (const method of methods.off ?? []) {
      await sql.raw(`SET LOCAL enable_${method} = off`).execute(tx);
    }
    const result = await sql<{
      'QUERY PLAN': string;
    }>`EXPLAIN ${query}`.execute(tx);
    return result.rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('search query plans', () => {
  it('near me: one GiST scan of product_search, nearest first', async () => {
    // Nearest first without a sort: only a GiST index scan ordered by distance can do that.
    const text = await plan(
      { ...base, point: { lat: 23.7465, lng: 90.376, radiusM: 1000 } },
      { off: ['bitmapscan', 'sort'] },
    );
    expect(text).toMatch(/Index Scan using product_search_location/);
    expect(text).toMatch(/Order By: \(\(location\)::cube <->/);
    expect(text).not.toMatch(/Seq Scan|products|shops/);
  });

  // On a small table the planner may start the whole query from shops instead; on the scale
  // catalog it starts from these indexes (docs/search.md has the plan).
  it.each(['dim', 'ডিম', 'soybean tel'])(
    'text "%s": the vocabulary trigram index, then the document terms index',
    async (q) => {
      const text = await explain(candidatesQuery(queryTerms(q).words), { off: ['indexscan'] });
      expect(text).toMatch(/Bitmap Index Scan on search_terms_trgm/);
      expect(text).toMatch(/Bitmap Index Scan on product_search_terms/);
      expect(text).not.toMatch(/Seq Scan on (product_search|search_terms)/);
      expect(text).not.toMatch(/trgm on product_search|product_search_names/);
    },
  );

  it('text search: two tiers, the exact query words first, both through the terms index', async () => {
    const text = await plan(
      {
        ...base,
        ...queryTerms('ডিম'),
        point: { lat: 23.7465, lng: 90.376, radiusM: 5000 },
      },
      { off: ['indexscan'] },
    );
    expect(text).toMatch(/Append/);
    expect(text.match(/Bitmap Index Scan on product_search_terms/g)?.length).toBe(2);
    // The query word's form and key first, then its other readings (synonym, loose key).
    expect(text).toMatch(/Index Cond: \(terms && '\{ডিম,dim,[^}]*\}'::text\[\]\)/);
    expect(text).not.toMatch(/Seq Scan on (product_search|search_terms)/);
  });

  // (Which index reads the tiers depends on the table's size: on the scale catalog the terms
  // index, as for one word; a test database is too small to tell.)
  it('text of two words: the documents holding every word first, then any word', async () => {
    const text = await plan({ ...base, ...queryTerms('gastric osud') });
    // Three tiers: every word, any word, a word merely close to one.
    expect(text.match(/Limit/g)?.length).toBeGreaterThanOrEqual(4);
    expect(text).toMatch(/Append/);
    expect(text).toMatch(/terms && '\{gastric,[^}]*\}'::text\[\]\) AND \(terms && '\{osud,/);
    expect(text).not.toMatch(/Seq Scan on (product_search|search_terms)/);
  });

  // The subtree is resolved first and goes in as a constant list, which the planner estimates from
  // the statistics and an index on category_id answers; as IN (subquery) the scale catalog hashed
  // every visible document against it. (Which index the planner then picks depends on the
  // table's size: on the scale catalog, product_search_category.)
  it('category listing: the subtree as a constant list, no hash over every document', async () => {
    // As withCategorySubtree resolves it (the ids need not exist for a plan).
    const f = { ...base, category: 'grocery', categoryIds: [randomUUID(), randomUUID()] };
    const text = await plan(f);
    expect(text).toMatch(/category_id = ANY \('\{[0-9a-f,-]+\}'::uuid\[\]\)/);
    expect(text).not.toMatch(/Hash Cond: \(ps\.category_id|Seq Scan on product_search|subtree/);
  });
});
