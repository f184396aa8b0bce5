import { describe, expect, it } from 'vitest';
import { classifyDemand, demandStats } from './classify.ts';
import { croston, holtWinters, seasonalNaive, ses, tsb, tune, weekdayIndex } from './methods.ts';

describe('demand classification (ADI 1.32, CV² 0.49)', () => {
  it('puts each quadrant where Syntetos–Boylan do', () => {
    expect(classifyDemand([5, 6, 5, 4, 6, 5, 5])).toBe('smooth');
    expect(classifyDemand([1, 20, 2, 1, 30, 1, 2])).toBe('erratic');
    expect(classifyDemand([0, 0, 3, 0, 0, 3, 0, 4, 0])).toBe('intermittent');
    expect(classifyDemand([0, 0, 1, 0, 0, 30, 0, 2, 0])).toBe('lumpy');
    expect(classifyDemand([0, 0, 0])).toBe('intermittent');
  });
  it('computes ADI and CV² by hand', () => {
    // 2 sale days out of 6: ADI 3; sizes 2 and 6: mean 4, variance 4, CV² 0.25.
    expect(demandStats([0, 2, 0, 0, 6, 0])).toEqual({ days: 6, demandDays: 2, adi: 3, cv2: 0.25 });
    // ADI exactly at the cut-off counts as intermittent.
    const s = demandStats([
      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
      0, 0,
    ]);
    expect(s.adi).toBeCloseTo(33 / 25);
    expect(classifyDemand(new Array(33).fill(0).map((_, i) => (i < 25 ? 1 : 0)))).toBe(
      'intermittent',
    );
  });
});

describe('Croston, SBA and TSB on a textbook sequence', () => {
  // 0 0 4 0 2 0 0 6, α = 0.5: starts z = 4, p = 3 (the first sale on day 3).
  // Day 5 (sale 2 after q = 2): z = 4 + 0.5(2 − 4) = 3, p = 3 + 0.5(2 − 3) = 2.5.
  // Day 8 (sale 6 after q = 3): z = 3 + 0.5(6 − 3) = 4.5, p = 2.5 + 0.5(3 − 2.5) = 2.75.
  const y = [0, 0, 4, 0, 2, 0, 0, 6];
  it('Croston forecasts z / p', () => {
    expect(croston(y, 0.5, 'croston').forecast(2)).toEqual([4.5 / 2.75, 4.5 / 2.75]);
  });
  it('SBA takes (1 − α/2) of it', () => {
    expect(croston(y, 0.5, 'sba').forecast(1)[0]).toBeCloseTo((0.75 * 4.5) / 2.75, 12);
  });
  it('TSB forecasts chance × size and decays when sales stop', () => {
    // d starts 1/3, z 4. Days 4–8 (0,1,0,0,1) with β = 0.5: d = 1/6, 7/12, 7/24, 7/48, 55/96.
    // z with α = 0.5: day 5 → 3, day 8 → 4.5.
    expect(tsb(y, 0.5, 0.5).forecast(1)[0]).toBeCloseTo((55 / 96) * 4.5, 12);
    const stopped = tsb([...y, 0, 0, 0, 0], 0.5, 0.5).forecast(1)[0]!;
    const crostonStopped = croston([...y, 0, 0, 0, 0], 0.5, 'croston').forecast(1)[0]!;
    expect(stopped).toBeLessThan(0.2);
    expect(crostonStopped).toBeCloseTo(4.5 / 2.75, 12);
  });
  it('forecasts zero for an item that never sold', () => {
    expect(croston([0, 0, 0], 0.1, 'sba').forecast(2)).toEqual([0, 0]);
    expect(tsb([0, 0, 0], 0.1, 0.1).forecast(1)).toEqual([0]);
  });
});

describe('smoothing and seasonality', () => {
  it('SES follows the level by α', () => {
    // level 10 → 10 + 0.5(20 − 10) = 15 → 15 + 0.5(20 − 15) = 17.5
    expect(ses([10, 20, 20], 0.5).forecast(1)).toEqual([17.5]);
  });
  it('seasonal naive repeats the last week', () => {
    expect(seasonalNaive([9, 1, 2, 3, 4, 5, 6, 7], 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 1, 2]);
  });
  it('Holt-Winters recovers a clean weekly pattern', () => {
    const week = [10, 12, 30, 25, 11, 9, 8];
    const y = Array.from({ length: 70 }, (_, t) => week[t % 7]!);
    for (const mode of ['add', 'mul'] as const) {
      const f = holtWinters(y, mode, 0.1, 0, 0.1).forecast(14);
      f.forEach((v, i) => expect(v).toBeCloseTo(week[i % 7]!, 6));
    }
    const fit = tune('holt_winters_add', y);
    expect(fit.mae).toBeCloseTo(0, 6);
  });
  it('the weekday index finds the busy day and stays flat on thin data', () => {
    const y = Array.from({ length: 700 }, (_, t) => (t % 7 === 2 ? 20 : 10));
    const idx = weekdayIndex(y);
    expect(idx[2]).toBeGreaterThan(1.5);
    expect(idx[0]).toBeLessThan(0.9);
    expect(weekdayIndex([0, 0, 1, 0, 0, 0, 0])[2]).toBeLessThan(1.5);
  });
});
