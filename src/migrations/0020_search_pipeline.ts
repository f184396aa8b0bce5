import { sql, type Kysely } from 'kysely';

/**
 * product_search.pipeline: the version of the text pipeline that built the document
 * (src/modules/search/search.document.ts TEXT_PIPELINE). Existing documents are version 1; a
 * reindex rebuilds every document older than the running code's version (version 2 stores the
 * loose keys the query's unaspirated and skeleton readings look for). A constant default is a
 * catalog-only change: no table rewrite, no trigger fires.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE product_search ADD COLUMN pipeline smallint NOT NULL DEFAULT 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE product_search DROP COLUMN pipeline`.execute(db);
}
