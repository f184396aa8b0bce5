import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { createDb, type Db } from './db/index.ts';
import { startEmbeddedPostgres } from './db/embedded.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createRedis, MemoryStore, RedisStore, type KeyValueStore } from './kv/index.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { DevMailbox, SmtpMailer, type Mailer } from './messaging/mailer.ts';
import { BulkSmsBdSender } from './messaging/bulksmsbd.ts';
import { DevSmsOutbox, type SmsSender } from './messaging/sms.ts';
import { SslWirelessSender } from './messaging/sslwireless.ts';
import { OutboxHandlers } from './outbox.ts';
import { BullQueue, MemoryQueue, type JobQueue } from './queue/index.ts';
import { instrumentQueue } from './queue/instrument.ts';
import { checkDatabase, checkRedis } from './startup.ts';
import './messaging/tables.ts';

/** Everything a module needs from the platform, passed explicitly (no container, no globals). */
export type AppContext = {
  config: Config;
  logger: Logger;
  db: Db;
  kv: KeyValueStore;
  queue: JobQueue;
  mailer: Mailer;
  sms: SmsSender;
  events: OutboxHandlers;
  /** Prometheus registry of this app, with the business counters modules increment. */
  metrics: Metrics;
  jwtSecret: Uint8Array;
  close: () => Promise<void>;
};

export type ContextOptions = {
  logger?: Logger;
  migrate?: boolean;
  /** Prefix for Redis keys and queue names, so several apps (tests) can share one Redis. */
  namespace?: string;
};

export async function createContext(
  config: Config,
  options: ContextOptions = {},
): Promise<AppContext> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL, config.NODE_ENV);
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers)
      await close().catch((err: unknown) => logger.warn({ err }, 'close failed'));
  };
  try {
    return await assemble(config, options, logger, closers, closeAll);
  } catch (error) {
    // A start that failed half-way stops what it had started (the embedded PostgreSQL above all).
    await closeAll();
    throw error;
  }
}

async function assemble(
  config: Config,
  options: ContextOptions,
  logger: Logger,
  closers: (() => Promise<void>)[],
  closeAll: () => Promise<void>,
): Promise<AppContext> {
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres(
      config.EMBEDDED_PG_DIR,
      config.EMBEDDED_PG_PORT,
      logger,
    );
    databaseUrl = embedded.url;
    closers.unshift(embedded.stop);
  } else {
    await checkDatabase(databaseUrl);
  }
  const { db, pool } = createDb(databaseUrl, config.DATABASE_POOL_MAX);
  closers.unshift(() => db.destroy());
  if (options.migrate ?? true) {
    const applied = await migrateToLatest(db);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }

  let kv: KeyValueStore;
  let queue: JobQueue;
  if (config.REDIS_URL) {
    await checkRedis(config.REDIS_URL);
    const namespace = options.namespace
      ? `${config.REDIS_NAMESPACE}:${options.namespace}`
      : config.REDIS_NAMESPACE;
    const redis = createRedis(config.REDIS_URL, `${namespace}:kv:`);
    redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
    kv = new RedisStore(redis);
    queue = new BullQueue({ url: config.REDIS_URL }, namespace, logger, {
      lockMs: config.JOB_LOCK_MS,
      stalledCheckMs: config.JOB_STALLED_CHECK_MS,
      scheduleCheckMs: config.JOB_SCHEDULE_CHECK_MS,
    });
  } else {
    kv = new MemoryStore();
    queue = new MemoryQueue(logger);
    logger.warn(
      'REDIS_URL is unset: queue, cache and rate limits are in-process. Run a single process only.',
    );
  }
  closers.unshift(() => kv.close());
  closers.unshift(() => queue.close());
  const metrics = createMetrics();
  instrumentQueue(queue, metrics);
  metrics.watch({ pool, queue });

  const mailer: Mailer = config.SMTP_URL
    ? new SmtpMailer(config.SMTP_URL, config.MAIL_FROM)
    : new DevMailbox(db);
  closers.unshift(() => mailer.close());
  const sms = createSmsSender(config, db);

  return {
    config,
    logger,
    db,
    kv,
    queue,
    mailer,
    sms,
    events: new OutboxHandlers(),
    metrics,
    jwtSecret: loadJwtSecret(config),
    close: closeAll,
  };
}

/** SMS_PROVIDER picks the gateway; loadConfig has checked that a gateway has its key and sender. */
function createSmsSender(config: Config, db: Db): SmsSender {
  const { SMS_API_KEY: key = '', SMS_SENDER_ID: sender = '', SMS_BASE_URL: baseUrl } = config;
  switch (config.SMS_PROVIDER) {
    case 'bulksmsbd':
      return new BulkSmsBdSender({ apiKey: key, senderId: sender, ...(baseUrl && { baseUrl }) });
    case 'sslwireless':
      return new SslWirelessSender({ apiToken: key, sid: sender, ...(baseUrl && { baseUrl }) });
    default:
      return new DevSmsOutbox(db);
  }
}

/**
 * JWT_SECRET from the environment; required in production. In development a random secret is kept
 * in .haat/jwt-secret so sessions survive a restart; tests get a fresh one each run.
 */
function loadJwtSecret(config: Config): Uint8Array {
  if (config.JWT_SECRET) return new TextEncoder().encode(config.JWT_SECRET);
  if (config.NODE_ENV === 'test') return randomBytes(32);
  const file = path.resolve('.haat/jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}
