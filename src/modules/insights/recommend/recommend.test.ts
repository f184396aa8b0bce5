import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCooccurrence, pairScore } from './cooccurrence.ts';
import { popularNear, shopPopularity, type ShopReach } from './popularity.ts';
import { forYou, frequentlyBoughtTogether, popularNearby } from './recommend.ts';

const DAY = 24 * 60 * 60 * 1000;
const baskets = [['a', 'b'], ['a', 'b'], ['a', 'c'], ['b', 'c'], ['a', 'b', 'c'], ['d']];

describe('co-occurrence', () => {
  it('scores pairs by shrunk cosine: c/√(nᵢnⱼ) · c/(c+3)', () => {
    // n(a) = 4, n(b) = 4, n(c) = 3; c(a,b) = 3, c(a,c) = 2, c(b,c) = 2.
    const model = buildCooccurrence(baskets);
    expect(model.neighbours.get('a')).toEqual([
      { itemId: 'b', score: (3 / 4) * (3 / 6) },
      { itemId: 'c', score: (2 / Math.sqrt(12)) * (2 / 5) },
    ]);
    expect(model.neighbours.get('c')!.map((n) => n.itemId)).toEqual(['a', 'b']); // a tie: by id
    expect(model.neighbours.has('d')).toBe(false);
  });

  it('drops pairs below the minimum support and keeps the top K', () => {
    expect(pairScore(1, 1, 1)).toBe(0);
    expect(pairScore(2, 2, 2)).toBeCloseTo(0.4);
    const model = buildCooccurrence(baskets, { minSupport: 3, k: 1 });
    expect(model.neighbours.get('a')).toEqual([{ itemId: 'b', score: 0.375 }]);
    expect(model.neighbours.has('c')).toBe(false);
  });

  it('ignores an item repeated within one order', () => {
    const once = buildCooccurrence([
      ['a', 'b'],
      ['a', 'b'],
    ]);
    const twice = buildCooccurrence([
      ['a', 'a', 'b'],
      ['a', 'b', 'b'],
    ]);
    expect(twice).toEqual(once);
  });
});

describe('popularity near a point', () => {
  const shops: ShopReach[] = [
    { shopId: 'near', location: { lat: 23.78, lng: 90.4 }, radiusM: 3000 },
    { shopId: 'far', location: { lat: 23.8, lng: 90.4 }, radiusM: 1000 },
  ];
  const now = 100 * DAY;
  const pop = shopPopularity(
    [
      { shopId: 'near', items: ['rice', 'dal'], at: now },
      { shopId: 'near', items: ['rice'], at: now - 30 * DAY },
      { shopId: 'far', items: ['napa', 'napa', 'napa'], at: now },
      { shopId: 'far', items: ['napa'], at: now },
    ],
    now,
    30,
  );

  it('decays counts by age and counts an item once per order', () => {
    expect(pop.get('near')!.get('rice')).toBeCloseTo(1.5);
    expect(pop.get('far')!.get('napa')).toBe(2);
  });

  it('counts only shops whose radius covers the customer, and only items in stock', () => {
    const here = { lat: 23.78, lng: 90.4 };
    const list = popularNear(pop, shops, here);
    expect(list.map((p) => p.itemId)).toEqual(['rice', 'dal']); // "far" does not deliver here
    expect(list[0]).toMatchObject({ shopId: 'near', distanceM: 0, score: 1.5 });
    const noRice = popularNear(pop, shops, here, { inStock: (_s, item) => item !== 'rice' });
    expect(noRice.map((p) => p.itemId)).toEqual(['dal']);
    expect(popularNear(pop, shops, { lat: 24.5, lng: 91 })).toEqual([]);
  });
});

describe('recommendations', () => {
  const model = buildCooccurrence(baskets);
  const popular = [
    { itemId: 'd', score: 5 },
    { itemId: 'c', score: 4 },
    { itemId: 'b', score: 3 },
    { itemId: 'a', score: 2 },
    { itemId: 'e', score: 1 },
  ];
  const all = () => true;

  it('frequently bought together: neighbours first, then popularity, never the bag', () => {
    expect(frequentlyBoughtTogether('a', model, all, { popular }).map((r) => r.itemId)).toEqual([
      'b',
      'c',
      'd',
      'e',
    ]);
    const bag = frequentlyBoughtTogether(['a', 'b'], model, all, { popular, k: 2 });
    expect(bag).toEqual([
      { itemId: 'c', score: expect.any(Number), reason: 'together' },
      { itemId: 'd', score: 0, reason: 'popular' },
    ]);
  });

  it('cold start: no history, an unknown product or an empty bag get popularity', () => {
    const now = 10 * DAY;
    const cold = forYou([], model, popular, all, { now, k: 3 });
    expect(cold.map((r) => r.itemId)).toEqual(['d', 'c', 'b']);
    expect(cold.every((r) => r.reason === 'popular')).toBe(true);
    expect(
      frequentlyBoughtTogether('new', model, all, { popular, k: 2 }).map((r) => r.itemId),
    ).toEqual(['d', 'c']);
    expect(frequentlyBoughtTogether([], model, all, { popular, k: 1 })[0]!.itemId).toBe('d');
    expect(popularNearby(popular, all, { k: 2 }).map((r) => r.itemId)).toEqual(['d', 'c']);
  });

  it('for you: what the customer buys and its neighbours, recent orders weighing more', () => {
    const now = 100 * DAY;
    const list = forYou([{ items: ['a'], at: now - DAY }], model, popular, all, { now, k: 3 });
    // b: together 1 + popular ½·3/5 = 1.3; a: again 1 + ½·2/5 = 1.2; c: 0.231/0.375 + ½·4/5.
    expect(list.map((r) => [r.itemId, r.reason])).toEqual([
      ['b', 'together'],
      ['a', 'again'],
      ['c', 'together'],
    ]);
    expect(list[0]!.score).toBeCloseTo(1.3);
    expect(list[2]!.score).toBeCloseTo(((2 / Math.sqrt(12)) * 0.4) / 0.375 + 0.4);
    // The bag is never suggested.
    const withBag = forYou([{ items: ['a'], at: now }], model, popular, all, { now, bag: ['a'] });
    expect(withBag.map((r) => r.itemId)).not.toContain('a');
    // An old order of e matters less than yesterday's order of c.
    const old = forYou(
      [
        { items: ['e'], at: now - 365 * DAY },
        { items: ['c'], at: now - DAY },
      ],
      model,
      [],
      all,
      { now },
    );
    expect(old.map((r) => r.itemId)).toEqual(['a', 'b', 'c', 'e']); // c's neighbours tie with c
    expect(old[2]!.score).toBe(1);
    expect(old[3]!.score).toBeCloseTo(0.5 ** (364 / 60));
  });

  it('never suggests an ineligible item, nor more than k, and is deterministic', () => {
    const items = 'abcdefghij'.split('');
    const item = fc.constantFrom(...items);
    fc.assert(
      fc.property(
        fc.array(fc.array(item, { maxLength: 5 }), { maxLength: 30 }),
        fc.array(fc.record({ itemId: item, score: fc.double({ min: 0.01, max: 100 }) })),
        fc.subarray(items),
        fc.array(item, { maxLength: 3 }),
        fc.integer({ min: 0, max: 12 }),
        (orders, pops, eligibleList, bag, k) => {
          const m = buildCooccurrence(orders, { minSupport: 1 });
          const eligible = new Set(eligibleList);
          const history = orders.map((o, i) => ({ items: o, at: i * DAY }));
          const now = orders.length * DAY;
          const run = () => [
            frequentlyBoughtTogether(bag, m, eligible, { popular: pops, k }),
            frequentlyBoughtTogether(bag[0] ?? 'a', m, (id) => eligible.has(id), { k }),
            forYou(history, m, pops, eligible, { now, bag, k }),
            popularNearby(pops, eligible, { k, exclude: bag }),
          ];
          const lists = run();
          for (const list of lists) {
            expect(list.length).toBeLessThanOrEqual(k);
            expect(new Set(list.map((r) => r.itemId)).size).toBe(list.length);
            for (const r of list) expect(eligible.has(r.itemId)).toBe(true);
          }
          for (const r of [lists[0]!, lists[2]!, lists[3]!].flat()) {
            expect(bag).not.toContain(r.itemId);
          }
          expect(run()).toEqual(lists);
        },
      ),
    );
  });
});
