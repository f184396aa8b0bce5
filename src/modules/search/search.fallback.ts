/**
 * The last resort of a text search: when the normal pipeline (exact, phonetic, readings, the
 * vocabulary terms within word similarity 0.5, the relevance floor) finds nothing at all, each
 * query word is replaced by its nearest terms of the catalog's vocabulary (search_terms) at a
 * looser similarity, words the vocabulary has nothing near are dropped, and the search runs again
 * with those terms (any word may match; the documents holding the most of them rank first). Only
 * then the category names are tried. Pure functions here; the service decides when to call them.
 */
import type { QueryWord } from './search.repo.ts';
import { trigrams } from './text/phonetic.ts';

/**
 * The similarity floor of the fallback: a vocabulary term counts as near a query word when its
 * trigram similarity (pg_trgm's similarity(), of the word's form or phonetic key) reaches this, or
 * it is one edit away (Damerau: one letter added, dropped, changed or two swapped) from a word of
 * 5+ letters. Random letters ("xqzvw") reach neither, so they still find nothing.
 */
export const FALLBACK_SIMILARITY = 0.35;
/**
 * A term of this many letters or more that begins or ends the word (a compound's half:
 * "smartphone" ends with "phone") scores
 * its share of the word's letters (at least half, so "napkin" is not taken for "napa").
 */
const CONTAINED_MIN_LETTERS = 4;
/** Terms this much below a word's best term are left out; at most MAX_NEAR per word. */
const NEAR_BAND = 0.1;
const MAX_NEAR = 4;
/** A word of this many letters or more may be one edit away from its term. */
const EDIT_MIN_LETTERS = 5;

export interface LooseTerm {
  term: string;
  letters: number;
  grams: Set<string>;
}

/** The vocabulary prepared for the fallback (trigram sets computed once per vocabulary load). */
export function looseVocabulary(terms: Iterable<string>): LooseTerm[] {
  const out: LooseTerm[] = [];
  for (const term of terms) {
    // Loose keys (~…, ~~…) are stored beside the keys; the keys themselves are enough here.
    if (!term || term.startsWith('~') || /^\d+$/.test(term)) continue;
    out.push({ term, letters: [...term].length, grams: trigrams(term) });
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** True when a and b are at most one edit apart (insert, delete, substitute, swap neighbours). */
export function oneEditApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (i === x.length && i === y.length) return true;
  const rest = (p: number, q: number) => x.slice(p).join('') === y.slice(q).join('');
  if (x.length === y.length) {
    if (rest(i + 1, i + 1)) return true;
    return x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2, i + 2);
  }
  return x.length > y.length ? rest(i + 1, i) : rest(i, i + 1);
}

/** The vocabulary terms nearest one spelling (a form or a key), best first, with their score. */
function nearestTo(text: string, vocab: LooseTerm[]): { term: string; score: number }[] {
  const grams = trigrams(text);
  const letters = [...text].length;
  const found: { term: string; score: number }[] = [];
  for (const t of vocab) {
    // A term under half the word's length shares its first trigrams with many words ("jal",
    // water, with "jalebi"): only whole-term containment (below) may match it.
    let score = t.letters * 2 > letters ? jaccard(grams, t.grams) : 0;
    if (
      score < 0.8 &&
      letters >= EDIT_MIN_LETTERS &&
      Math.abs(t.letters - letters) <= 1 &&
      oneEditApart(text, t.term)
    ) {
      score = Math.max(score, 1 - 1 / Math.max(letters, t.letters));
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
 * The query words for the fallback search: each word becomes its nearest vocabulary term (the
 * others near it as readings weighted by their similarity to the best), and a word the vocabulary
 * has nothing near is dropped. Two neighbouring words that together are near a term ("screw
 * driver", "power bnk" → powerbank) are tried joined as well. Empty when no word is near anything.
 */
export function fallbackWords(words: QueryWord[], vocab: LooseTerm[]): QueryWord[] {
  const out: QueryWord[] = [];
  const asWord = (near: { term: string; score: number }[]): QueryWord => {
    const [best, ...rest] = near;
    return {
      form: best!.term,
      key: best!.term,
      variants: rest.map((t) => ({
        // A guess, not the word itself: not "whole" for the relevance floor.
        why: 'vowel' as const,
        weight: t.score / best!.score,
        parts: [{ form: t.term, key: t.term }],
      })),
    };
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const near = nearestTerms(w, vocab);
    const next = words[i + 1];
    if (next) {
      const joined = nearestTerms({ form: w.form + next.form, key: w.key + next.key }, vocab);
      const alone = Math.max(near[0]?.score ?? 0, nearestTerms(next, vocab)[0]?.score ?? 0);
      if (joined.length && joined[0]!.score > alone) {
        out.push(asWord(joined));
        i++;
        continue;
      }
    }
    if (near.length) out.push(asWord(near));
  }
  return out;
}
