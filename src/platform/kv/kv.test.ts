import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedis, MemoryStore, RedisStore, type KeyValueStore } from './index.ts';

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) console.warn('kv.test: REDIS_URL is unset, so only the in-memory store is tested');

const stores: [string, () => KeyValueStore][] = [['memory', () => new MemoryStore()]];
if (redisUrl) {
  stores.push(['redis', () => new RedisStore(createRedis(redisUrl, `test-${randomUUID()}:`))]);
}

const opened: KeyValueStore[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
});

describe.each(stores)('%s store', (_name, make) => {
  const store = make();
  opened.push(store);

  it('counts hits inside a window and reports the time left', async () => {
    const key = `hits-${randomUUID()}`;
    expect((await store.increment(key, 60_000)).count).toBe(1);
    const second = await store.increment(key, 60_000);
    expect(second.count).toBe(2);
    expect(second.ttlMs).toBeGreaterThan(50_000);
    expect(second.ttlMs).toBeLessThanOrEqual(60_000);
  });

  it('starts a new window after expiry', async () => {
    const key = `short-${randomUUID()}`;
    await store.increment(key, 30);
    await new Promise((r) => setTimeout(r, 60));
    expect((await store.increment(key, 30)).count).toBe(1);
  });

  it('sets only when absent', async () => {
    const key = `once-${randomUUID()}`;
    expect(await store.setIfAbsent(key, 'a', 10_000)).toBe(true);
    expect(await store.setIfAbsent(key, 'b', 10_000)).toBe(false);
    expect(await store.get(key)).toBe('a');
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
  });

  it('counts several buckets at once, and none of them when one is full', async () => {
    const id = randomUUID();
    const small = { key: `small-${id}`, max: 2, windowMs: 60_000 };
    const big = { key: `big-${id}`, max: 100, windowMs: 60_000 };
    expect(await store.consumeAll([big, small])).toEqual({ ok: true });
    expect(await store.consumeAll([big, small])).toEqual({ ok: true });
    const refused = await store.consumeAll([big, small]);
    expect(refused).toMatchObject({ ok: false, index: 1 });
    expect(refused.ok === false && refused.ttlMs).toBeGreaterThan(50_000);
    // The refusal spent nothing of the other bucket.
    expect(await store.get(big.key)).toBe('2');
    expect(await store.get(small.key)).toBe('2');
  });

  it('lets exactly `max` of many concurrent consumers through', async () => {
    const bucket = { key: `race-${randomUUID()}`, max: 5, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 40 }, () => store.consumeAll([bucket])));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
  });
});
