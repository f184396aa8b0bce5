import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';

export type { Database };
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the pool or an open transaction: repositories accept both. */
export type Executor = Kysely<Database>;

// bigint (int8) columns hold money in poisha and counts: parse to number when safe, else fail loudly.
pg.types.setTypeParser(20, (value) => {
  const n = Number(value);
  if (!Number.isSafeInteger(n))
    throw new Error(`int8 value ${value} exceeds Number.MAX_SAFE_INTEGER`);
  return n;
});
// numeric stays a string by default; earthdistance returns float8, which pg already parses.

export function createDb(url: string, poolMax: number): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    application_name: 'haat',
    // A request waits at most this long for a connection (PostgreSQL not answering, or the pool
    // busy), then fails with a 503 instead of hanging. A stopped server refuses at once.
    connectionTimeoutMillis: 30_000,
  });
  // A client losing its connection (e.g. PostgreSQL restarted) must not crash the process: idle
  // clients report it on the pool; a checked-out client between two queries (inside a
  // transaction) reports it on itself, and its next query fails (answered 503).
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool };
}

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

export function isUniqueViolation(error: unknown): error is { code: string; constraint?: string } {
  return (error as { code?: string } | null)?.code === UNIQUE_VIOLATION;
}

export function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === FOREIGN_KEY_VIOLATION;
}
