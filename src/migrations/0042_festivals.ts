import { sql, type Kysely } from 'kysely';

/**
 * Festivals and bag reminders. `festival_dates`: an admin's dates for a moon-dependent festival in
 * one year (they replace the built-in calendar's, or add a year it does not have yet).
 * `bag_reminders`: the one reminder sent for an abandoned bag, by the bag's state (its lines), so
 * the same bag is never reminded twice. `bag_reminder_settings`: a customer's opt-out and quiet hours
 * (minutes after midnight, Asia/Dhaka; the default 22:00–08:00 applies without a row).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE festival_dates (
      festival_key text NOT NULL CHECK (festival_key ~ '^[a-z_]+$'),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      starts_on date NOT NULL,
      main_day date NOT NULL,
      ends_on date NOT NULL,
      note text CHECK (length(note) <= 500),
      updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (festival_key, year),
      CHECK (starts_on <= main_day AND main_day <= ends_on),
      CHECK (ends_on - starts_on <= 40)
    )`.execute(db);
  await sql`
    CREATE TABLE bag_reminders (
      customer_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      bag_state text NOT NULL,
      sent_at timestamptz NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE bag_reminder_settings (
      user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      opted_out_at timestamptz,
      quiet_from smallint NOT NULL DEFAULT 1320 CHECK (quiet_from BETWEEN 0 AND 1439),
      quiet_to smallint NOT NULL DEFAULT 480 CHECK (quiet_to BETWEEN 0 AND 1439),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  // The reminder job looks for bags whose newest line is older than the idle time.
  await sql`CREATE INDEX cart_items_customer_updated ON cart_items (customer_id, updated_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS cart_items_customer_updated`.execute(db);
  await sql`DROP TABLE IF EXISTS bag_reminder_settings`.execute(db);
  await sql`DROP TABLE IF EXISTS bag_reminders`.execute(db);
  await sql`DROP TABLE IF EXISTS festival_dates`.execute(db);
}
