/**
 * Place search (`GET /geo/search`) over the romanised place names of banglish_placenames_eval.csv
 * (divisions, districts, upazilas and Dhaka areas: the levels Haat ships; unions are not places in
 * Haat). A query counts as found when a place with the expected Bengali name is in the top 1 / 3.
 * The same run searches each Bengali name and the old English names people still type.
 *
 *   DATABASE_URL=postgres://… node --import tsx bench/search-eval/place-search.ts [csv]
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { searchPlaces } from '../../src/modules/geo/index.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createContext } from '../../src/platform/context.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';

const file =
  process.argv.slice(2).find((a) => !a.startsWith('--')) ??
  '/work/shared/data/banglish_placenames_eval.csv';
const rows = (
  parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as {
    level: string;
    romanized: string;
    bengali: string;
  }[]
).filter((r) => r.level !== 'union');

// Old or everyday English names (not in the file) and the Bengali name they mean.
const oldNames: [string, string][] = [
  ['Chittagong', 'চট্টগ্রাম'],
  ['Comilla', 'কুমিল্লা'],
  ['Jessore', 'যশোর'],
  ['Bogra', 'বগুড়া'],
  ['Barisal', 'বরিশাল'],
  ['Coxs bazar', 'কক্সবাজার'],
  ['Noakhali', 'নোয়াখালী'],
  ['Moulovibazar', 'মৌলভীবাজার'],
  ['Rongpur', 'রংপুর'],
  ['Sylet', 'সিলেট'],
];

const ctx = await createContext(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
try {
  await migrateToLatest(ctx.db);
  const sets: [string, [string, string][]][] = [
    ['romanised (file)', rows.map((r) => [r.romanized, r.bengali])],
    ['Bengali (file)', rows.map((r) => [r.bengali, r.bengali])],
    ['old English names', oldNames],
  ];
  for (const [label, pairs] of sets) {
    let top1 = 0;
    let top3 = 0;
    let empty = 0;
    const started = performance.now();
    for (const [q, bengali] of pairs) {
      const found = await searchPlaces(ctx.db, { q, limit: 3 });
      if (found.length === 0) empty++;
      // The file is not NFC; Haat stores every name NFC-normalised (য় is two code points then).
      const rank = found.findIndex((p) => p.nameBn === bengali.normalize('NFC'));
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 3) top3++;
    }
    const ms = (performance.now() - started) / pairs.length;
    const pct = (n: number) => `${((100 * n) / pairs.length).toFixed(1)} %`;
    console.log(
      `${label.padEnd(20)} n=${String(pairs.length).padStart(4)}  top-1 ${pct(top1)}  top-3 ${pct(top3)}  ` +
        `no answer ${empty}  ${ms.toFixed(2)} ms/query`,
    );
  }
} finally {
  await ctx.close();
}
