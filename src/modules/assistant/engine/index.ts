/**
 * The offline engine: script detection, normalization (search's pipeline), intent classification and
 * slot extraction for one utterance. Synchronous and fast; no network, no database.
 */
import { classifier, classify } from './classifier.ts';
import { conceptFeatures } from './concepts.ts';
import type { Intent, Slots, Understanding } from './engine.types.ts';
import { featuresOf } from './features.ts';
import { detectScript } from './script.ts';
import { extractSlots } from './slots.ts';
import { engineTokens, normalizeUtterance } from './text.ts';

export * from './engine.types.ts';
export { parseLabelled, type LabelledUtterance } from './data.ts';

export type UnderstandContext = { pendingSlot?: keyof Slots; previousIntent?: Intent };

/** Intents that always go to a person. */
export const HANDOFF_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  'human_handoff',
  'payment_issue',
  'complaint',
  'medical_advice',
]);
/**
 * Below this confidence the engine does not trust its reading and the dialogue hands over (chosen
 * by cross-validation on the training utterances, docs/assistant.md).
 */
export const HANDOFF_CONFIDENCE = 0.3;

/** Whether an understanding calls for a person: a handoff intent, or too little confidence. */
export function needsPerson(u: Understanding): boolean {
  return HANDOFF_INTENTS.has(u.intent) || u.confidence < HANDOFF_CONFIDENCE;
}

/** Intents a short answer to a pending question never overrides. */
const STRONG = new Set<Intent>([...HANDOFF_INTENTS, 'cancel_order', 'goodbye', 'thanks']);

/** Trains the classifier now (it otherwise trains on the first message). */
export function warmUp(): void {
  classifier();
}

export function understand(text: string, context: UnderstandContext = {}): Understanding {
  const normalized = normalizeUtterance(text);
  const tokens = engineTokens(normalized);
  const c = classifier();
  const script = detectScript(tokens, c.votes);
  const ranked = classify(c, featuresOf(tokens, normalized));
  let best = ranked[0]!;
  const { pendingSlot, previousIntent } = context;
  let slots: Slots | null = null;
  if (pendingSlot && previousIntent && best.intent !== previousIntent) {
    // An answer to the question the dialogue asked ("kon ta?" → "napa"; "koyta?" → "2"): stays
    // with the previous intent when it fills the slot and says nothing stronger.
    const filled = extractSlots(tokens, normalized, previousIntent, { pendingSlot, script });
    const short = tokens.length <= 6;
    if (filled[pendingSlot] !== undefined && short && !(STRONG.has(best.intent) && best.p >= 0.5)) {
      const previous = ranked.find((r) => r.intent === previousIntent)!;
      best = { intent: previousIntent, p: Math.max(previous.p, 0.9) };
      slots = filled;
    }
  }
  slots ??= extractSlots(tokens, normalized, best.intent, { pendingSlot, script });
  return {
    script,
    normalized,
    intent: best.intent,
    confidence: Math.round(best.p * 1000) / 1000,
    alternatives: ranked
      .filter((r) => r.intent !== best.intent)
      .slice(0, 3)
      .map((r) => ({ intent: r.intent, confidence: Math.round(r.p * 1000) / 1000 })),
    slots,
  };
}

/** Whether a text speaks of an order (অর্ডার, order, ordar, parcel…), whatever its intent. */
export function mentionsOrder(text: string): boolean {
  const normalized = normalizeUtterance(text);
  const found = new Set<string>();
  conceptFeatures(engineTokens(normalized), normalized, found);
  return found.has('k:order');
}
