/**
 * Phonetic accuracy on romanized Bangladeshi place names.
 * For each romanized name, ranks every distinct Bengali name by pg_trgm similarity of phonetic keys
 * and counts the right one in the top 3 (ties count against it). Also prints the figures with each
 * key rule switched off, so the effect of every rule is visible.
 *
 *   node --import tsx bench/search-eval/placenames.ts [path/to/banglish_placenames_eval.csv]
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import {
  DEFAULT_KEY_OPTIONS,
  phoneticKey,
  type KeyOptions,
} from '../../src/modules/search/text/phonetic.ts';
import { buildIndex, count, pct, rankOf, scoreAll, tally, type Tally } from './rank.ts';

const file =
  process.argv.slice(2).find((a) => !a.startsWith('--')) ??
  '/work/shared/data/banglish_placenames_eval.csv';
const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as {
  level: string;
  romanized: string;
  bengali: string;
}[];

const bengaliNames = [...new Set(rows.map((r) => r.bengali))];
const position = new Map(bengaliNames.map((name, i) => [name, i]));

function evaluate(options: KeyOptions): { overall: Tally; byLevel: Map<string, Tally> } {
  const index = buildIndex(bengaliNames.map((name) => phoneticKey(name, options)));
  const overall = tally();
  const byLevel = new Map<string, Tally>();
  for (const row of rows) {
    const scores = scoreAll(index, phoneticKey(row.romanized, options));
    const rank = rankOf(scores, position.get(row.bengali)!);
    count(overall, rank);
    let level = byLevel.get(row.level);
    if (!level) byLevel.set(row.level, (level = tally()));
    count(level, rank);
  }
  return { overall, byLevel };
}

const NO_RULES: KeyOptions = {
  schwaDeletion: 'off',
  foldAO: false,
  foldEI: false,
  foldShBh: false,
  foldGlides: false,
  foldNasals: false,
};

const variants: [string, KeyOptions][] = [
  ['all rules (default)', DEFAULT_KEY_OPTIONS],
  ['schwa deletion off', { ...DEFAULT_KEY_OPTIONS, schwaDeletion: 'off' }],
  ['schwa deletion ltr', { ...DEFAULT_KEY_OPTIONS, schwaDeletion: 'ltr' }],
  ['without a/o fold', { ...DEFAULT_KEY_OPTIONS, foldAO: false }],
  ['without e/y→i fold', { ...DEFAULT_KEY_OPTIONS, foldEI: false }],
  ['without sh/bh fold', { ...DEFAULT_KEY_OPTIONS, foldShBh: false }],
  ['glide fold toggled', { ...DEFAULT_KEY_OPTIONS, foldGlides: !DEFAULT_KEY_OPTIONS.foldGlides }],
  ['nasal fold toggled', { ...DEFAULT_KEY_OPTIONS, foldNasals: !DEFAULT_KEY_OPTIONS.foldNasals }],
  ['none of these rules', NO_RULES],
];

console.log(`${rows.length} romanized names, ${bengaliNames.length} distinct Bengali candidates\n`);
const onlyDefault = process.argv.includes('--default-only');
for (const [label, options] of onlyDefault ? variants.slice(0, 1) : variants) {
  const { overall, byLevel } = evaluate(options);
  console.log(
    `${label.padEnd(26)} top-1 ${pct(overall.top1, overall.n)}  top-3 ${pct(overall.top3, overall.n)}`,
  );
  if (options === DEFAULT_KEY_OPTIONS) {
    for (const [level, t] of [...byLevel].sort()) {
      console.log(
        `  ${level.padEnd(12)} n=${String(t.n).padStart(4)}  top-1 ${pct(t.top1, t.n)}  top-3 ${pct(t.top3, t.n)}`,
      );
    }
  }
}
