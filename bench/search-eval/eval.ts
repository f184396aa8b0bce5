/**
 * Search quality on the demo catalog, nationwide and near a shop, on two labelled sets:
 *
 *   TUNING   = queries.json + tuning.json (what the ranking and the text pipeline are tuned on)
 *   HELD-OUT = heldout.json (written before tuning; only reported on)
 *
 * Every query goes through the real search service (the code of GET /search). Results are
 * collapsed to distinct product names (the same product sold by many shops counts once).
 *
 *   nationwide: no point; recall@5 = |expected ∩ first 5| / min(|expected|, 5); MRR = 1 / rank of
 *               the first expected name (0 if not in the first 50)
 *   near shop:  the point of the shop that sells the most expected names, the default radius
 *               (1 km); expected = the expected names on sale within that radius
 *   zero:       queries whose answer is empty although an expected item is on sale (in the
 *               radius, for near shop)
 *
 *   DATABASE_URL=postgres://… node --import tsx bench/search-eval/eval.ts [--verbose] [--no-seed]
 *     [--set tuning|heldout]
 *
 * The database is migrated and `haat seed` runs first (idempotent), then every search document is
 * rebuilt. Use a database that holds the demo catalog only: other products change the figures.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { seedAll } from '../../src/cli/commands/core.ts';
import { reindexProducts, search } from '../../src/modules/search/index.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createContext } from '../../src/platform/context.ts';

type Labelled = { q: string; lang: 'bn' | 'en' | 'banglish'; group: string; expect: string[] };
const load = (file: string) =>
  (JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { queries: Labelled[] })
    .queries;
const sets: Record<string, Labelled[]> = {
  tuning: [...load('./queries.json'), ...load('./tuning.json')],
  heldout: load('./heldout.json'),
};
const verbose = process.argv.includes('--verbose');
const only = process.argv.includes('--set')
  ? process.argv[process.argv.indexOf('--set') + 1]
  : undefined;
const RADIUS_M = 1000;

const ctx = await createContext(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
const db = ctx.db;

function distinctNames(items: { product: { nameEn: string | null; nameBn: string | null } }[]) {
  const names: string[] = [];
  for (const hit of items) {
    const name = hit.product.nameEn ?? hit.product.nameBn ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function score(names: string[], expected: Set<string>) {
  const top5 = names.slice(0, 5).filter((n) => expected.has(n)).length;
  const first = names.findIndex((n) => expected.has(n));
  return {
    recall: top5 / Math.min(expected.size, 5),
    rr: first === -1 ? 0 : 1 / (first + 1),
    zero: names.length === 0,
  };
}

/** The shop selling the most expected names, and the expected names on sale within the radius. */
async function nearShop(expect: string[]) {
  const shop = await sql<{ lat: number; lng: number }>`
    SELECT s.lat, s.lng FROM product_search ps JOIN products p ON p.id = ps.product_id
      JOIN shops s ON s.id = ps.shop_id
    WHERE ps.visible AND p.name_en = ANY (${expect}::text[])
    GROUP BY s.id ORDER BY count(DISTINCT p.name_en) DESC, s.slug LIMIT 1`.execute(db);
  const point = shop.rows[0];
  if (!point) return undefined;
  const near = await sql<{ name_en: string }>`
    SELECT DISTINCT p.name_en FROM product_search ps JOIN products p ON p.id = ps.product_id
    WHERE ps.visible AND p.name_en = ANY (${expect}::text[])
      AND earth_distance(ps.location, ll_to_earth(${point.lat}, ${point.lng})) <= ${RADIUS_M}`.execute(
    db,
  );
  return { point, expected: new Set(near.rows.map((r) => r.name_en)) };
}

type Score = { recall: number; rr: number; zero: boolean };
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

try {
  if (!process.argv.includes('--no-seed')) await seedAll(ctx);
  await reindexProducts(db, { all: true });
  const known = new Set(
    (await db.selectFrom('products').select('name_en').distinct().execute()).map((r) => r.name_en),
  );
  const rows: Record<string, string | number>[] = [];
  for (const [name, queries] of Object.entries(sets)) {
    if (only && only !== name) continue;
    const unknown = [...new Set(queries.flatMap((q) => q.expect))].filter((n) => !known.has(n));
    if (unknown.length)
      console.warn(`${name}: expected names not in the catalog: ${unknown.join('; ')}`);
    const groups = new Map<string, { national: Score[]; near: Score[] }>();
    const add = (key: string, national: Score, near: Score | undefined) => {
      const g = groups.get(key) ?? { national: [], near: [] };
      g.national.push(national);
      if (near) g.near.push(near);
      groups.set(key, g);
    };
    for (const item of queries) {
      const national = await search(db, { q: item.q, sort: 'relevance', limit: 50 });
      const names = distinctNames(national.items);
      const s1 = score(names, new Set(item.expect));
      const shop = await nearShop(item.expect);
      let s2: Score | undefined;
      let nearNames: string[] = [];
      if (shop && shop.expected.size > 0) {
        const result = await search(db, {
          q: item.q,
          lat: shop.point.lat,
          lng: shop.point.lng,
          radius: RADIUS_M,
          sort: 'relevance',
          limit: 50,
        });
        nearNames = distinctNames(result.items);
        s2 = score(nearNames, shop.expected);
      }
      add(`${name} all`, s1, s2);
      add(`${name} ${item.lang}`, s1, s2);
      if (verbose && (s1.recall < 1 || (s2 && s2.recall < 1) || s1.rr < 1)) {
        console.log(
          `  ${name} ${item.lang.padEnd(8)} "${item.q}" nat r@5 ${s1.recall.toFixed(2)} rr ${s1.rr.toFixed(2)} → ${names.slice(0, 5).join(' | ')}` +
            (s2 && s2.recall < 1
              ? `\n      near r@5 ${s2.recall.toFixed(2)} → ${nearNames.slice(0, 5).join(' | ')}`
              : ''),
        );
      }
    }
    for (const [key, g] of groups) {
      rows.push({
        set: key,
        queries: g.national.length,
        'near r@5': mean(g.near.map((s) => s.recall)).toFixed(3),
        'near zero': g.near.filter((s) => s.zero).length,
        'nat r@5': mean(g.national.map((s) => s.recall)).toFixed(3),
        'nat MRR': mean(g.national.map((s) => s.rr)).toFixed(3),
        'nat zero': g.national.filter((s) => s.zero).length,
      });
    }
  }
  console.table(rows);
} finally {
  await ctx.close();
}
