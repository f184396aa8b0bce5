import { Redis } from 'ioredis';

/** A counter `key` allowing `max` hits per fixed window of `windowMs` (started by the first hit). */
export type Bucket = { key: string; max: number; windowMs: number };
export type ConsumeResult = { ok: true } | { ok: false; index: number; ttlMs: number };

/** Counters and short-lived values (rate limits, cooldowns, cache). Redis in production. */
export interface KeyValueStore {
  readonly kind: 'redis' | 'memory';
  /** Increments `key`, starting its expiry window on the first hit. Returns the count and ms left. */
  increment(key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>;
  /**
   * Counts one hit in every bucket, atomically and only if none of them is full; otherwise counts
   * nothing and names the first full bucket and the ms until its window ends.
   */
  consumeAll(buckets: readonly Bucket[]): Promise<ConsumeResult>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Sets only if absent; returns whether it was set. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  ttlMs(key: string): Promise<number>;
  delete(key: string): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export class RedisStore implements KeyValueStore {
  readonly kind = 'redis' as const;
  constructor(readonly redis: Redis) {}

  async increment(key: string, windowMs: number) {
    const result = (await this.redis.eval(
      `local c = redis.call('INCR', KEYS[1])
       if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
       return {c, redis.call('PTTL', KEYS[1])}`,
      1,
      key,
      windowMs,
    )) as [number, number];
    return { count: result[0], ttlMs: Math.max(result[1], 0) };
  }
  async consumeAll(buckets: readonly Bucket[]): Promise<ConsumeResult> {
    if (buckets.length === 0) return { ok: true };
    const result = (await this.redis.eval(
      `for i = 1, #KEYS do
         local c = tonumber(redis.call('GET', KEYS[i]) or '0')
         if c >= tonumber(ARGV[2 * i - 1]) then
           local t = redis.call('PTTL', KEYS[i])
           if t > 0 then return {i, t} end
           if t == -1 then redis.call('PEXPIRE', KEYS[i], ARGV[2 * i]) return {i, tonumber(ARGV[2 * i])} end
         end
       end
       for i = 1, #KEYS do
         if redis.call('INCR', KEYS[i]) == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[2 * i]) end
       end
       return {0, 0}`,
      buckets.length,
      ...buckets.map((b) => b.key),
      ...buckets.flatMap((b) => [b.max, b.windowMs]),
    )) as [number, number];
    return result[0] === 0 ? { ok: true } : { ok: false, index: result[0] - 1, ttlMs: result[1] };
  }
  get(key: string) {
    return this.redis.get(key);
  }
  async set(key: string, value: string, ttlMs: number) {
    await this.redis.set(key, value, 'PX', ttlMs);
  }
  async setIfAbsent(key: string, value: string, ttlMs: number) {
    return (await this.redis.set(key, value, 'PX', ttlMs, 'NX')) === 'OK';
  }
  async ttlMs(key: string) {
    return Math.max(await this.redis.pttl(key), 0);
  }
  async delete(key: string) {
    await this.redis.del(key);
  }
  async ping() {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }
  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** Single-process stand-in used when REDIS_URL is unset. */
export class MemoryStore implements KeyValueStore {
  readonly kind = 'memory' as const;
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

  private live(key: string) {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
  async increment(key: string, windowMs: number) {
    const entry = this.live(key);
    if (!entry) {
      this.entries.set(key, { value: '1', expiresAt: Date.now() + windowMs });
      return { count: 1, ttlMs: windowMs };
    }
    entry.value = String(Number(entry.value) + 1);
    return { count: Number(entry.value), ttlMs: entry.expiresAt - Date.now() };
  }
  async consumeAll(buckets: readonly Bucket[]): Promise<ConsumeResult> {
    // One synchronous pass: nothing else runs between the checks and the increments.
    for (const [index, bucket] of buckets.entries()) {
      const entry = this.live(bucket.key);
      if (entry && Number(entry.value) >= bucket.max) {
        return { ok: false, index, ttlMs: entry.expiresAt - Date.now() };
      }
    }
    for (const bucket of buckets) {
      const entry = this.live(bucket.key);
      if (entry) entry.value = String(Number(entry.value) + 1);
      else this.entries.set(bucket.key, { value: '1', expiresAt: Date.now() + bucket.windowMs });
    }
    return { ok: true };
  }
  async get(key: string) {
    return this.live(key)?.value ?? null;
  }
  async set(key: string, value: string, ttlMs: number) {
    this.entries.set(key, { value, expiresAt: Date.now() + ttlMs });
  }
  async setIfAbsent(key: string, value: string, ttlMs: number) {
    if (this.live(key)) return false;
    await this.set(key, value, ttlMs);
    return true;
  }
  async ttlMs(key: string) {
    const entry = this.live(key);
    return entry ? entry.expiresAt - Date.now() : 0;
  }
  async delete(key: string) {
    this.entries.delete(key);
  }
  async ping() {
    return true;
  }
  async close() {
    this.entries.clear();
  }
}

export function createRedis(url: string, keyPrefix = ''): Redis {
  // Fail fast while Redis is down (requests that need it then answer 503, SERVICE_UNAVAILABLE)
  // instead of queueing commands forever; a Redis that accepts but never answers times out too.
  return new Redis(url, {
    keyPrefix,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    commandTimeout: 5000,
  });
}
