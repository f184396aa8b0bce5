/**
 * Private Redis and PostgreSQL servers for fault drills: each drill stops and starts its own, never
 * the shared ones other tests use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/platform/db/embedded.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { until } from './processes.ts';

export const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server';
export const redisServerAvailable = existsSync(REDIS_SERVER);

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A redis-server of our own (no persistence) that can be stopped and started on the same port. */
export class PrivateRedis {
  private child: ChildProcess | null = null;
  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start() {
    if (this.child) return;
    const child = spawn(
      REDIS_SERVER,
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    this.child = child;
    await until(() => accepts(this.port), `redis-server on port ${this.port}`, 20_000);
  }

  /** Kills the server (SIGKILL: as abrupt as a crash) and waits until the port is closed. */
  async stop() {
    const child = this.child;
    if (!child) return;
    this.child = null;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    await until(async () => !(await accepts(this.port)), 'redis-server to stop', 20_000);
  }
}

/**
 * An embedded PostgreSQL (the project's own, src/platform/db/embedded.ts) in a temporary directory,
 * on a port of its own, so it can be stopped and started while an app uses it.
 */
export class PrivatePostgres {
  private stopFn: (() => Promise<void>) | null = null;
  url = '';
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const dir = await mkdtemp(path.join(tmpdir(), 'haat-drill-pg-'));
    await chmod(dir, 0o755); // the server may run as the unprivileged postgres user
    const pg = new PrivatePostgres(dir, await freePort());
    await pg.start();
    return pg;
  }

  async start() {
    if (this.stopFn) return;
    const embedded = await startEmbeddedPostgres(
      path.join(this.dir, 'pg'),
      this.port,
      createLogger('error'),
    );
    this.url = embedded.url;
    this.stopFn = embedded.stop;
  }

  async stop() {
    const stop = this.stopFn;
    this.stopFn = null;
    await stop?.();
    await until(async () => !(await accepts(this.port)), 'PostgreSQL to stop', 30_000);
  }

  async destroy() {
    await this.stop().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** A private PostgreSQL with the schema migrated: for drills whose workers must not see other files' rows. */
export async function migratedPrivatePostgres(): Promise<PrivatePostgres> {
  const { Kysely, PostgresDialect } = await import('kysely');
  const { default: pg } = await import('pg');
  const { migrateToLatest } = await import('../../src/platform/db/migrate.ts');
  const database = await PrivatePostgres.start();
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) }),
  });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  return database;
}
