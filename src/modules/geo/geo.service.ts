import { AppError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/db/index.ts';
import * as repo from './geo.repo.ts';
import type { PlaceRow } from './geo.repo.ts';
import { searchPlaceRows } from './geo.search.ts';
import type { PlaceLevel } from './geo.tables.ts';
import './geo.errors.ts';

export type Place = {
  id: number;
  level: PlaceLevel;
  parentId: number | null;
  nameEn: string;
  nameBn: string;
  lat: number | null;
  lng: number | null;
};

/** Bangladesh's bounding box (with a small margin). Cheap first check; not a border test. */
export const BANGLADESH_BOUNDS = { minLat: 20.5, maxLat: 26.7, minLng: 88.0, maxLng: 92.7 };

export function isInsideBangladesh(lat: number, lng: number): boolean {
  const b = BANGLADESH_BOUNDS;
  return (
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    lat >= b.minLat &&
    lat <= b.maxLat &&
    lng >= b.minLng &&
    lng <= b.maxLng
  );
}

export function assertInsideBangladesh(lat: number, lng: number): void {
  if (!isInsideBangladesh(lat, lng)) throw new AppError('OUTSIDE_BANGLADESH', { lat, lng });
}

export function toPlace(row: PlaceRow): Place {
  return {
    id: row.id,
    level: row.level,
    parentId: row.parent_id,
    nameEn: row.name_en,
    nameBn: row.name_bn,
    lat: row.lat,
    lng: row.lng,
  };
}

export async function listPlaces(db: Executor, filter: { level?: PlaceLevel; parentId?: number }) {
  return (await repo.listPlaces(db, filter)).map(toPlace);
}

export async function getPlace(db: Executor, id: number) {
  const row = await repo.findPlace(db, id);
  if (!row) throw new AppError('PLACE_NOT_FOUND', { id });
  return { ...toPlace(row), ancestors: (await repo.ancestorsOf(db, id)).map(toPlace) };
}

export async function placeExists(db: Executor, id: number): Promise<boolean> {
  return (await repo.findPlace(db, id)) !== undefined;
}

export async function nearest(db: Executor, lat: number, lng: number) {
  assertInsideBangladesh(lat, lng);
  const row = await repo.nearestPlace(db, lat, lng);
  if (!row) throw new AppError('NO_NEARBY_PLACE');
  return {
    place: toPlace(row),
    distanceM: Math.round(row.distance_m),
    ancestors: (await repo.ancestorsOf(db, row.id)).map(toPlace),
  };
}

/** Places whose name (any script, old spellings too) sounds like `q`, best first, with ancestors. */
export async function searchPlaces(
  db: Executor,
  query: { q: string; level?: PlaceLevel; limit?: number },
) {
  const rows = await searchPlaceRows(db, { ...query, limit: query.limit ?? 10 });
  return Promise.all(
    rows.map(async (row) => ({
      ...toPlace(row),
      ancestors: (await repo.ancestorsOf(db, row.id)).map(toPlace),
    })),
  );
}

/** Id of a place from the hand-written list ("haat:area:dhaka:gulshan"), for demo data. */
export async function builtInPlaceId(db: Executor, sourceKey: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('places')
    .select('id')
    .where('source_key', '=', sourceKey)
    .executeTakeFirst();
  return row?.id;
}
