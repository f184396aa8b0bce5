/**
 * Medicine matcher quality and speed on lines the project wrote (tuning.tsv, heldout.tsv), against
 * the master read from bd_medicines.csv (HAAT_MEDICINE_DIR). No database.
 *
 *   node --import tsx bench/medicine-match/run.ts [--set tuning|heldout|all] [--verbose]
 *
 * A line's answer counts as right when it is the true entry or one that differs from it only by
 * id (the master lists a few entries twice). Lines marked "-" name no single entry: they count
 * only for "ambiguous lines accepted automatically", which must be 0.
 */
import { readFileSync } from 'node:fs';
import { buildMatcher } from '../../src/modules/pharmacy/matcher/matcher.ts';
import type { MasterMedicine } from '../../src/modules/pharmacy/matcher/matcher.types.ts';
import { loadMaster, medicinesCsv } from './master.ts';

type Case = { truth: string | null; line: string };

export function readCases(file: string): Case[] {
  return readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const tab = l.indexOf('\t');
      const id = l.slice(0, tab).trim();
      return { truth: id === '-' ? null : id, line: l.slice(tab + 1) };
    });
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const setArg = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'all';
const sets = setArg === 'all' ? ['tuning', 'heldout'] : [setArg!];

const t0 = performance.now();
const master = loadMaster();
const byId = new Map(master.map((m) => [m.id, m]));
const same = (m: MasterMedicine) =>
  [m.brand, m.genericName, m.strength, m.dosageForm, m.manufacturer].join('|').toLowerCase();
console.log(
  `master: ${master.length} entries from ${medicinesCsv} (${(performance.now() - t0).toFixed(0)} ms to read)`,
);

let t = performance.now();
const matcher = buildMatcher(master);
const buildMs = performance.now() - t;
console.log(`index built in ${buildMs.toFixed(0)} ms`);

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
let failed = false;
const allLines: string[] = [];

for (const set of sets) {
  const cases = readCases(`./${set}.tsv`);
  for (const c of cases) {
    if (c.truth && !byId.has(c.truth)) throw new Error(`${set}: unknown id ${c.truth} (${c.line})`);
  }
  allLines.push(...cases.map((c) => c.line));
  const results = matcher.match(cases.map((c) => c.line));
  let withTruth = 0;
  let top1 = 0;
  let top3 = 0;
  let auto = 0;
  let autoRight = 0;
  let ambiguous = 0;
  let ambiguousAuto = 0;
  results.forEach((r, i) => {
    const c = cases[i]!;
    if (r.status === 'auto') auto++;
    if (!c.truth) {
      ambiguous++;
      if (r.status === 'auto') {
        ambiguousAuto++;
        if (verbose)
          console.log(
            `  AMBIGUOUS AUTO: ${c.line} → ${r.candidates[0]?.brand} ${r.candidates[0]?.form} ${r.candidates[0]?.strength}`,
          );
      }
      return;
    }
    withTruth++;
    const want = same(byId.get(c.truth)!);
    const rank = r.candidates.findIndex((k) => same(byId.get(k.medicineId)!) === want);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (r.status === 'auto' && rank === 0) autoRight++;
    if (verbose && (rank !== 0 || (r.status === 'auto' && rank !== 0))) {
      const w = byId.get(c.truth)!;
      console.log(
        `  rank ${rank < 0 ? '-' : rank + 1} [${r.status}] ${c.line}  want ${w.brand} ${w.dosageForm} ${w.strength}; got ${
          r.candidates
            .slice(0, 2)
            .map((k) => `${k.brand} ${k.form} ${k.strength} ${k.confidence}`)
            .join(' / ') || 'nothing'
        }`,
      );
    }
    if (verbose && r.status !== 'auto' && rank === 0 && args.includes('--review')) {
      console.log(
        `  review: ${c.line} (${r.candidates[0]?.reasons.join(',')}; next ${r.candidates[1]?.brand} ${r.candidates[1]?.confidence})`,
      );
    }
  });
  const precision = auto ? autoRight / auto : 1;
  console.log(
    `\n${set}: ${cases.length} lines (${withTruth} with a true entry, ${ambiguous} marked ambiguous)`,
  );
  console.log(`  top-1 ${pct(top1, withTruth)}  top-3 ${pct(top3, withTruth)}`);
  console.log(
    `  automatic: coverage ${pct(auto, cases.length)}, precision ${pct(autoRight, auto)} (${auto - autoRight} wrong of ${auto})`,
  );
  console.log(`  ambiguous lines accepted automatically: ${ambiguousAuto}`);
  if (set === 'heldout') {
    const ok =
      top1 / withTruth >= 0.95 &&
      top3 / withTruth >= 0.99 &&
      precision >= 0.99 &&
      ambiguousAuto === 0;
    console.log(
      `  targets (top-1 ≥ 95%, top-3 ≥ 99%, precision ≥ 99%, no ambiguous auto): ${ok ? 'met' : 'NOT met'}`,
    );
    if (!ok) failed = true;
  }
}

// Speed: 1,000 lines (the sets' lines repeated) through a freshly built matcher, then again warm.
const thousand = Array.from({ length: 1000 }, (_, i) => allLines[i % allLines.length]!);
const fresh = buildMatcher(master);
t = performance.now();
fresh.match(thousand);
const cold = performance.now() - t;
t = performance.now();
fresh.match(thousand);
const warm = performance.now() - t;
console.log(
  `\n1,000 lines: ${cold.toFixed(0)} ms on a new index, ${warm.toFixed(0)} ms again (target ≤ 2,000 ms)`,
);
// The worst a client can send: 1,000 lines of 300 characters, each full of names and near-names.
const words = [
  'napa',
  'seclo',
  'paracetamol',
  'omeprazol',
  'tab',
  'cap',
  'zimaks',
  'alatral',
  'নাপা',
  'সেকলো',
  'extra',
  'plus',
  '500',
  'syp',
  'xyzq',
  'bromhex',
  'cef',
  'amox',
];
let seed = 1;
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const hostile = Array.from({ length: 1000 }, () => {
  let l = '';
  while (l.length < 300) l += `${words[Math.floor(rnd() * words.length)]} `;
  return l.slice(0, 300);
});
t = performance.now();
fresh.match(hostile);
console.log(`1,000 long lines of names and near-names: ${(performance.now() - t).toFixed(0)} ms`);
if (cold > 2000) failed = true;
process.exit(failed ? 1 : 0);
