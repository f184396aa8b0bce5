/**
 * Prints the EXPLAIN ANALYZE plan of the search query (the `hits` part plus its first page).
 *
 *   DATABASE_URL=… node --import tsx bench/search-plan.ts "query" [radiusM] [lat lng]
 *
 * With a radius the search is around the point (default Dhanmondi, 23.7465, 90.376).
 * It runs with the planner hints searchProducts sets (seq scans off; bitmap scans off near me
 * without text); PLAIN=1 leaves the planner alone.
 */
import { sql } from 'kysely';
import { hitsQuery, searchTerms } from '../src/modules/search/search.repo.ts';
import { queryTerms } from '../src/modules/search/search.service.ts';
import { knownIn } from '../src/modules/search/text/variants.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createContext } from '../src/platform/context.ts';

const [q = '', radius, lat = '23.7465', lng = '90.376'] = process.argv.slice(2);
// Read-only: never migrates the database it inspects.
const ctx = await createContext(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }), {
  migrate: false,
});
const point = radius ? { lat: Number(lat), lng: Number(lng), radiusM: Number(radius) } : undefined;
try {
  await ctx.db.transaction().execute(async (tx) => {
    if (!process.env.PLAIN) {
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      if (radius && !q.trim()) await sql`SET LOCAL enable_bitmapscan = off`.execute(tx);
    }
    const filters = {
      // With the vocabulary, as the service reads the query (compounds, readings of unknown words).
      ...queryTerms(q, { known: knownIn(new Set(await searchTerms(tx))) }),
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
