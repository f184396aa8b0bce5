import { sql, type Kysely } from 'kysely';

/**
 * The advance a shop's risk policy may ask of a cash-on-delivery order (docs/risk.md): the delivery
 * charge paid by bKash before the order reaches the shop, the rest collected at the door. One row
 * per order, a payment attempt of its own beside the order's COD payment row (which keeps the
 * order's whole total, so the cash taken at the door nets to total − advance in the ledger).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE order_advances (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL UNIQUE REFERENCES orders (id) ON DELETE CASCADE,
      provider text NOT NULL CHECK (provider IN ('bkash')),
      merchant_txn_id text NOT NULL UNIQUE,
      amount integer NOT NULL CHECK (amount > 0),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN
        ('pending', 'paid', 'failed', 'cancelled', 'refund_pending', 'refunded', 'refund_manual')),
      provider_ref text,
      provider_txn_id text,
      redirect_url text,
      refund_ref text,
      flagged_reason text,
      raw jsonb,
      captured_at timestamptz,
      refunded_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (provider, provider_txn_id)
    )`.execute(db);
  await sql`CREATE INDEX order_advances_provider_ref ON order_advances (provider, provider_ref)`.execute(
    db,
  );
  await sql`CREATE INDEX order_advances_open ON order_advances (status)
    WHERE status IN ('pending', 'refund_pending')`.execute(db);
  // Settlement reconciliation (src/modules/payouts) matches bKash's report lines to advances too.
  await sql`
    CREATE OR REPLACE VIEW payouts_payment_refs AS
      SELECT p.id, p.order_id, p.provider, p.provider_txn_id, p.refund_ref, p.amount
        FROM payments p
      UNION ALL
      SELECT a.id, a.order_id, a.provider, a.provider_txn_id, a.refund_ref, a.amount
        FROM order_advances a`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE VIEW payouts_payment_refs AS
      SELECT p.id, p.order_id, p.provider, p.provider_txn_id, p.refund_ref, p.amount
        FROM payments p`.execute(db);
  await sql`DROP TABLE IF EXISTS order_advances`.execute(db);
}
