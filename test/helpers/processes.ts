import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { inject } from 'vitest';
import { waitFor } from './wait.ts';

export type HaatChild = {
  child: ChildProcess;
  pid: number;
  /** Resolves with the URL once an api role listens (never for a worker-only process). */
  url: Promise<string>;
  /** Resolves once the worker role started consuming. */
  workerStarted: Promise<void>;
  exited: Promise<number | null>;
  output: () => string;
};

/** Starts `node bin/haat.js serve` with the test-only ops module loaded, on the test database. */
export function startHaat(roles: string, env: Record<string, string | undefined> = {}): HaatChild {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './test/fixtures/ops-module.ts',
      'bin/haat.js',
      'serve',
      '--roles',
      roles,
    ],
    {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: '0',
        // Several workers run side by side here: none of them may claim the fixed metrics port.
        METRICS_PORT: '0',
        DATABASE_URL: inject('databaseUrl'),
        DATABASE_POOL_MAX: '4',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let resolveUrl: (url: string) => void;
  let resolveWorker: () => void;
  const url = new Promise<string>((r) => (resolveUrl = r));
  const workerStarted = new Promise<void>((r) => (resolveWorker = r));
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    const listening = /listening on (http:\/\/[\d.:]+)/.exec(out);
    if (listening) resolveUrl(listening[1]!);
    if (out.includes('"worker started"')) resolveWorker();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, pid: child.pid!, url, workerStarted, exited, output: () => out };
}

/** A GET on a fresh connection (no keep-alive pool): status, or the connection error code. */
export function probe(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

export async function until<T>(
  check: () => Promise<T> | T,
  what: string,
  // Child processes start slowly on a busy two-core machine; a healthy run never waits this long.
  timeoutMs = 90_000,
): Promise<NonNullable<T>> {
  return waitFor(check, what, timeoutMs, 50);
}

/** Tables the ops test module writes to (created once per database, safe to call concurrently). */
export async function createOpsTables(db: Kysely<unknown>) {
  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(4242)`.execute(tx);
    await sql`CREATE TABLE IF NOT EXISTS ops_test_release (key text PRIMARY KEY)`.execute(tx);
    await sql`CREATE TABLE IF NOT EXISTS ops_test_attempts (key text, pid int, attempt int, at timestamptz DEFAULT now())`.execute(
      tx,
    );
    await sql`CREATE TABLE IF NOT EXISTS ops_test_effects (key text PRIMARY KEY, pid int)`.execute(
      tx,
    );
    await sql`CREATE TABLE IF NOT EXISTS ops_test_ticks (job_id text, pid int)`.execute(tx);
  });
}

export async function release(db: Kysely<unknown>, key: string) {
  await sql`INSERT INTO ops_test_release (key) VALUES (${key}) ON CONFLICT DO NOTHING`.execute(db);
}

export async function attempts(db: Kysely<unknown>, key: string) {
  const { rows } = await sql<{
    pid: number;
    attempt: number;
  }>`SELECT pid, attempt FROM ops_test_attempts WHERE key = ${key} ORDER BY at`.execute(db);
  return rows;
}

export async function effects(db: Kysely<unknown>, key: string) {
  const { rows } = await sql<{
    pid: number;
  }>`SELECT pid FROM ops_test_effects WHERE key = ${key}`.execute(db);
  return rows;
}

/** Deletes every Redis key of a test namespace (queues, schedulers). */
export async function dropRedisNamespace(url: string | undefined, namespace: string) {
  if (!url) return;
  const { Redis } = await import('ioredis');
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${namespace}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * Runs `node bin/haat.js …args` to its end with exactly `env` (plus PATH): its exit code and
 * output. A process still running after `timeoutMs` is killed and reported with code null.
 */
export function runHaat(
  args: string[],
  env: Record<string, string | undefined>,
  options: {
    cwd?: string;
    timeoutMs?: number;
    /** Sees the output so far as it grows; `stop` sends SIGTERM (e.g. once it listens). */
    onOutput?: (output: string, stop: () => void) => void;
  } = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve('bin/haat.js'), ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      options.onOutput?.(output, () => child.kill('SIGTERM'));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
