import { sql, type Kysely } from 'kysely';

/**
 * An order placed while its shop was closed remembers when the shop opens: the seller's time to
 * accept a cash-on-delivery order counts from then, not from a night the shop was shut.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE orders ADD COLUMN shop_opens_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE orders DROP COLUMN shop_opens_at`.execute(db);
}
