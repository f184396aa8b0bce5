/**
 * `npm run bench -- recommend`: the recommendation lists (src/modules/insights/recommend, the very
 * functions the routes will call) over generated orders (generate.ts documents the assumptions).
 * Each customer's last order is held out; the models learn from the other orders only. Then, at
 * the moment of the held-out order, for its customer:
 * - for-you (history blended with popularity near them) vs popularity near them: a hit when one
 *   of the 10 suggestions is in the held-out order;
 * - frequently bought together given the held-out order's first item vs popularity near them
 *   (without that item): a hit when one of the 10 is among the order's other items.
 * Targets: hit-rate@10 ≥ 1.5 × the popularity baseline for both; 0 suggestions out of stock or
 * beyond the delivery radius of every shop listing them. Exit status 1 when a target is missed.
 */
import {
  buildCooccurrence,
  distanceMetres,
  forYou,
  frequentlyBoughtTogether,
  popularNear,
  popularNearby,
  shopPopularity,
  type Recommendation,
} from '../../src/modules/insights/recommend/index.ts';
import { generate, type Order, type Point } from './generate.ts';

const K = 10;
const world = generate();
const shopById = new Map(world.shops.map((s) => [s.shopId, s]));

// Hold out each customer's last order (customers with at least two).
const byCustomer = new Map<string, Order[]>();
for (const o of world.orders)
  byCustomer.set(o.customerId, [...(byCustomer.get(o.customerId) ?? []), o]);
const held: Order[] = [];
const train: Order[] = [];
for (const list of byCustomer.values()) {
  if (list.length >= 2) held.push(list.at(-1)!);
  train.push(...(list.length >= 2 ? list.slice(0, -1) : list));
}

let started = performance.now();
const model = buildCooccurrence(train.map((o) => o.items));
const trainEnd = Math.max(...train.map((o) => o.at));
const popularity = shopPopularity(train, trainEnd);
const buildMs = performance.now() - started;

const inStock = (shopId: string, itemId: string) => {
  const shop = shopById.get(shopId)!;
  return shop.listed.has(itemId) && !shop.outOfStock.has(itemId);
};
/** The eligible set, built as a route would: listings in stock at shops covering the customer. */
function eligibleAt(point: Point): Set<string> {
  const out = new Set<string>();
  for (const shop of world.shops) {
    if (distanceMetres(shop.location, point) > shop.radiusM) continue;
    for (const item of shop.listed) if (!shop.outOfStock.has(item)) out.add(item);
  }
  return out;
}
/** Checked independently, item by item: could any shop deliver this item here, now? */
const deliverable = (itemId: string, point: Point) =>
  world.shops.some(
    (s) => inStock(s.shopId, itemId) && distanceMetres(s.location, point) <= s.radiusM,
  );

const customers = new Map(world.customers.map((c) => [c.id, c]));
const historyOf = new Map<string, Order[]>();
for (const o of train) historyOf.set(o.customerId, [...(historyOf.get(o.customerId) ?? []), o]);

const tally = { forYou: 0, popular: 0, together: 0, popularOther: 0, pairs: 0, lists: 0 };
let violations = 0;
let suggestions = 0;
const hit = (list: Recommendation[], target: Set<string>) => list.some((r) => target.has(r.itemId));
const check = (list: Recommendation[], point: Point) => {
  tally.lists++;
  suggestions += list.length;
  for (const r of list) if (!deliverable(r.itemId, point)) violations++;
};

started = performance.now();
for (const order of held) {
  const point = customers.get(order.customerId)!.location;
  const eligible = eligibleAt(point);
  const popular = popularNear(popularity, world.shops, point, { inStock });
  const history = historyOf.get(order.customerId) ?? [];
  const target = new Set(order.items);

  const mine = forYou(history, model, popular, eligible, { now: order.at, k: K });
  const base = popularNearby(popular, eligible, { k: K });
  check(mine, point);
  check(base, point);
  if (hit(mine, target)) tally.forYou++;
  if (hit(base, target)) tally.popular++;

  if (order.items.length >= 2) {
    const [first, ...rest] = order.items;
    const others = new Set(rest);
    const together = frequentlyBoughtTogether(first!, model, eligible, { popular, k: K });
    const baseOther = popularNearby(popular, eligible, { k: K, exclude: [first!] });
    check(together, point);
    check(baseOther, point);
    tally.pairs++;
    if (hit(together, others)) tally.together++;
    if (hit(baseOther, others)) tally.popularOther++;
  }
}
const evalMs = performance.now() - started;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const forYouRate = tally.forYou / held.length;
const popularRate = tally.popular / held.length;
const togetherRate = tally.together / tally.pairs;
const popularOtherRate = tally.popularOther / tally.pairs;
console.log(
  `orders: ${world.orders.length} (training ${train.length}, held-out ${held.length}); ` +
    `${world.customers.length} customers, ${world.shops.length} shops, ${world.catalog.length} items; ` +
    `models built in ${buildMs.toFixed(0)} ms; ${tally.lists} lists in ${evalMs.toFixed(0)} ms ` +
    `(${((evalMs / tally.lists) * 1000).toFixed(0)} µs each, eligibility included)`,
);
console.table([
  {
    list: 'for you',
    'hit-rate@10': pct(forYouRate),
    'popular nearby (baseline)': pct(popularRate),
    ratio: (forYouRate / popularRate).toFixed(2),
    target: '≥ 1.50',
  },
  {
    list: 'bought together (1st item)',
    'hit-rate@10': pct(togetherRate),
    'popular nearby (baseline)': pct(popularOtherRate),
    ratio: (togetherRate / popularOtherRate).toFixed(2),
    target: '≥ 1.50',
  },
]);
console.log(`suggestions out of stock or out of range: ${violations} of ${suggestions} (target 0)`);
const ok =
  forYouRate >= 1.5 * popularRate && togetherRate >= 1.5 * popularOtherRate && violations === 0;
console.log(ok ? 'PASS' : 'FAIL');
process.exit(ok ? 0 : 1);
