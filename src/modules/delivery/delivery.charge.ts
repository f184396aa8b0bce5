/**
 * Delivery charges as pure functions (no database): the checkout loads the inputs and calls these,
 * so every rule is unit-tested on its own. Money in integer poisha, distances in metres.
 */

export const courierZones = ['inside_dhaka', 'dhaka_suburb', 'outside_dhaka'] as const;
export type CourierZone = (typeof courierZones)[number];

/** Charge for deliveries up to `upToM` metres (the seller's own riders). */
export type DistanceTier = { upToM: number; chargePoisha: number };

export type CourierRate = {
  zone: CourierZone;
  upTo500g: number;
  upTo1kg: number;
  upTo2kg: number;
  perExtraKg: number;
};

export type Point = { lat: number; lng: number };

const EARTH_RADIUS_M = 6_371_000;
/** Dhaka city centre (Karwan Bazar) and the radii used to classify a courier route. */
export const DHAKA_CENTRE: Point = { lat: 23.7509, lng: 90.3935 };
export const DHAKA_CITY_RADIUS_M = 14_000;
export const DHAKA_SUBURB_RADIUS_M = 40_000;

/** Great-circle distance in whole metres. */
export function distanceMetres(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))));
}

/**
 * Couriers publish three routes: inside Dhaka, Dhaka ↔ its suburbs (Savar, Gazipur, Narayanganj,
 * Keraniganj…) and outside Dhaka. A point is "in the city" within 14 km of the centre and "in the
 * suburbs" within 40 km: an approximation of the couriers' own area lists, good enough for a charge.
 */
export function courierZone(from: Point, to: Point): CourierZone {
  const ring = (p: Point) => {
    const d = distanceMetres(p, DHAKA_CENTRE);
    return d <= DHAKA_CITY_RADIUS_M ? 0 : d <= DHAKA_SUBURB_RADIUS_M ? 1 : 2;
  };
  const a = ring(from);
  const b = ring(to);
  if (a === 0 && b === 0) return 'inside_dhaka';
  if (a <= 1 && b <= 1) return 'dhaka_suburb';
  return 'outside_dhaka';
}

/** Courier charge by weight: the three published bands, then each started extra kilogram. */
export function courierCharge(rate: CourierRate, weightGrams: number): number {
  if (!Number.isInteger(weightGrams) || weightGrams < 0) throw new Error('weight must be grams');
  if (weightGrams <= 500) return rate.upTo500g;
  if (weightGrams <= 1000) return rate.upTo1kg;
  if (weightGrams <= 2000) return rate.upTo2kg;
  return rate.upTo2kg + Math.ceil((weightGrams - 2000) / 1000) * rate.perExtraKg;
}

/**
 * The shop's own delivery: only inside its radius; the first tier reaching the distance applies,
 * beyond the last tier its charge still applies; no tiers means free delivery.
 */
export function ownDeliveryCharge(
  distanceM: number,
  radiusM: number,
  tiers: readonly DistanceTier[],
): number | null {
  if (distanceM > radiusM) return null;
  const sorted = [...tiers].sort((x, y) => x.upToM - y.upToM);
  if (sorted.length === 0) return 0;
  return (sorted.find((t) => distanceM <= t.upToM) ?? sorted[sorted.length - 1]!).chargePoisha;
}

/** Cash-on-delivery charge: basis points of the goods' subtotal, rounded up to a whole poisha. */
export function codCharge(subtotalPoisha: number, basisPoints: number): number {
  if (basisPoints === 0) return 0;
  const value = (BigInt(subtotalPoisha) * BigInt(basisPoints) + 9999n) / 10000n;
  return Number(value);
}

export type DeliveryQuoteInput = {
  method: 'own' | 'courier';
  shop: Point & { radiusM: number; tiers: readonly DistanceTier[] };
  customer: Point;
  weightGrams: number;
  rates: readonly CourierRate[];
};

export type DeliveryQuote =
  | {
      ok: true;
      method: 'own' | 'courier';
      chargePoisha: number;
      distanceM: number;
      zone: CourierZone | null;
    }
  | { ok: false; reason: 'outside_radius' | 'no_rate' };

/** One shop's delivery charge for one method. */
export function quoteDelivery(input: DeliveryQuoteInput): DeliveryQuote {
  const distanceM = distanceMetres(input.shop, input.customer);
  if (input.method === 'own') {
    const charge = ownDeliveryCharge(distanceM, input.shop.radiusM, input.shop.tiers);
    if (charge === null) return { ok: false, reason: 'outside_radius' };
    return { ok: true, method: 'own', chargePoisha: charge, distanceM, zone: null };
  }
  const zone = courierZone(input.shop, input.customer);
  const rate = input.rates.find((r) => r.zone === zone);
  if (!rate) return { ok: false, reason: 'no_rate' };
  return {
    ok: true,
    method: 'courier',
    chargePoisha: courierCharge(rate, input.weightGrams),
    distanceM,
    zone,
  };
}

/** How long a delivery typically takes once it leaves the shop, in minutes (earliest, latest). */
export type DeliveryTime = { minMinutes: number; maxMinutes: number };

const HOUR = 60;
/**
 * The one source of delivery times: what the quote tells the customer before ordering and what
 * the order page's expected delivery window counts with. The shop's own rider goes across the
 * neighbourhood (its delivery radius) within the hour; couriers by route, as they publish them
 * (inside Dhaka next day to two days, the suburbs two to three, elsewhere two to five).
 */
export function typicalDeliveryTime(
  method: 'own' | 'courier',
  zone: CourierZone | null,
): DeliveryTime {
  if (method === 'own') return { minMinutes: 15, maxMinutes: HOUR };
  if (zone === 'inside_dhaka') return { minMinutes: 24 * HOUR, maxMinutes: 48 * HOUR };
  if (zone === 'dhaka_suburb') return { minMinutes: 48 * HOUR, maxMinutes: 72 * HOUR };
  return { minMinutes: 48 * HOUR, maxMinutes: 120 * HOUR };
}
