import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import type { Db, Executor } from '../../platform/db/index.ts';
import { handWrittenPlaces, matchName, preferredDistrictSpellings } from './geo.data.ts';
import { refreshPlaceSearchKeys } from './geo.search.ts';
import type { PlaceLevel } from './geo.tables.ts';
import './geo.tables.ts';

export const GAZETTEER_FILES = {
  division: 'bd_divisions.csv',
  district: 'bd_districts.csv',
  upazila: 'bd_upazilas.csv',
  area: 'dhaka_city_areas.csv',
} as const;

/** The gazetteer Haat ships (divisions, 64 districts, 494 upazilas, Dhaka city areas; see NOTICE). */
export const BUILT_IN_GAZETTEER_DIR = fileURLToPath(new URL('./data/', import.meta.url));

type GazetteerFiles = Record<keyof typeof GAZETTEER_FILES, Record<string, string>[]>;

export type LevelCounts = {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows that adopted a place from the hand-written list (same level, parent and English name). */
  matchedHandWritten: number;
  /** Repeated rows in the file (same key): they only fill coordinates the first one lacked. */
  duplicates: number;
};
export type ImportReport = Record<PlaceLevel, LevelCounts>;

type Existing = {
  id: number;
  level: PlaceLevel;
  parent_id: number | null;
  name_en: string;
  name_bn: string;
  lat: number | null;
  lng: number | null;
  source_key: string | null;
  import_key: string | null;
};

type Incoming = {
  level: PlaceLevel;
  importKey: string;
  parentId: number | null;
  nameEn: string;
  nameBn: string;
  lat: number | null;
  lng: number | null;
};

/** Every spelling of each hand-written place, by level: matchName(spelling) → canonical English name. */
const handWrittenSpellings = new Map<string, string>();
for (const place of handWrittenPlaces) {
  for (const spelling of [place.nameEn, ...(place.aliases ?? [])]) {
    handWrittenSpellings.set(`${place.level}:${matchName(spelling)}`, place.nameEn);
  }
}
function canonicalName(level: PlaceLevel, name: string): string {
  return handWrittenSpellings.get(`${level}:${matchName(name)}`) ?? name;
}

async function readCsv(dir: string, file: string): Promise<Record<string, string>[]> {
  const text = await readFile(path.join(dir, file), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
}

function coordinate(value: string | undefined, file: string, line: number): number | null {
  if (value === undefined || value === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${file} row ${line}: bad coordinate "${value}"`);
  return n;
}

function required(row: Record<string, string>, column: string, file: string, line: number) {
  const value = row[column];
  if (!value) throw new Error(`${file} row ${line}: column "${column}" is empty or missing`);
  return value.normalize('NFC');
}

export async function readGazetteerFiles(dir: string): Promise<GazetteerFiles> {
  return {
    division: await readCsv(dir, GAZETTEER_FILES.division),
    district: await readCsv(dir, GAZETTEER_FILES.district),
    upazila: await readCsv(dir, GAZETTEER_FILES.upazila),
    area: await readCsv(dir, GAZETTEER_FILES.area),
  };
}

/**
 * Loads the Bangladesh gazetteer CSVs (nuhil/bangladesh-geocode ids) from `dir` in one transaction.
 * Idempotent: rows are keyed by import_key ("bd:<level>:<source id>"; Dhaka areas have no id, so
 * "bd:area:<district id>:<name>", which also merges the source's duplicate area names).
 * A hand-written place with the same level, parent and English name (or alias) is adopted instead
 * of duplicated: it gets the import_key and keeps the project's spelling and coordinates.
 */
export async function importGazetteer(db: Db, dir: string): Promise<ImportReport> {
  const files = await readGazetteerFiles(dir);
  return db.transaction().execute(async (tx) => {
    const report = await importGazetteerFiles(tx, files);
    await refreshPlaceSearchKeys(tx);
    return report;
  });
}

/** The import inside a caller's transaction (a migration's, or importGazetteer's own). */
export async function importGazetteerFiles(
  tx: Executor,
  files: GazetteerFiles,
): Promise<ImportReport> {
  const importer = new Importer(tx, await loadExisting(tx));
  for (const [i, row] of files.division.entries()) {
    const file = GAZETTEER_FILES.division;
    await importer.upsert({
      level: 'division',
      importKey: `bd:division:${required(row, 'id', file, i + 2)}`,
      parentId: null,
      nameEn: required(row, 'name_en', file, i + 2),
      nameBn: required(row, 'name_bn', file, i + 2),
      lat: coordinate(row.lat, file, i + 2),
      lng: coordinate(row.lon, file, i + 2),
    });
  }
  for (const [i, row] of files.district.entries()) {
    const file = GAZETTEER_FILES.district;
    await importer.upsert({
      level: 'district',
      importKey: `bd:district:${required(row, 'id', file, i + 2)}`,
      parentId: importer.idOf(`bd:division:${required(row, 'division_id', file, i + 2)}`),
      nameEn: districtSpelling(required(row, 'name_en', file, i + 2)),
      nameBn: required(row, 'name_bn', file, i + 2),
      lat: coordinate(row.lat, file, i + 2),
      lng: coordinate(row.lon, file, i + 2),
    });
  }
  for (const [i, row] of files.upazila.entries()) {
    const file = GAZETTEER_FILES.upazila;
    await importer.upsert({
      level: 'upazila',
      importKey: `bd:upazila:${required(row, 'id', file, i + 2)}`,
      parentId: importer.idOf(`bd:district:${required(row, 'district_id', file, i + 2)}`),
      nameEn: required(row, 'name_en', file, i + 2),
      nameBn: required(row, 'name_bn', file, i + 2),
      lat: coordinate(row.lat, file, i + 2),
      lng: coordinate(row.lon, file, i + 2),
    });
  }
  for (const [i, row] of files.area.entries()) {
    const file = GAZETTEER_FILES.area;
    const districtId = required(row, 'district_id', file, i + 2);
    const nameEn = canonicalName('area', required(row, 'name_en', file, i + 2));
    await importer.upsert({
      level: 'area',
      importKey: `bd:area:${districtId}:${matchName(nameEn)}`,
      parentId: importer.idOf(`bd:district:${districtId}`),
      nameEn,
      nameBn: required(row, 'name_bn', file, i + 2),
      lat: coordinate(row.lat, file, i + 2),
      lng: coordinate(row.lon, file, i + 2),
    });
  }
  return importer.report;
}

function districtSpelling(name: string): string {
  return preferredDistrictSpellings[name] ?? name;
}

async function loadExisting(tx: Executor): Promise<Existing[]> {
  return tx
    .selectFrom('places')
    .select([
      'id',
      'level',
      'parent_id',
      'name_en',
      'name_bn',
      'lat',
      'lng',
      'source_key',
      'import_key',
    ])
    .execute();
}

const emptyCounts = (): LevelCounts => ({
  rows: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  matchedHandWritten: 0,
  duplicates: 0,
});

class Importer {
  readonly report: ImportReport = {
    division: emptyCounts(),
    district: emptyCounts(),
    upazila: emptyCounts(),
    area: emptyCounts(),
  };
  private readonly byImportKey = new Map<string, Existing>();
  private readonly seenThisRun = new Set<string>();
  /** Hand-written rows not yet adopted, by "level:parent:matchName". */
  private readonly adoptable = new Map<string, Existing>();

  constructor(
    private readonly tx: Executor,
    existing: Existing[],
  ) {
    for (const row of existing) {
      if (row.import_key) this.byImportKey.set(row.import_key, row);
      else if (row.source_key)
        this.adoptable.set(this.adoptKey(row.level, row.parent_id, row.name_en), row);
    }
  }

  private adoptKey(level: PlaceLevel, parentId: number | null, name: string) {
    return `${level}:${parentId ?? ''}:${matchName(canonicalName(level, name))}`;
  }

  idOf(importKey: string): number {
    const row = this.byImportKey.get(importKey);
    if (!row) throw new Error(`Unknown parent ${importKey}: is the parent file complete?`);
    return row.id;
  }

  async upsert(place: Incoming) {
    const counts = this.report[place.level];
    counts.rows++;
    const duplicate = this.seenThisRun.has(place.importKey);
    this.seenThisRun.add(place.importKey);
    if (duplicate) counts.duplicates++;
    let row = this.byImportKey.get(place.importKey);
    if (!row) {
      const adoptKey = this.adoptKey(place.level, place.parentId, place.nameEn);
      row = this.adoptable.get(adoptKey);
      if (row) {
        this.adoptable.delete(adoptKey);
        row.import_key = place.importKey;
        await this.tx
          .updateTable('places')
          .set({ import_key: place.importKey, updated_at: sql<Date>`now()` })
          .where('id', '=', row.id)
          .execute();
        this.byImportKey.set(place.importKey, row);
        counts.matchedHandWritten++;
      }
    }
    if (!row) {
      const inserted = await this.tx
        .insertInto('places')
        .values({
          level: place.level,
          parent_id: place.parentId,
          name_en: place.nameEn,
          name_bn: place.nameBn,
          lat: place.lat,
          lng: place.lng,
          import_key: place.importKey,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      this.byImportKey.set(place.importKey, {
        id: inserted.id,
        level: place.level,
        parent_id: place.parentId,
        name_en: place.nameEn,
        name_bn: place.nameBn,
        lat: place.lat,
        lng: place.lng,
        source_key: null,
        import_key: place.importKey,
      });
      counts.inserted++;
      return;
    }
    // Hand-written rows keep the project's names and coordinates. For imported rows the file wins,
    // except that a row without coordinates never erases known ones (duplicate area names).
    const next =
      row.source_key || duplicate
        ? { ...row, lat: row.lat ?? place.lat, lng: row.lat === null ? place.lng : row.lng }
        : {
            ...row,
            parent_id: place.parentId,
            name_en: place.nameEn,
            name_bn: place.nameBn,
            lat: place.lat ?? row.lat,
            lng: place.lat === null ? row.lng : place.lng,
          };
    const changed =
      next.parent_id !== row.parent_id ||
      next.name_en !== row.name_en ||
      next.name_bn !== row.name_bn ||
      next.lat !== row.lat ||
      next.lng !== row.lng;
    if (!changed) {
      if (!duplicate) counts.unchanged++;
      return;
    }
    await this.tx
      .updateTable('places')
      .set({
        parent_id: next.parent_id,
        name_en: next.name_en,
        name_bn: next.name_bn,
        lat: next.lat,
        lng: next.lng,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', row.id)
      .execute();
    Object.assign(row, next);
    if (!duplicate) counts.updated++;
  }
}
