/**
 * Generated shops, catalog, customers and orders for the recommendations benchmark.
 * Deterministic (seeded).
 *
 * Assumptions (what the population is made of; none of it is measured data):
 * - 120 days; 10 shops in a Dhaka-like box (23.72–23.88 N, 90.35–90.45 E), each delivering within
 *   2.5–5 km. Each shop lists each catalog item with probability 85 %; at the end of the period
 *   (when the recommendations are asked for) 10 % of a shop's listings are out of stock.
 * - A catalog of 645 grocery and pharmacy items: 16 planted bundles of 2–4 items bought together
 *   (45 items: rice + dal + oil + onion, eggs + bread + butter, Napa + saline, …) and 600 others
 *   (biscuits, soap, spices…). Each item's appeal follows a Zipf law (exponent 0.8) over a seeded
 *   random ranking, so bundle items are not simply the best sellers.
 * - 3,000 customers, each living within 80 % of the radius of some shop (so at least one shop
 *   delivers to them). Each has two favourite bundles (households differ: any bundle equally
 *   likely) and three staple items (drawn from the Zipf appeal) bought again now and then.
 * - A customer orders 2–10 times at random moments, from the nearest shop covering them (70 %)
 *   or another shop covering them. An order holds: a favourite bundle (75 %) or any bundle, each
 *   of its items with probability 85 % (at least two); a second bundle half the time; each staple
 *   with probability 30 %; and 0–2 items drawn from the Zipf appeal. Items the shop does not list
 *   are dropped; an empty order is not placed.
 */
import { rng } from '../cod-risk/generate.ts';

export const DAYS = 120;
export const DAY_MS = 24 * 60 * 60 * 1000;

export type Point = { lat: number; lng: number };
export type Shop = {
  shopId: string;
  location: Point;
  radiusM: number;
  listed: Set<string>;
  outOfStock: Set<string>;
};
export type Customer = { id: string; location: Point };
export type Order = { customerId: string; shopId: string; items: string[]; at: number };
export type World = { shops: Shop[]; customers: Customer[]; orders: Order[]; catalog: string[] };

const BUNDLES = [
  ['miniket-rice-5kg', 'masoor-dal-1kg', 'soybean-oil-1l', 'onion-1kg'],
  ['eggs-12', 'bread-loaf', 'butter-100g'],
  ['napa-500mg', 'orsaline-n', 'thermometer'],
  ['atta-2kg', 'ghee-200g', 'sugar-1kg'],
  ['tea-leaves-400g', 'condensed-milk', 'tea-biscuits'],
  ['chicken-1kg', 'ginger-garlic-paste', 'garam-masala'],
  ['hilsa-1kg', 'mustard-oil-500ml', 'green-chilli-250g'],
  ['baby-diapers-m', 'baby-wipes', 'baby-lotion'],
  ['seclo-20mg', 'antacid-plus'],
  ['fexo-120mg', 'face-mask-10'],
  ['potato-2kg', 'tomato-1kg', 'coriander-bunch'],
  ['noodles-8pack', 'ketchup-340g'],
  ['detergent-1kg', 'dish-soap-500ml', 'sponge-3'],
  ['milk-powder-500g', 'cornflakes-500g'],
  ['chira-1kg', 'gur-500g', 'banana-dozen'],
  ['toothpaste-140g', 'toothbrush', 'mouthwash-250ml'],
];
const OTHER = 600;
/** Zipf exponent of the items' appeal. */
const SKEW = 0.8;

export function generate(seed = 20261211, customerCount = 3000): World {
  const r = rng(seed);
  const between = (lo: number, hi: number) => lo + r() * (hi - lo);
  const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const chance = (p: number) => r() < p;

  const catalog = [
    ...BUNDLES.flat(),
    ...Array.from({ length: OTHER }, (_, i) => `item-${String(i).padStart(3, '0')}`),
  ];
  // Zipf appeal over a shuffled ranking; cumulative weights for drawing.
  const ranked = [...catalog];
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j]!, ranked[i]!];
  }
  const zipf = (n: number, skew: number) => {
    const cum: number[] = [];
    let total = 0;
    for (let i = 1; i <= n; i++) cum.push((total += 1 / i ** skew));
    return () => {
      const x = r() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
  };
  const drawItem = zipf(ranked.length, SKEW);
  const drawBundle = () => int(0, BUNDLES.length - 1);

  const shops: Shop[] = Array.from({ length: 10 }, (_, s) => {
    const listed = new Set(catalog.filter(() => chance(0.85)));
    return {
      shopId: `shop-${s}`,
      location: { lat: between(23.72, 23.88), lng: between(90.35, 90.45) },
      radiusM: between(2500, 5000),
      listed,
      outOfStock: new Set([...listed].filter(() => chance(0.1))),
    };
  });

  const metres = (a: Point, b: Point) => {
    const dy = (a.lat - b.lat) * 111_000;
    const dx = (a.lng - b.lng) * 111_000 * Math.cos((a.lat * Math.PI) / 180);
    return Math.hypot(dx, dy);
  };

  const customers: Customer[] = [];
  const orders: Order[] = [];
  for (let c = 0; c < customerCount; c++) {
    const home = shops[int(0, shops.length - 1)]!;
    const reach = (home.radiusM * 0.8 * Math.sqrt(r())) / 111_000;
    const angle = r() * 2 * Math.PI;
    const location = {
      lat: home.location.lat + reach * Math.sin(angle),
      lng: home.location.lng + (reach * Math.cos(angle)) / Math.cos((23.8 * Math.PI) / 180),
    };
    const customer = { id: `customer-${c}`, location };
    customers.push(customer);
    const covering = shops
      .map((shop) => ({ shop, d: metres(shop.location, location) }))
      .filter((x) => x.d <= x.shop.radiusM * 0.98)
      .sort((a, b) => a.d - b.d)
      .map((x) => x.shop);
    if (covering.length === 0) covering.push(home);
    const favourites = [drawBundle(), drawBundle()];
    const staples = [ranked[drawItem()]!, ranked[drawItem()]!, ranked[drawItem()]!];
    const count = int(2, 10);
    for (let o = 0; o < count; o++) {
      const shop = chance(0.7) ? covering[0]! : covering[int(0, covering.length - 1)]!;
      const items = new Set<string>();
      const addBundle = (b: number) => {
        const bundle = BUNDLES[b]!;
        const picked = bundle.filter(() => chance(0.85));
        while (picked.length < 2) {
          const extra = bundle[int(0, bundle.length - 1)]!;
          if (!picked.includes(extra)) picked.push(extra);
        }
        for (const item of picked) items.add(item);
      };
      addBundle(chance(0.75) ? favourites[int(0, 1)]! : drawBundle());
      if (chance(0.5)) addBundle(chance(0.75) ? favourites[int(0, 1)]! : drawBundle());
      for (const item of staples) if (chance(0.3)) items.add(item);
      for (let e = int(0, 2); e > 0; e--) items.add(ranked[drawItem()]!);
      const listed = [...items].filter((item) => shop.listed.has(item));
      if (listed.length === 0) continue;
      orders.push({
        customerId: customer.id,
        shopId: shop.shopId,
        items: listed,
        at: Math.floor(r() * DAYS * DAY_MS),
      });
    }
  }
  orders.sort((a, b) => a.at - b.at || (a.customerId < b.customerId ? -1 : 1));
  return { shops, customers, orders, catalog };
}
