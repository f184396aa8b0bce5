/**
 * Soak: a mixed, realistic workload at a FIXED arrival rate (open model: requests start on schedule
 * whether or not earlier ones finished) for a fixed time, against real Haat processes — one API and
 * one worker started with `haat serve` — on a scratch database `haat_soak` beside DATABASE_URL,
 * seeded with the demo marketplace. Reports throughput, p50/p95/p99 per class, errors by status,
 * orders placed, and the memory of each process at the start, every 30 s and at the end.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379 \
 *     SOAK_DURATION=10m SOAK_RATE=20 npm run bench -- soak
 *
 * SOAK_CUSTOMERS (40) customers shop; the scratch database is dropped at the end unless SOAK_KEEP_DB
 * is set. Results also go to bench/results/soak-<time>.json.
 *
 * Mix: browse 70 % (product, shop, shop products, nearby shops, categories, category listing),
 * search 20 % (Bengali, English and Banglish text near a point; suggest), cart/checkout 10 %
 * (a pool of customers adds to the bag, reads it, places COD orders). Exits 1 on any 5xx or an
 * inconsistency found at the end (negative stock, an order without items or payment).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { signAccessToken } from '../src/platform/http/auth.ts';
import { percentile } from './lib.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const durationMs = parseDuration(process.env.SOAK_DURATION ?? '10m');
const rate = Number(process.env.SOAK_RATE ?? 20);
const customersWanted = Number(process.env.SOAK_CUSTOMERS ?? 40);
const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) {
  console.error(
    'soak: DATABASE_URL is required (the scratch database haat_soak is made beside it)',
  );
  process.exit(2);
}
if (!(rate > 0) || !(durationMs > 0)) {
  console.error('soak: SOAK_RATE must be > 0 and SOAK_DURATION like 30s, 10m or 1h');
  process.exit(2);
}

function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text.trim());
  if (!m) return NaN;
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
}

const soakUrl = new URL(baseUrl);
soakUrl.pathname = '/haat_soak';
const DATABASE_URL = soakUrl.toString();
const JWT_SECRET = randomBytes(32).toString('base64url');
const REDIS_NAMESPACE = `soak-${randomUUID().slice(0, 8)}`;

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

function haat(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['bin/haat.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`haat ${args.join(' ')} exited ${run.status}`);
}

// --- the scratch database, seeded ---------------------------------------------------------------
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS haat_soak WITH (FORCE)');
await admin.query('CREATE DATABASE haat_soak');
await admin.end();
const processEnv: Record<string, string> = {
  DATABASE_URL,
  JWT_SECRET,
  // Development: production refuses the demo accounts (their password is public) and the payment
  // sandboxes this run needs. Logs are JSON either way (no terminal).
  NODE_ENV: 'development',
  PAYMENTS_SANDBOX: 'true',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  // Soak customers place COD orders over and over and no seller accepts them: the run measures
  // checkout, not the per-customer hold limits (docs/orders.md).
  ORDER_MAX_OPEN_UNPAID: '10000',
  ORDER_MAX_UNITS_PER_PRODUCT: '10000',
  REDIS_NAMESPACE,
  ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
};
console.log('soak: seeding the demo marketplace into haat_soak…');
haat(['migrate'], processEnv);
haat(['seed'], processEnv);

// --- Haat: one API, one worker ------------------------------------------------------------------
const port = await freePort();
const api = spawn(process.execPath, ['bin/haat.js', 'serve', '--roles', 'api'], {
  cwd: ROOT,
  env: { ...process.env, ...processEnv, PORT: String(port) },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const worker = spawn(process.execPath, ['bin/haat.js', 'serve', '--roles', 'worker'], {
  cwd: ROOT,
  env: { ...process.env, ...processEnv, PORT: '0', METRICS_PORT: '0' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const children: [string, ChildProcess][] = [
  ['api', api],
  ['worker', worker],
];
const base = `http://127.0.0.1:${port}`;
async function stopChildren() {
  for (const [, child] of children) child.kill('SIGTERM');
  await Promise.all(
    children.map(([, child]) =>
      child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null,
    ),
  );
}
process.on('SIGINT', () => void stopChildren().then(() => process.exit(130)));

for (let waited = 0; ; waited += 200) {
  const ok = await fetch(`${base}/health`).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) break;
  if (waited > 120_000) throw new Error('soak: the API did not come up in 120 s');
  await new Promise((r) => setTimeout(r, 200));
}

// --- the data the workload picks from -----------------------------------------------------------
const db = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
const products = (
  await db.query<{ id: string; variant_id: string }>(
    `SELECT p.id, (SELECT v.id FROM product_variants v WHERE v.product_id = p.id
                   ORDER BY v.position LIMIT 1) AS variant_id
     FROM products p JOIN shops s ON s.id = p.shop_id
     WHERE p.status = 'active' AND s.status = 'approved'`,
  )
).rows.filter((p) => p.variant_id);
const shops = (
  await db.query<{ id: string; lat: number; lng: number }>(
    `SELECT id, lat, lng FROM shops WHERE status = 'approved'`,
  )
).rows;
const categories = (await db.query<{ slug: string }>('SELECT slug FROM categories')).rows;
if (products.length === 0 || shops.length === 0) throw new Error('soak: the seed made no products');
// Enough stock that a 10-minute run measures checkout, not "out of stock" answers.
await db.query('UPDATE product_variants SET on_hand = greatest(on_hand, 100000)');

const secret = new TextEncoder().encode(JWT_SECRET);
type Customer = { id: string; auth: string; addressId: string; busy: boolean };
const customers: Customer[] = [];
for (let i = 0; i < customersWanted; i++) {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (name, phone, email, role, locale, password_hash, phone_verified_at)
     VALUES ($1, $2, $3, 'customer', 'bn', 'not-a-hash', now()) RETURNING id`,
    [`Soak ${i}`, `+88017${String(10_000_000 + i).padStart(8, '0')}`, `soak-${i}@example.test`],
  );
  const id = rows[0]!.id;
  // Tokens outlive the run: an expired token mid-soak would measure re-login, not the workload.
  const token = await signAccessToken(secret, { id, role: 'customer' }, durationMs / 1000 + 3600);
  const near = shops[i % shops.length]!;
  const res = await fetch(`${base}/api/v1/me/addresses`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      label: 'বাসা',
      recipientName: `Soak ${i}`,
      phone: '01711000000',
      addressLine: 'বাড়ি ১, রোড ১',
      landmark: 'মসজিদের পাশে',
      lat: near.lat + 0.002,
      lng: near.lng,
    }),
  });
  if (res.status !== 201) throw new Error(`soak: address ${res.status} ${await res.text()}`);
  const address = (await res.json()) as { id: string };
  customers.push({ id, auth: `Bearer ${token}`, addressId: address.id, busy: false });
}

// --- the workload -------------------------------------------------------------------------------
type Klass = 'browse' | 'search' | 'checkout';
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const searches = [
  'ডিম',
  'চাল',
  'সয়াবিন তেল',
  'পেঁয়াজ',
  'মুরগি',
  'rice',
  'soybean oil',
  'napa',
  'paracetamol',
  'piaj',
  'dim',
  'chal',
  'alu',
  'dal',
  'tel',
];

function browse(): [string, RequestInit?] {
  const shop = pick(shops);
  const roll = Math.random();
  if (roll < 0.35) return [`/products/${pick(products).id}`];
  if (roll < 0.55) return [`/shops/${shop.id}`];
  if (roll < 0.7) return [`/shops/${shop.id}/products?limit=20`];
  if (roll < 0.85) return [`/shops/nearby?lat=${shop.lat}&lng=${shop.lng}&radius=3000`];
  if (roll < 0.93) return [`/search?category=${pick(categories).slug}&limit=20`];
  return ['/categories'];
}

function search(): [string] {
  const shop = pick(shops);
  const q = encodeURIComponent(pick(searches));
  if (Math.random() < 0.25) return [`/search/suggest?q=${q}`];
  return [`/search?q=${q}&lat=${shop.lat}&lng=${shop.lng}&radius=5000&limit=20`];
}

const samples: Record<Klass, number[]> = { browse: [], search: [], checkout: [] };
const statuses: Record<string, number> = {};
const serverErrors: string[] = [];
let ordersPlaced = 0;
let inFlight = 0;
let maxInFlight = 0;

async function timed(klass: Klass, pathAndQuery: string, init: RequestInit = {}) {
  const t0 = performance.now();
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  try {
    const res = await fetch(`${base}/api/v1${pathAndQuery}`, {
      ...init,
      signal: AbortSignal.timeout(30_000),
    });
    const body = await res.text();
    samples[klass].push(performance.now() - t0);
    const key = `${klass} ${res.status}`;
    statuses[key] = (statuses[key] ?? 0) + 1;
    if (res.status >= 500)
      serverErrors.push(`${res.status} ${pathAndQuery}: ${body.slice(0, 200)}`);
    return { status: res.status, body };
  } catch (error) {
    const key = `${klass} ${(error as Error).name}`;
    statuses[key] = (statuses[key] ?? 0) + 1;
    serverErrors.push(`${(error as Error).name} ${pathAndQuery}`);
    return { status: 0, body: '' };
  } finally {
    inFlight--;
  }
}

/** One cart step for a free customer: mostly add to the bag and read it; sometimes place it. */
async function shop() {
  const customer = customers.find((c) => !c.busy && Math.random() < 0.5) ?? pick(customers);
  if (customer.busy) return;
  customer.busy = true;
  const headers = { authorization: customer.auth, 'content-type': 'application/json' };
  try {
    if (Math.random() < 0.7) {
      await timed('checkout', '/cart/items', {
        method: 'POST',
        headers,
        body: JSON.stringify({ variantId: pick(products).variant_id, quantity: 1 }),
      });
      await timed('checkout', '/cart', { headers });
      return;
    }
    const placed = await timed('checkout', '/checkout', {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ addressId: customer.addressId, payment: 'cod' }),
    });
    if (placed.status === 201) {
      ordersPlaced += (JSON.parse(placed.body) as { orders: unknown[] }).orders.length;
    }
  } finally {
    customer.busy = false;
  }
}

function fire() {
  const roll = Math.random();
  if (roll < 0.7) void timed('browse', ...browse());
  else if (roll < 0.9) void timed('search', ...search());
  else void shop();
}

// --- memory of each process ---------------------------------------------------------------------
async function rssMb(pid: number | undefined): Promise<number> {
  if (!pid) return NaN;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : NaN;
}
type MemorySample = { atS: number; api: number; worker: number; apiHeap: number };
async function apiHeapMb(): Promise<number> {
  const text = await fetch(`${base}/metrics`).then(
    (r) => (r.ok ? r.text() : ''),
    () => '',
  );
  const m = /^nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\S+)$/m.exec(text);
  return m ? Number(m[1]) / 1024 / 1024 : NaN;
}
const memory: MemorySample[] = [];
const started = performance.now();
async function sampleMemory() {
  memory.push({
    atS: Math.round((performance.now() - started) / 1000),
    api: await rssMb(api.pid),
    worker: await rssMb(worker.pid),
    apiHeap: await apiHeapMb(),
  });
}

// --- run ----------------------------------------------------------------------------------------
console.log(
  `soak: ${rate} req/s for ${durationMs / 1000} s; ${products.length} products, ${shops.length} shops, ${customers.length} customers`,
);
await sampleMemory();
const intervalMs = 1000 / rate;
let next = performance.now();
let fired = 0;
let lastSample = performance.now();
while (performance.now() - started < durationMs) {
  // Catch up on schedule: a slow event loop fires the requests that were due, not fewer.
  while (next <= performance.now()) {
    fire();
    fired++;
    next += intervalMs;
  }
  if (performance.now() - lastSample >= 30_000) {
    lastSample = performance.now();
    await sampleMemory();
    const done = Object.values(samples).reduce((n, s) => n + s.length, 0);
    console.log(
      `  ${memory.at(-1)!.atS} s: ${done} answered, ${inFlight} in flight, api ${memory.at(-1)!.api.toFixed(0)} MB, worker ${memory.at(-1)!.worker.toFixed(0)} MB`,
    );
  }
  await new Promise((r) => setTimeout(r, Math.max(0, Math.min(50, next - performance.now()))));
}
const elapsedS = (performance.now() - started) / 1000;
for (let waited = 0; inFlight > 0 && waited < 30_000; waited += 100) {
  await new Promise((r) => setTimeout(r, 100));
}
await sampleMemory();

// --- consistency --------------------------------------------------------------------------------
const checks = (
  await db.query<{ negative: string; no_items: string; no_payment: string; orders: string }>(
    `SELECT (SELECT count(*) FROM product_variants WHERE on_hand < 0) AS negative,
            (SELECT count(*) FROM orders o WHERE NOT EXISTS
               (SELECT 1 FROM order_items i WHERE i.order_id = o.id)) AS no_items,
            (SELECT count(*) FROM orders o WHERE NOT EXISTS
               (SELECT 1 FROM payments p WHERE p.order_id = o.id)) AS no_payment,
            (SELECT count(*) FROM orders) AS orders`,
  )
).rows[0]!;
await db.end();
await stopChildren();
if (!process.env.SOAK_KEEP_DB) {
  const cleanup = new pg.Client({ connectionString: baseUrl });
  await cleanup.connect();
  await cleanup.query('DROP DATABASE IF EXISTS haat_soak WITH (FORCE)');
  await cleanup.end();
}

// --- report -------------------------------------------------------------------------------------
const row = (name: string, list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return {
    class: name,
    requests: list.length,
    'req/s': Number((list.length / elapsedS).toFixed(1)),
    'p50 ms': Number(percentile(sorted, 50).toFixed(1)),
    'p95 ms': Number(percentile(sorted, 95).toFixed(1)),
    'p99 ms': Number(percentile(sorted, 99).toFixed(1)),
  };
};
const all = [...samples.browse, ...samples.search, ...samples.checkout];
const latency = [
  row('browse', samples.browse),
  row('search', samples.search),
  row('cart/checkout', samples.checkout),
  row('all', all),
];
// Growth is measured after a minute of warm-up (JIT, pools, caches filling) when the run is long
// enough to have one; the start column is still the very first sample.
const warm = (elapsedS >= 180 && memory.find((m) => m.atS >= 60)) || memory[0]!;
const first = memory[0]!;
const last = memory.at(-1)!;
const minutes = (last.atS - warm.atS) / 60 || 1;
const memoryTable = (['api', 'worker', 'apiHeap'] as const).map((k) => ({
  process: k === 'apiHeap' ? 'api (JS heap used)' : `${k} (RSS)`,
  'start MB': Number(first[k].toFixed(1)),
  'max MB': Number(Math.max(...memory.map((m) => m[k])).toFixed(1)),
  'end MB': Number(last[k].toFixed(1)),
  [`MB/min from ${warm.atS} s`]: Number(((last[k] - warm[k]) / minutes).toFixed(2)),
}));
console.log(
  `\nsoak: ${elapsedS.toFixed(0)} s at ${rate} req/s scheduled; ${fired} operations fired, ` +
    `${all.length} requests answered (${(all.length / elapsedS).toFixed(1)} req/s), ` +
    `at most ${maxInFlight} in flight; ${ordersPlaced} orders placed`,
);
console.table(latency);
console.log('answers by class and status:', statuses);
console.table(memoryTable);
console.log(
  `consistency: ${checks.orders} orders, ${checks.negative} variants with negative stock, ` +
    `${checks.no_items} orders without items, ${checks.no_payment} without a payment`,
);
if (serverErrors.length) console.log('server errors (first 10):', serverErrors.slice(0, 10));

const resultsDir = path.join(ROOT, 'bench', 'results');
await mkdir(resultsDir, { recursive: true });
const file = path.join(resultsDir, `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(
  file,
  JSON.stringify(
    { rate, durationS: elapsedS, fired, ordersPlaced, latency, statuses, memory, checks },
    null,
    2,
  ),
);
console.log(`written: ${path.relative(ROOT, file)}`);
const inconsistent = Number(checks.negative) + Number(checks.no_items) + Number(checks.no_payment);
process.exit(serverErrors.length > 0 || inconsistent > 0 ? 1 : 0);
