/**
 * Ranking helpers for the phonetic evaluations: trigram inverted index over candidate keys, and
 * top-k accounting where ties with the right answer count against it (the honest reading).
 */
import { trigrams } from '../../src/modules/search/text/phonetic.ts';

export interface RankIndex {
  keys: string[];
  sizes: number[];
  postings: Map<string, number[]>;
}

export function buildIndex(keys: string[]): RankIndex {
  const postings = new Map<string, number[]>();
  const sizes = keys.map((key, i) => {
    const grams = trigrams(key);
    for (const g of grams) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
    return grams.size;
  });
  return { keys, sizes, postings };
}

/** pg_trgm similarity of the query key to every candidate (0 where no trigram is shared). */
export function scoreAll(index: RankIndex, queryKey: string): Float64Array {
  const grams = trigrams(queryKey);
  const shared = new Uint16Array(index.keys.length);
  for (const g of grams) for (const i of index.postings.get(g) ?? []) shared[i]! += 1;
  const scores = new Float64Array(index.keys.length);
  for (let i = 0; i < scores.length; i++) {
    const s = shared[i]!;
    if (s > 0) scores[i] = s / (grams.size + index.sizes[i]! - s);
  }
  return scores;
}

/**
 * Rank of the correct candidate: 1 + the number of other candidates scoring at least as high.
 * A correct candidate with a score of 0 gets rank Infinity.
 */
export function rankOf(scores: Float64Array, correct: number): number {
  const target = scores[correct]!;
  if (target === 0) return Infinity;
  let rank = 1;
  for (let i = 0; i < scores.length; i++) if (i !== correct && scores[i]! >= target) rank++;
  return rank;
}

export interface Tally {
  n: number;
  top1: number;
  top3: number;
}

export function tally(): Tally {
  return { n: 0, top1: 0, top3: 0 };
}

export function count(t: Tally, rank: number): void {
  t.n++;
  if (rank <= 1) t.top1++;
  if (rank <= 3) t.top3++;
}

export function pct(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`;
}
