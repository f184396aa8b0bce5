/**
 * Scripted multi-turn conversations with the assistant over loopback HTTP, each judged by the state
 * it leaves (the bag holds 2 of X, the order is cancelled, a thread exists in the right inbox), and
 * the reply latency at 16 concurrent conversations. Needs DATABASE_URL (a scratch database; it is
 * migrated and written to).
 *   DATABASE_URL=postgres://… [CONCURRENCY=16] [THINK_MS=0] npx tsx bench/assistant-conversations.ts [conversations=100]
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/platform/config.ts';
import { createContext } from '../src/platform/context.ts';
import { buildServer } from '../src/server.ts';
import { benchUser, type BenchUser } from './lib.ts';
import { modules } from '../src/modules/index.ts';

const TOTAL = Number(process.argv[2] ?? 100);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
/**
 * Pause between a reply and the next message of the same conversation. 0 (the default) is the worst
 * case: 16 requests always in flight. A person reads and types for seconds, so THINK_MS=1000 is
 * still a conversation faster than any customer.
 */
const THINK_MS = Number(process.env.THINK_MS ?? 0);
const HERE = { lat: 23.7465, lng: 90.3762 };
const ctx = await createContext(
  loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    DATABASE_POOL_MAX: '20',
    ASSISTANT_LIMIT_PER_MINUTE: '100000',
  }),
);
const app = await buildServer(ctx, { serveWeb: false });
// What `haat serve` does once it listens (the classifier trains there, not on a first message).
for (const m of modules) await m.warmUp?.(ctx);
const base = await app.listen({ port: 0, host: '127.0.0.1' });

type User = BenchUser;
const user = (role: 'customer' | 'seller') => benchUser(ctx, role);
const call = async (auth: string | null, method: string, path: string, body?: unknown) => {
  const r = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      ...(auth ? { authorization: auth } : {}),
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: r.status, body: (await r.json().catch(() => null)) as Record<string, unknown> };
};

const seller = await user('seller');
const shop = await ctx.db
  .insertInto('shops')
  .values({
    owner_id: seller.id,
    name_bn: 'বেঞ্চ স্টোর',
    name_en: 'Bench Store',
    slug: `bench-${randomUUID().slice(0, 8)}`,
    type: 'pharmacy',
    drug_licence: 'DL-BENCH-0001',
    phone: '+8801711000000',
    address: 'Dhanmondi, Dhaka',
    ...HERE,
    opening_hours: '[]',
    status: 'approved',
  })
  .returning('id')
  .executeTakeFirstOrThrow();

async function product(nameBn: string, nameEn: string, extra: Record<string, unknown> = {}) {
  const sku = `A-${randomUUID().slice(0, 8)}`;
  const r = await call(seller.auth, 'POST', '/products', {
    shopId: shop.id,
    sku,
    nameBn,
    nameEn,
    kind: 'grocery',
    unit: 'piece',
    status: 'active',
    attributes: {},
    variants: [{ sku: `${sku}-1`, price: 15000, initialStock: 1_000_000 }],
    ...extra,
  });
  if (r.status !== 201) throw new Error(`product: ${r.status} ${JSON.stringify(r.body)}`);
  return (r.body.variants as { id: string }[])[0]!.id;
}
const eggs = await product('দেশি মুরগির ডিম', 'Deshi chicken eggs', { unit: 'dozen' });
const napa = await product('নাপা ৫০০', 'Napa 500', {
  kind: 'medicine',
  unit: 'strip',
  attributes: {
    genericName: 'Paracetamol',
    strength: '500 mg',
    dosageForm: 'tablet',
    manufacturer: 'Beximco',
    prescriptionRequired: false,
  },
  variants: [{ sku: `N-${randomUUID().slice(0, 8)}`, price: 1200, initialStock: 1_000_000 }],
});

async function bagQuantity(u: User, variantId: string) {
  const r = await call(u.auth, 'GET', '/cart');
  const items = (r.body.items ?? []) as { variantId: string; quantity: number }[];
  return items.find((i) => i.variantId === variantId)?.quantity ?? 0;
}
async function threadCount(u: User, inbox: 'shop' | 'admin') {
  const r = await call(u.auth, 'GET', '/support/threads');
  return ((r.body.items ?? []) as { inbox: string }[]).filter((t) => t.inbox === inbox).length;
}
async function placeOrder(u: User) {
  const addr = await call(u.auth, 'POST', '/me/addresses', {
    label: 'Home',
    recipientName: 'B',
    phone: '01711000000',
    addressLine: 'Road 1',
    ...HERE,
  });
  await call(u.auth, 'POST', '/cart/items', { variantId: eggs, quantity: 1 });
  const r = await call(u.auth, 'POST', '/checkout', { addressId: addr.body.id, payment: 'cod' });
  const order = (r.body.orders as { id: string; number: string }[] | undefined)?.[0];
  if (!order) throw new Error(`checkout: ${r.status} ${JSON.stringify(r.body)}`);
  return order;
}

type Script = {
  name: string;
  setup?: (u: User) => Promise<Record<string, string>>;
  turns: (v: Record<string, string>) => string[];
  judge: (u: User, v: Record<string, string>, last: Record<string, unknown>) => Promise<boolean>;
};

const scripts: Script[] = [
  {
    name: 'banglish search, "2 ta dao"',
    turns: () => ['dim ache?', '2 ta dao'],
    judge: async (u) => (await bagQuantity(u, eggs)) === 2,
  },
  {
    name: 'bengali search, "ওটার দাম কত?", "৩টা দাও"',
    turns: () => ['ডিম আছে?', 'ওটার দাম কত?', '৩টা দাও'],
    judge: async (u) => (await bagQuantity(u, eggs)) === 3,
  },
  {
    name: 'medicine price, then 2 of it',
    turns: () => ['napa 500 koto?', '2 ta dao'],
    judge: async (u) => (await bagQuantity(u, napa)) === 2,
  },
  {
    name: 'order status by number',
    setup: async (u) => ({ number: (await placeOrder(u)).number }),
    turns: (v) => [`where is my order ${v.number}`],
    judge: async (_u, v, last) =>
      ((last.reply as { cards: { number?: string }[] }).cards ?? []).some(
        (c) => c.number === v.number,
      ),
  },
  {
    name: 'cancel my last order',
    setup: async (u) => ({ id: (await placeOrder(u)).id }),
    turns: () => ['cancel my last order'],
    judge: async (u, v) =>
      (await call(u.auth, 'GET', `/orders/${v.id}`)).body.status === 'cancelled',
  },
  {
    name: 'product, then "talk to a person" → shop inbox',
    turns: () => ['dim ache?', 'talk to a person'],
    judge: async (u) => (await threadCount(u, 'shop')) === 1,
  },
  {
    name: 'payment trouble → admin inbox',
    turns: () => ['taka kete geche but order hoy nai, refund chai'],
    judge: async (u) => (await threadCount(u, 'admin')) === 1,
  },
  {
    name: 'dosage question → pharmacist, no dosage given',
    turns: () => ['napa koyta khabo?'],
    judge: async (u, _v, last) =>
      (await threadCount(u, 'admin')) + (await threadCount(u, 'shop')) === 1 &&
      !/\d|[০-৯]/.test((last.reply as { text: string }).text),
  },
];

// The users and their orders are made first: only the conversations run 16 at a time.
type Prepared = { script: (typeof scripts)[number]; u: User; vars: Record<string, string> };
const prepared: Prepared[] = [];
for (let i = 0; i < TOTAL; i++) {
  const script = scripts[i % scripts.length]!;
  const u = await user('customer');
  prepared.push({ script, u, vars: script.setup ? await script.setup(u) : {} });
}
const latencies: number[] = [];
const finished: { p: Prepared; last: Record<string, unknown> }[] = [];
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < prepared.length) {
      const p = prepared[next++]!;
      let sessionId: string | undefined;
      let last: Record<string, unknown> = {};
      for (const [i, text] of p.script.turns(p.vars).entries()) {
        if (i > 0 && THINK_MS > 0) await new Promise((r) => setTimeout(r, THINK_MS));
        const t0 = performance.now();
        const r = await call(p.u.auth, 'POST', '/assistant/messages', {
          text,
          ...HERE,
          ...(sessionId ? { sessionId } : {}),
        });
        latencies.push(performance.now() - t0);
        last = r.body;
        sessionId = r.body.sessionId as string;
      }
      finished.push({ p, last });
    }
  }),
);
const outcomes = new Map<string, { ok: number; total: number }>();
for (const { p, last } of finished) {
  const passed = await p.script.judge(p.u, p.vars, last).catch(() => false);
  const o = outcomes.get(p.script.name) ?? { ok: 0, total: 0 };
  outcomes.set(p.script.name, { ok: o.ok + (passed ? 1 : 0), total: o.total + 1 });
}
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!;
let ok = 0;
for (const [name, o] of outcomes) {
  ok += o.ok;
  console.log(`${String(o.ok).padStart(3)}/${String(o.total).padEnd(3)} ${name}`);
}
console.log(
  `${TOTAL} conversations, ${ok} succeeded (${((ok / TOTAL) * 100).toFixed(1)} %), ${latencies.length} replies in ${seconds.toFixed(1)} s; ` +
    `reply latency at ${CONCURRENCY} concurrent${THINK_MS ? ` (${THINK_MS} ms between turns)` : ''}: p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
);
await app.close();
await ctx.close();
