import { sql, type Kysely } from 'kysely';

/**
 * Images whose resize job was lost (between the upload's commit and its enqueue, or with a queue that
 * lost its jobs) stayed `processing` for ever. The catalog's sweep re-enqueues them; it counts its
 * tries here and gives up (`failed`) after a few. The partial index keeps the sweep's scan small.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE product_images ADD COLUMN process_attempts integer NOT NULL DEFAULT 0`.execute(
    db,
  );
  await sql`
    CREATE INDEX product_images_processing ON product_images (updated_at)
    WHERE status = 'processing'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX product_images_processing`.execute(db);
  await sql`ALTER TABLE product_images DROP COLUMN process_attempts`.execute(db);
}
