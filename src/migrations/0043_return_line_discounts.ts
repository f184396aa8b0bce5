import { sql, type Kysely } from 'kysely';

/**
 * The returns module's view of order lines gains each line's share of its order's coupon
 * (order_items.discount, migration 0041): a returned line refunds what was paid for it, not its
 * price before the coupon, so a return line's amount may now be below its price × quantity.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The CHECK was made unnamed in 0033: found by what it says.
  await sql`
    DO $$
    DECLARE name text;
    BEGIN
      SELECT conname INTO STRICT name FROM pg_constraint
       WHERE conrelid = 'return_lines'::regclass AND contype = 'c'
         AND pg_get_constraintdef(oid) LIKE '%amount = (unit_price * quantity)%';
      EXECUTE format('ALTER TABLE return_lines DROP CONSTRAINT %I', name);
    END $$`.execute(db);
  await sql`
    ALTER TABLE return_lines ADD CONSTRAINT return_lines_amount_paid
      CHECK (amount >= 0 AND amount <= unit_price * quantity)`.execute(db);
  await sql`
    CREATE OR REPLACE VIEW returns_order_items AS
      SELECT i.id, i.order_id, i.product_id, i.variant_id, i.name, i.variant_label,
             i.unit_price, i.quantity, i.line_total,
             coalesce((p.attributes ->> 'prescriptionRequired') = 'true', false)
               AS prescription_required,
             i.discount
        FROM order_items i LEFT JOIN products p ON p.id = i.product_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE return_lines DROP CONSTRAINT return_lines_amount_paid`.execute(db);
  await sql`
    ALTER TABLE return_lines ADD CONSTRAINT return_lines_amount_check
      CHECK (amount = unit_price * quantity)`.execute(db);
  await sql`DROP VIEW returns_order_items`.execute(db);
  await sql`
    CREATE VIEW returns_order_items AS
      SELECT i.id, i.order_id, i.product_id, i.variant_id, i.name, i.variant_label,
             i.unit_price, i.quantity, i.line_total,
             coalesce((p.attributes ->> 'prescriptionRequired') = 'true', false)
               AS prescription_required
        FROM order_items i LEFT JOIN products p ON p.id = i.product_id`.execute(db);
}
