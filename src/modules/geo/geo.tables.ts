import type { Generated } from 'kysely';

export type PlaceLevel = 'division' | 'district' | 'upazila' | 'area';

export interface PlacesTable {
  id: Generated<number>;
  level: PlaceLevel;
  parent_id: number | null;
  name_en: string;
  name_bn: string;
  lat: number | null;
  lng: number | null;
  source_key: string | null;
  import_key: string | null;
  search_key: Generated<string | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    places: PlacesTable;
  }
}
