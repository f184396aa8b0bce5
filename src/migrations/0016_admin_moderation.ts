import { sql, type Kysely } from 'kysely';

/**
 * Moderation by admins: a suspended shop keeps why and since when (its seller sees the reason), and
 * the admin product search finds a product by a piece of its name or SKU with a trigram index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE shops
      ADD COLUMN suspension_reason text,
      ADD COLUMN suspended_at timestamptz`.execute(db);
  await sql`CREATE INDEX products_admin_search_trgm ON products
    USING gin ((lower(coalesce(name_bn, '') || ' ' || coalesce(name_en, '') || ' ' || sku))
    gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX products_admin_search_trgm`.execute(db);
  await sql`ALTER TABLE shops DROP COLUMN suspension_reason, DROP COLUMN suspended_at`.execute(db);
}
