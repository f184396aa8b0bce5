/**
 * The storefront on a cheap phone on a slow line: per route (home, search, product, bag, checkout),
 * in Debian's Chromium at 360×740 with 1.6 Mbps / 150 ms and a 4× slower CPU, from a cold cache:
 * compressed script bytes, Largest Contentful Paint, Cumulative Layout Shift, and axe's violations.
 * Budgets: script ≤ 150 KB, LCP ≤ 2.5 s, CLS ≤ 0.05, axe 0. Builds the web app, seeds the demo
 * marketplace into DATABASE_URL (a scratch database) or an embedded PostgreSQL, and serves both.
 *   npm run bench web   (RUNS=3 takes the median of three loads per route; ROUTES=product,bag
 *   measures only those; DETAIL=1 prints script sizes, the LCP element and the request waterfall)
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { seedAll, seedReference } from '../../src/cli/commands/core.ts';
import { startBenchServer } from '../lib.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.RUNS ?? 1);
const BUDGET = { scriptKb: 150, lcpMs: 2500, cls: 0.05 };
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const VIEWPORT = { width: 360, height: 740 };
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const dist = await mkdtemp(path.join(tmpdir(), 'haat-web-bench-'));
console.log('building the web app…');
execFileSync(
  path.join(ROOT, 'node_modules/.bin/vite'),
  [
    'build',
    '--config',
    'web/vite.config.ts',
    '--outDir',
    dist,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
);
process.env.WEB_DIST_DIR = dist;
const server = await startBenchServer({ serveWeb: true });
console.log('seeding the demo marketplace…');
await seedReference(server.ctx);
await seedAll(server.ctx);
const product = await server.ctx.db
  .selectFrom('products')
  .select(['id'])
  .where('status', '=', 'active')
  .orderBy('created_at')
  .executeTakeFirstOrThrow();

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/** Largest contentful paint and layout shifts, recorded from the first byte. */
const OBSERVERS = `
  window.__lcp = 0; window.__cls = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) { window.__lcp = e.startTime; window.__lcpWhat = (e.element ? e.element.tagName + (e.element.className ? '.' + e.element.className : '') : '?') + (e.url ? ' ' + new URL(e.url).pathname : ''); } })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
`;

type Row = {
  route: string;
  scriptKb: number;
  headersKb: number;
  lcpMs: number;
  cls: number;
  axe: string[];
};

async function signedInState(b: Browser) {
  const context = await b.newContext({ viewport: VIEWPORT, locale: 'bn-BD' });
  const page = await context.newPage();
  await page.goto(`${server.url}/account`);
  await page.getByLabel('মোবাইল নম্বর বা ইমেইল').fill('customer@haat.test');
  await page.getByLabel('পাসওয়ার্ড').fill('haat-demo-2026');
  await page.getByRole('button', { name: 'লগ ইন' }).click();
  await page.getByRole('heading', { name: 'লগ ইন করুন' }).waitFor({ state: 'detached' });
  await page.goto(`${server.url}/products/${product.id}`);
  await page.getByRole('button', { name: 'ব্যাগে যোগ করুন' }).first().click();
  await page.waitForLoadState('networkidle');
  const state = await context.storageState();
  await context.close();
  return state;
}

async function measure(b: Browser, route: string, url: string, options: BrowserContextOptions) {
  // bypassCSP: axe is injected as an inline script, which the app's policy rightly refuses.
  const context = await b.newContext({
    viewport: VIEWPORT,
    locale: 'bn-BD',
    bypassCSP: true,
    ...options,
  });
  const page = await context.newPage();
  await page.addInitScript(OBSERVERS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Script bytes as sent compressed: the body (what the budget is about) and, apart, the
  // response headers that came with it (HTTP/1.1 repeats them for every file; HTTP/2 packs them).
  const scripts = new Map<string, { url: string; headers: number }>();
  let scriptBytes = 0;
  let headerBytes = 0;
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script')
      scripts.set(e.requestId, { url: e.response.url, headers: e.response.encodedDataLength });
  });
  // DETAIL=1 prints the waterfall: when each request started and ended, from the navigation.
  const started = new Map<string, { url: string; at: number }>();
  let navigationAt: number | undefined;
  cdp.on('Network.requestWillBeSent', (e) => {
    navigationAt ??= e.timestamp;
    started.set(e.requestId, { url: e.request.url, at: e.timestamp });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const request = started.get(e.requestId);
    if (process.env.DETAIL && request && navigationAt !== undefined) {
      const ms = (t: number) => Math.round((t - navigationAt!) * 1000);
      const where = new URL(request.url);
      console.log(
        `  ${route}: ${String(ms(request.at)).padStart(5)}–${String(ms(e.timestamp)).padStart(5)} ms ` +
          `${where.pathname}${where.search}`.slice(0, 120),
      );
    }
    const script = scripts.get(e.requestId);
    if (script === undefined) return;
    const body = e.encodedDataLength - script.headers;
    scriptBytes += body;
    headerBytes += script.headers;
    if (process.env.DETAIL)
      console.log(`  ${route}: ${(body / 1024).toFixed(1)} KB ${new URL(script.url).pathname}`);
  });
  // PROFILE=1 prints where the main thread spent its time during the load (self time per function).
  if (process.env.PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${server.url}${url}`, { waitUntil: 'load', timeout: 120_000 });
  await page.locator('main h1').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 60_000 });
  // LCP stops at the first input; none comes here, so it is final once the page is idle.
  const { lcp, cls, what } = await page.evaluate(() => ({
    lcp: (window as unknown as { __lcp: number }).__lcp,
    cls: (window as unknown as { __cls: number }).__cls,
    what: (window as unknown as { __lcpWhat: string }).__lcpWhat,
  }));
  if (process.env.DETAIL) {
    console.log(`  ${route}: LCP ${Math.round(lcp)} ms on ${what}`);
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)} ms`),
    );
    for (const mark of marks) console.log(`  ${route}: mark ${mark}`);
  }
  if (process.env.PROFILE) printProfile(route, (await cdp.send('Profiler.stop')).profile);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const axe = await runAxe(page);
  await context.close();
  return {
    route,
    scriptKb: scriptBytes / 1024,
    headersKb: headerBytes / 1024,
    lcpMs: lcp,
    cls,
    axe,
  } satisfies Row;
}

type Profile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** The twelve functions with the most self time, and the total per script file. */
function printProfile(route: string, profile: Profile) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  const perFile = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byNode.get(id)!;
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    const file = frame.url ? new URL(frame.url).pathname : `(${frame.functionName || 'native'})`;
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    perFile.set(file, (perFile.get(file) ?? 0) + ms);
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  for (const [file, ms] of top(perFile, 8))
    console.log(`  ${route}: ${ms.toFixed(0)} ms in ${file}`);
  for (const [name, ms] of top(self, 12)) console.log(`  ${route}:   ${ms.toFixed(0)} ms ${name}`);
}

async function runAxe(page: Page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (d: Document) => Promise<unknown> } }).axe;
    return (await axe.run(document)) as { violations: { id: string; nodes: unknown[] }[] };
  });
  return result.violations.map((v) => `${v.id}×${v.nodes.length}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  // A signed-in page rotates its refresh token: each measured load signs in afresh (a reused
  // token would end the session, as it should).
  const signedIn = async () => ({ storageState: await signedInState(browser) });
  const guest = async () => ({});
  const routes: [string, string, () => Promise<BrowserContextOptions>][] = [
    ['home', '/', guest],
    ['search', `/search?q=${encodeURIComponent('চাল')}`, guest],
    ['product', `/products/${product.id}`, guest],
    ['bag', '/cart', signedIn],
    ['checkout', '/checkout', signedIn],
  ];
  // ROUTES=product,bag measures only those.
  const only = process.env.ROUTES?.split(',');
  const rows: Row[] = [];
  for (const [route, url, options] of routes) {
    if (only && !only.includes(route)) continue;
    const runs: Row[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, route, url, await options()));
    rows.push({
      route,
      scriptKb: median(runs.map((r) => r.scriptKb)),
      headersKb: median(runs.map((r) => r.headersKb)),
      lcpMs: median(runs.map((r) => r.lcpMs)),
      cls: median(runs.map((r) => r.cls)),
      axe: runs[0]!.axe,
    });
  }
  const ok = (pass: boolean) => (pass ? 'ok' : 'OVER');
  console.log(
    '\nroute     | script KB (compressed) | + headers KB | LCP ms        | CLS          | axe violations',
  );
  console.log(
    '--------- | ---------------------- | ------------ | ------------- | ------------ | --------------',
  );
  for (const r of rows) {
    console.log(
      [
        r.route.padEnd(9),
        `${r.scriptKb.toFixed(1).padStart(6)} ${ok(r.scriptKb <= BUDGET.scriptKb)}`.padEnd(22),
        r.headersKb.toFixed(1).padStart(12),
        `${Math.round(r.lcpMs).toString().padStart(5)} ${ok(r.lcpMs <= BUDGET.lcpMs)}`.padEnd(13),
        `${r.cls.toFixed(3)} ${ok(r.cls <= BUDGET.cls)}`.padEnd(12),
        r.axe.length ? r.axe.join(', ') : '0',
      ].join(' | '),
    );
  }
  console.log(
    `\nbudgets: script ≤ ${BUDGET.scriptKb} KB, LCP ≤ ${BUDGET.lcpMs} ms, CLS ≤ ${BUDGET.cls}, axe 0; ` +
      `1.6 Mbps / 150 ms / 4× CPU, cold cache, ${RUNS} run(s) per route (median)`,
  );
} finally {
  await browser.close();
  await server.close();
  await rm(dist, { recursive: true, force: true });
}
