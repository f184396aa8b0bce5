import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { randomPhone } from '../../../test/helpers/factories.ts';
import { registerUser } from '../../../test/helpers/identity.ts';

let t: TestApp;
let other: TestApp;
const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
let guarded: TestApp;

beforeAll(async () => {
  [t, other, guarded] = await Promise.all([
    createTestApp(),
    createTestApp(),
    createTestApp({ METRICS_TOKEN }),
  ]);
});
afterAll(async () => {
  await Promise.all([t.close(), other.close(), guarded.close()]);
});

async function scrape(app: TestApp = t) {
  const res = await app.app.inject({ method: 'GET', url: '/metrics' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('text/plain');
  return res.body;
}

/** The value of one sample line, e.g. sample(text, 'haat_x_total{role="customer"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  it('times requests by route pattern, never by raw URL', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids) await t.app.inject({ method: 'GET', url: `/api/v1/shops/${id}` });
    await t.app.inject({ method: 'GET', url: `/api/v1/no-such-thing/${ids[0]}` });
    const text = await scrape();
    for (const id of ids) expect(text).not.toContain(id);
    expect(
      sample(
        text,
        'haat_http_request_duration_seconds_count{method="GET",route="/api/v1/shops/:id",status_code="404"}',
      ),
    ).toBe(3);
    expect(text).toMatch(/route="<unmatched>",status_code="404"/);
  });

  it('reports pool gauges, default process metrics and queue depth', async () => {
    await t.ctx.queue.add('metrics-test', 'later', { n: 1 }, { delayMs: 60_000 });
    const text = await scrape();
    expect(sample(text, 'haat_db_pool_max_connections')).toBe(t.ctx.config.DATABASE_POOL_MAX);
    expect(sample(text, 'haat_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'haat_db_pool_waiting_requests')).toBe(0);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(sample(text, 'haat_queue_jobs{queue="metrics-test",state="delayed"}')).toBe(1);
  });

  it('counts job outcomes per queue', async () => {
    const seen: unknown[] = [];
    t.ctx.queue.process('metrics-jobs', async (job) => {
      seen.push(job.data);
      if ((job.data as { fail?: boolean }).fail) throw new Error('planned failure');
    });
    await t.ctx.queue.add('metrics-jobs', 'ok', { fail: false });
    await t.ctx.queue.add('metrics-jobs', 'bad', { fail: true }, { attempts: 1 });
    let text = '';
    for (let i = 0; i < 150; i++) {
      text = await scrape();
      const failed = sample(
        text,
        'haat_jobs_processed_total{queue="metrics-jobs",outcome="failed"}',
      );
      if (failed === 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(
      sample(text, 'haat_jobs_processed_total{queue="metrics-jobs",outcome="completed"}'),
    ).toBe(1);
    expect(sample(text, 'haat_jobs_processed_total{queue="metrics-jobs",outcome="failed"}')).toBe(
      1,
    );
    expect(seen).toEqual(expect.arrayContaining([{ fail: false }, { fail: true }]));
  });

  it('counts registrations per app; two apps in one process keep their own registries', async () => {
    const before = sample(await scrape(other), 'haat_users_registered_total{role="seller"}') ?? 0;
    await registerUser(t.app, {
      name: 'মেট্রিক বিক্রেতা',
      phone: randomPhone(),
      email: undefined,
      password: 'metrics-password-42',
      accountType: 'seller',
    });
    expect(sample(await scrape(), 'haat_users_registered_total{role="seller"}')).toBeGreaterThan(0);
    expect(sample(await scrape(other), 'haat_users_registered_total{role="seller"}') ?? 0).toBe(
      before,
    );
  });

  it('without METRICS_TOKEN answers only local requests that no proxy relayed', async () => {
    const fromProxy = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(fromProxy.statusCode).toBe(403);
    const remote = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '10.1.2.3',
    });
    expect(remote.statusCode).toBe(403);
    expect(remote.body).not.toContain('haat_');
  });

  it('with METRICS_TOKEN needs that bearer token, wherever the request comes from', async () => {
    const get = (headers: Record<string, string>, remoteAddress = '10.1.2.3') =>
      guarded.app.inject({ method: 'GET', url: '/metrics', headers, remoteAddress });
    expect((await get({}, '127.0.0.1')).statusCode).toBe(401);
    expect((await get({ authorization: 'Bearer not-the-token-at-all' })).statusCode).toBe(401);
    const ok = await get({ authorization: `Bearer ${METRICS_TOKEN}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('haat_http_request_duration_seconds');
  });
});
