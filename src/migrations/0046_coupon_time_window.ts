import { sql, type Kysely } from 'kysely';

/**
 * A coupon may be valid only at a time of day on top of its dates (docs/promotions.md):
 * 'iftar' — from an hour before the day's iftar in Dhaka until half an hour after it.
 * Null: at any time between `starts_at` and `ends_at`, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE coupons
      ADD COLUMN time_window text CHECK (time_window IN ('iftar'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE coupons DROP COLUMN time_window`.execute(db);
}
