import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/platform/config.ts';
import { createContext, type AppContext } from '../src/platform/context.ts';
import { signAccessToken } from '../src/platform/http/auth.ts';
import { createLogger } from '../src/platform/logger.ts';
import { buildServer } from '../src/server.ts';

export type BenchServer = { ctx: AppContext; url: string; close: () => Promise<void> };

/**
 * A real API process for benchmarks: DATABASE_URL/REDIS_URL when set (the production path),
 * otherwise an embedded PostgreSQL in a temporary directory. Listens on loopback only.
 */
export async function startBenchServer(options: { serveWeb?: boolean } = {}): Promise<BenchServer> {
  let tempDir: string | undefined;
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: 'warn' };
  if (!env.DATABASE_URL) {
    tempDir = await mkdtemp(path.join(tmpdir(), 'haat-bench-'));
    await chmod(tempDir, 0o755);
    env.EMBEDDED_PG_DIR = path.join(tempDir, 'pg');
    env.EMBEDDED_PG_PORT = String(56000 + Math.floor(Math.random() * 3000));
  }
  const config = loadConfig(env);
  const ctx = await createContext(config, { logger: createLogger('warn') });
  const app = await buildServer(ctx, { serveWeb: options.serveWeb ?? false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    ctx,
    url,
    close: async () => {
      await app.close();
      await ctx.close();
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    },
  };
}

export type Scenario = {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
};

export type Measurement = {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(index, 0)]!;
}

/** Runs one scenario for a bounded time against a loopback server; latencies in milliseconds. */
export async function measureHttp(
  baseUrl: string,
  scenario: Scenario,
  options: { connections?: number; durationSeconds?: number } = {},
): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url: new URL(scenario.path, baseUrl).toString(),
    method: scenario.method ?? 'GET',
    body: scenario.body,
    headers: { 'content-type': 'application/json', ...scenario.headers },
    connections: options.connections ?? 32,
    duration: options.durationSeconds ?? Number(process.env.BENCH_SECONDS ?? 10),
  });
  // The instance is both a promise of the result and an event emitter of each response.
  (instance as unknown as autocannon.Instance).on(
    'response',
    (_client, statusCode, _bytes, time) => {
      latencies.push(time);
      if (statusCode >= 400) errors++;
    },
  );
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    name: scenario.name,
    requests: latencies.length,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: errors + result.errors + result.timeouts,
  };
}

/** Times an async function run `concurrency` at a time for a bounded duration (the SQL floor). */
export async function measureDirect(
  name: string,
  run: () => Promise<unknown>,
  options: { concurrency?: number; durationSeconds?: number } = {},
): Promise<Measurement> {
  const concurrency = options.concurrency ?? 32;
  const deadline =
    Date.now() + (options.durationSeconds ?? Number(process.env.BENCH_SECONDS ?? 10)) * 1000;
  const latencies: number[] = [];
  let errors = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const t0 = performance.now();
        try {
          await run();
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    rps: latencies.length / ((Date.now() - started) / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
  };
}

export function printTable(title: string, rows: Measurement[]) {
  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
  console.log(`\n${title}`);
  console.log('| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.requests} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} |`,
    );
  }
}

export type BenchUser = { id: string; auth: string };

/** A user written straight into the database (phone verified: checkout holds stock only then), with a bearer token. */
export async function benchUser(ctx: AppContext, role: 'customer' | 'seller'): Promise<BenchUser> {
  const row = await ctx.db
    .insertInto('users')
    .values({
      name: 'Bench',
      phone: `+88017${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
      email: `${randomUUID()}@bench.test`,
      role,
      locale: 'bn',
      password_hash: 'x',
      phone_verified_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    auth: `Bearer ${await signAccessToken(ctx.jwtSecret, { id: row.id, role })}`,
  };
}
