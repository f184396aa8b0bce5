/**
 * The offline engine on the held-out set (heldout.txt, never used in training): intent accuracy
 * overall and per script, script detection, slot precision/recall/F1, handoff recall and the rate
 * of wrong handoffs, and understand() latency (single-threaded, after training).
 *
 *   node --import tsx bench/assistant-eval/eval.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  HANDOFF_INTENTS,
  needsPerson,
  parseLabelled,
  understand,
  warmUp,
  type Slots,
} from '../../src/modules/assistant/engine/index.ts';
import { basicNormalize, foldBengali } from '../../src/modules/search/index.ts';
import { percentile } from '../lib.ts';

const verbose = process.argv.includes('--verbose');
const heldout = parseLabelled(readFileSync(new URL('./heldout.txt', import.meta.url), 'utf8'));

const trainStart = performance.now();
const trainCpu = process.cpuUsage();
warmUp();
const trainMs = performance.now() - trainStart;
const trainCpuUsed = process.cpuUsage(trainCpu);
const trainCpuMs = (trainCpuUsed.user + trainCpuUsed.system) / 1000;

function slotPairs(slots: Slots): Set<string> {
  const pairs = new Set<string>();
  for (const [name, value] of Object.entries(slots)) {
    if (value === undefined || value === false) continue;
    const v =
      name === 'product' || name === 'place'
        ? foldBengali(basicNormalize(String(value)))
        : String(value);
    pairs.add(`${name}=${v}`);
  }
  return pairs;
}

const scripts = ['bn', 'en', 'banglish'] as const;
const perScript = Object.fromEntries(scripts.map((s) => [s, { n: 0, ok: 0 }]));
let correct = 0;
let scriptOk = 0;
let tp = 0;
let fp = 0;
let fn = 0;
const perSlot = new Map<string, { tp: number; fp: number; fn: number }>();
let handoffExpected = 0;
let handoffCaught = 0;
let others = 0;
let wrongHandoffs = 0;
const confusion = new Map<string, number>();

for (const u of heldout) {
  const got = understand(u.text);
  const s = perScript[u.script]!;
  s.n++;
  if (got.intent === u.intent) {
    correct++;
    s.ok++;
  } else {
    const key = `${u.intent} → ${got.intent}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    if (verbose) console.log(`  intent ${key} (${got.confidence}): ${u.text}`);
  }
  if (got.script === u.script) scriptOk++;
  else if (verbose) console.log(`  script ${u.script} → ${got.script}: ${u.text}`);

  const gold = slotPairs(u.slots);
  const pred = slotPairs(got.slots);
  const bump = (pair: string, field: 'tp' | 'fp' | 'fn') => {
    const name = pair.slice(0, pair.indexOf('='));
    const row = perSlot.get(name) ?? { tp: 0, fp: 0, fn: 0 };
    row[field]++;
    perSlot.set(name, row);
  };
  for (const p of pred) {
    if (gold.has(p)) {
      tp++;
      bump(p, 'tp');
    } else {
      fp++;
      bump(p, 'fp');
    }
  }
  for (const g of gold) {
    if (!pred.has(g)) {
      fn++;
      bump(g, 'fn');
    }
  }
  if (verbose && (fp > 0 || fn > 0) && [...pred].join() !== [...gold].join()) {
    const extra = [...pred].filter((p) => !gold.has(p));
    const missing = [...gold].filter((g) => !pred.has(g));
    if (extra.length || missing.length) {
      console.log(`  slots +[${extra.join(', ')}] -[${missing.join(', ')}]: ${u.text}`);
    }
  }

  const expected = u.handoff || HANDOFF_INTENTS.has(u.intent);
  const handed = needsPerson(got);
  if (expected) {
    handoffExpected++;
    if (handed) handoffCaught++;
    else if (verbose) console.log(`  missed handoff (${got.intent} ${got.confidence}): ${u.text}`);
  } else {
    others++;
    if (handed) {
      wrongHandoffs++;
      if (verbose) console.log(`  wrong handoff (${got.intent} ${got.confidence}): ${u.text}`);
    }
  }
}

// Latency: every held-out utterance, several rounds, one at a time.
const rounds = Number(process.env.ROUNDS ?? 20);
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const u of heldout) {
    const t0 = performance.now();
    understand(u.text);
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);

const f = (x: number) => x.toFixed(3);
const precision = tp / Math.max(tp + fp, 1);
const recall = tp / Math.max(tp + fn, 1);
const f1 = (2 * precision * recall) / Math.max(precision + recall, 1e-9);
console.log(
  `${heldout.length} held-out utterances (${scripts.map((s) => `${s} ${perScript[s]!.n}`).join(', ')})`,
);
console.log(`intent accuracy      ${f(correct / heldout.length)}`);
for (const s of scripts) {
  console.log(`  ${s.padEnd(18)} ${f(perScript[s]!.ok / perScript[s]!.n)}`);
}
console.log(`script detection     ${f(scriptOk / heldout.length)}`);
console.log(
  `slot F1              ${f(f1)} (precision ${f(precision)}, recall ${f(recall)}; ${tp + fn} gold slots)`,
);
for (const [name, r] of [...perSlot].sort()) {
  const p = r.tp / Math.max(r.tp + r.fp, 1);
  const rc = r.tp / Math.max(r.tp + r.fn, 1);
  console.log(`  ${name.padEnd(18)} P ${f(p)} R ${f(rc)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
}
console.log(
  `handoff recall       ${f(handoffCaught / handoffExpected)} (${handoffCaught}/${handoffExpected})`,
);
console.log(`wrong handoffs       ${f(wrongHandoffs / others)} (${wrongHandoffs}/${others})`);
console.log(
  `training             ${trainMs.toFixed(0)} ms wall, ${trainCpuMs.toFixed(0)} ms CPU (once per process, cold)`,
);
console.log(
  `understand() latency p50 ${f(percentile(times, 50))} ms, p95 ${f(percentile(times, 95))} ms, p99 ${f(percentile(times, 99))} ms (${times.length} calls)`,
);
const top = [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 8);
console.log(`most frequent confusions: ${top.map(([k, n]) => `${k} ×${n}`).join('; ')}`);
