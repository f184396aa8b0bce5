import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Read-only views of what notifications may know about users and shops.
  await sql`
    CREATE VIEW notification_recipients AS
      SELECT id, name, phone, email, locale, role, disabled_at FROM users`.execute(db);
  await sql`
    CREATE VIEW notification_shops AS
      SELECT id, owner_id, name_bn, name_en FROM shops`.execute(db);
  await sql`
    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigserial NOT NULL UNIQUE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      kind text NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      link text,
      read_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX notifications_user_seq ON notifications (user_id, seq DESC)`.execute(db);
  await sql`
    CREATE INDEX notifications_user_unread ON notifications (user_id)
      WHERE read_at IS NULL`.execute(db);
  // One row per (event, channel, recipient): a handler that runs twice sends once.
  await sql`
    CREATE TABLE notification_deliveries (
      id bigserial PRIMARY KEY,
      event_id bigint NOT NULL,
      channel text NOT NULL CHECK (channel IN ('in_app', 'email', 'sms')),
      recipient_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      kind text NOT NULL,
      status text NOT NULL DEFAULT 'sending' CHECK (status IN ('sending', 'sent', 'failed')),
      attempts integer NOT NULL DEFAULT 1,
      error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      CONSTRAINT notification_deliveries_once UNIQUE (event_id, channel, recipient_id)
    )`.execute(db);
  await sql`
    CREATE TABLE notification_preferences (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      group_name text NOT NULL
        CHECK (group_name IN ('orders', 'payments', 'shop', 'stock', 'account', 'marketing')),
      in_app boolean NOT NULL,
      email boolean NOT NULL,
      sms boolean NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, group_name)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE notification_preferences`.execute(db);
  await sql`DROP TABLE notification_deliveries`.execute(db);
  await sql`DROP TABLE notifications`.execute(db);
  await sql`DROP VIEW notification_shops`.execute(db);
  await sql`DROP VIEW notification_recipients`.execute(db);
}
