import type { NewShopRow, ShopRow } from './shops.repo.ts';

/**
 * What an admin checked before approving a shop: who it is (names), what it is (type, and with it
 * the right to sell medicine), its licences and where it is. A seller who changes any of these on an
 * approved shop sends it back to review; everything else (phone, hours, delivery radius) stays the
 * seller's to change freely.
 */
export const reviewedFields = [
  'nameBn',
  'nameEn',
  'type',
  'tradeLicence',
  'drugLicence',
  'address',
  'placeId',
  'location',
] as const;
export type ReviewedField = (typeof reviewedFields)[number];

/** A pin moved less than this is a correction on the same street, not a move. */
export const REVIEW_MOVE_METRES = 100;

function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The reviewed fields a patch really changes (a form that sends every field unchanged changes none). */
export function reviewedChanges(row: ShopRow, patch: Partial<NewShopRow>): ReviewedField[] {
  const changed: ReviewedField[] = [];
  const differs = <K extends keyof NewShopRow>(key: K) =>
    patch[key] !== undefined && patch[key] !== row[key];
  if (differs('name_bn')) changed.push('nameBn');
  if (differs('name_en')) changed.push('nameEn');
  if (differs('type')) changed.push('type');
  if (differs('trade_licence')) changed.push('tradeLicence');
  if (differs('drug_licence')) changed.push('drugLicence');
  if (differs('address')) changed.push('address');
  if (differs('place_id')) changed.push('placeId');
  const moved = { lat: patch.lat ?? row.lat, lng: patch.lng ?? row.lng };
  if (metresBetween(row, moved) >= REVIEW_MOVE_METRES) changed.push('location');
  return changed;
}
