import { sql, type Kysely } from 'kysely';

/**
 * Seller statements and commission invoices (src/modules/finance) read the ledger and, through
 * these read-only views, the order numbers, order lines and shops they name. An index on the
 * ledger's transactions by shop and time serves the monthly invoices.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE VIEW finance_orders AS
      SELECT id, number, shop_id, created_at FROM orders`.execute(db);
  await sql`
    CREATE VIEW finance_order_lines AS
      SELECT id, order_id, name, variant_label, quantity, line_total, commission_bp,
             commission_fixed
        FROM order_items`.execute(db);
  await sql`
    CREATE VIEW finance_shops AS
      SELECT id, name_bn, name_en, address, phone, bin FROM shops`.execute(db);
  await sql`
    CREATE INDEX ledger_transactions_shop ON ledger_transactions (shop_id, created_at)
     WHERE shop_id IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX ledger_transactions_shop`.execute(db);
  await sql`DROP VIEW finance_shops`.execute(db);
  await sql`DROP VIEW finance_order_lines`.execute(db);
  await sql`DROP VIEW finance_orders`.execute(db);
}
