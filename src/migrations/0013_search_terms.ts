import { sql, type Kysely } from 'kysely';

/**
 * The search vocabulary. Matching a query word by trigram similarity against every whole document
 * (`word <% names`, four indexes, a recheck of each candidate) cost seconds at 100,000 products, so
 * the fuzzy step now runs against the distinct words instead:
 *
 * - product_search.terms: the distinct words of names, names_phonetic, extra and extra_phonetic, a
 *   generated column (always equal to the text it comes from), with a GIN index for `terms && $1`;
 * - search_terms: every word that has appeared in some document (a few thousand rows), with a
 *   trigram GIN index; a trigger adds the words of each new or changed document in the same
 *   transaction. Words are never removed: a word no document holds any more matches nothing.
 *
 * The four whole-document trigram indexes of 0008 are dropped: nothing reads them any more.
 *
 * A query word is matched against search_terms (`word <% term`), and the documents holding any of
 * those terms are the candidates (see src/modules/search/search.repo.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Very long "words" are left out: they would not fit a btree entry, and nobody types them.
  await sql`
    CREATE FUNCTION search_terms_of(VARIADIC parts text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT t ORDER BY t), '{}')
        FROM unnest(string_to_array(array_to_string(parts, ' '), ' ')) t
       WHERE t <> '' AND octet_length(t) <= 200
    $$`.execute(db);
  // One table rewrite for both generated columns. `location` is ll_to_earth(lat, lng) computed once
  // per write instead of on every row a near-me query reads (the function and its domain checks
  // cost more than the distance itself); its GiST index replaces the expression index of 0011.
  await sql`
    ALTER TABLE product_search
      ADD COLUMN terms text[] NOT NULL
        GENERATED ALWAYS AS (search_terms_of(names, names_phonetic, extra, extra_phonetic)) STORED,
      ADD COLUMN location earth GENERATED ALWAYS AS (ll_to_earth(lat, lng)) STORED`.execute(db);
  await sql`DROP INDEX product_search_location`.execute(db);
  await sql`CREATE INDEX product_search_location ON product_search USING gist (location)
    WHERE visible`.execute(db);
  // fastupdate off: GIN's pending list (entries not yet merged into the index) is read linearly by
  // every search until a vacuum merges it; writes of documents are rare next to searches.
  await sql`CREATE INDEX product_search_terms ON product_search USING gin (terms)
    WITH (fastupdate = off) WHERE visible`.execute(db);

  // Unique through a hash exclusion constraint, not a btree: with sequential scans off (the
  // planner hints of a text search) a btree would be read whole as a stand-in for a sequential
  // scan instead of asking the trigram index. ON CONFLICT DO NOTHING honours the constraint.
  await sql`CREATE TABLE search_terms (
    term text NOT NULL,
    CONSTRAINT search_terms_unique EXCLUDE USING hash (term WITH =))`.execute(db);
  await sql`INSERT INTO search_terms (term)
    SELECT DISTINCT unnest(terms) FROM product_search ON CONFLICT DO NOTHING`.execute(db);
  await sql`CREATE INDEX search_terms_trgm ON search_terms USING gin (term gin_trgm_ops)
    WITH (fastupdate = off)`.execute(db);

  // The whole-document trigram indexes of 0008 are no longer read by any query; each document
  // write paid for four of them.
  for (const column of ['names', 'names_phonetic', 'extra', 'extra_phonetic']) {
    await sql`DROP INDEX ${sql.id(`product_search_${column}_trgm`)}`.execute(db);
  }

  // Sorted, and only the words not there yet: a document whose words are all known (nearly every
  // one) takes no lock on the vocabulary.
  await sql`
    CREATE FUNCTION search_terms_add() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_terms (term)
        SELECT t FROM unnest(NEW.terms) t
         WHERE NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.term = t)
         ORDER BY t
        ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER search_terms_insert AFTER INSERT ON product_search
    FOR EACH ROW EXECUTE FUNCTION search_terms_add()`.execute(db);
  await sql`CREATE TRIGGER search_terms_update AFTER UPDATE ON product_search
    FOR EACH ROW WHEN (OLD.terms IS DISTINCT FROM NEW.terms)
    EXECUTE FUNCTION search_terms_add()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['names', 'names_phonetic', 'extra', 'extra_phonetic']) {
    await sql`CREATE INDEX ${sql.id(`product_search_${column}_trgm`)} ON product_search
      USING gin (${sql.id(column)} gin_trgm_ops)`.execute(db);
  }
  await sql`DROP TRIGGER search_terms_update ON product_search`.execute(db);
  await sql`DROP TRIGGER search_terms_insert ON product_search`.execute(db);
  await sql`DROP FUNCTION search_terms_add()`.execute(db);
  await sql`DROP TABLE search_terms`.execute(db);
  await sql`DROP INDEX product_search_location`.execute(db);
  await sql`ALTER TABLE product_search DROP COLUMN terms, DROP COLUMN location`.execute(db);
  await sql`CREATE INDEX product_search_location ON product_search
    USING gist (ll_to_earth(lat, lng)) WHERE visible`.execute(db);
  await sql`DROP FUNCTION search_terms_of(text[])`.execute(db);
}
