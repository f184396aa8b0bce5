/**
 * Prints the EXPLAIN ANALYZE plan of the search query (the `hits` part plus its first page).
 *
 *   DATABASE_URL=… node --import tsx bench/search-plan.ts "query" [radiusM] [lat lng]
 *
 * With a radius the search is around the point (default Dhanmondi, 23.7465, 90.376).
 * NOSEQ=1 runs it with enable_seqscan off.
 */
import { sql } from 'kysely';
import { hitsQuery } from '../src/modules/search/search.repo.ts';
import { queryTerms } from '../src/modules/search/search.service.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createContext } from '../src/platform/context.ts';

const [q = '', radius, lat = '23.7465', lng = '90.376'] = process.argv.slice(2);
const ctx = await createContext(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
const point = radius ? { lat: Number(lat), lng: Number(lng), radiusM: Number(radius) } : undefined;
try {
  await ctx.db.transaction().execute(async (tx) => {
    if (process.env.NOSEQ) await sql`SET LOCAL enable_seqscan = off`.execute(tx);
    const filters = {
      ...queryTerms(q),
      point,
      sort: 'relevance' as const,
      limit: 20,
      facets: true,
    };
    const result = await sql<{ 'QUERY PLAN': string }>`
      EXPLAIN (ANALYZE, COSTS OFF) ${hitsQuery(filters)}
      SELECT * FROM hits ORDER BY s1, s2, id LIMIT 21`.execute(tx);
    console.log(result.rows.map((r) => r['QUERY PLAN']).join('\n'));
  });
} finally {
  await ctx.close();
}
