/**
 * Generated daily sales histories for the forecasting benchmark. Deterministic (seeded).
 *
 * Assumptions (what the population is made of; none of it is measured data):
 * - 730 days, 2025-01-01 to 2026-12-31; 300 items of one shop each, in four patterns:
 *   - smooth (120): a level of 4–60 units a day, a trend of −20 % to +40 % a year, a weekly profile
 *     (Friday and Saturday busier, one random weekday quieter), Poisson noise;
 *   - erratic (60): a level of 2–8 units, a weekly profile, each day's mean multiplied by a
 *     log-normal factor (σ 0.8–1.1, a bulk buyer now and then), Poisson noise;
 *   - intermittent (70): a sale on 8–45 % of days (weekly profile on the chance), 1 + Poisson(0.5–3)
 *     units when it sells;
 *   - lumpy (50): a sale on 4–30 % of days, a log-normal size (median 2–10 units, σ 0.9–1.3).
 * - Festival effects on the festival calendar's real dates (src/modules/festivals), multiplying the
 *   mean (for intermittent and lumpy items, the chance of a sale, at most 95 %). Each item draws its
 *   own sizes; 60 % of items are festive (grocery, clothing), the rest barely move:
 *   - Eid-ul-Fitr: the 10 days before its main day rise to ×1.5–3.0 on the last three (a ramp);
 *     the main day and the next two fall to ×0.3–0.8 (shops shut, people travel home);
 *   - Ramadan (the rest of it): ×0.75–1.5 (iftar items up, lunch items down);
 *   - Eid-ul-Adha: the 7 days before ×1.2–2.2, the main day and the next two ×0.4–0.9;
 *   - Pohela Boishakh: the day before and the day ×1.3–2.5;
 *   - Durga Puja: the 4 days before Bijoya Dashami and the day ×1.1–1.8.
 *   Non-festive items get each effect pulled to a tenth of its size.
 * - The windows differ on purpose from the ones the product assumes (events.ts): the product does
 *   not get the generator's shape handed to it.
 */
import { addDays, calendarEntries, daysBetween } from '../../src/modules/festivals/index.ts';

export const START = '2025-01-01';
export const DAYS = 730;
export type Pattern = 'smooth' | 'erratic' | 'intermittent' | 'lumpy';
export type Item = { id: number; pattern: Pattern; sales: number[] };

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const between = (r: Rand, a: number, b: number) => a + (b - a) * r();
function normal(r: Rand) {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}
function poisson(r: Rand, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(r)));
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= r();
  } while (p > l);
  return k - 1;
}

type Effects = {
  fitrRun: number;
  fitrDay: number;
  ramadan: number;
  adhaRun: number;
  adhaDay: number;
  boishakh: number;
  puja: number;
};

/** The multiplier of each day of the period for one item's effects. */
function festivalMultipliers(e: Effects): number[] {
  const m = new Array<number>(DAYS).fill(1);
  const set = (date: string, x: number) => {
    const t = daysBetween(START, date);
    if (t >= 0 && t < DAYS) m[t] = x;
  };
  const byKey = (k: string) => calendarEntries.filter((c) => c.key === k);
  for (const c of byKey('ramadan'))
    for (let d = c.startsOn; d <= c.endsOn; d = addDays(d, 1)) set(d, e.ramadan);
  for (const [key, run, day, lead] of [
    ['eid_ul_fitr', e.fitrRun, e.fitrDay, 10],
    ['eid_ul_adha', e.adhaRun, e.adhaDay, 7],
  ] as const) {
    for (const c of byKey(key)) {
      for (let i = lead; i >= 1; i--)
        set(addDays(c.mainDay, -i), 1 + (run - 1) * Math.min(1, (lead + 1 - i) / (lead - 2)));
      for (let i = 0; i < 3; i++) set(addDays(c.mainDay, i), day);
    }
  }
  for (const c of byKey('pohela_boishakh')) {
    set(addDays(c.mainDay, -1), e.boishakh);
    set(c.mainDay, e.boishakh);
  }
  for (const c of byKey('durga_puja'))
    for (let i = 4; i >= 0; i--) set(addDays(c.mainDay, -i), e.puja);
  return m;
}

function weeklyProfile(r: Rand): number[] {
  // Day 0 is 2025-01-01, a Wednesday: Friday is index 2, Saturday 3.
  const p = Array.from({ length: 7 }, () => between(r, 0.85, 1.1));
  p[2] = between(r, 1.3, 1.7);
  p[3] = between(r, 1.1, 1.35);
  p[Math.floor(r() * 7)]! *= 0.7;
  const mean = p.reduce((a, b) => a + b, 0) / 7;
  return p.map((x) => x / mean);
}

export function generate(seed = 20250101): Item[] {
  const r = rng(seed);
  const plan: Pattern[] = [
    ...new Array<Pattern>(120).fill('smooth'),
    ...new Array<Pattern>(60).fill('erratic'),
    ...new Array<Pattern>(70).fill('intermittent'),
    ...new Array<Pattern>(50).fill('lumpy'),
  ];
  return plan.map((pattern, id) => {
    const festive = r() < 0.6;
    const pull = (x: number) => (festive ? x : 1 + (x - 1) / 10);
    const effects: Effects = {
      fitrRun: pull(between(r, 1.5, 3)),
      fitrDay: pull(between(r, 0.3, 0.8)),
      ramadan: pull(between(r, 0.75, 1.5)),
      adhaRun: pull(between(r, 1.2, 2.2)),
      adhaDay: pull(between(r, 0.4, 0.9)),
      boishakh: pull(between(r, 1.3, 2.5)),
      puja: pull(between(r, 1.1, 1.8)),
    };
    const fest = festivalMultipliers(effects);
    const week = weeklyProfile(r);
    const sales: number[] = [];
    if (pattern === 'smooth' || pattern === 'erratic') {
      const level =
        pattern === 'smooth' ? Math.exp(between(r, Math.log(4), Math.log(60))) : between(r, 2, 8);
      const trend = pattern === 'smooth' ? between(r, -0.2, 0.4) / 365 : 0;
      const sigma = between(r, 0.8, 1.1);
      for (let t = 0; t < DAYS; t++) {
        let mean = level * (1 + trend * t) * week[t % 7]! * fest[t]!;
        if (pattern === 'erratic') mean *= Math.exp(sigma * normal(r) - (sigma * sigma) / 2);
        sales.push(poisson(r, mean));
      }
    } else {
      const chance = pattern === 'intermittent' ? between(r, 0.08, 0.45) : between(r, 0.04, 0.3);
      const size = pattern === 'intermittent' ? between(r, 0.5, 3) : between(r, 2, 10);
      const sigma = between(r, 0.9, 1.3);
      for (let t = 0; t < DAYS; t++) {
        const p = Math.min(0.95, chance * week[t % 7]! * fest[t]!);
        if (r() >= p) sales.push(0);
        else if (pattern === 'intermittent') sales.push(1 + poisson(r, size));
        else sales.push(Math.max(1, Math.round(size * Math.exp(sigma * normal(r)))));
      }
    }
    return { id, pattern, sales };
  });
}
