import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the stock-hoarding limits:
 *
 * - orders_open_unpaid: a customer's orders that hold stock with neither payment nor the seller's
 *   acceptance (online awaiting payment, COD not yet accepted), counted at every checkout;
 * - orders_cod_awaiting: COD orders waiting for the seller, oldest first, for the scheduled job that
 *   cancels those not accepted within ORDER_COD_ACCEPT_HOURS.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX orders_open_unpaid ON orders (customer_id)
    WHERE status = 'pending_payment' OR (status = 'placed' AND payment_method = 'cod')`.execute(db);
  await sql`CREATE INDEX orders_cod_awaiting ON orders (created_at)
    WHERE status = 'placed' AND payment_method = 'cod'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS orders_cod_awaiting`.execute(db);
  await sql`DROP INDEX IF EXISTS orders_open_unpaid`.execute(db);
}
