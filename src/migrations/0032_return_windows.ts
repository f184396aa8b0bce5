import { sql, type Kysely } from 'kysely';

/**
 * How long after delivery a customer may ask to return what they bought, per shop type, and when
 * each delivered order's window closes. Online-paid money becomes payable to the seller only after
 * that (Digital Commerce Guidelines 2021: the seller is paid after delivery). Cooked food has no
 * window; perishables a short one; everything else defaults to 7 days. Admins change the hours.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE return_windows (
      shop_type text PRIMARY KEY,
      hours integer NOT NULL CHECK (hours BETWEEN 0 AND 2160),
      updated_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    INSERT INTO return_windows (shop_type, hours) VALUES
      ('restaurant', 0), ('grocery', 24), ('pharmacy', 72), ('electronics', 168),
      ('hardware', 168), ('fashion', 168), ('other', 168)`.execute(db);
  // One row per delivered order: when it was (last) delivered and when its return window closes.
  // A shop type without a row gets 7 days. Read by money (payouts) and returns.
  await sql`
    CREATE VIEW order_return_windows AS
      SELECT o.id AS order_id, o.shop_id, s.type AS shop_type, d.delivered_at,
             d.delivered_at + make_interval(hours => coalesce(w.hours, 168)) AS window_ends_at
        FROM orders o
        JOIN shops s ON s.id = o.shop_id
        JOIN LATERAL (
          SELECT max(e.created_at) AS delivered_at FROM order_events e
           WHERE e.order_id = o.id AND e.to_status = 'delivered'
        ) d ON d.delivered_at IS NOT NULL
        LEFT JOIN return_windows w ON w.shop_type = s.type`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW order_return_windows`.execute(db);
  await sql`DROP TABLE return_windows`.execute(db);
}
