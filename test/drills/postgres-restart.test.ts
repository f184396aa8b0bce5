/**
 * Drill: PostgreSQL is restarted while buyers browse and check out. The app runs on a private
 * embedded PostgreSQL (the project's own, src/platform/db/embedded.ts) that the drill stops (fast
 * shutdown: open sessions are terminated) and starts again. Requests fail cleanly with 503 and a
 * stable code, none hangs, the pool reconnects by itself, and a checkout retried with its
 * Idempotency-Key ends as exactly one complete order.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/runtime.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { until } from '../helpers/processes.ts';
import { migratedPrivatePostgres, type PrivatePostgres } from '../helpers/services.ts';
import { addToCart, buyer, checkout, store, type Buyer, type Store } from '../helpers/shopping.ts';
import { assertConsistent, bounded } from './support.ts';

let database: PrivatePostgres;
let t: TestApp;
let stopWorker: () => Promise<void>;
let s: Store;
const STOCK = 500;
const BUYERS = 12;

beforeAll(async () => {
  database = await migratedPrivatePostgres();
  t = await createTestApp({ DATABASE_URL: database.url, DATABASE_POOL_MAX: '6' });
  stopWorker = await startWorker(t.ctx);
  s = await store(t.ctx, t.app, STOCK);
}, 120_000);

afterAll(async () => {
  await database?.start(); // a failed drill may have left it stopped
  await stopWorker?.();
  await t?.close();
  await database?.destroy();
}, 60_000);

const bound = 45_000; // the pool waits at most 30 s for a connection: only a hang gets here

type Outcome = { status: number; code?: string; body: string };

async function call(req: () => Promise<{ statusCode: number; body: string }>, what: string) {
  const res = await bounded(req(), bound, what);
  let code: string | undefined;
  try {
    code = (JSON.parse(res.body) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  return { status: res.statusCode, code, body: res.body } satisfies Outcome;
}

describe('drill: PostgreSQL restarted mid-load', () => {
  it('requests fail cleanly, the pool recovers, no order is half-written', async () => {
    const buyers: (Buyer & { key: string; done: boolean })[] = [];
    for (let i = 0; i < BUYERS; i++) {
      const b = await buyer(t.ctx, t.app, s.shopId);
      await addToCart(t.app, b, s.variantId, 1 + (i % 3));
      buyers.push({ ...b, key: randomUUID(), done: false });
    }

    const outcomes: Outcome[] = [];
    let restarting = true;
    const reader = async () => {
      while (restarting) {
        outcomes.push(await call(() => t.app.inject(`/api/v1/products/${s.productId}`), 'read'));
        outcomes.push(
          await call(() => t.app.inject(`/api/v1/search?q=${encodeURIComponent('চাল')}`), 'search'),
        );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const shopper = async (b: (typeof buyers)[number]) => {
      // Each buyer keeps retrying the same checkout (same key) until it is placed.
      while (!b.done) {
        const r = await call(() => checkout(t.app, b, 'cod', b.key), 'checkout');
        outcomes.push(r);
        // Only "unavailable" is worth retrying; anything else is the answer (checked below).
        if (r.status !== 503) b.done = true;
        else await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    const load = Promise.all([reader(), reader(), ...buyers.slice(0, 6).map(shopper)]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await bounded(database.stop(), 60_000, 'stopping PostgreSQL');
    // While it is down: liveness is up, readiness says so, requests answer 503.
    expect((await t.app.inject('/health')).statusCode).toBe(200);
    const ready = await call(() => t.app.inject('/ready'), '/ready');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toMatchObject({ database: 'down' });
    const down = await call(
      () =>
        t.app.inject({
          url: `/api/v1/products/${s.productId}`,
          headers: { 'accept-language': 'en' },
        }),
      'read while down',
    );
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body).error).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The service is unavailable right now. Please try again shortly.',
    });
    const shoppersDuringOutage = buyers.slice(6).map(shopper);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await bounded(database.start(), 60_000, 'starting PostgreSQL');

    // The pool reconnects by itself: no restart of the app.
    await until(
      async () => (await t.app.inject('/ready')).statusCode === 200,
      'ready again',
      60_000,
    );
    await bounded(Promise.all(shoppersDuringOutage), 60_000, 'checkouts after the restart');
    restarting = false;
    await bounded(load, 60_000, 'the load to finish');

    const unexpected = outcomes.filter((o) => ![200, 201, 503].includes(o.status));
    expect(unexpected).toEqual([]);
    expect(outcomes.some((o) => o.status === 503)).toBe(true);
    for (const o of outcomes.filter((x) => x.status === 503)) {
      expect(o.code).toBe('SERVICE_UNAVAILABLE');
      expect(o.body).not.toMatch(/stack|ECONNREFUSED|terminat/i);
    }

    // One order per buyer, each complete; stock = start - what was sold.
    const { orders, problems } = await assertConsistent(t.ctx.db, s.shopId, s.variantId);
    expect(problems).toEqual([]);
    expect(orders).toHaveLength(BUYERS);
    const { rows } = await sql<{ on_hand: number; sold: number }>`
      SELECT v.on_hand,
        (SELECT COALESCE(sum(quantity), 0)::int FROM order_items WHERE variant_id = v.id) AS sold
      FROM product_variants v WHERE v.id = ${s.variantId}`.execute(t.ctx.db);
    expect(rows[0]!.on_hand).toBe(STOCK - rows[0]!.sold);

    // The worker's outbox relay came back too: every order.placed event is published.
    await until(
      async () => {
        const { rows: left } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL`.execute(
          t.ctx.db,
        );
        return left[0]!.n === 0;
      },
      'the outbox to drain',
      60_000,
    );
  }, 110_000);
});
