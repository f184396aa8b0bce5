/**
 * Phonetic accuracy on Banglish grocery words: every spelling in banglish-grocery.json is ranked
 * against a grocery vocabulary (the file's Bengali words plus every Bengali word of the synonym
 * table) by pg_trgm similarity of phonetic keys; ties count against the right answer.
 *
 *   node --import tsx bench/search-eval/grocery.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import {
  DEFAULT_KEY_OPTIONS,
  phoneticKey,
  type KeyOptions,
} from '../../src/modules/search/text/phonetic.ts';
import { GROCERY_SYNONYMS } from '../../src/modules/search/text/synonyms.ts';
import { buildIndex, count, pct, rankOf, scoreAll, tally } from './rank.ts';

const pairs = JSON.parse(
  readFileSync(new URL('./banglish-grocery.json', import.meta.url), 'utf8'),
) as Record<string, string[]>;

const vocabulary = [
  ...new Set([...Object.keys(pairs), ...GROCERY_SYNONYMS.flatMap(([, bengali]) => bengali)]),
];
const position = new Map(vocabulary.map((word, i) => [word, i]));
const verbose = process.argv.includes('--verbose');

export function evaluateGrocery(options: KeyOptions, print = false) {
  const index = buildIndex(vocabulary.map((w) => phoneticKey(w, options)));
  const t = tally();
  for (const [bengali, spellings] of Object.entries(pairs)) {
    for (const spelling of spellings) {
      const scores = scoreAll(index, phoneticKey(spelling, options));
      const rank = rankOf(scores, position.get(bengali)!);
      count(t, rank);
      if (print && rank > 1) {
        let best = 0;
        for (let i = 0; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
        console.log(
          `  rank ${rank}: ${spelling} (${phoneticKey(spelling, options)}) → want ${bengali} (${index.keys[position.get(bengali)!]}), best ${vocabulary[best]} (${index.keys[best]})`,
        );
      }
    }
  }
  return t;
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

const spellingCount = Object.values(pairs).reduce((n, s) => n + s.length, 0);
console.log(
  `${spellingCount} Banglish spellings of ${Object.keys(pairs).length} words, vocabulary of ${vocabulary.length}\n`,
);
for (const [label, options] of variants) {
  const t = evaluateGrocery(options, verbose && options === DEFAULT_KEY_OPTIONS);
  console.log(`${label.padEnd(26)} top-1 ${pct(t.top1, t.n)}  top-3 ${pct(t.top3, t.n)}`);
}
