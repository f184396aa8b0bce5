import { sql, type Kysely } from 'kysely';
import { loadBuiltInGazetteer } from '../modules/geo/geo.seed.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Phonetic keys of a place's names and aliases, for place search in any script (geo.search.ts).
  await sql`ALTER TABLE places ADD COLUMN search_key text`.execute(db);
  // The whole country from the first start: 8 divisions, 64 districts, 494 upazilas, Dhaka areas.
  await loadBuiltInGazetteer(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE places DROP COLUMN search_key`.execute(db);
}
