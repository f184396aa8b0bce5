/** Calendar dates ('YYYY-MM-DD') in Asia/Dhaka (UTC+6, no daylight saving). */
const DHAKA_OFFSET_MS = 6 * 3_600_000;

export function dhakaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + DHAKA_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The instant a Dhaka wall-clock time ('HH:MM', default midnight) happens on `date`. */
export function dhakaInstant(date: string, time = '00:00'): Date {
  return new Date(Date.parse(`${date}T${time}:00Z`) - DHAKA_OFFSET_MS);
}

/** Minutes after midnight, Dhaka time, of an instant. */
export function dhakaMinuteOfDay(at: Date): number {
  const d = new Date(at.getTime() + DHAKA_OFFSET_MS);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
}

export function hhmm(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
