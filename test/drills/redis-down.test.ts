/**
 * Drill: Redis dies while the API and the worker run. Browsing and search only need PostgreSQL and
 * keep working; checkout writes only to PostgreSQL (side effects go to the outbox) and keeps
 * working; /ready says not ready while /health stays up; once Redis is back the outbox drains
 * without a restart.
 */
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../src/modules/catalog/test-support.ts';
import '../../src/modules/catalog/catalog.tables.ts';
import { startWorker } from '../../src/runtime.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { until } from '../helpers/processes.ts';
import {
  migratedPrivatePostgres,
  PrivateRedis,
  redisServerAvailable,
  REDIS_SERVER,
  type PrivatePostgres,
} from '../helpers/services.ts';
import { addToCart, buyer, checkout, store, type Store } from '../helpers/shopping.ts';
import { assertConsistent, bounded } from './support.ts';

if (!redisServerAvailable) {
  console.warn(
    `Skipping the Redis drill: ${REDIS_SERVER} is not installed (set REDIS_SERVER_BIN).`,
  );
}

let redis: PrivateRedis;
let database: PrivatePostgres;
let t: TestApp;
let stopWorker: () => Promise<void>;
let s: Store;

beforeAll(async () => {
  if (!redisServerAvailable) return;
  redis = await PrivateRedis.start();
  // A database of its own: this worker's outbox relay must not take other files' events.
  database = await migratedPrivatePostgres();
  // Schedules Redis loses are put back within a second (production: a minute).
  t = await createTestApp({
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    JOB_SCHEDULE_CHECK_MS: '1000',
  });
  stopWorker = await startWorker(t.ctx);
  s = await store(t.ctx, t.app, 50);
}, 120_000);

afterAll(async () => {
  await redis?.start(); // closing waits for Redis if a failed test left it stopped
  await stopWorker?.();
  await t?.close();
  await redis?.stop();
  await database?.destroy();
}, 60_000);

const bound = 20_000;

async function upload() {
  const png = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } },
  })
    .png()
    .toBuffer();
  const body = multipartFile(png, 'photo.png', 'image/png');
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/products/${s.productId}/images`,
    headers: { ...s.seller.auth, ...body.headers },
    payload: body.payload,
  });
}

async function imageCount() {
  const rows = await t.ctx.db
    .selectFrom('product_images')
    .select('id')
    .where('product_id', '=', s.productId)
    .execute();
  return rows.length;
} // far above any healthy answer; only a hang reaches it

describe.skipIf(!redisServerAvailable)('drill: Redis stopped while the API runs', () => {
  it('browsing, search and checkout go on; /ready reports it; everything recovers', async () => {
    const b = await buyer(t.ctx, t.app, s.shopId);
    await addToCart(t.app, b, s.variantId, 2);
    await redis.stop();

    // Liveness stays up, readiness says the queue is down.
    expect((await t.app.inject('/health')).statusCode).toBe(200);
    const ready = await bounded(Promise.resolve(t.app.inject('/ready')), bound, '/ready');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'unavailable', database: 'up' });
    expect(ready.json().queue).toMatch(/^down/);

    // Catalog and search read PostgreSQL only.
    const product = await bounded(
      Promise.resolve(t.app.inject(`/api/v1/products/${s.productId}`)),
      bound,
      'product page',
    );
    expect(product.statusCode).toBe(200);
    const shopProducts = await t.app.inject(`/api/v1/shops/${s.shopId}/products`);
    expect(shopProducts.statusCode).toBe(200);
    const search = await bounded(
      Promise.resolve(t.app.inject(`/api/v1/search?q=${encodeURIComponent('চাল')}`)),
      bound,
      'search',
    );
    expect(search.statusCode).toBe(200);

    // Checkout: the order and its outbox event are one PostgreSQL transaction.
    const placed = await bounded(Promise.resolve(checkout(t.app, b)), bound, 'checkout');
    if (placed.statusCode === 503) {
      expect(placed.json().error.code).toBe('SERVICE_UNAVAILABLE');
    } else {
      expect(placed.statusCode).toBe(201);
    }
    const orderId = placed.statusCode === 201 ? (placed.json().orders[0].id as string) : null;

    // Something that needs Redis (login rate limits) fails cleanly, in the buyer's language.
    const login = await bounded(
      Promise.resolve(
        t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'accept-language': 'bn' },
          payload: { identifier: b.phone, password: 'whatever-password-1' },
        }),
      ),
      bound,
      'login',
    );
    expect(login.statusCode).toBe(503);
    expect(login.json().error.code).toBe('SERVICE_UNAVAILABLE');
    expect(login.json().error.message).toMatch(/[\u0980-\u09FF]/);
    expect(login.body).not.toMatch(/stack|ioredis|ECONNREFUSED/i);

    // An image upload needs the queue (resizing): refused cleanly, nothing left behind.
    const image = await bounded(Promise.resolve(upload()), bound, 'image upload');
    expect(image.statusCode).toBe(503);
    expect(image.json().error.code).toBe('SERVICE_UNAVAILABLE');
    expect(await imageCount()).toBe(0);

    const { problems } = await assertConsistent(t.ctx.db, s.shopId, s.variantId);
    expect(problems).toEqual([]);

    // Redis returns: readiness, the outbox relay and the event consumers resume by themselves.
    await redis.start();
    await until(
      async () => (await t.app.inject('/ready')).statusCode === 200,
      'ready again',
      60_000,
    );
    if (orderId) {
      await until(
        async () => {
          const { rows } = await sql<{ pending: number }>`
            SELECT count(*)::int AS pending FROM outbox_events
            WHERE payload->>'orderId' = ${orderId} AND published_at IS NULL`.execute(t.ctx.db);
          return rows[0]!.pending === 0;
        },
        'the outbox to drain',
        60_000,
      );
      // The order.placed event reached its consumers: the seller got the new-order notification.
      await until(
        async () => {
          const { rows } = await sql<{ n: number }>`
            SELECT count(*)::int AS n FROM notifications
            WHERE user_id = ${s.seller.id}`.execute(t.ctx.db);
          return rows[0]!.n > 0;
        },
        'the seller notification',
        60_000,
      );
    }
    // This Redis kept nothing: the worker puts the order-expiry schedule back on its own.
    await until(
      async () => {
        const client = new Redis(redis.url);
        try {
          return (await client.keys('*:scheduled.orders.expire-reservations:repeat')).length > 0;
        } finally {
          client.disconnect();
        }
      },
      'the expiry schedule to be restored',
      60_000,
    );
    // Uploads work again and their resize job runs.
    const uploaded = await upload();
    expect(uploaded.statusCode).toBe(202);
    await until(
      async () =>
        (
          await t.ctx.db
            .selectFrom('product_images')
            .select('status')
            .where('id', '=', uploaded.json().id as string)
            .executeTakeFirstOrThrow()
        ).status === 'ready',
      'the uploaded image to be resized',
      60_000,
    );
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: b.phone, password: 'whatever-password-1' },
    });
    expect(again.statusCode).toBe(401);
  }, 120_000);
});
