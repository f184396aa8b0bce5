/**
 * Single-statement times of the search on the current code: for each scenario, the median
 * `EXPLAIN ANALYZE` execution time (or, with WALL=1, the wall time of the statement itself) over
 * ROUNDS runs, with the planner settings and the vocabulary the service uses.
 *
 *   DATABASE_URL=… [ROUNDS=5] [WALL=1] node --import tsx bench/search-statement.ts ["q|radiusM" …]
 *
 * Use a scale catalog (`haat seed --scale 30000`, then `haat search reindex`, ANALYZE). Points
 * are in Dhanmondi (23.7465, 90.376); a scenario without a radius is nationwide.
 */
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import {
  plannerHints,
  searchStatement,
  searchTerms,
  type SearchFilters,
} from '../src/modules/search/search.repo.ts';
import { queryTerms } from '../src/modules/search/search.service.ts';
import { knownIn } from '../src/modules/search/text/variants.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createContext } from '../src/platform/context.ts';

const DEFAULT = [
  'ডিম|5000',
  'dim|5000',
  'soybean oil|5000',
  'piaj|5000',
  'napa 500|',
  'চাল|',
  'alu|',
  'sobji|',
  'gastric osud|',
  'chal|5000',
];
const scenarios = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT;
const rounds = Number(process.env.ROUNDS ?? 5);
const ctx = await createContext(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }), {
  migrate: false,
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  const known = knownIn(new Set(await searchTerms(ctx.db)));
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  for (const scenario of scenarios) {
    const [q = '', radius] = scenario.split('|');
    const point = radius ? { lat: 23.7465, lng: 90.376, radiusM: Number(radius) } : undefined;
    const f: SearchFilters = {
      ...queryTerms(q, { known }),
      point,
      sort: 'relevance',
      limit: 20,
      facets: true,
    };
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      await ctx.db.transaction().execute(async (tx) => {
        await plannerHints(f).execute(tx);
        if (process.env.WALL) {
          const start = performance.now();
          await searchStatement(f).execute(tx);
          times.push(performance.now() - start);
          return;
        }
        const plan = await sql<{ 'QUERY PLAN': string }>`
          EXPLAIN (ANALYZE, COSTS OFF) ${searchStatement(f)}`.execute(tx);
        const line = plan.rows.map((r) => r['QUERY PLAN']).find((l) => l.startsWith('Execution'));
        times.push(Number(/([\d.]+)/.exec(line ?? '')?.[1] ?? NaN));
      });
    }
    const label = `${q}${radius ? ` ${Number(radius) / 1000} km` : ', nationwide'}`;
    console.log(
      `${label.padEnd(24)} median ${median(times).toFixed(1)} ms  [${times.map((t) => t.toFixed(0)).join(' ')}]`,
    );
  }
} finally {
  await ctx.close();
}
