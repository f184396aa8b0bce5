/**
 * Forecasting methods for one item's daily demand (oldest first). Every method is fitted on the
 * history it is given and nothing else, and returns a `Fit`: its parameters, its in-sample
 * one-step-ahead absolute error and a forecast for the days after the history.
 *
 * Parameters are tuned per item by `tune`: a small grid, each point run over the item's history,
 * the point with the least mean absolute one-step-ahead error wins (absolute, like the MASE the
 * forecasts are judged by; ties: the first in the grid). No data after the history is looked at.
 */
export type MethodName =
  'ses' | 'holt_winters_add' | 'holt_winters_mul' | 'croston' | 'sba' | 'tsb';

export type Fit = {
  method: MethodName;
  params: Record<string, number>;
  /** Mean absolute one-step-ahead error over the days the method could forecast. */
  mae: number;
  forecast: (horizon: number) => number[];
};

export const WEEK = 7;

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** The last `period` days repeated: the baseline every method is measured against. */
export function seasonalNaive(
  history: readonly number[],
  horizon: number,
  period = WEEK,
): number[] {
  if (!history.length) return new Array<number>(horizon).fill(0);
  const p = Math.min(period, history.length);
  const last = history.slice(-p);
  return Array.from({ length: horizon }, (_, h) => last[h % p]!);
}

/** Simple exponential smoothing: level ← α·y + (1−α)·level, starting from the first day. */
export function ses(y: readonly number[], alpha: number): Fit {
  let level = y[0] ?? 0;
  let sae = 0;
  for (let t = 1; t < y.length; t++) {
    sae += Math.abs(y[t]! - level);
    level += alpha * (y[t]! - level);
  }
  const f = Math.max(0, level);
  return {
    method: 'ses',
    params: { alpha },
    mae: y.length > 1 ? sae / (y.length - 1) : 0,
    forecast: (h) => new Array<number>(h).fill(f),
  };
}

/**
 * Holt-Winters with a damped trend and weekly seasonality, additive (y = level + trend + season)
 * or multiplicative (y = (level + trend) × season). Started from the first four weeks (their mean
 * is the level, each weekday's mean deviation or ratio its season, no trend), then run over the
 * whole history; errors are counted from the second week.
 */
export function holtWinters(
  y: readonly number[],
  mode: 'add' | 'mul',
  alpha: number,
  beta: number,
  gamma: number,
  phi = 0.98,
): Fit {
  const m = WEEK;
  const init = y.slice(0, Math.min(y.length, 4 * m));
  let level = Math.max(mean(init), mode === 'mul' ? 1e-3 : -Infinity);
  let trend = 0;
  const season = Array.from({ length: m }, (_, i) => {
    const same = init.filter((_, t) => t % m === i);
    if (!same.length) return mode === 'add' ? 0 : 1;
    return mode === 'add' ? mean(same) - level : Math.max(mean(same), 1e-3) / level;
  });
  if (mode === 'mul') {
    const s = mean(season);
    for (let i = 0; i < m; i++) season[i]! /= s;
  }
  let sae = 0;
  let counted = 0;
  for (let t = 0; t < y.length; t++) {
    const s = season[t % m]!;
    const base = level + phi * trend;
    const f = mode === 'add' ? base + s : base * s;
    if (t >= m) {
      sae += Math.abs(y[t]! - Math.max(0, f));
      counted++;
    }
    const prev = level;
    level =
      mode === 'add'
        ? alpha * (y[t]! - s) + (1 - alpha) * base
        : Math.max(1e-3, alpha * (y[t]! / s) + (1 - alpha) * base);
    trend = beta * (level - prev) + (1 - beta) * phi * trend;
    season[t % m] =
      mode === 'add'
        ? gamma * (y[t]! - level) + (1 - gamma) * s
        : Math.max(1e-3, gamma * (y[t]! / level) + (1 - gamma) * s);
  }
  const n = y.length;
  return {
    method: mode === 'add' ? 'holt_winters_add' : 'holt_winters_mul',
    params: { alpha, beta, gamma, phi },
    mae: counted ? sae / counted : 0,
    forecast: (h) => {
      const out: number[] = [];
      let damp = 0;
      for (let i = 1; i <= h; i++) {
        damp += phi ** i;
        const base = level + damp * trend;
        const s = season[(n + i - 1) % m]!;
        out.push(Math.max(0, mode === 'add' ? base + s : base * s));
      }
      return out;
    },
  };
}

/**
 * Croston: the size of a sale (z) and the interval between sales (p) smoothed separately, each
 * only on a day with a sale; the daily forecast is z / p. Started with z = the first sale and p =
 * the days up to it (1-based). SBA (Syntetos–Boylan) multiplies by (1 − α/2), removing Croston's
 * known upward bias.
 */
export function croston(y: readonly number[], alpha: number, variant: 'croston' | 'sba'): Fit {
  const factor = variant === 'sba' ? 1 - alpha / 2 : 1;
  const first = y.findIndex((v) => v > 0);
  let z = first < 0 ? 0 : y[first]!;
  let p = first < 0 ? 1 : first + 1;
  let q = 1;
  let sae = 0;
  let counted = 0;
  for (let t = first < 0 ? y.length : first + 1; t < y.length; t++) {
    sae += Math.abs(y[t]! - (factor * z) / p);
    counted++;
    if (y[t]! > 0) {
      z += alpha * (y[t]! - z);
      p += alpha * (q - p);
      q = 1;
    } else q++;
  }
  const f = (factor * z) / p;
  return {
    method: variant,
    params: { alpha },
    mae: counted ? sae / counted : 0,
    forecast: (h) => new Array<number>(h).fill(f),
  };
}

/**
 * TSB (Teunter–Syntetos–Babai): the probability of a sale (d) is smoothed every day with β, the
 * size (z) on days with a sale with α; the forecast is d × z. Unlike Croston it decays when an
 * item stops selling. Started like Croston: z = the first sale, d = 1 / the days up to it.
 */
export function tsb(y: readonly number[], alpha: number, beta: number): Fit {
  const first = y.findIndex((v) => v > 0);
  let z = first < 0 ? 0 : y[first]!;
  let d = first < 0 ? 0 : 1 / (first + 1);
  let sae = 0;
  let counted = 0;
  for (let t = first < 0 ? y.length : first + 1; t < y.length; t++) {
    sae += Math.abs(y[t]! - d * z);
    counted++;
    const sold = y[t]! > 0;
    d += beta * ((sold ? 1 : 0) - d);
    if (sold) z += alpha * (y[t]! - z);
  }
  const f = d * z;
  return {
    method: 'tsb',
    params: { alpha, beta },
    mae: counted ? sae / counted : 0,
    forecast: (h) => new Array<number>(h).fill(f),
  };
}

/**
 * Weekday indices of a history (day t is weekday t mod 7): each weekday's mean over the overall
 * mean, shrunk toward 1 by weight units / (units + shrinkUnits), so a rarely sold item keeps a flat
 * week. Used with the intermittent methods, which have no seasonality of their own.
 */
export function weekdayIndex(y: readonly number[], shrinkUnits = 20): number[] {
  const all = mean(y);
  if (all <= 0) return new Array<number>(WEEK).fill(1);
  return Array.from({ length: WEEK }, (_, d) => {
    const same = y.filter((_, t) => t % WEEK === d);
    const units = same.reduce((a, b) => a + b, 0);
    const w = units / (units + shrinkUnits);
    return w * (mean(same) / all) + (1 - w);
  });
}

/** The grids searched (small on purpose: a few hundred runs per item, nightly). */
export const grids = {
  ses: [0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1],
  holtWinters: {
    alpha: [0.01, 0.02, 0.05, 0.1, 0.2, 0.3],
    beta: [0, 0.01, 0.05],
    gamma: [0.005, 0.01, 0.05, 0.1, 0.2],
  },
  croston: [0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3],
  tsb: { alpha: [0.05, 0.1, 0.2, 0.3], beta: [0.01, 0.02, 0.05, 0.1, 0.2] },
};

function best(fits: Fit[]): Fit {
  return fits.reduce((a, b) => (b.mae < a.mae ? b : a));
}

/** Tunes one method on the history by the grid above; returns the best fit. */
export function tune(method: MethodName, y: readonly number[]): Fit {
  const fits: Fit[] = [];
  if (method === 'ses') for (const a of grids.ses) fits.push(ses(y, a));
  else if (method === 'croston' || method === 'sba')
    for (const a of grids.croston) fits.push(croston(y, a, method));
  else if (method === 'tsb')
    for (const a of grids.tsb.alpha) for (const b of grids.tsb.beta) fits.push(tsb(y, a, b));
  else {
    const mode = method === 'holt_winters_add' ? 'add' : 'mul';
    const g = grids.holtWinters;
    for (const a of g.alpha)
      for (const b of g.beta) for (const c of g.gamma) fits.push(holtWinters(y, mode, a, b, c));
  }
  return best(fits);
}
