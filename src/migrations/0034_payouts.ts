import { sql, type Kysely } from 'kysely';

/**
 * Seller payouts: where each shop wants its money (bKash wallet or bank account), payout runs and
 * their payouts, and the ledger account of money on its way to sellers (`payouts_in_transit`).
 * What a shop may be paid is computed from the ledger (docs/decisions/0025-payouts.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check`.execute(db);
  await sql`
    ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check
      CHECK (kind IN ('shop_payable', 'shop_receivable', 'shop_cod_cash', 'platform_commission',
        'provider_clearing', 'refunds', 'discounts', 'delivery_fees', 'adjustments',
        'payouts_in_transit'))`.execute(db);

  await sql`
    CREATE TABLE payout_methods (
      shop_id uuid PRIMARY KEY REFERENCES shops (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('bkash', 'bank')),
      bkash_msisdn text CHECK (bkash_msisdn ~ '^\\+8801[3-9][0-9]{8}$'),
      account_name text CHECK (char_length(account_name) BETWEEN 2 AND 100),
      account_number text CHECK (account_number ~ '^[0-9]{6,20}$'),
      bank_name text CHECK (char_length(bank_name) BETWEEN 2 AND 100),
      branch_name text CHECK (char_length(branch_name) BETWEEN 1 AND 100),
      routing_number text CHECK (routing_number ~ '^[0-9]{9}$'),
      updated_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'bkash') = (bkash_msisdn IS NOT NULL)),
      CHECK ((kind = 'bank') = (account_name IS NOT NULL AND account_number IS NOT NULL
        AND bank_name IS NOT NULL AND routing_number IS NOT NULL))
    )`.execute(db);

  await sql`
    CREATE TABLE payout_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      key text NOT NULL UNIQUE CHECK (key ~ '^[A-Za-z0-9_.:-]{8,100}$'),
      trigger text NOT NULL CHECK (trigger IN ('manual', 'schedule')),
      minimum bigint NOT NULL CHECK (minimum >= 0),
      shop_ids uuid[],
      skipped jsonb NOT NULL DEFAULT '[]',
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX payout_runs_created ON payout_runs (created_at DESC, id DESC)`.execute(db);

  // status: pending (posted, not yet sent) → processing (asked bKash; outcome may be unknown) →
  // paid | failed; bank transfers: sent (in a BEFTN file) → paid | failed (marked by an admin).
  await sql`
    CREATE TABLE payouts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      run_id uuid NOT NULL REFERENCES payout_runs (id),
      shop_id uuid NOT NULL REFERENCES shops (id),
      invoice text NOT NULL UNIQUE CHECK (invoice ~ '^[A-Za-z0-9]{5,40}$'),
      amount bigint NOT NULL CHECK (amount > 0),
      method text NOT NULL CHECK (method IN ('bkash', 'bank')),
      destination jsonb NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'processing', 'sent', 'paid', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      lease_until timestamptz,
      provider_txn_id text,
      fee bigint,
      failure_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      settled_at timestamptz,
      UNIQUE (run_id, shop_id)
    )`.execute(db);
  // One payout on its way per shop at a time: a second run never pays a shop twice.
  await sql`
    CREATE UNIQUE INDEX payouts_one_in_flight ON payouts (shop_id)
      WHERE status IN ('pending', 'processing', 'sent')`.execute(db);
  await sql`CREATE INDEX payouts_shop ON payouts (shop_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX payouts_run ON payouts (run_id)`.execute(db);

  // Reconciliation reads the ledger by date range.
  await sql`CREATE INDEX ledger_transactions_created ON ledger_transactions (created_at)`.execute(
    db,
  );

  // Settlement reports uploaded by admins (a provider's merchant-portal download), parsed.
  await sql`
    CREATE TABLE reconciliation_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      provider text NOT NULL CHECK (provider IN ('bkash', 'nagad', 'sslcommerz')),
      file_name text,
      lines jsonb NOT NULL,
      uploaded_by uuid,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  // Provider references of payments, read by reconciliation (read-only view of orders' table).
  await sql`
    CREATE VIEW payouts_payment_refs AS
      SELECT p.id, p.order_id, p.provider, p.provider_txn_id, p.refund_ref, p.amount
        FROM payments p`.execute(db);
  await sql`CREATE VIEW payouts_shops AS SELECT s.id, s.name_bn, s.name_en FROM shops s`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW payouts_shops`.execute(db);
  await sql`DROP VIEW payouts_payment_refs`.execute(db);
  await sql`DROP TABLE reconciliation_reports`.execute(db);
  await sql`DROP TABLE payouts`.execute(db);
  await sql`DROP TABLE payout_runs`.execute(db);
  await sql`DROP TABLE payout_methods`.execute(db);
  await sql`DROP INDEX ledger_transactions_created`.execute(db);
  await sql`ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check`.execute(db);
  await sql`
    ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check
      CHECK (kind IN ('shop_payable', 'shop_receivable', 'shop_cod_cash', 'platform_commission',
        'provider_clearing', 'refunds', 'discounts', 'delivery_fees', 'adjustments'))`.execute(db);
}
