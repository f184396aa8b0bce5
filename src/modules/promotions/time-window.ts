import type { ErrorCode } from '../../platform/errors.ts';
import { dhakaMinuteOfDay, dhakaToday, hhmm, IFTAR_WINDOW, iftarOn } from '../festivals/index.ts';
import type { CouponsTable } from './promotions.tables.ts';
import type { Selectable } from 'kysely';

/**
 * The iftar window of the Dhaka day `now` falls on: from `IFTAR_WINDOW.minutesBefore` before that
 * day's (approximate) iftar until `minutesAfter` after it, the end excluded. Iftar in Dhaka is
 * between about 17:10 and 18:50, so the window never crosses midnight.
 */
export function iftarWindowAt(now: Date) {
  const iftar = Date.parse(iftarOn(dhakaToday(now)).at);
  const from = new Date(iftar - IFTAR_WINDOW.minutesBefore * 60_000);
  const to = new Date(iftar + IFTAR_WINDOW.minutesAfter * 60_000);
  return {
    from,
    to,
    fromTime: hhmm(dhakaMinuteOfDay(from)),
    toTime: hhmm(dhakaMinuteOfDay(to)),
    open: now.getTime() >= from.getTime() && now.getTime() < to.getTime(),
  };
}

/** Why the coupon's time of day rules it out at `now`, or null (no window, or inside it). */
export function timeWindowProblem(
  c: Pick<Selectable<CouponsTable>, 'code' | 'time_window'>,
  now: Date,
): { code: ErrorCode; details: Record<string, unknown> } | null {
  if (c.time_window !== 'iftar') return null;
  const w = iftarWindowAt(now);
  if (w.open) return null;
  return {
    code: 'COUPON_OUTSIDE_IFTAR_WINDOW',
    details: { code: c.code, from: w.fromTime, to: w.toTime },
  };
}
