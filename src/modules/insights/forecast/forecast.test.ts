import { describe, expect, it } from 'vitest';
import { applyUplifts, estimateUplifts, eventCalendar } from './events.ts';
import { forecastItem, mase } from './forecast.ts';

const START = '2025-01-01';

describe('event calendar and uplifts', () => {
  it('marks the days before Eid-ul-Fitr 2025 (main day 31 March) as its run-up', () => {
    const kinds = eventCalendar('2025-03-20', 15);
    expect(kinds[0]).toBe('ramadan'); // 20 March
    expect(kinds[4]).toBe('eid_ul_fitr_runup'); // 24 March
    expect(kinds[10]).toBe('eid_ul_fitr_runup'); // 30 March
    expect(kinds[11]).toBe('eid_ul_fitr'); // 31 March
    expect(kinds[14]).toBe(null); // 3 April
  });

  it('recovers a run-up uplift of 2 on a synthetic series, and shrinks a thin one toward 1', () => {
    const days = 400;
    const kinds = eventCalendar(START, days);
    const base = Array.from({ length: days }, (_, t) => 10 + (t % 7));
    const y = applyUplifts(base, kinds, { eid_ul_fitr_runup: 2, eid_ul_adha: 0.5 });
    const u = estimateUplifts(y, kinds);
    expect(u.eid_ul_fitr_runup).toBeGreaterThan(1.9);
    expect(u.eid_ul_fitr_runup).toBeLessThan(2.05);
    expect(u.eid_ul_adha).toBeLessThan(0.6);
    expect(u.ramadan).toBeCloseTo(1, 1);
    // Four units ever sold in the run-up: the item's own ratio is pulled well back toward 1.
    const thin = new Array<number>(days).fill(0);
    const runup = kinds.indexOf('eid_ul_fitr_runup');
    thin[runup] = 4;
    thin[runup - 14] = 1;
    expect(estimateUplifts(thin, kinds).eid_ul_fitr_runup).toBeLessThan(3);
  });
});

describe('forecastItem', () => {
  it('chooses Holt-Winters for a smooth weekly item and carries the week and the festival', () => {
    const week = [10, 12, 30, 25, 11, 9, 8];
    const kinds = eventCalendar(START, 500);
    const y = applyUplifts(
      Array.from({ length: 500 }, (_, t) => week[t % 7]!),
      kinds,
      { eid_ul_adha_runup: 1.8 },
    );
    // Forecast from 2026-05-14 (day 498): the Eid-ul-Adha run-up starts 2026-05-21.
    const f = forecastItem(y.slice(0, 498), START, 14);
    expect(f.pattern).toBe('smooth');
    expect(f.method).toMatch(/^holt_winters/);
    expect(f.daily[0]).toBeCloseTo(week[498 % 7]!, 0);
    expect(f.daily[7]! / week[(498 + 7) % 7]!).toBeGreaterThan(1.6);
    expect(f.backtest!.mase).toBeLessThan(0.2);
  });

  it('chooses a Croston-family method for an intermittent item', () => {
    const y = Array.from({ length: 200 }, (_, t) => (t % 5 === 0 ? 3 : 0));
    const f = forecastItem(y, START, 7, { spans: [] });
    expect(f.pattern).toBe('intermittent');
    expect(['croston', 'sba', 'tsb']).toContain(f.method);
    const total = f.daily.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(2.5);
    expect(total).toBeLessThan(6);
  });

  it('clamps bad values to 0 and counts them; rejects a bad date or horizon', () => {
    const f = forecastItem([5, NaN, -3, 5, Infinity], START, 3);
    expect(f.adjusted).toBe(3);
    expect(f.method).toBe('ses');
    expect(f.backtest).toBeNull();
    f.daily.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
    expect(forecastItem([], START, 2).daily).toEqual([0, 0]);
    expect(forecastItem(new Array(60).fill(0), START, 2).daily).toEqual([0, 0]);
    expect(() => forecastItem([1], '2025-13-40', 2)).toThrow(RangeError);
    expect(() => forecastItem([1], START, -1)).toThrow(RangeError);
  });
});

describe('mase', () => {
  it('scales the error by the in-sample seasonal naive error', () => {
    // In-sample: period 1 differences |2−1|, |3−2| → scale 1; forecast MAE 0.5.
    expect(mase([4, 5], [4.5, 4.5], [1, 2, 3], 1)).toBe(0.5);
    expect(mase([1], [1], [1, 1], 1)).toBe(0);
    expect(mase([2], [1], [1, 1], 1)).toBe(Infinity);
    expect(() => mase([1, 2], [1], [1, 2, 3], 1)).toThrow(RangeError);
  });
});
