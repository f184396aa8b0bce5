import { sql, type Kysely } from 'kysely';

/**
 * Account state checked on every request: blocked (disabled_at, with the admin's reason), deleted
 * (a tombstone whose personal data is erased), and a token version that ends every access token
 * issued before it changed. A deleted account keeps its row for the orders that point at it, so
 * it may have neither phone nor email.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users
      ADD COLUMN blocked_reason text,
      ADD COLUMN deleted_at timestamptz,
      ADD COLUMN token_version integer NOT NULL DEFAULT 0,
      ADD COLUMN last_login_at timestamptz`.execute(db);
  await sql`ALTER TABLE users DROP CONSTRAINT users_phone_or_email`.execute(db);
  await sql`
    ALTER TABLE users ADD CONSTRAINT users_phone_or_email
      CHECK (deleted_at IS NOT NULL OR phone IS NOT NULL OR email IS NOT NULL)`.execute(db);
  await sql`
    ALTER TABLE users ADD CONSTRAINT users_deleted_erased
      CHECK (deleted_at IS NULL OR (phone IS NULL AND email IS NULL))`.execute(db);
  // Admin list: newest first, keyset on (created_at, id).
  await sql`CREATE INDEX users_created ON users (created_at DESC, id DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX users_created`.execute(db);
  await sql`ALTER TABLE users DROP CONSTRAINT users_deleted_erased`.execute(db);
  await sql`ALTER TABLE users DROP CONSTRAINT users_phone_or_email`.execute(db);
  await sql`
    ALTER TABLE users ADD CONSTRAINT users_phone_or_email
      CHECK (phone IS NOT NULL OR email IS NOT NULL)`.execute(db);
  await sql`
    ALTER TABLE users
      DROP COLUMN blocked_reason,
      DROP COLUMN deleted_at,
      DROP COLUMN token_version,
      DROP COLUMN last_login_at`.execute(db);
}
