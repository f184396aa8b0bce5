import { Redis } from 'ioredis';
import pg from 'pg';

/**
 * A start that cannot go on: one line naming the cause and the setting to change. The CLI prints
 * the message alone (no stack) and exits 1.
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}

/** host:port/database of a connection URL, without the user and password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || (u.protocol.startsWith('redis') ? '6379' : '5432')}${u.pathname.length > 1 ? u.pathname : ''}`;
  } catch {
    return '(invalid URL)';
  }
}

function reason(error: unknown): string {
  const e = error as { code?: string; message?: string; errors?: { code?: string }[] } | null;
  const code = e?.code ?? e?.errors?.[0]?.code;
  const message = e?.message || (e?.errors ? 'no address answered' : String(error));
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/** Connects once to DATABASE_URL; a refusal, an unknown host or a wrong password stop the start. */
export async function checkDatabase(url: string, setting = 'DATABASE_URL'): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new StartupError(
      `Cannot reach PostgreSQL at ${describeUrl(url)} (${reason(error)}): start it, or fix ${setting}` +
        (setting === 'DATABASE_URL' ? ' (unset it to use the embedded PostgreSQL).' : '.'),
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Pings REDIS_URL once, without retrying; an unreachable Redis stops the start. */
export async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new StartupError(
      `Cannot reach Redis at ${describeUrl(url)} (${reason(error)}): start it, fix REDIS_URL, or unset REDIS_URL to run a single process with the in-process queue.`,
      { cause: error },
    );
  } finally {
    redis.disconnect();
  }
}

/** The HTTP listener could not bind: the port is taken (another Haat?) or not allowed. */
export function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'EADDRINUSE') {
    return new StartupError(
      `Port ${port} on ${host} is already in use (is Haat already running?): stop the other process or set PORT to a free port.`,
      { cause: error },
    );
  }
  if (code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    return new StartupError(
      `Cannot listen on ${host}:${port} (${code}): set HOST and PORT to an address this machine may use.`,
      { cause: error },
    );
  }
  return error;
}
