import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { PlaceLevel } from './geo.tables.ts';
import './geo.tables.ts';

const placeColumns = ['id', 'level', 'parent_id', 'name_en', 'name_bn', 'lat', 'lng'] as const;

export type PlaceRow = {
  id: number;
  level: PlaceLevel;
  parent_id: number | null;
  name_en: string;
  name_bn: string;
  lat: number | null;
  lng: number | null;
};

export async function listPlaces(
  db: Executor,
  filter: { level?: PlaceLevel; parentId?: number },
): Promise<PlaceRow[]> {
  let query = db.selectFrom('places').select(placeColumns);
  if (filter.level) query = query.where('level', '=', filter.level);
  if (filter.parentId !== undefined) query = query.where('parent_id', '=', filter.parentId);
  return query.orderBy('name_en').orderBy('id').execute();
}

export async function findPlace(db: Executor, id: number): Promise<PlaceRow | undefined> {
  return db.selectFrom('places').select(placeColumns).where('id', '=', id).executeTakeFirst();
}

/** Parents of a place, division first. */
export async function ancestorsOf(db: Executor, id: number): Promise<PlaceRow[]> {
  const result = await sql<PlaceRow & { depth: number }>`
    WITH RECURSIVE chain AS (
      SELECT p.*, 0 AS depth FROM places p
        WHERE p.id = (SELECT parent_id FROM places WHERE id = ${id})
      UNION ALL
      SELECT p.*, chain.depth + 1 FROM places p JOIN chain ON p.id = chain.parent_id
        WHERE chain.depth < 10
    )
    SELECT id, level, parent_id, name_en, name_bn, lat, lng, depth FROM chain
    ORDER BY depth DESC`.execute(db);
  return result.rows.map(({ depth: _depth, ...row }) => row);
}

/**
 * Nearest area or upazila with coordinates. `<->` on the earth cube is the straight-line distance
 * through the globe, which orders like the surface distance and lets the GiST index answer the
 * ORDER BY … LIMIT 1 as a nearest-neighbour scan.
 */
export function nearestPlaceQuery(lat: number, lng: number) {
  return sql<PlaceRow & { distance_m: number }>`
    SELECT id, level, parent_id, name_en, name_bn, lat, lng,
           earth_distance(ll_to_earth(lat, lng), ll_to_earth(${lat}, ${lng})) AS distance_m
    FROM places
    WHERE lat IS NOT NULL AND level IN ('area', 'upazila')
    ORDER BY ll_to_earth(lat, lng) <-> ll_to_earth(${lat}, ${lng})
    LIMIT 1`;
}

export async function nearestPlace(
  db: Executor,
  lat: number,
  lng: number,
): Promise<(PlaceRow & { distance_m: number }) | undefined> {
  return (await nearestPlaceQuery(lat, lng).execute(db)).rows[0];
}
