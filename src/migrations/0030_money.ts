import { sql, type Kysely } from 'kysely';

/**
 * Marketplace money: commission rules, the commission fixed onto each order line, and a
 * double-entry ledger (accounts, transactions, entries in poisha). Entries and transactions are
 * append-only (a trigger refuses UPDATE, DELETE and TRUNCATE), and every ledger transaction sums to
 * zero when its database transaction commits (a deferred constraint trigger).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE commission_rules (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      scope text NOT NULL CHECK (scope IN ('default', 'shop_type', 'category', 'shop')),
      shop_type text,
      category_id uuid,
      shop_id uuid,
      rate_bp integer NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
      fixed_fee bigint NOT NULL DEFAULT 0 CHECK (fixed_fee BETWEEN 0 AND 100000000),
      effective_from timestamptz NOT NULL,
      effective_to timestamptz,
      updated_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (effective_to IS NULL OR effective_to > effective_from),
      CHECK (
        (scope = 'default' AND shop_type IS NULL AND category_id IS NULL AND shop_id IS NULL) OR
        (scope = 'shop_type' AND shop_type IS NOT NULL AND category_id IS NULL AND shop_id IS NULL) OR
        (scope = 'category' AND shop_type IS NULL AND category_id IS NOT NULL AND shop_id IS NULL) OR
        (scope = 'shop' AND shop_type IS NULL AND category_id IS NULL AND shop_id IS NOT NULL)
      )
    )`.execute(db);
  await sql`CREATE INDEX commission_rules_scope ON commission_rules (scope, effective_from)`.execute(
    db,
  );

  // The rate in effect when the order was placed, fixed onto the line and never changed after.
  await sql`
    ALTER TABLE order_items
      ADD COLUMN commission_bp integer NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000),
      ADD COLUMN commission_fixed bigint NOT NULL DEFAULT 0 CHECK (commission_fixed >= 0),
      ADD COLUMN commission_rule_id uuid`.execute(db);
  await sql`
    CREATE FUNCTION order_items_commission_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.commission_bp IS DISTINCT FROM OLD.commission_bp
         OR NEW.commission_fixed IS DISTINCT FROM OLD.commission_fixed
         OR NEW.commission_rule_id IS DISTINCT FROM OLD.commission_rule_id THEN
        RAISE EXCEPTION 'the commission of an order line never changes'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER order_items_commission_fixed BEFORE UPDATE ON order_items
    FOR EACH ROW EXECUTE FUNCTION order_items_commission_fixed()`.execute(db);

  await sql`
    CREATE TABLE ledger_accounts (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      key text NOT NULL UNIQUE CHECK (char_length(key) BETWEEN 3 AND 120),
      kind text NOT NULL CHECK (kind IN ('shop_payable', 'shop_receivable', 'shop_cod_cash',
        'platform_commission', 'provider_clearing', 'refunds', 'discounts', 'delivery_fees',
        'adjustments')),
      shop_id uuid,
      provider text,
      funder text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind LIKE 'shop\\_%') = (shop_id IS NOT NULL)),
      CHECK ((kind = 'provider_clearing') = (provider IS NOT NULL)),
      CHECK ((kind = 'discounts') = (funder IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX ledger_accounts_shop ON ledger_accounts (shop_id) WHERE shop_id IS NOT NULL`.execute(
    db,
  );
  await sql`
    CREATE TABLE ledger_transactions (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL CHECK (kind ~ '^[a-z_]+(\\.[a-z_]+)*$'),
      source_id text NOT NULL CHECK (char_length(source_id) BETWEEN 1 AND 200),
      order_id uuid,
      shop_id uuid,
      memo text NOT NULL CHECK (char_length(memo) BETWEEN 1 AND 500),
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (kind, source_id)
    )`.execute(db);
  await sql`CREATE INDEX ledger_transactions_order ON ledger_transactions (order_id) WHERE order_id IS NOT NULL`.execute(
    db,
  );
  await sql`
    CREATE TABLE ledger_entries (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      transaction_id bigint NOT NULL REFERENCES ledger_transactions (id),
      account_id bigint NOT NULL REFERENCES ledger_accounts (id),
      amount bigint NOT NULL CHECK (amount <> 0),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX ledger_entries_transaction ON ledger_entries (transaction_id)`.execute(db);
  await sql`CREATE INDEX ledger_entries_account ON ledger_entries (account_id, id)`.execute(db);

  await sql`
    CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END
    $$`.execute(db);
  for (const table of ['ledger_transactions', 'ledger_entries']) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_no_change`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION ledger_append_only()`.execute(db);
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_no_truncate`)} BEFORE TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);
  }
  // At commit: every ledger transaction written has at least two entries summing to zero.
  await sql`
    CREATE FUNCTION ledger_transaction_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      tx_id bigint;
      n bigint;
      total numeric;
    BEGIN
      IF TG_TABLE_NAME = 'ledger_entries' THEN
        tx_id := NEW.transaction_id;
      ELSE
        tx_id := NEW.id;
      END IF;
      SELECT count(*), coalesce(sum(amount), 0) INTO n, total
        FROM ledger_entries WHERE transaction_id = tx_id;
      IF n < 2 OR total <> 0 THEN
        RAISE EXCEPTION 'ledger transaction % is unbalanced (% entries, sum %)', tx_id, n, total
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NULL;
    END
    $$`.execute(db);
  for (const table of ['ledger_transactions', 'ledger_entries']) {
    await sql`
      CREATE CONSTRAINT TRIGGER ${sql.raw(`${table}_balanced`)} AFTER INSERT ON ${sql.table(table)}
      DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balanced()`.execute(db);
  }

  // What the money module reads of other modules' tables (read-only, named for the purpose).
  await sql`
    CREATE VIEW money_orders AS
      SELECT o.id, o.shop_id, s.type AS shop_type, o.payment_method, o.delivery_method,
             o.subtotal, o.delivery_charge, o.cod_charge, o.total, o.status, o.created_at
        FROM orders o JOIN shops s ON s.id = o.shop_id`.execute(db);
  await sql`
    CREATE VIEW money_order_lines AS
      SELECT i.id, i.order_id, i.line_total, i.commission_bp, i.commission_fixed
        FROM order_items i`.execute(db);
  await sql`
    CREATE VIEW money_payments AS
      SELECT p.id, p.order_id, p.provider, p.amount, p.status FROM payments p`.execute(db);
  await sql`
    CREATE VIEW money_products AS
      SELECT p.id, p.category_id FROM products p`.execute(db);
  await sql`CREATE VIEW money_categories AS SELECT c.id, c.parent_id FROM categories c`.execute(db);
  await sql`CREATE VIEW money_shops AS SELECT s.id, s.type, s.owner_id FROM shops s`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const v of [
    'money_shops',
    'money_categories',
    'money_products',
    'money_payments',
    'money_order_lines',
    'money_orders',
  ])
    await sql`DROP VIEW IF EXISTS ${sql.table(v)}`.execute(db);
  await sql`DROP TABLE IF EXISTS ledger_entries`.execute(db);
  await sql`DROP TABLE IF EXISTS ledger_transactions`.execute(db);
  await sql`DROP TABLE IF EXISTS ledger_accounts`.execute(db);
  await sql`DROP FUNCTION IF EXISTS ledger_transaction_balanced()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS ledger_append_only()`.execute(db);
  await sql`DROP TRIGGER IF EXISTS order_items_commission_fixed ON order_items`.execute(db);
  await sql`DROP FUNCTION IF EXISTS order_items_commission_fixed()`.execute(db);
  await sql`
    ALTER TABLE order_items DROP COLUMN IF EXISTS commission_bp,
      DROP COLUMN IF EXISTS commission_fixed, DROP COLUMN IF EXISTS commission_rule_id`.execute(db);
  await sql`DROP TABLE IF EXISTS commission_rules`.execute(db);
}
