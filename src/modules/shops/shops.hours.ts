import type { OpeningHours } from './shops.tables.ts';

/** Bangladesh keeps UTC+6 all year (no daylight saving). */
const DHAKA_OFFSET_MS = 6 * 3_600_000;
const DAY_MS = 86_400_000;

/** Minutes since midnight of "HH:MM". */
const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * When a shop closed at `now` next opens, from its weekly opening hours in Dhaka time; null when
 * it is open now, or when it has no opening hours at all (then it is never "closed" to an order).
 */
export function nextOpeningAt(hours: OpeningHours, now = new Date()): Date | null {
  if (hours.length === 0) return null;
  const local = new Date(now.getTime() + DHAKA_OFFSET_MS);
  const day = local.getUTCDay();
  const nowMin = local.getUTCHours() * 60 + local.getUTCMinutes();
  const midnightLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const open = hours.some(
    (h) => h.day === day && minutes(h.open) <= nowMin && nowMin < minutes(h.close),
  );
  if (open) return null;
  for (let inDays = 0; inDays <= 7; inDays++) {
    const d = (day + inDays) % 7;
    const starts = hours
      .filter((h) => h.day === d)
      .map((h) => minutes(h.open))
      .filter((m) => inDays > 0 || m > nowMin)
      .sort((a, b) => a - b);
    if (starts[0] !== undefined) {
      return new Date(midnightLocal + inDays * DAY_MS + starts[0] * 60_000 - DHAKA_OFFSET_MS);
    }
  }
  return null;
}
