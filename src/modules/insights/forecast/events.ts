/**
 * Festival and Ramadan effects on an item's demand. The dates are the festival calendar's
 * (src/modules/festivals); each day gets at most one event kind, in this order of precedence:
 *
 * - `eid_ul_fitr_runup` / `eid_ul_adha_runup`: the 7 days before Eid's main day (the shopping rush);
 * - `eid_ul_fitr` / `eid_ul_adha`: Eid's main day to the end of its holiday block (at least 3 days);
 * - `ramadan`: the rest of the month of fasting;
 * - `pohela_boishakh`: the 2 days before the new year and the day itself;
 * - `durga_puja`: the 5 days before Bijoya Dashami and the holiday itself.
 *
 * The effect of a kind is one multiplier per item: the units it sold on days of that kind over what
 * it sells on ordinary days around them (the mean of the same weekday within 5 weeks either side,
 * event days left out). Thin evidence is shrunk toward a prior (1, or a pooled estimate the caller
 * gives): weight = baseline units / (baseline units + SHRINK_UNITS). The multiplier is kept
 * within [0.2, 5].
 */
import {
  addDays,
  calendarEntries,
  daysBetween,
  type CalendarEntry,
} from '../../festivals/index.ts';

export const eventKinds = [
  'eid_ul_fitr_runup',
  'eid_ul_adha_runup',
  'eid_ul_fitr',
  'eid_ul_adha',
  'ramadan',
  'pohela_boishakh',
  'durga_puja',
] as const;
export type EventKind = (typeof eventKinds)[number];
export type Uplifts = Partial<Record<EventKind, number>>;

export type FestivalSpan = Pick<CalendarEntry, 'key' | 'startsOn' | 'endsOn' | 'mainDay'>;

export const SHRINK_UNITS = 10;
const NEIGHBOURHOOD_DAYS = 35;
const MIN_UPLIFT = 0.2;
const MAX_UPLIFT = 5;

type Window = { kind: EventKind; from: string; to: string };

function windowsOf(spans: readonly FestivalSpan[]): Window[] {
  const out: Window[] = [];
  const later = (a: string, b: string) => (a > b ? a : b);
  for (const s of spans) {
    if (s.key === 'eid_ul_fitr' || s.key === 'eid_ul_adha') {
      out.push({
        kind: `${s.key}_runup`,
        from: addDays(s.mainDay, -7),
        to: addDays(s.mainDay, -1),
      });
      out.push({ kind: s.key, from: s.mainDay, to: later(s.endsOn, addDays(s.mainDay, 2)) });
    } else if (s.key === 'ramadan') out.push({ kind: 'ramadan', from: s.startsOn, to: s.endsOn });
    else if (s.key === 'pohela_boishakh')
      out.push({ kind: s.key, from: addDays(s.mainDay, -2), to: s.mainDay });
    else if (s.key === 'durga_puja')
      out.push({ kind: s.key, from: addDays(s.mainDay, -5), to: s.endsOn });
  }
  return out;
}

/** The event kind of each of `days` days from `startDate` (null: an ordinary day). */
export function eventCalendar(
  startDate: string,
  days: number,
  spans: readonly FestivalSpan[] = calendarEntries,
): (EventKind | null)[] {
  const out: (EventKind | null)[] = new Array<EventKind | null>(days).fill(null);
  const rank = (k: EventKind) => eventKinds.indexOf(k);
  for (const w of windowsOf(spans)) {
    const a = Math.max(0, daysBetween(startDate, w.from));
    const b = Math.min(days - 1, daysBetween(startDate, w.to));
    for (let t = a; t <= b; t++) {
      const cur = out[t];
      if (cur == null || rank(w.kind) < rank(cur)) out[t] = w.kind;
    }
  }
  return out;
}

/** What the item would have sold on day t on an ordinary day (null: no ordinary day near). */
function baseline(history: readonly number[], kinds: readonly (EventKind | null)[], t: number) {
  let sum = 0;
  let n = 0;
  for (let d = -NEIGHBOURHOOD_DAYS; d <= NEIGHBOURHOOD_DAYS; d += 7) {
    const u = t + d;
    if (d === 0 || u < 0 || u >= history.length || kinds[u] != null) continue;
    sum += history[u]!;
    n++;
  }
  return n ? sum / n : null;
}

/** One multiplier per event kind the history has seen (others: the prior, if given). */
export function estimateUplifts(
  history: readonly number[],
  kinds: readonly (EventKind | null)[],
  prior: Uplifts = {},
): Uplifts {
  const sold = new Map<EventKind, number>();
  const expected = new Map<EventKind, number>();
  for (let t = 0; t < history.length; t++) {
    const k = kinds[t];
    if (k == null) continue;
    const b = baseline(history, kinds, t);
    if (b == null) continue;
    sold.set(k, (sold.get(k) ?? 0) + history[t]!);
    expected.set(k, (expected.get(k) ?? 0) + b);
  }
  const out: Uplifts = { ...prior };
  for (const k of eventKinds) {
    const e = expected.get(k);
    if (e == null) continue;
    const p = prior[k] ?? 1;
    const raw = e > 0 ? sold.get(k)! / e : p;
    const w = e / (e + SHRINK_UNITS);
    out[k] = Math.min(MAX_UPLIFT, Math.max(MIN_UPLIFT, w * raw + (1 - w) * p));
  }
  return out;
}

/** `series` with each event day multiplied by (or, `divide`, divided by) its kind's uplift. */
export function applyUplifts(
  series: readonly number[],
  kinds: readonly (EventKind | null)[],
  uplifts: Uplifts,
  divide = false,
): number[] {
  return series.map((y, t) => {
    const k = kinds[t];
    const u = k == null ? 1 : (uplifts[k] ?? 1);
    return divide ? y / u : y * u;
  });
}
