import { sql, type Kysely } from 'kysely';

/**
 * What other modules read of returns (read-only views). Payouts: the orders with a return still
 * open (asked, accepted or on its way back, not yet checked), whose online-paid money waits until
 * the return is settled. Orders: the payments with part of them refunded by a return, which a
 * whole-order step (returned, cancelled) may no longer refund whole.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE VIEW payouts_open_returns AS
      SELECT DISTINCT r.order_id FROM return_requests r
       WHERE r.status IN ('requested', 'accepted', 'picked_up')`.execute(db);
  await sql`
    CREATE VIEW orders_partly_refunded_payments AS
      SELECT f.payment_id, sum(f.amount)::bigint AS refunded
        FROM payment_refunds f GROUP BY f.payment_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW orders_partly_refunded_payments`.execute(db);
  await sql`DROP VIEW payouts_open_returns`.execute(db);
}
