import { sql, type Kysely } from 'kysely';

/**
 * Web push: the browsers a user allowed to show Haat's notifications (one row per push endpoint:
 * a phone handed to another account moves to that account), the server's VAPID key pair when
 * none is configured (one row, made at first start, shared by every process), and `push` as a
 * delivery channel.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE push_subscriptions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      endpoint text NOT NULL UNIQUE CHECK (length(endpoint) <= 1000),
      p256dh text NOT NULL,
      auth text NOT NULL,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_sent_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX push_subscriptions_user ON push_subscriptions (user_id, created_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE push_vapid_keys (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      public_key text NOT NULL,
      private_key text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`ALTER TABLE notification_deliveries
    DROP CONSTRAINT notification_deliveries_channel_check,
    ADD CONSTRAINT notification_deliveries_channel_check
      CHECK (channel IN ('in_app', 'email', 'sms', 'push'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM notification_deliveries WHERE channel = 'push'`.execute(db);
  await sql`ALTER TABLE notification_deliveries
    DROP CONSTRAINT notification_deliveries_channel_check,
    ADD CONSTRAINT notification_deliveries_channel_check
      CHECK (channel IN ('in_app', 'email', 'sms'))`.execute(db);
  await sql`DROP TABLE push_vapid_keys`.execute(db);
  await sql`DROP TABLE push_subscriptions`.execute(db);
}
