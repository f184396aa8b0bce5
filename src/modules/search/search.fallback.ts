/**
 * The last resort of a text search: when the normal pipeline (exact, phonetic, readings, the
 * vocabulary terms within word similarity 0.5, the relevance floor) finds nothing at all, each
 * query word is read as its nearest terms of the catalog's vocabulary (search_terms) at a looser
 * similarity, words the vocabulary has nothing near are dropped, and the search runs again with
 * those terms (any word may match; closer terms and more words covered rank first). Only
 * then the category names are tried. Pure functions here; the service decides when to call them.
 */
import type { QueryWord } from './search.repo.ts';
import { trigrams } from './text/phonetic.ts';
import { unaspiratedKey } from './text/variants.ts';

/**
 * The similarity floor of the fallback. A vocabulary term's score for a query word (its form or
 * phonetic key) is the best of: trigram similarity (pg_trgm's similarity()); 1 − edits / length
 * for one edit (Damerau: a letter added, dropped, changed, or two swapped) from a word of 4+
 * letters or two from 6+, the first letter kept; SKELETON_SCORE for the same consonants; the
 * share of the word a term beginning or ending it makes up. Random letters ("xqzvw") reach this
 * by none of them, so they still find nothing.
 */
export const FALLBACK_SIMILARITY = 0.35;
/**
 * A term of this many letters or more that begins or ends the word (a compound's half:
 * "smartphone" ends with "phone") scores its share of the word's letters, if at least half.
 */
const CONTAINED_MIN_LETTERS = 4;
/** Terms this much below a word's best term are left out; at most MAX_NEAR per word. */
const NEAR_BAND = 0.1;
const MAX_NEAR = 4;
/** A word of this many letters or more may be one edit away from its term (6+: two). */
const EDIT_MIN_LETTERS = 4;
/** A term with the word's consonants (vowels typed differently) scores this much. */
const SKELETON_SCORE = 0.6;

type Near = { term: string; score: number };

export interface LooseTerm {
  term: string;
  letters: number;
  grams: Set<string>;
  /** The consonants of a Latin term (a key or an English word), aspiration dropped. */
  skeleton?: string;
}

/**
 * The consonants of a Latin word, aspiration dropped and doubles merged: people hear and type the
 * vowels of a Bengali word in many ways (imarjensi / emergensi → mrjns / mrgns).
 */
export function consonants(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  return unaspiratedKey(word)
    .replace(/[aeiouwy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** The vocabulary prepared for the fallback (trigram sets computed once per vocabulary load). */
export function looseVocabulary(terms: Iterable<string>): LooseTerm[] {
  const out: LooseTerm[] = [];
  for (const term of terms) {
    // Loose keys (~…, ~~…) are stored beside the keys; the keys themselves are enough here.
    if (!term || term.startsWith('~') || /^\d+$/.test(term)) continue;
    out.push({
      term,
      letters: [...term].length,
      grams: trigrams(term),
      skeleton: consonants(term),
    });
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * The edit distance of a and b (insert, delete, substitute, swap neighbours: optimal string
 * alignment), or limit + 1 once it is known to exceed limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[y.length]!, limit + 1);
}

/** The vocabulary terms nearest one spelling (a form or a key), best first, with their score. */
function nearestTo(text: string, vocab: LooseTerm[]): { term: string; score: number }[] {
  const grams = trigrams(text);
  const letters = [...text].length;
  const skeleton = consonants(text);
  const found: { term: string; score: number }[] = [];
  for (const t of vocab) {
    // A term under half the word's length shares its first trigrams with many words ("jal",
    // water, with "jalebi"): only whole-term containment (below) may match it.
    let score = t.letters * 2 > letters ? jaccard(grams, t.grams) : 0;
    // Edits: one for a word of 4+ letters, two for 6+ (a long word keeps most of its letters).
    const edits = letters >= 6 ? 2 : letters >= EDIT_MIN_LETTERS ? 1 : 0;
    // (A typo seldom changes the first letter; requiring it keeps random words from matching.)
    if (
      score < 0.8 &&
      edits > 0 &&
      Math.abs(t.letters - letters) <= edits &&
      t.term[0] === text[0]
    ) {
      const d = editDistance(text, t.term, edits);
      if (d <= edits) score = Math.max(score, 1 - d / Math.max(letters, t.letters));
    }
    // The consonants alone (5+ of them: one may differ), scored lower than a spelling match.
    if (skeleton && t.skeleton && skeleton.length >= 3 && score < SKELETON_SCORE) {
      const limit = skeleton.length >= 5 ? 1 : 0;
      if (Math.abs(t.skeleton.length - skeleton.length) <= limit) {
        const d = editDistance(skeleton, t.skeleton, limit);
        if (d <= limit) score = Math.max(score, SKELETON_SCORE * (1 - d / skeleton.length));
      }
    }
    if (
      t.letters >= CONTAINED_MIN_LETTERS &&
      t.letters * 2 >= letters &&
      t.letters < letters &&
      (text.startsWith(t.term) || text.endsWith(t.term))
    ) {
      score = Math.max(score, t.letters / letters);
    }
    if (score >= FALLBACK_SIMILARITY) found.push({ term: t.term, score });
  }
  return found.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
}

/** The terms nearest a query word (its form or its key), within NEAR_BAND of the best. */
export function nearestTerms(
  word: Pick<QueryWord, 'form' | 'key'>,
  vocab: LooseTerm[],
): { term: string; score: number }[] {
  const best = new Map<string, number>();
  for (const spelling of new Set([word.form, word.key])) {
    for (const { term, score } of nearestTo(spelling, vocab)) {
      best.set(term, Math.max(best.get(term) ?? 0, score));
    }
  }
  const ranked = [...best]
    .map(([term, score]) => ({ term, score }))
    .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
  const top = ranked[0]?.score ?? 0;
  return ranked.filter((t) => t.score >= top - NEAR_BAND).slice(0, MAX_NEAR);
}

/**
 * The query words for the fallback search: each word is read as its nearest vocabulary terms
 * (weighted by their similarity), and a word the vocabulary
 * has nothing near is dropped. Two neighbouring words that together are near a term ("screw
 * driver", "power bnk" → powerbank) are tried joined as well. Empty when no word is near anything.
 */
export function fallbackWords(words: QueryWord[], vocab: LooseTerm[]): QueryWord[] {
  const out: QueryWord[] = [];
  // The typed word stays (it matches nothing); each near term is a reading weighted by its
  // similarity, so a document holding a closer term, or terms of more words, ranks first.
  const asWord = (typed: Pick<QueryWord, 'form' | 'key'>, near: Near[]): QueryWord => ({
    form: typed.form,
    key: typed.key,
    variants: near.map((t) => ({
      // A guess, not the word itself: not "whole" for the relevance floor.
      why: 'vowel' as const,
      weight: t.score,
      parts: [{ form: t.term, key: t.term }],
    })),
  });
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const near = nearestTerms(w, vocab);
    const next = words[i + 1];
    if (next) {
      const joined = nearestTerms({ form: w.form + next.form, key: w.key + next.key }, vocab);
      const alone = Math.max(near[0]?.score ?? 0, nearestTerms(next, vocab)[0]?.score ?? 0);
      if (joined.length && joined[0]!.score > alone) {
        out.push(asWord({ form: w.form + next.form, key: w.key + next.key }, joined));
        i++;
        continue;
      }
    }
    if (near.length) out.push(asWord(w, near));
  }
  return out;
}
