/**
 * Checkout throughput: 32 concurrent buyers over loopback HTTP, on a normal catalog (each buyer a
 * different product) and on one hot product (everyone buys the same variant). Bounded: N checkouts
 * per scenario. Needs DATABASE_URL (a scratch database; it is migrated and written to).
 *   DATABASE_URL=postgres://… npx tsx bench/checkout.ts [checkouts=640]
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/platform/config.ts';
import { createContext } from '../src/platform/context.ts';
import { buildServer } from '../src/server.ts';
import { benchUser } from './lib.ts';

const TOTAL = Number(process.argv[2] ?? 640);
const CONCURRENCY = 32;
const ctx = await createContext(
  loadConfig({ ...process.env, LOG_LEVEL: 'silent', DATABASE_POOL_MAX: '20' }),
);
const app = await buildServer(ctx, { serveWeb: false });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

const user = (role: 'customer' | 'seller') => benchUser(ctx, role);
const call = (
  auth: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  fetch(`${base}/api/v1${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json', ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });

const seller = await user('seller');
const shop = await ctx.db
  .insertInto('shops')
  .values({
    owner_id: seller.id,
    name_bn: 'বেঞ্চ',
    name_en: 'Bench',
    slug: `bench-${randomUUID().slice(0, 8)}`,
    type: 'grocery',
    phone: '+8801711000000',
    address: 'Dhaka',
    lat: 23.75,
    lng: 90.39,
    opening_hours: '[]',
    status: 'approved',
  })
  .returning('id')
  .executeTakeFirstOrThrow();

async function variant(stock: number) {
  const sku = `B-${randomUUID().slice(0, 8)}`;
  const r = await call(seller.auth, 'POST', '/products', {
    shopId: shop.id,
    sku,
    nameEn: 'Rice',
    kind: 'general',
    unit: 'piece',
    status: 'active',
    attributes: {},
    variants: [{ sku: `${sku}-1`, price: 5000, initialStock: stock }],
  });
  return ((await r.json()) as { variants: { id: string }[] }).variants[0]!.id;
}

async function scenario(name: string, variantFor: (i: number) => Promise<string>) {
  const buyers: { id: string; auth: string; addressId: string }[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const b = await user('customer');
    const addr = (await (
      await call(b.auth, 'POST', '/me/addresses', {
        label: 'Home',
        recipientName: 'B',
        phone: '01711000000',
        addressLine: 'Road 1',
        lat: 23.75,
        lng: 90.39,
      })
    ).json()) as { id: string };
    await call(b.auth, 'POST', '/cart/items', { variantId: await variantFor(i), quantity: 1 });
    buyers.push({ ...b, addressId: addr.id });
  }
  const latencies: number[] = [];
  let ok = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < buyers.length) {
        const b = buyers[next++]!;
        const t0 = performance.now();
        const r = await call(
          b.auth,
          'POST',
          '/checkout',
          { addressId: b.addressId, payment: 'cod' },
          { 'idempotency-key': randomUUID() },
        );
        latencies.push(performance.now() - t0);
        if (r.status === 201) ok++;
        await r.arrayBuffer();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.floor(latencies.length * 0.95)]!;
  console.log(
    `${name}: ${TOTAL} checkouts, ${ok} placed, ${(TOTAL / seconds).toFixed(1)} checkouts/s, p95 ${p95.toFixed(1)} ms`,
  );
}

const catalog = await Promise.all(Array.from({ length: 64 }, () => variant(1_000_000)));
await scenario('normal catalog (64 products)', async (i) => catalog[i % catalog.length]!);
const hot = await variant(1_000_000);
await scenario('one hot product', async () => hot);
await app.close();
await ctx.close();
