import { sql, type Kysely } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { handWrittenPlaces } from './geo.data.ts';
import {
  BUILT_IN_GAZETTEER_DIR,
  importGazetteerFiles,
  readGazetteerFiles,
  type ImportReport,
} from './geo.import.ts';
import { refreshPlaceSearchKeys } from './geo.search.ts';

/**
 * Upserts the hand-written places by their source_key. Runs in migration 0003 (so every database
 * has them) and in the module's seed (so places added to the list later reach existing machines).
 * Names and coordinates of hand-written rows are the project's; parents are resolved by key.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs in a migration and at seed
export async function loadHandWrittenPlaces(db: Kysely<any>): Promise<number> {
  let changed = 0;
  for (const place of handWrittenPlaces) {
    const parent = place.parentKey
      ? sql`(SELECT id FROM places WHERE source_key = ${place.parentKey})`
      : sql`NULL`;
    const result = await sql`
      INSERT INTO places (level, parent_id, name_en, name_bn, lat, lng, source_key)
      VALUES (${place.level}, ${parent}, ${place.nameEn}, ${place.nameBn}, ${place.lat},
              ${place.lng}, ${place.key})
      ON CONFLICT (source_key) DO UPDATE SET
        name_en = excluded.name_en, name_bn = excluded.name_bn,
        lat = excluded.lat, lng = excluded.lng, parent_id = excluded.parent_id, updated_at = now()
      WHERE (places.name_en, places.name_bn, places.lat, places.lng, places.parent_id)
        IS DISTINCT FROM (excluded.name_en, excluded.name_bn, excluded.lat, excluded.lng,
                          excluded.parent_id)`.execute(db);
    changed += Number(result.numAffectedRows ?? 0);
  }
  return changed;
}

/**
 * The gazetteer Haat ships (src/modules/geo/data, built from MIT / CC BY 4.0 sources; see NOTICE),
 * loaded by migration 0014 and again by every seed, so corrections to the data reach existing
 * databases. Then every place's search key is brought up to date.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs in a migration and at seed
export async function loadBuiltInGazetteer(db: Kysely<any>): Promise<ImportReport> {
  const executor = db as Executor;
  const report = await importGazetteerFiles(
    executor,
    await readGazetteerFiles(BUILT_IN_GAZETTEER_DIR),
  );
  await refreshPlaceSearchKeys(executor);
  return report;
}
