import { AppError } from '../../platform/errors.ts';
import type { OpeningHours } from './shops.tables.ts';
import './shops.errors.ts';

export const MIN_DELIVERY_RADIUS_M = 100;
export const MAX_DELIVERY_RADIUS_M = 50_000;
export const DEFAULT_DELIVERY_RADIUS_M = 3000;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Each interval is HH:MM–HH:MM within one day, close after open; a day may have several intervals
 * (a lunch break) but they must not overlap. Shops open past midnight enter two intervals.
 */
export function assertValidOpeningHours(hours: OpeningHours): void {
  hours.forEach((h, index) => {
    if (!HH_MM.test(h.open) || !HH_MM.test(h.close)) {
      throw new AppError('OPENING_HOURS_INVALID', { index, reason: 'format' });
    }
    // Zero-padded HH:MM strings compare in time order.
    if (h.close <= h.open) {
      throw new AppError('OPENING_HOURS_INVALID', { index, reason: 'close_not_after_open' });
    }
  });
  const sorted = [...hours].sort((a, b) => a.day - b.day || a.open.localeCompare(b.open));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.day === cur.day && cur.open < prev.close) {
      throw new AppError('OPENING_HOURS_INVALID', { day: cur.day, reason: 'overlap' });
    }
  }
}

export function assertValidDeliveryRadius(metres: number): void {
  if (
    !Number.isInteger(metres) ||
    metres < MIN_DELIVERY_RADIUS_M ||
    metres > MAX_DELIVERY_RADIUS_M
  ) {
    throw new AppError('DELIVERY_RADIUS_OUT_OF_RANGE', {
      min: MIN_DELIVERY_RADIUS_M,
      max: MAX_DELIVERY_RADIUS_M,
    });
  }
}

/** URL name from the English name: "Rahim's Store (Mirpur-10)" → "rahims-store-mirpur-10". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'shop';
}
