/**
 * Item–item similarity from order co-occurrence, as pure functions (no database).
 *
 * Counts are kept in a small accumulator (`addBasket` adds one order, so a nightly job can fold in
 * yesterday's orders without recounting the year); `neighbours` turns the counts into a sparse
 * top-K neighbour list per item. The score is the cosine of the two items' order vectors, shrunk
 * towards zero for pairs seen together only a few times so that rare pairs do not dominate:
 *
 *   score(i, j) = c(i, j) / √(n(i) · n(j)) · c(i, j) / (c(i, j) + shrinkage)
 *
 * where n(i) is the number of orders holding i and c(i, j) the number holding both. Pairs seen
 * together fewer than `minSupport` times are dropped.
 */

export type ItemId = string;
/** One order's distinct items (duplicates are ignored). */
export type Basket = readonly ItemId[];

export type Neighbour = { itemId: ItemId; score: number };

export type CooccurrenceCounts = {
  baskets: number;
  /** Orders holding each item. */
  items: Map<ItemId, number>;
  /** Orders holding both items: pairs[a][b] === pairs[b][a]. */
  pairs: Map<ItemId, Map<ItemId, number>>;
};

export type CooccurrenceModel = {
  /** Each item's best neighbours, best first (ties by item id). */
  neighbours: ReadonlyMap<ItemId, readonly Neighbour[]>;
};

export type NeighbourOptions = {
  /** Neighbours kept per item. */
  k?: number;
  /** Pairs seen together fewer times than this are dropped. */
  minSupport?: number;
  /** Co-occurrences that halve a pair's score (a pair seen `shrinkage` times keeps half). */
  shrinkage?: number;
};

/** Orders larger than this count only their first items (a shop's restock, not a household's). */
const MAX_BASKET = 50;

export function emptyCounts(): CooccurrenceCounts {
  return { baskets: 0, items: new Map(), pairs: new Map() };
}

/** Adds one order to the counts (mutates and returns them). */
export function addBasket(counts: CooccurrenceCounts, basket: Basket): CooccurrenceCounts {
  const items = [...new Set(basket)].slice(0, MAX_BASKET);
  if (items.length === 0) return counts;
  counts.baskets++;
  for (const item of items) counts.items.set(item, (counts.items.get(item) ?? 0) + 1);
  for (let x = 0; x < items.length; x++) {
    for (let y = x + 1; y < items.length; y++) {
      bump(counts.pairs, items[x]!, items[y]!);
      bump(counts.pairs, items[y]!, items[x]!);
    }
  }
  return counts;
}

function bump(pairs: Map<ItemId, Map<ItemId, number>>, a: ItemId, b: ItemId) {
  let row = pairs.get(a);
  if (!row) {
    row = new Map();
    pairs.set(a, row);
  }
  row.set(b, (row.get(b) ?? 0) + 1);
}

/** The similarity of two items from their counts (0 below the minimum support). */
export function pairScore(
  together: number,
  countA: number,
  countB: number,
  { minSupport = 2, shrinkage = 3 }: NeighbourOptions = {},
): number {
  if (together < minSupport || countA === 0 || countB === 0) return 0;
  return (together / Math.sqrt(countA * countB)) * (together / (together + shrinkage));
}

/** Best first; equal scores by item id, so the order never depends on insertion order. */
export function byScore(a: Neighbour, b: Neighbour): number {
  return b.score - a.score || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0);
}

/** The sparse top-K neighbour lists from the counts. */
export function neighbours(counts: CooccurrenceCounts, options: NeighbourOptions = {}) {
  const k = options.k ?? 30;
  const out = new Map<ItemId, Neighbour[]>();
  for (const [item, row] of counts.pairs) {
    const countA = counts.items.get(item) ?? 0;
    const list: Neighbour[] = [];
    for (const [other, together] of row) {
      const score = pairScore(together, countA, counts.items.get(other) ?? 0, options);
      if (score > 0) list.push({ itemId: other, score });
    }
    if (list.length) out.set(item, list.sort(byScore).slice(0, k));
  }
  return { neighbours: out } satisfies CooccurrenceModel;
}

/** Counts and neighbour lists from a list of orders in one call. */
export function buildCooccurrence(
  baskets: Iterable<Basket>,
  options: NeighbourOptions = {},
): CooccurrenceModel {
  const counts = emptyCounts();
  for (const basket of baskets) addBasket(counts, basket);
  return neighbours(counts, options);
}
