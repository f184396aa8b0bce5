/**
 * The three recommendation lists, as pure functions (no database):
 * - `frequentlyBoughtTogether`: for a product page (one item) or the bag (several), the items
 *   most often ordered with them.
 * - `forYou`: for the home page, the customer's own history (items they buy again and the
 *   neighbours of what they bought, recent orders weighing more) blended with what is popular
 *   near them.
 * - `popularNearby`: what sells at the shops that deliver to the customer.
 *
 * Every function takes the eligibility rule (in stock at a shop whose delivery radius covers the
 * customer), as a set of item ids or a predicate, and returns only eligible items, at most `k`,
 * best first with equal scores ordered by item id. Without history (or with too little) the lists
 * are filled from popularity, so a new customer, a new product or an empty bag still get one.
 */
import { byScore, type Basket, type CooccurrenceModel, type ItemId } from './cooccurrence.ts';
import { decay } from './popularity.ts';

/** In stock AND within delivery range: a set of eligible ids or a predicate. */
export type Eligible = ReadonlySet<ItemId> | ((itemId: ItemId) => boolean);

export type Recommendation = {
  itemId: ItemId;
  score: number;
  /** What put the item on the list (the first strong enough part, for the "why" line). */
  reason: 'together' | 'again' | 'popular';
};

/** A popularity list, best first (as `popularNear` returns it). */
export type Popular = readonly { itemId: ItemId; score: number }[];

export type PastOrder = { items: readonly ItemId[]; at: number };

export const DEFAULT_K = 10;

function allows(eligible: Eligible): (itemId: ItemId) => boolean {
  return typeof eligible === 'function' ? eligible : (itemId) => eligible.has(itemId);
}

/** Sorts, drops the excluded and the ineligible, and fills up from popularity. */
function finish(
  scored: Map<ItemId, { score: number; reason: Recommendation['reason'] }>,
  popular: Popular,
  eligible: Eligible,
  exclude: ReadonlySet<ItemId>,
  k: number,
): Recommendation[] {
  const ok = allows(eligible);
  const out: Recommendation[] = [...scored]
    .filter(([itemId, s]) => s.score > 0 && !exclude.has(itemId) && ok(itemId))
    .map(([itemId, s]) => ({ itemId, score: s.score, reason: s.reason }))
    .sort(byScore)
    .slice(0, k);
  if (out.length < k) {
    const taken = new Set(out.map((r) => r.itemId));
    for (const p of popular) {
      if (out.length >= k) break;
      if (taken.has(p.itemId) || exclude.has(p.itemId) || !ok(p.itemId)) continue;
      taken.add(p.itemId);
      // Below every scored item, in popularity order.
      out.push({ itemId: p.itemId, score: 0, reason: 'popular' });
    }
  }
  return out;
}

export type TogetherOptions = {
  k?: number;
  /** Fills the list when the item has too few neighbours (a new product). */
  popular?: Popular;
};

/** Items ordered with this item, or with the bag's items; never an item already in the bag. */
export function frequentlyBoughtTogether(
  seed: ItemId | Basket,
  model: CooccurrenceModel,
  eligible: Eligible,
  { k = DEFAULT_K, popular = [] }: TogetherOptions = {},
): Recommendation[] {
  const bag = new Set(typeof seed === 'string' ? [seed] : seed);
  const scored = new Map<ItemId, { score: number; reason: 'together' }>();
  for (const item of bag) {
    for (const n of model.neighbours.get(item) ?? []) {
      const seen = scored.get(n.itemId);
      if (seen) seen.score += n.score;
      else scored.set(n.itemId, { score: n.score, reason: 'together' });
    }
  }
  return finish(scored, popular, eligible, bag, k);
}

export type ForYouOptions = {
  k?: number;
  /** Now, in milliseconds since the epoch (orders' `at` are measured against it). */
  now: number;
  /** An order this old weighs half. */
  halfLifeDays?: number;
  /** Items in the bag now: never suggested. */
  bag?: readonly ItemId[];
  /** Weights of the three parts, each first scaled so its best item scores 1. */
  weights?: { together?: number; again?: number; popular?: number };
};

const scaled = (m: Map<ItemId, number>) => {
  const top = Math.max(0, ...m.values());
  return (itemId: ItemId) => (top > 0 ? (m.get(itemId) ?? 0) / top : 0);
};

/**
 * The customer's own list: neighbours of what they bought and what they buy again, each order
 * weighted by its age, blended with popularity near them. Without history: popularity alone.
 */
export function forYou(
  history: readonly PastOrder[],
  model: CooccurrenceModel,
  popular: Popular,
  eligible: Eligible,
  { k = DEFAULT_K, now, halfLifeDays = 60, bag = [], weights = {} }: ForYouOptions,
): Recommendation[] {
  const w = { together: 1, again: 1, popular: 0.5, ...weights };
  const together = new Map<ItemId, number>();
  const again = new Map<ItemId, number>();
  for (const order of history) {
    const age = decay(now - order.at, halfLifeDays);
    for (const item of new Set(order.items)) {
      again.set(item, (again.get(item) ?? 0) + age);
      for (const n of model.neighbours.get(item) ?? []) {
        together.set(n.itemId, (together.get(n.itemId) ?? 0) + age * n.score);
      }
    }
  }
  const pop = new Map(popular.map((p) => [p.itemId, p.score]));
  const parts = { together: scaled(together), again: scaled(again), popular: scaled(pop) };
  const scored = new Map<ItemId, { score: number; reason: Recommendation['reason'] }>();
  for (const itemId of new Set([...together.keys(), ...again.keys(), ...pop.keys()])) {
    const t = w.together * parts.together(itemId);
    const a = w.again * parts.again(itemId);
    const p = w.popular * parts.popular(itemId);
    const reason = a >= t && a >= p ? 'again' : t >= p ? 'together' : 'popular';
    scored.set(itemId, { score: t + a + p, reason });
  }
  return finish(scored, popular, eligible, new Set(bag), k);
}

/** What sells near the customer, eligible only, without the excluded (the bag). */
export function popularNearby(
  popular: Popular,
  eligible: Eligible,
  { k = DEFAULT_K, exclude = [] }: { k?: number; exclude?: readonly ItemId[] } = {},
): Recommendation[] {
  const scored = new Map(popular.map((p) => [p.itemId, { score: p.score, reason: 'popular' }]));
  return finish(
    scored as Map<ItemId, { score: number; reason: 'popular' }>,
    [],
    eligible,
    new Set(exclude),
    k,
  );
}
