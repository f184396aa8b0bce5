/**
 * Query and document analysis: the one place that turns text into the forms search matches on.
 * Messages mix languages inside one sentence ("Napa ache?"), so language is decided per token.
 */
import {
  basicNormalize,
  normalizeBengaliWord,
  singularizeEnglish,
  tokenize,
  type Token,
} from './normalize.ts';
import { phoneticKey } from './phonetic.ts';
import { isKnownEnglishWord, synonymsFor } from './synonyms.ts';

export type Script = 'bn' | 'latin' | 'mixed';
export type LatinLanguage = 'en' | 'banglish';

export interface AnalyzedToken extends Token {
  /** For Latin tokens: English or Banglish (romanized Bengali). */
  language?: LatinLanguage;
  /** Matching form: folded + stemmed Bengali, singular English, lowercase Banglish. */
  normalized: string;
  /** Phonetic key (ASCII) for word tokens; undefined for numbers and quantities. */
  phoneticKey?: string;
}

export interface Quantity {
  value: number;
  unit: string;
}

export interface AnalyzedQuery {
  script: Script;
  tokens: AnalyzedToken[];
  /** Matching forms of the word tokens, in order. */
  normalizedTokens: string[];
  /** Phonetic keys of the Bengali and Banglish words (and English words, for brand names). */
  phoneticKeys: string[];
  /** Synonyms from the grocery table: Bengali forms for English words and English for Bengali. */
  synonyms: string[];
  numbers: number[];
  quantities: Quantity[];
}

// prettier-ignore
/** Everyday English words in shop queries that the synonym table does not hold. */
const ENGLISH_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'for', 'with', 'in', 'on', 'to', 'from', 'near', 'me', 'my',
  'price', 'cheap', 'best', 'fresh', 'buy', 'order', 'delivery', 'shop', 'store', 'pack', 'packet',
  'bottle', 'box', 'small', 'large', 'big', 'red', 'green', 'white', 'black', 'brown', 'organic',
  'powder', 'liquid', 'cream', 'lotion', 'capsule', 'injection', 'drop', 'ointment', 'gel',
  'baby', 'kid', 'food', 'drink', 'juice', 'sauce', 'ketchup', 'chocolate', 'cake', 'chip',
  'frozen', 'sweet', 'soft', 'hand', 'wash', 'face', 'body', 'hair', 'oil', 'free', 'extra', 'plus',
  'mini', 'family', 'pain', 'fever', 'cold', 'cough', 'vitamin', 'is', 'are', 'have', 'available',
]);
// prettier-ignore
/** Common Banglish words (function words and shop talk) that could pass for English. */
const BANGLISH_WORDS = new Set([
  'ami', 'amar', 'apni', 'apnar', 'ache', 'achhe', 'ase', 'ace', 'nai', 'nei', 'koto', 'dam', 'ki',
  'kothay', 'kothai', 'chai', 'lagbe', 'dibo', 'den', 'ta', 'ti', 'gula', 'gulo', 'ekta', 'duita',
  'kg', 'keji', 'hali', 'bhai', 'vai', 'apu', 'taka', 'tk', 'r', 'o', 'na', 'hobe', 'jabe', 'kemon',
  'valo', 'bhalo', 'kom', 'beshi', 'deshi', 'deshi', 'kacha', 'paka', 'notun', 'puran',
]);

/**
 * English or Banglish for one Latin word: vocabulary first, then spelling cues. Banglish spelling
 * cues: aspirate digraphs (kh, gh, bh, dh, jh), doubled aa/oo, endings in o/i/a after a consonant.
 * English cues: letters and clusters Banglish rarely uses (q, x, w, ck, th at the start, -tion, -ing,
 * a silent final e). Unknown words default to Banglish: their phonetic key is what matches them.
 */
export function detectLatinLanguage(word: string): LatinLanguage {
  const w = word.toLowerCase();
  if (BANGLISH_WORDS.has(w)) return 'banglish';
  if (ENGLISH_WORDS.has(w) || isKnownEnglishWord(w)) return 'en';
  let score = 0;
  if (/[qxw]|ck|^th|tion$|ing$|ough|[^aeiou]e$|ea/.test(w)) score += 1;
  if (/kh|gh|bh|dh|jh|aa|oo|sh[aoiu]$|[^aeiou][oi]$/.test(w)) score -= 1;
  return score > 0 ? 'en' : 'banglish';
}

function analyzeToken(token: Token): AnalyzedToken {
  if (token.kind === 'bn') {
    const normalized = normalizeBengaliWord(token.text);
    // The key of the stem, so আলুর and আলু share it.
    return { ...token, normalized, phoneticKey: phoneticKey(normalized) };
  }
  if (token.kind === 'latin') {
    const language = detectLatinLanguage(token.text);
    const normalized = language === 'en' ? singularizeEnglish(token.text) : token.text;
    return { ...token, language, normalized, phoneticKey: phoneticKey(token.text) };
  }
  return { ...token, normalized: token.text };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Two-word names of something that is not a kind of its last word. */
const NOT_A_KIND = new Set([
  'puffed rice',
  'flattened rice',
  'cooked rice',
  'sweet potato',
  'green banana',
  'rice bran',
  'rice cooker',
  'rice pudding',
]);

/** Adjacent-word phrases (two words) and single words, for synonym lookup of "bay leaf", "গরুর মাংস". */
function synonymsOf(tokens: AnalyzedToken[]): string[] {
  const words = tokens.filter((t) => t.kind === 'bn' || t.kind === 'latin');
  const found: string[] = [];
  // A two-word name of another thing: its words add no synonyms alone (puffed rice is মুড়ি, not চাল).
  const inPhrase = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const one = words[i] as AnalyzedToken;
    const two = words[i + 1];
    // Every other name of the thing, in both languages (কদু ↔ লাউ ↔ bottle gourd).
    const lookup = (text: string, bn: boolean) => synonymsFor(text, bn);
    if (two && two.kind === one.kind) {
      const phrase = `${one.normalized} ${two.normalized}`;
      if (NOT_A_KIND.has(phrase)) inPhrase.add(i).add(i + 1);
      found.push(...lookup(`${one.text} ${two.text}`, one.kind === 'bn'));
    }
    if (!inPhrase.has(i)) found.push(...lookup(one.text, one.kind === 'bn'));
  }
  return unique(found);
}

export function analyzeQuery(text: string): AnalyzedQuery {
  const tokens = tokenize(text).map(analyzeToken);
  const hasBn = tokens.some((t) => t.kind === 'bn');
  const hasLatin = tokens.some((t) => t.kind === 'latin');
  const script: Script = hasBn && hasLatin ? 'mixed' : hasBn ? 'bn' : 'latin';
  const words = tokens.filter((t) => t.kind === 'bn' || t.kind === 'latin');
  return {
    script,
    tokens,
    normalizedTokens: words.map((t) => t.normalized),
    phoneticKeys: unique(words.map((t) => t.phoneticKey ?? '').filter((k) => k.length > 0)),
    synonyms: synonymsOf(tokens),
    numbers: tokens.filter((t) => t.kind === 'number').map((t) => t.value as number),
    quantities: tokens
      .filter((t) => t.kind === 'quantity')
      .map((t) => ({ value: t.value as number, unit: t.unit as string })),
  };
}

export interface AnalyzedDocument {
  /** Folded, stemmed Bengali words (for `simple` tsvector and pg_trgm). */
  bn: string;
  /** Lowercase singular English words. */
  en: string;
  /** Phonetic keys of every word of both names and the extra text (pg_trgm). */
  phonetic: string;
  /** Grocery-table synonyms in the other language, so "eggs" finds ডিম without an English name. */
  synonyms: string;
  quantities: Quantity[];
}

/**
 * Index fields of a product (or shop, or place): Bengali name, English name, and extra text such as
 * brand or generic name. Each may contain either script; words are routed by script.
 */
export function analyzeDocument(
  nameBn: string,
  nameEn: string | null | undefined,
  extra: string | readonly string[] = [],
): AnalyzedDocument {
  const extraText = typeof extra === 'string' ? extra : extra.join(' ');
  const all = [nameBn, nameEn ?? '', extraText].map(basicNormalize).join(' ');
  const tokens = tokenize(all);
  const bnWords = tokens.filter((t) => t.kind === 'bn');
  const latinWords = tokens.filter((t) => t.kind === 'latin');
  const analyzed = tokens.map(analyzeToken);
  const words = analyzed.filter((t) => t.kind === 'bn' || t.kind === 'latin');
  return {
    bn: unique(bnWords.map((t) => normalizeBengaliWord(t.text))).join(' '),
    en: unique(latinWords.map((t) => singularizeEnglish(t.text))).join(' '),
    phonetic: unique(words.map((t) => t.phoneticKey ?? '').filter((k) => k.length > 0)).join(' '),
    synonyms: synonymsOf(analyzed).join(' '),
    quantities: analyzed
      .filter((t) => t.kind === 'quantity')
      .map((t) => ({ value: t.value as number, unit: t.unit as string })),
  };
}
