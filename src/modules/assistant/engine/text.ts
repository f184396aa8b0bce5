/**
 * Text preparation for the engine, on top of search's pipeline: the same basic normalization (NFC,
 * joiners, ASCII digits, lowercase), the same tokenizer and the same phonetic keys, so that ডিম, dim
 * and "deem" meet in one form, and a Bengali word and its Banglish spelling share features.
 */
import { basicNormalize, phoneticKey, tokenize } from '../../search/index.ts';

export type WordKind = 'bn' | 'latin' | 'number' | 'quantity' | 'order';

export type EngineToken = {
  /** As typed, after basicNormalize (lowercase, ASCII digits). */
  text: string;
  kind: WordKind;
  /** Romanized sound-alike key for words (Bengali and Latin alike); the text for the rest. */
  key: string;
  value?: number;
  unit?: string;
};

/** HT-YYMM-NNNNNN with forgiving separators and case (after basicNormalize). */
export const ORDER_NUMBER_RE = /\bht[\s_\-.#:]*(\d{2})[\s_\-.]?(\d{2})[\s_\-.]*(\d{6})\b/g;

const keyCache = new Map<string, string>();
/** phoneticKey with a bounded cache: the same words come back in every message. */
export function wordKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = phoneticKey(word) || word;
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

/** The normalized text of an utterance: search's basic normalization, punctuation kept. */
export function normalizeUtterance(text: string): string {
  return basicNormalize(text);
}

/**
 * Splits a normalized utterance into tokens. An order number becomes one token; digits glued to a
 * Bengali or Latin classifier ("2ta", "২টা") are split by the tokenizer already.
 */
export function engineTokens(normalized: string): EngineToken[] {
  const tokens: EngineToken[] = [];
  const withoutOrders = normalized.replace(ORDER_NUMBER_RE, (_all, yy, mm, n) => {
    tokens.push({ text: `HT-${yy}${mm}-${n}`, kind: 'order', key: '<order>' });
    return ' ';
  });
  for (const t of tokenize(withoutOrders)) {
    if (t.kind === 'bn' || t.kind === 'latin') {
      tokens.push({ text: t.text, kind: t.kind, key: wordKey(t.text) });
    } else {
      tokens.push({
        text: t.text,
        kind: t.kind,
        key: t.kind === 'number' ? '<num>' : '<qty>',
        value: t.value,
        unit: t.unit,
      });
    }
  }
  return tokens;
}
