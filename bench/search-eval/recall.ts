/**
 * Search quality on the demo catalog: every query of queries.json goes through the real search
 * service (the same code as GET /search, nationwide, no point). Results are collapsed to distinct
 * product names (the same product sold by many shops counts once), then:
 *
 *   recall@5 = |expected ∩ first 5 distinct names| / min(|expected|, 5), averaged over queries
 *   MRR      = 1 / rank of the first expected name (0 if not in the first 50 results)
 *
 *   DATABASE_URL=postgres://… node --import tsx bench/search-eval/recall.ts [--verbose] [--no-seed]
 *
 * The database is migrated and `haat seed` runs first (idempotent), then stale search documents are
 * rebuilt. Use a database that holds the demo catalog only: other products change the figures.
 */
import { readFileSync } from 'node:fs';
import { seedAll } from '../../src/cli/commands/core.ts';
import { reindexProducts, search } from '../../src/modules/search/index.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createContext } from '../../src/platform/context.ts';

type Labelled = { q: string; lang: 'bn' | 'en' | 'banglish'; group: string; expect: string[] };
const { queries } = JSON.parse(
  readFileSync(new URL('./queries.json', import.meta.url), 'utf8'),
) as { queries: Labelled[] };
const verbose = process.argv.includes('--verbose');

const ctx = await createContext(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
try {
  if (!process.argv.includes('--no-seed')) await seedAll(ctx);
  await reindexProducts(ctx.db);

  const known = new Set(
    (await ctx.db.selectFrom('products').select('name_en').distinct().execute()).map(
      (r) => r.name_en,
    ),
  );
  const unknown = [...new Set(queries.flatMap((q) => q.expect))].filter((n) => !known.has(n));
  if (unknown.length) console.warn(`Expected names not in the catalog: ${unknown.join('; ')}`);

  type Score = { recall: number; rr: number };
  const groups = new Map<string, Score[]>();
  const add = (key: string, s: Score) => groups.set(key, [...(groups.get(key) ?? []), s]);
  const started = performance.now();
  for (const item of queries) {
    const result = await search(ctx.db, {
      q: item.q,
      sort: 'relevance',
      limit: 50,
    });
    const names: string[] = [];
    for (const hit of result.items) {
      const name = hit.product.nameEn ?? hit.product.nameBn ?? '';
      if (!names.includes(name)) names.push(name);
    }
    const expected = new Set(item.expect);
    const top5 = names.slice(0, 5).filter((n) => expected.has(n)).length;
    const recall = top5 / Math.min(expected.size, 5);
    const first = names.findIndex((n) => expected.has(n));
    const score = { recall, rr: first === -1 ? 0 : 1 / (first + 1) };
    add('all', score);
    add(`lang ${item.lang}`, score);
    add(`group ${item.group}`, score);
    add(`${item.lang} ${item.group}`, score);
    if (verbose && recall < 1) {
      console.log(
        `  ${item.lang.padEnd(8)} "${item.q}" recall@5 ${recall.toFixed(2)} → ${names.slice(0, 5).join(' | ')}`,
      );
    }
  }
  const ms = (performance.now() - started) / queries.length;

  const rows = [...groups.entries()]
    .filter(
      ([key]) =>
        !key.includes(' ') ||
        key.startsWith('lang') ||
        key.startsWith('group') ||
        key === 'banglish grocery',
    )
    .map(([key, scores]) => ({
      set: key,
      queries: scores.length,
      'recall@5': (scores.reduce((a, s) => a + s.recall, 0) / scores.length).toFixed(3),
      MRR: (scores.reduce((a, s) => a + s.rr, 0) / scores.length).toFixed(3),
    }));
  console.table(rows);
  console.log(`${queries.length} queries, ${ms.toFixed(1)} ms per query (service, sequential)`);
} finally {
  await ctx.close();
}
