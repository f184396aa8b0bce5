import type { Generated } from 'kysely';

/** An admin's dates for a moon-dependent festival in one year (migration 0042). */
export interface FestivalDatesTable {
  festival_key: string;
  year: number;
  /** date columns: written as 'YYYY-MM-DD'; read them with `::text` (the pool parses dates to Date). */
  starts_on: string;
  main_day: string;
  ends_on: string;
  note: string | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    festival_dates: FestivalDatesTable;
  }
}
