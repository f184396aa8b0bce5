import { sql, type Kysely } from 'kysely';

/**
 * Stock held by batch with its expiry date (docs/decisions/0019-batches-and-expiry.md). A variant's
 * `on_hand` stays the figure every module reads; its batches hold part or all of it (the rest is
 * stock with no batch recorded). Allocation rows remember which batches an order line took, so a
 * cancellation gives the units back to the same batches.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Shops other than pharmacies that chose to record batches (pharmacies always do).
  await sql`
    CREATE TABLE batch_tracking_shops (
      shop_id uuid PRIMARY KEY REFERENCES shops (id) ON DELETE CASCADE,
      enabled_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE stock_batches (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      variant_id uuid NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
      product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
      shop_id uuid NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
      batch_number text CHECK (char_length(batch_number) BETWEEN 1 AND 40),
      expiry_date date NOT NULL,
      quantity integer NOT NULL CHECK (quantity >= 0),
      cost_poisha bigint CHECK (cost_poisha >= 0),
      written_off_quantity integer NOT NULL DEFAULT 0 CHECK (written_off_quantity >= 0),
      written_off_at timestamptz,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX stock_batches_number
    ON stock_batches (variant_id, batch_number) WHERE batch_number IS NOT NULL`.execute(db);
  await sql`CREATE INDEX stock_batches_fefo ON stock_batches (variant_id, expiry_date, id)`.execute(
    db,
  );
  await sql`CREATE INDEX stock_batches_shop ON stock_batches (shop_id, expiry_date)`.execute(db);
  await sql`CREATE INDEX stock_batches_due ON stock_batches (expiry_date) WHERE quantity > 0`.execute(
    db,
  );

  await sql`
    CREATE TABLE stock_batch_allocations (
      id bigserial PRIMARY KEY,
      order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
      order_item_id bigint NOT NULL REFERENCES order_items (id) ON DELETE CASCADE,
      variant_id uuid NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
      -- null: the units came from stock with no batch recorded (or the batch was removed since).
      batch_id uuid REFERENCES stock_batches (id) ON DELETE SET NULL,
      quantity integer NOT NULL CHECK (quantity > 0),
      released_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX stock_batch_allocations_order ON stock_batch_allocations (order_id)`.execute(
    db,
  );
  await sql`CREATE INDEX stock_batch_allocations_batch ON stock_batch_allocations (batch_id)`.execute(
    db,
  );

  // One near-expiry alert per batch and threshold (60, 30 days), whatever the number of workers.
  await sql`
    CREATE TABLE stock_batch_alerts (
      batch_id uuid NOT NULL REFERENCES stock_batches (id) ON DELETE CASCADE,
      threshold_days integer NOT NULL CHECK (threshold_days > 0),
      notified boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (batch_id, threshold_days)
    )`.execute(db);

  // Expired batches are written off with their own ledger reason.
  await sql`ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_reason_check`.execute(db);
  await sql`ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_reason_check
    CHECK (reason IN ('restock', 'sale', 'cancellation', 'return', 'correction', 'expiry'))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE stock_movements SET reason = 'correction' WHERE reason = 'expiry'`.execute(db);
  await sql`ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_reason_check`.execute(db);
  await sql`ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_reason_check
    CHECK (reason IN ('restock', 'sale', 'cancellation', 'return', 'correction'))`.execute(db);
  await sql`DROP TABLE stock_batch_alerts`.execute(db);
  await sql`DROP TABLE stock_batch_allocations`.execute(db);
  await sql`DROP TABLE stock_batches`.execute(db);
  await sql`DROP TABLE batch_tracking_shops`.execute(db);
}
