import type { OpeningHours } from '../api/types';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Day of week (0 = Sunday) and "HH:MM" right now in Dhaka, whatever the phone's time zone. */
export function dhakaNow(now = new Date()): { day: number; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Dhaka',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: WEEKDAYS.indexOf(get('weekday')), time: `${get('hour')}:${get('minute')}` };
}

export type OpenState = { open: boolean; today: OpeningHours[]; closesAt?: string };

/** Whether the shop is open now (Asia/Dhaka) and today's intervals. */
export function openState(hours: OpeningHours[], now = new Date()): OpenState {
  const { day, time } = dhakaNow(now);
  const today = hours.filter((h) => h.day === day).sort((a, b) => a.open.localeCompare(b.open));
  const current = today.find((h) => h.open <= time && time < h.close);
  return { open: Boolean(current), today, closesAt: current?.close };
}

/** When a closed shop next opens: days from today (0 = later today) and "HH:MM", within a week. */
export type NextOpening = { inDays: number; day: number; time: string };

export function nextOpening(hours: OpeningHours[], now = new Date()): NextOpening | null {
  const { day, time } = dhakaNow(now);
  for (let inDays = 0; inDays <= 7; inDays++) {
    const d = (day + inDays) % 7;
    const opens = hours
      .filter((h) => h.day === d && (inDays > 0 || h.open > time))
      .map((h) => h.open)
      .sort();
    if (opens[0]) return { inDays, day: d, time: opens[0] };
  }
  return null;
}
