import { AppError } from '../../platform/errors.ts';

/** Asia/Dhaka is UTC+6 all year (no daylight saving since 2009). */
const DHAKA_OFFSET = '+06:00';
const DHAKA_MS = 6 * 3600_000;
export const MAX_PERIOD_DAYS = 366;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A period boundary: a date `YYYY-MM-DD` is that day's midnight in Dhaka; an ISO time with an
 * offset is that moment. Anything else (or an impossible date such as 2026-02-30) is refused.
 */
export function parseBoundary(value: string, name: 'from' | 'to'): Date {
  const m = DATE.exec(value);
  const at = new Date(m ? `${value}T00:00:00${DHAKA_OFFSET}` : value);
  if (Number.isNaN(at.getTime()) || (m && dhakaDate(at) !== value)) {
    throw new AppError('PERIOD_INVALID', { [name]: value });
  }
  return at;
}

/** from < to, at most 366 days apart. `to` is exclusive. */
export function parsePeriod(q: { from: string; to: string }): { from: Date; to: Date } {
  const from = parseBoundary(q.from, 'from');
  const to = parseBoundary(q.to, 'to');
  if (from.getTime() >= to.getTime()) throw new AppError('PERIOD_INVALID', q);
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw new AppError('PERIOD_TOO_LONG', { maxDays: MAX_PERIOD_DAYS });
  }
  return { from, to };
}

/** The Dhaka calendar date of a moment, `YYYY-MM-DD`. */
export function dhakaDate(at: Date): string {
  return new Date(at.getTime() + DHAKA_MS).toISOString().slice(0, 10);
}

/** The month `YYYY-MM` in Dhaka: its first moment and the next month's. */
export function monthPeriod(month: string): { from: Date; to: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const year = Number(m?.[1]);
  const mon = Number(m?.[2]);
  if (!m || mon < 1 || mon > 12 || year < 2000 || year > 2100) {
    throw new AppError('PERIOD_INVALID', { month });
  }
  const next = mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
  return {
    from: new Date(`${month}-01T00:00:00${DHAKA_OFFSET}`),
    to: new Date(`${next}-01T00:00:00${DHAKA_OFFSET}`),
  };
}
