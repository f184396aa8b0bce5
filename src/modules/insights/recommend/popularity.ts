/**
 * Popularity near a point, as pure functions (no database).
 *
 * Each shop's items are counted over its orders with an exponential time decay (an order
 * `halfLifeDays` old counts half). Near a customer, only shops whose delivery radius covers the
 * customer take part; an item's score there is the sum over those shops of its decayed count
 * times a distance weight 1 / (1 + distance / distanceScaleM), so the nearer shop's best sellers
 * come first. Items a shop has out of stock do not count for that shop. Equal scores are ordered
 * by item id.
 */
import type { ItemId } from './cooccurrence.ts';

export type ShopId = string;
export type Point = { lat: number; lng: number };

export type ShopOrder = {
  shopId: ShopId;
  items: readonly ItemId[];
  /** When the order was placed, in milliseconds since the epoch. */
  at: number;
};

export type ShopReach = { shopId: ShopId; location: Point; radiusM: number };

/** Decayed order counts: shop → item → weight. */
export type ShopPopularity = ReadonlyMap<ShopId, ReadonlyMap<ItemId, number>>;

export type PopularItem = {
  itemId: ItemId;
  score: number;
  /** The shop contributing most to the score, and its distance from the customer. */
  shopId: ShopId;
  distanceM: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres. */
export function distanceMetres(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The weight of an event `ageMs` old: 1 now, ½ after one half-life; future events count 1. */
export function decay(ageMs: number, halfLifeDays: number): number {
  return ageMs <= 0 ? 1 : 0.5 ** (ageMs / (halfLifeDays * DAY_MS));
}

/** Each shop's items weighted by how many recent orders held them. */
export function shopPopularity(
  orders: Iterable<ShopOrder>,
  now: number,
  halfLifeDays = 30,
): ShopPopularity {
  const out = new Map<ShopId, Map<ItemId, number>>();
  for (const order of orders) {
    const weight = decay(now - order.at, halfLifeDays);
    let row = out.get(order.shopId);
    if (!row) {
      row = new Map();
      out.set(order.shopId, row);
    }
    for (const item of new Set(order.items)) row.set(item, (row.get(item) ?? 0) + weight);
  }
  return out;
}

/** The shops whose delivery radius covers the point, nearest first, with their distance. */
export function shopsCovering(shops: Iterable<ShopReach>, point: Point) {
  const out: { shop: ShopReach; distanceM: number }[] = [];
  for (const shop of shops) {
    const distanceM = distanceMetres(shop.location, point);
    if (distanceM <= shop.radiusM) out.push({ shop, distanceM });
  }
  return out.sort(
    (a, b) =>
      a.distanceM - b.distanceM ||
      (a.shop.shopId < b.shop.shopId ? -1 : a.shop.shopId > b.shop.shopId ? 1 : 0),
  );
}

export type PopularNearOptions = {
  /** Whether the shop has the item in stock now; absent: everything counts. */
  inStock?: (shopId: ShopId, itemId: ItemId) => boolean;
  /** The distance at which a shop's counts weigh half. */
  distanceScaleM?: number;
  /** How many items to return (all when absent). */
  limit?: number;
};

/** Items popular at the shops that deliver to `point`, best first. */
export function popularNear(
  popularity: ShopPopularity,
  shops: Iterable<ShopReach>,
  point: Point,
  { inStock, distanceScaleM = 2000, limit }: PopularNearOptions = {},
): PopularItem[] {
  const best = new Map<ItemId, PopularItem & { top: number }>();
  for (const { shop, distanceM } of shopsCovering(shops, point)) {
    const counts = popularity.get(shop.shopId);
    if (!counts) continue;
    const weight = 1 / (1 + distanceM / distanceScaleM);
    for (const [itemId, count] of counts) {
      if (inStock && !inStock(shop.shopId, itemId)) continue;
      const part = count * weight;
      const seen = best.get(itemId);
      if (!seen)
        best.set(itemId, { itemId, score: part, shopId: shop.shopId, distanceM, top: part });
      else {
        seen.score += part;
        // Shops come nearest first, so an equal part keeps the nearer shop.
        if (part > seen.top) Object.assign(seen, { shopId: shop.shopId, distanceM, top: part });
      }
    }
  }
  const list = [...best.values()]
    .map(({ itemId, score, shopId, distanceM }) => ({ itemId, score, shopId, distanceM }))
    .sort((a, b) => b.score - a.score || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
  return limit === undefined ? list : list.slice(0, limit);
}
