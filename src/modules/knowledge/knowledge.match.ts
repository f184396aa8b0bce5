/**
 * Matching a question against the articles with the search module's text pipeline: every word of
 * the question is compared by its normalized form and its phonetic key, so "cash on delivery ki
 * ache?", "ক্যাশ অন ডেলিভারি আছে?" and "COD available?" meet the same article. Articles are few
 * (tens to hundreds), so they are scored in memory with an IDF weight per word.
 */
import { analyzeDocument, analyzeQuery, phoneticKey } from '../search/index.ts';

/** Space-separated terms of one text: normalized Bengali and English words, phonetic keys, synonyms. */
export function termsOf(bn: string, en: string, extra: string[] = []): string {
  const doc = analyzeDocument(bn, en, extra);
  const all = [doc.bn, doc.en, doc.phonetic, doc.synonyms].join(' ').split(/\s+/);
  return [...new Set(all.filter((t) => t.length > 0))].join(' ');
}

// prettier-ignore
/** Question words and fillers in English and Banglish (their Bengali spellings share the key). */
const STOP_WORDS = [
  'what', 'how', 'when', 'where', 'which', 'who', 'why', 'can', 'could', 'do', 'does', 'did', 'i',
  'you', 'is', 'are', 'was', 'the', 'a', 'an', 'my', 'me', 'to', 'of', 'for', 'in', 'on', 'it',
  'will', 'be', 'if', 'and', 'or', 'with', 'your', 'there', 'any', 'please', 'about', 'haat',
  'ki', 'kivabe', 'kibhabe', 'kemne', 'kemon', 'koto', 'kokhon', 'kothay', 'kothai', 'ami', 'amar',
  'amake', 'apni', 'apnar', 'apnara', 'ache', 'ase', 'hobe', 'jabe', 'kore', 'korbo', 'korte',
  'korle', 'ta', 'ti', 'na', 'ar', 'o', 'ba', 'er', 'e', 'ke', 'te', 'ei', 'eta', 'oi', 'jodi',
  'tahole', 'bolen', 'bolun', 'janan', 'jante', 'chai', 'din', 'den', 'hoy', 'hay', 'theke',
  'kobe', 'pabo', 'pab', 'paben', 'pabe', 'dibo', 'dite', 'nite', 'nibo', 'jabe', 'jay', 'lagbe',
  'get', 'got', 'want', 'need', 'have', 'has', 'should', 'would', 'this', 'that',
];
const STOP_KEYS = new Set(STOP_WORDS.map((w) => phoneticKey(w)));
const STOP_FORMS = new Set(STOP_WORDS);

type QueryWord = { forms: string[] };

function queryWords(text: string): { words: QueryWord[]; synonyms: string[] } {
  const q = analyzeQuery(text);
  const words: QueryWord[] = [];
  for (const token of q.tokens) {
    if (token.kind !== 'bn' && token.kind !== 'latin') continue;
    const key = token.phoneticKey ?? '';
    if (STOP_FORMS.has(token.normalized) || (key && STOP_KEYS.has(key))) continue;
    words.push({ forms: [token.normalized, key].filter((f) => f.length > 0) });
  }
  const synonyms = q.synonyms.flatMap((s) => termsOf(s, '').split(' ')).filter((s) => s.length > 0);
  return { words, synonyms };
}

/**
 * Forms of a word without a case ending the stemmer left on (বিকাশে, bkashe → bikas, bkash):
 * phonetic keys and Latin words ending in -e, -er, -te, -ke, -re, -ra, -der.
 */
function inflections(form: string): string[] {
  if (!/^[a-z]+$/.test(form) || form.length < 5) return [];
  const stems: string[] = [];
  for (const suffix of ['der', 'er', 'te', 'ke', 're', 'ra', 'e']) {
    if (form.endsWith(suffix) && form.length - suffix.length >= 4) {
      stems.push(form.slice(0, -suffix.length));
    }
  }
  return stems;
}

export type Scored<T> = { item: T; score: number; coverage: number };

/**
 * Scores each candidate by the share of the question's (IDF-weighted) words it contains, words in
 * the title counting more. Returns those with any match, best first.
 */
export function rank<T extends { search_terms: string; title_terms: string }>(
  candidates: T[],
  question: string,
): Scored<T>[] {
  const { words, synonyms } = queryWords(question);
  if (words.length === 0 || candidates.length === 0) return [];
  const sets = candidates.map((c) => ({
    all: new Set(c.search_terms.split(' ')),
    title: new Set(c.title_terms.split(' ')),
  }));
  const n = candidates.length;
  const has = (set: Set<string>, w: QueryWord) =>
    w.forms.some((f) => set.has(f) || inflections(f).some((stem) => set.has(stem)));
  const weights = words.map((w) => {
    const df = sets.filter((s) => has(s.all, w)).length;
    return Math.log(1 + n / (df + 0.5));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const scored = candidates.map((item, i) => {
    const set = sets[i]!;
    let matched = 0;
    let score = 0;
    words.forEach((w, j) => {
      if (!has(set.all, w)) return;
      matched += weights[j]!;
      score += weights[j]! * (has(set.title, w) ? 1.5 : 1);
    });
    const synonymHits = synonyms.filter((s) => set.all.has(s)).length;
    score += Math.min(synonymHits, 3) * 0.2;
    return { item, score, coverage: total > 0 ? matched / total : 0 };
  });
  return scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
}

/** A match good enough to answer with: most of the question's weight found in the article. */
export const MIN_COVERAGE = 0.34;
