import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createTestApp, type TestApp } from '../helpers/app.ts';

/**
 * The Grafana dashboard may only use metric names the app really exports: every name in its
 * PromQL is looked up in the /metrics output of a running app, so a rename fails here.
 */
const dashboard = JSON.parse(
  readFileSync(new URL('../../deploy/grafana/dashboards/haat.json', import.meta.url), 'utf8'),
) as {
  panels: { title: string; targets?: { expr: string }[] }[];
  templating: { list: { query?: unknown }[] };
};

const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool']);
const OPERATORS = new Set(['and', 'or', 'unless', 'offset']);

/** Metric names in a PromQL expression: identifiers that are not functions, labels or keywords. */
function metricNames(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // strings
    .replace(/\{[^}]*\}/g, '') // label matchers
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '') // label lists
    .replace(/\[[^\]]*\]/g, '') // range selectors
    .replace(/\boffset\s+-?[\dsmhdwy]+/g, '') // offset modifiers such as `offset 1d`
    .replace(/(?<![\w:])\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi, '0'); // numbers such as 1e9
  const names: string[] = [];
  for (const match of stripped.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const word = match[0];
    const after = stripped.slice(match.index + word.length).trimStart();
    if (after.startsWith('(') || KEYWORDS.has(word) || OPERATORS.has(word)) continue;
    if (word.startsWith('$') || /^\d/.test(word)) continue;
    names.push(word);
  }
  return names;
}

let t: TestApp;
let exported: Set<string>;

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/metrics' });
  expect(res.statusCode).toBe(200);
  exported = new Set<string>();
  for (const line of res.body.split('\n')) {
    const m = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (!m) continue;
    exported.add(m[1]!);
    if (m[2] === 'histogram')
      for (const s of ['_bucket', '_sum', '_count']) exported.add(m[1]! + s);
    if (m[2] === 'summary') for (const s of ['_sum', '_count']) exported.add(m[1]! + s);
  }
});
afterAll(() => t.close());

it('reads metric names out of PromQL', () => {
  expect(
    metricNames(
      'histogram_quantile(0.95, sum by (le, route) (rate(haat_x_bucket{job=~"$job",a="b c"}[5m]))) / ignoring(q) up / 1e9',
    ),
  ).toEqual(['haat_x_bucket', 'up']);
});

it('uses only metrics the app exports', () => {
  const exprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((target) => target.expr));
  for (const variable of dashboard.templating.list) {
    if (typeof variable.query === 'string' && variable.query.startsWith('label_values(')) {
      exprs.push(variable.query.replace(/^label_values\(([^,)]+).*$/, '$1'));
    }
  }
  const used = new Set(exprs.flatMap(metricNames));
  expect(used.size).toBeGreaterThanOrEqual(15);
  const missing = [...used].filter((name) => !exported.has(name));
  expect(missing).toEqual([]);
});

it('charts every application metric', () => {
  const exprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((target) => target.expr));
  const used = new Set(exprs.flatMap(metricNames));
  const appMetrics = [...exported].filter(
    (name) => name.startsWith('haat_') && !/_(sum|count|bucket)$/.test(name),
  );
  const covered = (name: string) =>
    used.has(name) || ['_bucket', '_sum', '_count'].some((s) => used.has(name + s));
  expect(appMetrics.filter((name) => !covered(name))).toEqual([]);
});

it('alerts only on metrics the app exports', () => {
  const rules = parse(
    readFileSync(new URL('../../deploy/prometheus/alerts.yml', import.meta.url), 'utf8'),
  ) as { groups: { rules: { alert: string; expr: string }[] }[] };
  const alerts = rules.groups.flatMap((g) => g.rules);
  expect(alerts.map((r) => r.alert)).toContain('HaatSmsRefusedSpike');
  const used = new Set(alerts.flatMap((r) => metricNames(r.expr)));
  expect(used.has('haat_sms_total')).toBe(true);
  expect([...used].filter((name) => !exported.has(name))).toEqual([]);
  const prometheus = parse(
    readFileSync(new URL('../../deploy/prometheus/prometheus.yml', import.meta.url), 'utf8'),
  ) as { rule_files: string[] };
  expect(prometheus.rule_files).toContain('/etc/prometheus/alerts.yml');
});
