import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Extensions used across modules: distance queries (cube + earthdistance), fuzzy text (pg_trgm).
  await sql`CREATE EXTENSION IF NOT EXISTS cube`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS earthdistance`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  await sql`
    CREATE TABLE outbox_events (
      id bigserial PRIMARY KEY,
      topic text NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX outbox_events_unpublished ON outbox_events (id) WHERE published_at IS NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE dev_mailbox (
      id bigserial PRIMARY KEY,
      to_address text NOT NULL,
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX dev_mailbox_to ON dev_mailbox (to_address, id DESC)`.execute(db);

  await sql`
    CREATE TABLE dev_sms_outbox (
      id bigserial PRIMARY KEY,
      to_phone text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX dev_sms_outbox_to ON dev_sms_outbox (to_phone, id DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE dev_sms_outbox, dev_mailbox, outbox_events`.execute(db);
}
