/**
 * Search latency over HTTP and straight through the pg driver (the floor), on a scale catalog.
 *
 *   DATABASE_URL=postgres://…/bench node --import tsx bench/search-http.ts [--products 100000]
 *     [--seconds 10] [--connections 32]
 *
 * Use a database of its own: when it has fewer products than asked, `seedScale` (haat seed --scale)
 * fills it, documents are indexed and the tables analyzed. The API runs in this process on
 * 127.0.0.1 (random port); autocannon drives it with N connections for a fixed duration per
 * scenario. The raw run executes the very statements the API sends (compiled by the search
 * service: its transaction, planner hints and query) from N concurrent callers on a pool as large
 * as the API's.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { seedScale } from '../src/modules/demo/index.ts';
import { reindexProducts } from '../src/modules/search/index.ts';
import {
  plannerHints,
  searchStatement,
  withCategorySubtree,
} from '../src/modules/search/search.repo.ts';
import { toFilters } from '../src/modules/search/search.service.ts';
import { searchQuery } from '../src/modules/search/search.schema.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createContext } from '../src/platform/context.ts';
import { buildServer } from '../src/server.ts';

const { values: args } = parseArgs({
  options: {
    products: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
  },
});
const products = Number(args.products);
const seconds = Number(args.seconds);
const connections = Number(args.connections);

const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
const ctx = await createContext(config);

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

type Row = {
  scenario: string;
  via: string;
  p50: string;
  p95: string;
  p99: string;
  'req/s': string;
};
function summarize(scenario: string, via: string, latencies: number[], elapsedS: number): Row {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    scenario,
    via,
    p50: percentile(sorted, 50).toFixed(1),
    p95: percentile(sorted, 95).toFixed(1),
    p99: percentile(sorted, 99).toFixed(1),
    'req/s': (latencies.length / elapsedS).toFixed(0),
  };
}

async function overHttp(base: string, queries: string[]): Promise<{ lat: number[]; s: number }> {
  const latencies: number[] = [];
  let n = 0;
  let errors = 0;
  const started = performance.now();
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    // A saturated server answers slowly; count those answers rather than dropping them.
    timeout: 60,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: `/api/v1/search?${queries[n++ % queries.length]}`,
        }),
      },
    ],
    setupClient: (client) => {
      client.on('response', (status: number, _bytes: number, ms: number) => {
        if (status !== 200) errors += 1;
        latencies.push(ms);
      });
    },
  });
  await instance;
  if (errors) console.warn(`  ${errors} non-200 responses`);
  return { lat: latencies, s: (performance.now() - started) / 1000 };
}

async function overDriver(pool: pg.Pool, queries: string[]): Promise<{ lat: number[]; s: number }> {
  const compiled = await Promise.all(
    queries.map(async (q) => {
      const parsed = searchQuery.parse(Object.fromEntries(new URLSearchParams(q)));
      // As searchProducts does: the category subtree is resolved before the statement is built.
      const filters = await withCategorySubtree(ctx.db, toFilters(parsed));
      return {
        hints: plannerHints(filters).compile(ctx.db),
        search: searchStatement(filters).compile(ctx.db),
      };
    }),
  );
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const c = compiled[n++ % compiled.length]!;
        const t0 = performance.now();
        // The same transaction and planner hints as searchProducts.
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query(c.hints.sql, c.hints.parameters as unknown[]);
          await client.query(c.search.sql, c.search.parameters as unknown[]);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { lat: latencies, s: (performance.now() - started) / 1000 };
}

try {
  const count = Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM products`.execute(ctx.db)).rows[0]!.n,
  );
  if (count < products) {
    console.log(`Generating a scale catalog of ${products} products (have ${count})…`);
    const report = await seedScale(ctx, { products, log: (l) => console.log(`  ${l}`) });
    console.log(`  ${report.products} products in ${report.shops} shops, ${report.seconds} s`);
  }
  const indexed = await reindexProducts(ctx.db);
  if (indexed) console.log(`Indexed ${indexed} search documents.`);
  await sql`ANALYZE`.execute(ctx.db);

  // Points: approved shops in Dhaka (the densest city), so near-me has something to find.
  const points = (
    await sql<{ lat: number; lng: number }>`
      SELECT lat, lng FROM shops WHERE status = 'approved'
        AND lat BETWEEN 23.70 AND 23.88 AND lng BETWEEN 90.34 AND 90.45
      ORDER BY id LIMIT 40`.execute(ctx.db)
  ).rows;
  if (points.length === 0) throw new Error('no approved shops in Dhaka in this database');
  const near = (extra: string, radius = 1000) =>
    points.map((p) => `lat=${p.lat}&lng=${p.lng}&radius=${radius}${extra}`);
  const scenarios: [string, string[]][] = [
    ['near-me 1 km (no text)', near('&sort=distance')],
    ['text bn "ডিম", 5 km', near(`&q=${encodeURIComponent('ডিম')}`, 5000)],
    ['text en "soybean oil", 5 km', near('&q=soybean%20oil', 5000)],
    ['text Banglish "piaj", 5 km', near('&q=piaj', 5000)],
    ['text Banglish "napa 500", nationwide', ['q=napa%20500']],
    ['text bn "চাল", nationwide', [`q=${encodeURIComponent('চাল')}`]],
    ['category "rice" listing, nationwide', ['category=rice&sort=price_asc']],
  ];

  const app = await buildServer(ctx, { serveWeb: false });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const pool = new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_MAX,
  });
  const rows: Row[] = [];
  for (const [name, queries] of scenarios) {
    console.log(`${name}…`);
    const http = await overHttp(base, queries);
    rows.push(summarize(name, 'HTTP', http.lat, http.s));
    const raw = await overDriver(pool, queries);
    rows.push(summarize(name, 'SQL (pg)', raw.lat, raw.s));
  }
  await pool.end();
  await app.close();
  console.log(
    `\n${products} products, ${connections} connections, ${seconds} s per run, ` +
      `DB pool ${config.DATABASE_POOL_MAX}; latencies in ms\n`,
  );
  console.table(rows);
} finally {
  await ctx.close();
}
