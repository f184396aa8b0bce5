/**
 * `npm run bench -- forecast`: the demand forecast (src/modules/insights/forecast, the functions
 * the nightly job calls) over generated sales histories (generate.ts documents the assumptions).
 *
 * Each item's history is cut at an origin; everything is fitted and tuned on the days before it
 * (the product's own method choice, parameters, festival uplifts and internal backtest included)
 * and scored on the 28 days after it, never seen before scoring. Two origins:
 * - the final 28 days (2026-12-04 to 2026-12-31): the target window;
 * - 2026-05-14 to 2026-06-10, around Eid-ul-Adha: how the festival effects hold up.
 * Scores: MASE (scaled by the seasonal naive in-sample error of the training days), per item, then
 * the mean over items, and per generated pattern. Compared: the product (`forecastItem`), seasonal
 * naive (period 7) and simple exponential smoothing tuned on the same days (no events).
 * Targets, on each window: the product's mean MASE ≥ 20 % below seasonal naive's and below SES's.
 * Exit status 1 when a target is missed.
 */
import { forecastItem, mase } from '../../src/modules/insights/index.ts';
import { seasonalNaive, tune } from '../../src/modules/insights/forecast/methods.ts';
import { addDays, daysBetween } from '../../src/modules/festivals/index.ts';
import { generate, START, type Pattern } from './generate.ts';

const HORIZON = 28;
const items = generate();
const windows = [
  { name: 'final 28 days', from: addDays(START, items[0]!.sales.length - HORIZON) },
  { name: 'Eid-ul-Adha 2026', from: '2026-05-14' },
];
const patterns: Pattern[] = ['smooth', 'erratic', 'intermittent', 'lumpy'];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

let ok = true;
const started = Date.now();
for (const w of windows) {
  const cut = daysBetween(START, w.from);
  const rows = items.map((item) => {
    const train = item.sales.slice(0, cut);
    const actual = item.sales.slice(cut, cut + HORIZON);
    const product = forecastItem(train, START, HORIZON);
    return {
      pattern: item.pattern,
      method: product.method,
      classified: product.pattern,
      product: mase(actual, product.daily, train),
      naive: mase(actual, seasonalNaive(train, HORIZON), train),
      ses: mase(actual, tune('ses', train).forecast(HORIZON), train),
    };
  });
  const table = [...patterns, 'all' as const].map((p) => {
    const rs = rows.filter((r) => p === 'all' || r.pattern === p);
    return {
      pattern: p,
      items: rs.length,
      product: mean(rs.map((r) => r.product)).toFixed(3),
      'seasonal naive': mean(rs.map((r) => r.naive)).toFixed(3),
      SES: mean(rs.map((r) => r.ses)).toFixed(3),
    };
  });
  console.log(
    `\n${w.name}: held out ${w.from} to ${addDays(w.from, HORIZON - 1)}, trained on ${cut} days`,
  );
  console.table(table);
  const methods = new Map<string, number>();
  for (const r of rows) methods.set(r.method, (methods.get(r.method) ?? 0) + 1);
  const agree = rows.filter((r) => r.classified === r.pattern).length;
  console.log(
    `methods chosen: ${[...methods].map(([m, n]) => `${m} ${n}`).join(', ')}; pattern classified as generated: ${agree}/${rows.length}`,
  );
  const p = mean(rows.map((r) => r.product));
  const n = mean(rows.map((r) => r.naive));
  const s = mean(rows.map((r) => r.ses));
  const pass = p <= 0.8 * n && p < s;
  ok &&= pass;
  console.log(
    `${w.name}: product MASE ${p.toFixed(3)} is ${((1 - p / n) * 100).toFixed(1)} % below seasonal naive (≥ 20 %) and ${((1 - p / s) * 100).toFixed(1)} % below SES (> 0): ${pass ? 'PASS' : 'FAIL'}`,
  );
}
console.log(
  `\n${items.length} items, ${windows.length} windows in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(ok ? 0 : 1);
