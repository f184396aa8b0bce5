/**
 * Multinomial logistic regression over sparse binary features, trained by stochastic gradient
 * descent with AdaGrad step sizes and L2 decay. Small and deterministic: the same data and seed give
 * the same weights.
 */
export type Example = { features: readonly string[]; label: number };

export type LinearModel = {
  classCount: number;
  index: ReadonlyMap<string, number>;
  /** featureIndex * classCount + class. */
  weights: Float64Array;
  /** Softmax temperature (calibration). */
  temperature: number;
};

export type TrainOptions = { epochs?: number; rate?: number; l2?: number; seed?: number };

/** A small seeded generator (mulberry32), so training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function encode(index: ReadonlyMap<string, number>, features: readonly string[]): number[] {
  const ids: number[] = [];
  for (const f of features) {
    const id = index.get(f);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

function scoresOf(model: LinearModel, ids: readonly number[], out: Float64Array): void {
  const k = model.classCount;
  out.fill(0);
  const scale = 1 / Math.sqrt(Math.max(ids.length, 1));
  for (const id of ids) {
    const base = id * k;
    for (let c = 0; c < k; c++) out[c]! += model.weights[base + c]! * scale;
  }
}

function softmaxInPlace(scores: Float64Array, temperature: number): void {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp((scores[c]! - max) / temperature);
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
}

export function trainModel(
  examples: readonly Example[],
  classCount: number,
  options: TrainOptions = {},
): LinearModel {
  const { epochs = 8, rate = 0.5, l2 = 1e-5, seed = 7 } = options;
  const index = new Map<string, number>();
  for (const ex of examples)
    for (const f of ex.features) if (!index.has(f)) index.set(f, index.size);
  const weights = new Float64Array(index.size * classCount);
  const squared = new Float64Array(index.size * classCount).fill(1e-8);
  const model: LinearModel = { classCount, index, weights, temperature: 1 };
  const encoded = examples.map((ex) => ({ ids: encode(index, ex.features), label: ex.label }));
  const order = encoded.map((_e, i) => i);
  const random = seededRandom(seed);
  const probs = new Float64Array(classCount);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const { ids, label } = encoded[n]!;
      scoresOf(model, ids, probs);
      softmaxInPlace(probs, 1);
      const scale = 1 / Math.sqrt(Math.max(ids.length, 1));
      for (let c = 0; c < classCount; c++) {
        // Classes the example already rules out barely move: skipping them makes training several
        // times faster with the same accuracy (cross-validated).
        const err = probs[c]! - (c === label ? 1 : 0);
        if (Math.abs(err) < 1e-3) continue;
        for (const id of ids) {
          const at = id * classCount + c;
          const g = err * scale + l2 * weights[at]!;
          squared[at]! += g * g;
          weights[at]! -= (rate * g) / Math.sqrt(squared[at]!);
        }
      }
    }
  }
  return model;
}

/** Class probabilities for one feature list (unknown features are ignored). */
export function predict(model: LinearModel, features: readonly string[]): Float64Array {
  const probs = new Float64Array(model.classCount);
  scoresOf(model, encode(model.index, features), probs);
  softmaxInPlace(probs, model.temperature);
  return probs;
}
