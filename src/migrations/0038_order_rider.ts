import { sql, type Kysely } from 'kysely';

/**
 * The rider carrying an order, as the seller gives them while it is on its way: a name (optional)
 * and a Bangladeshi mobile number in E.164, so the customer can call whoever is at the door.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE orders
      ADD COLUMN rider_name text CHECK (char_length(rider_name) BETWEEN 1 AND 100),
      ADD COLUMN rider_phone text CHECK (rider_phone ~ '^\\+8801[3-9][0-9]{8}$'),
      ADD CONSTRAINT orders_rider_name_needs_phone CHECK (rider_name IS NULL OR rider_phone IS NOT NULL)
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE orders
      DROP CONSTRAINT orders_rider_name_needs_phone,
      DROP COLUMN rider_phone,
      DROP COLUMN rider_name
  `.execute(db);
}
