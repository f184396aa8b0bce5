import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One search document per product, written by the catalog in the same transaction as the product
  // (see src/modules/search/search.document.ts). Visibility, price, stock and location are NOT
  // copied here: they are read from products, product_variants and shops at query time, so a
  // hidden product or a suspended shop can never linger in results.
  await sql`
    CREATE TABLE product_search (
      product_id uuid PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
      shop_id uuid NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
      names text NOT NULL,
      names_phonetic text NOT NULL,
      extra text NOT NULL,
      extra_phonetic text NOT NULL,
      numbers text NOT NULL,
      source_updated_at timestamptz NOT NULL,
      indexed_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  for (const column of ['names', 'names_phonetic', 'extra', 'extra_phonetic']) {
    await sql`CREATE INDEX ${sql.id(`product_search_${column}_trgm`)} ON product_search
      USING gin (${sql.id(column)} gin_trgm_ops)`.execute(db);
  }
  // `a <% b` (the indexable word-similarity test) uses pg_trgm.word_similarity_threshold, 0.6 by
  // default; 0.5 lets Banglish spellings such as punjabi/panjabi and darchini/daruchini through.
  // A database default, so every pooled connection has it without a SET per query.
  await sql`DO $$ BEGIN
    EXECUTE format('ALTER DATABASE %I SET pg_trgm.word_similarity_threshold = 0.5', current_database());
  END $$`.execute(db);
  await sql`CREATE INDEX product_search_shop ON product_search (shop_id)`.execute(db);
  // Shop names for autocomplete.
  await sql`CREATE INDEX shops_names_trgm ON shops
    USING gin ((lower(name_bn || ' ' || name_en)) gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DO $$ BEGIN
    EXECUTE format('ALTER DATABASE %I RESET pg_trgm.word_similarity_threshold', current_database());
  END $$`.execute(db);
  await sql`DROP INDEX shops_names_trgm`.execute(db);
  await sql`DROP TABLE product_search`.execute(db);
}
