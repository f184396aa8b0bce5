/**
 * `forecastItem`: an item's daily demand for the next days, by the method its demand pattern calls
 * for, with festival effects, and the error it made on the last days of its own history.
 *
 * - Pattern (classify.ts) → candidates: smooth or erratic → Holt-Winters with weekly seasonality,
 *   additive and multiplicative; intermittent or lumpy → SBA, TSB and Croston. Each candidate is
 *   tuned on the history (methods.ts) and the one with the least in-sample one-step error is used.
 *   Fewer than two weeks of history: simple exponential smoothing.
 * - Events (events.ts): uplifts are estimated on the history, the history is divided by them
 *   before fitting, and the forecast is multiplied by them on the horizon's event days.
 * - Backtest: the same procedure on the history without its last `backtestDays` (default 28),
 *   scored on those days; MASE against the seasonal naive forecast (period 7) of that shorter
 *   history. Its RMSE is the daily error restock.ts sizes the safety stock from.
 *
 * Input: units sold per day, oldest first. A value that is not a finite number (a day with no
 * record) counts as 0, a negative one (returns beyond sales) as 0; `adjusted` counts them. A bad
 * start date or horizon is a RangeError.
 */
import { classifyDemand, type DemandPattern } from './classify.ts';
import {
  applyUplifts,
  estimateUplifts,
  eventCalendar,
  type FestivalSpan,
  type Uplifts,
} from './events.ts';
import { seasonalNaive, tune, WEEK, weekdayIndex, type MethodName } from './methods.ts';

export type ForecastOptions = {
  backtestDays?: number;
  /** Festival dates (default: the festival calendar's); [] turns event effects off. */
  spans?: readonly FestivalSpan[];
  /** Prior uplifts the item's own are shrunk toward (e.g. pooled over a category). */
  priorUplifts?: Uplifts;
  /** Force a method instead of choosing by pattern. */
  method?: MethodName;
};

export type Backtest = { mase: number; mae: number; rmse: number; window: number };

export type ItemForecast = {
  method: MethodName;
  pattern: DemandPattern;
  daily: number[];
  uplifts: Uplifts;
  backtest: Backtest | null;
  adjusted: number;
};

/**
 * Mean absolute scaled error: the forecast's mean absolute error over the in-sample mean absolute
 * error of the seasonal naive one-step forecast. Below 1: better than seasonal naive was in-sample.
 * A flat in-sample history (scale 0) gives 0 for a perfect forecast, Infinity otherwise.
 */
export function mase(
  actual: readonly number[],
  forecast: readonly number[],
  insample: readonly number[],
  period = WEEK,
): number {
  if (actual.length !== forecast.length || !actual.length)
    throw new RangeError('mase: actual and forecast must be non-empty and of one length');
  const mae = actual.reduce((a, y, i) => a + Math.abs(y - forecast[i]!), 0) / actual.length;
  let scale = 0;
  for (let t = period; t < insample.length; t++)
    scale += Math.abs(insample[t]! - insample[t - period]!);
  scale = insample.length > period ? scale / (insample.length - period) : 0;
  if (scale === 0) return mae === 0 ? 0 : Infinity;
  return mae / scale;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function candidates(pattern: DemandPattern, days: number): MethodName[] {
  if (days < 2 * WEEK) return ['ses'];
  if (pattern === 'smooth' || pattern === 'erratic')
    return ['holt_winters_add', 'holt_winters_mul'];
  return ['sba', 'tsb', 'croston'];
}

function fitAndForecast(
  y: readonly number[],
  startDate: string,
  horizon: number,
  methods: readonly MethodName[],
  opts: ForecastOptions,
) {
  const kinds = eventCalendar(startDate, y.length + horizon, opts.spans);
  const uplifts = estimateUplifts(y, kinds, opts.priorUplifts);
  let clean = applyUplifts(y, kinds, uplifts, true);
  // The intermittent methods are flat: a weekday index carries the week for them.
  const flat = methods.every((m) => !m.startsWith('holt_winters'));
  const week = flat ? weekdayIndex(clean) : new Array<number>(WEEK).fill(1);
  clean = clean.map((v, t) => v / week[t % WEEK]!);
  const fits = methods.map((m) => tune(m, clean));
  const fit = fits.reduce((a, b) => (b.mae < a.mae ? b : a));
  const n = y.length;
  const seasonal = fit.forecast(horizon).map((v, h) => v * week[(n + h) % WEEK]!);
  const daily = applyUplifts(seasonal, kinds.slice(n), uplifts);
  return { method: fit.method, uplifts, daily };
}

export function forecastItem(
  history: readonly number[],
  startDate: string,
  horizon: number,
  opts: ForecastOptions = {},
): ItemForecast {
  if (!DATE.test(startDate) || Number.isNaN(Date.parse(`${startDate}T00:00:00Z`)))
    throw new RangeError(`forecastItem: start date "${startDate}" is not YYYY-MM-DD`);
  if (!Number.isInteger(horizon) || horizon < 0 || horizon > 366)
    throw new RangeError('forecastItem: horizon must be a whole number of days, 0–366');
  let adjusted = 0;
  const y = history.map((v) => {
    if (Number.isFinite(v) && v >= 0) return v;
    adjusted++;
    return 0;
  });
  const pattern = classifyDemand(y);
  const methods = opts.method ? [opts.method] : candidates(pattern, y.length);
  const { method, uplifts, daily } = fitAndForecast(y, startDate, horizon, methods, opts);

  const window = opts.backtestDays ?? 28;
  let backtest: Backtest | null = null;
  if (window > 0 && y.length >= window + 2 * WEEK) {
    const train = y.slice(0, -window);
    const actual = y.slice(-window);
    const m = opts.method ? [opts.method] : candidates(classifyDemand(train), train.length);
    const f = fitAndForecast(train, startDate, window, m, opts).daily;
    const errs = actual.map((a, i) => a - f[i]!);
    backtest = {
      mase: mase(actual, f, train),
      mae: errs.reduce((s, e) => s + Math.abs(e), 0) / window,
      rmse: Math.sqrt(errs.reduce((s, e) => s + e * e, 0) / window),
      window,
    };
  }
  return { method, pattern, daily, uplifts, backtest, adjusted };
}

export { seasonalNaive };
