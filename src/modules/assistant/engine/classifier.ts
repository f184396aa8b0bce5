/**
 * The intent classifier: trained once per process from the labelled utterances in
 * data/train.txt (about 150 ms), then a dictionary lookup and a dot product per message.
 */
import { readFileSync } from 'node:fs';
import { intents, type Intent } from './engine.types.ts';
import { parseLabelled, type LabelledUtterance } from './data.ts';
import { featuresOf } from './features.ts';
import { predict, trainModel, type LinearModel, type TrainOptions } from './model.ts';
import { countLatinWords, emptyVotes, type LatinVotes } from './script.ts';
import { engineTokens, normalizeUtterance } from './text.ts';

export const TRAINING_FILE = new URL('./data/train.txt', import.meta.url);

/** Softmax temperature, chosen by cross-validation on the training file (docs/assistant.md). */
export const TEMPERATURE = 1;

export type Classifier = { model: LinearModel; votes: LatinVotes };

export function loadTrainingData(): LabelledUtterance[] {
  return parseLabelled(readFileSync(TRAINING_FILE, 'utf8'));
}

export function trainClassifier(
  data: readonly LabelledUtterance[],
  options: TrainOptions & { temperature?: number } = {},
): Classifier {
  const votes = emptyVotes();
  const examples = data.map((u) => {
    const normalized = normalizeUtterance(u.text);
    const tokens = engineTokens(normalized);
    countLatinWords(votes, u.script, tokens);
    return { features: featuresOf(tokens, normalized), label: intents.indexOf(u.intent) };
  });
  const model = trainModel(examples, intents.length, options);
  model.temperature = options.temperature ?? TEMPERATURE;
  return { model, votes };
}

let shared: Classifier | null = null;
/** The process-wide classifier, trained on first use. */
export function classifier(): Classifier {
  shared ??= trainClassifier(loadTrainingData());
  return shared;
}

export function classify(
  c: Classifier,
  features: readonly string[],
): { intent: Intent; p: number }[] {
  const probs = predict(c.model, features);
  return intents.map((intent, i) => ({ intent, p: probs[i]! })).sort((a, b) => b.p - a.p);
}
