import { sql, type Kysely } from 'kysely';

/**
 * Cash-on-delivery risk (docs/risk.md): the assessment stored with each order, each shop's policy
 * by risk level and amount, the admin block list of phones, phones a customer proved by OTP for
 * delivery, and a read-only view of every order's delivery outcome by phone (the per-phone history
 * shared across shops as figures only).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE risk_assessments (
      order_id uuid PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
      shop_id uuid NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
      phone text NOT NULL,
      score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
      level text NOT NULL CHECK (level IN ('low', 'medium', 'high', 'blocked')),
      decision text NOT NULL CHECK (decision IN ('accept', 'advance', 'prepaid', 'refuse')),
      reasons jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX risk_assessments_shop ON risk_assessments (shop_id, created_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE risk_shop_policies (
      shop_id uuid PRIMARY KEY REFERENCES shops (id) ON DELETE CASCADE,
      medium_action text NOT NULL CHECK (medium_action IN ('accept', 'advance', 'prepaid')),
      high_action text NOT NULL CHECK (high_action IN ('accept', 'advance', 'prepaid')),
      large_order_poisha bigint CHECK (large_order_poisha > 0),
      large_order_action text NOT NULL CHECK (large_order_action IN ('accept', 'advance', 'prepaid')),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE risk_blocks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      phone text NOT NULL CHECK (phone ~ '^\\+8801[3-9][0-9]{8}$'),
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      lifted_by uuid REFERENCES users (id) ON DELETE SET NULL,
      lifted_at timestamptz
    )`.execute(db);
  // One live block per phone; lifted ones stay as history.
  await sql`CREATE UNIQUE INDEX risk_blocks_live ON risk_blocks (phone) WHERE lifted_at IS NULL`.execute(
    db,
  );
  await sql`
    CREATE TABLE risk_phone_otps (
      customer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      phone text NOT NULL,
      code_hash text NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (customer_id, phone)
    )`.execute(db);
  await sql`
    CREATE TABLE risk_verified_phones (
      customer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      phone text NOT NULL,
      verified_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (customer_id, phone)
    )`.execute(db);
  // The per-phone history and the duplicate search look orders up by the delivery phone.
  await sql`CREATE INDEX orders_address_phone ON orders ((address->>'phone'), created_at)`.execute(
    db,
  );
  await sql`CREATE INDEX orders_created ON orders (created_at)`.execute(db);
  // What became of each order at the door: refused (sent out, came back undelivered), returned
  // (delivered, then returned), cancelled after dispatch (packed, then cancelled), delivered.
  await sql`
    CREATE VIEW risk_order_outcomes AS
    SELECT o.id AS order_id, o.shop_id, o.customer_id, o.address->>'phone' AS phone,
           (o.address->>'lat')::float8 AS lat, (o.address->>'lng')::float8 AS lng,
           o.payment_method, o.total, o.status, o.created_at,
           CASE
             WHEN EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id
                          AND e.from_status = 'out_for_delivery' AND e.to_status = 'returned')
               THEN 'refused'
             WHEN EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id
                          AND e.from_status = 'delivered' AND e.to_status = 'returned')
               THEN 'returned'
             WHEN EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id
                          AND e.from_status IN ('packed', 'out_for_delivery')
                          AND e.to_status = 'cancelled')
               THEN 'cancelled_after_dispatch'
             WHEN EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id
                          AND e.to_status = 'delivered')
               THEN 'delivered'
           END AS outcome
    FROM orders o`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW risk_order_outcomes`.execute(db);
  await sql`DROP INDEX orders_created`.execute(db);
  await sql`DROP INDEX orders_address_phone`.execute(db);
  await sql`DROP TABLE risk_verified_phones`.execute(db);
  await sql`DROP TABLE risk_phone_otps`.execute(db);
  await sql`DROP TABLE risk_blocks`.execute(db);
  await sql`DROP TABLE risk_shop_policies`.execute(db);
  await sql`DROP TABLE risk_assessments`.execute(db);
}
