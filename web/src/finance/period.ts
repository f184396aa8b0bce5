/** Periods in Asia/Dhaka (UTC+6 all year) as the statement API takes them: from inclusive, to exclusive. */
export type PeriodChoice = 'this' | 'last' | 'custom';
export type Period = { from: string; to: string };

const DAY = 86_400_000;

/** Today's date in Dhaka, YYYY-MM-DD. */
export function dhakaToday(now = Date.now()): string {
  return new Date(now + 6 * 3_600_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function monthStart(date: string, shift: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + shift, 1));
  return d.toISOString().slice(0, 10);
}

/** This month or last month, from its first day to the next month's first day. */
export function monthPeriod(choice: 'this' | 'last', today = dhakaToday()): Period {
  const shift = choice === 'this' ? 0 : -1;
  return { from: monthStart(today, shift), to: monthStart(today, shift + 1) };
}

/** A custom period picked as first and last day (both shown inclusive). */
export function customPeriod(first: string, last: string): Period | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(first) || !/^\d{4}-\d{2}-\d{2}$/.test(last)) return null;
  if (last < first) return null;
  return { from: first, to: addDays(last, 1) };
}
