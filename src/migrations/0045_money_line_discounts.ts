import { sql, type Kysely } from 'kysely';

/**
 * The money module's views of orders and their lines gain the coupon's discount (order_items.discount
 * and orders.discount, migration 0041): a returned line of a couponed order gives back the
 * commission of its undiscounted value and, for a platform coupon, the platform's part of its
 * discount (docs/money.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE VIEW money_order_lines AS
      SELECT i.id, i.order_id, i.line_total, i.commission_bp, i.commission_fixed, i.discount
        FROM order_items i`.execute(db);
  await sql`
    CREATE OR REPLACE VIEW money_orders AS
      SELECT o.id, o.shop_id, s.type AS shop_type, o.payment_method, o.delivery_method,
             o.subtotal, o.delivery_charge, o.cod_charge, o.total, o.status, o.created_at,
             o.platform_discount, o.discount
        FROM orders o JOIN shops s ON s.id = o.shop_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW money_order_lines`.execute(db);
  await sql`
    CREATE VIEW money_order_lines AS
      SELECT i.id, i.order_id, i.line_total, i.commission_bp, i.commission_fixed
        FROM order_items i`.execute(db);
  await sql`DROP VIEW money_orders`.execute(db);
  await sql`
    CREATE VIEW money_orders AS
      SELECT o.id, o.shop_id, s.type AS shop_type, o.payment_method, o.delivery_method,
             o.subtotal, o.delivery_charge, o.cod_charge, o.total, o.status, o.created_at,
             o.platform_discount
        FROM orders o JOIN shops s ON s.id = o.shop_id`.execute(db);
}
