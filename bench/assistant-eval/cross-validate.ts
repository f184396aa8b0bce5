/**
 * k-fold cross-validation of the intent classifier on the training file only: how accuracy and
 * handoffs trade against the confidence threshold, and a comparison of training settings. This is
 * where HANDOFF_CONFIDENCE and the training options were chosen (the held-out set is never used).
 *
 *   node --import tsx bench/assistant-eval/cross-validate.ts [--folds 5]
 */
import {
  classify,
  loadTrainingData,
  trainClassifier,
} from '../../src/modules/assistant/engine/classifier.ts';
import { featuresOf } from '../../src/modules/assistant/engine/features.ts';
import { HANDOFF_INTENTS } from '../../src/modules/assistant/engine/index.ts';
import { engineTokens, normalizeUtterance } from '../../src/modules/assistant/engine/text.ts';
import type { TrainOptions } from '../../src/modules/assistant/engine/model.ts';

const foldsArg = process.argv.indexOf('--folds');
const folds = foldsArg > 0 ? Number(process.argv[foldsArg + 1]) : 5;
const data = loadTrainingData();

type Outcome = {
  gold: string;
  pred: string;
  p: number;
  script: string;
  handoff: boolean;
  text: string;
};

function run(options: TrainOptions & { temperature?: number }): Outcome[] {
  const out: Outcome[] = [];
  for (let f = 0; f < folds; f++) {
    const train = data.filter((_u, i) => i % folds !== f);
    const test = data.filter((_u, i) => i % folds === f);
    const c = trainClassifier(train, options);
    for (const u of test) {
      const [best] = classify(
        c,
        featuresOf(engineTokens(normalizeUtterance(u.text)), normalizeUtterance(u.text)),
      );
      out.push({
        gold: u.intent,
        pred: best!.intent,
        p: best!.p,
        script: u.script,
        handoff: u.handoff,
        text: u.text,
      });
    }
  }
  return out;
}

function accuracy(o: Outcome[]) {
  return o.filter((x) => x.gold === x.pred).length / o.length;
}

const settings: [string, TrainOptions & { temperature?: number }][] = [
  ['default', {}],
  ['epochs 20', { epochs: 20 }],
  ['rate 0.2', { rate: 0.2 }],
  ['rate 1', { rate: 1 }],
  ['l2 1e-4', { l2: 1e-4 }],
];
for (const [label, options] of settings) {
  const o = run(options);
  const per = ['bn', 'en', 'banglish']
    .map((s) => `${s} ${accuracy(o.filter((x) => x.script === s)).toFixed(3)}`)
    .join('  ');
  console.log(`${label.padEnd(12)} accuracy ${accuracy(o).toFixed(3)}  ${per}`);
  if (label !== 'default') continue;
  for (const t of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    const expected = o.filter((x) => x.handoff || HANDOFF_INTENTS.has(x.gold as never));
    const others = o.filter((x) => !(x.handoff || HANDOFF_INTENTS.has(x.gold as never)));
    const handed = (x: Outcome) => HANDOFF_INTENTS.has(x.pred as never) || x.p < t;
    const recall = expected.filter(handed).length / expected.length;
    const wrong = others.filter(handed).length / others.length;
    console.log(
      `  threshold ${t.toFixed(2)}: handoff recall ${recall.toFixed(3)}, wrong handoffs ${wrong.toFixed(3)}`,
    );
  }
  if (process.argv.includes('--verbose')) {
    for (const x of o)
      if (x.gold !== x.pred)
        console.log(`  ${x.script} ${x.gold} → ${x.pred} ${x.p.toFixed(2)}  ${x.text}`);
  }
}
