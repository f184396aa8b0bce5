import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { MatchCandidate, MatchStatus } from './matcher/matcher.types.ts';

export const intakeSources = ['text', 'csv', 'photo'] as const;
export type IntakeSource = (typeof intakeSources)[number];
export const intakeLineStatuses = ['added', 'pending', 'skipped'] as const;
export type IntakeLineStatus = (typeof intakeLineStatuses)[number];

/** What accepting a line did. */
export type IntakeLineResult = {
  created: boolean;
  unit: string;
  price: number;
  mrp: number | null;
  priceCapped: boolean;
  stockAdded: number;
};

export interface MedicineIntakesTable {
  id: Generated<string>;
  shop_id: string;
  created_by: string | null;
  source: IntakeSource;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MedicineIntakeLinesTable {
  id: Generated<string>;
  intake_id: string;
  position: number;
  line: string;
  quantity: number | null;
  unit: string | null;
  price: number | null;
  match_status: MatchStatus;
  status: IntakeLineStatus;
  candidates: JSONColumnType<MatchCandidate[], string, string>;
  medicine_id: string | null;
  product_id: string | null;
  result: JSONColumnType<IntakeLineResult | null, string | null, string | null>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    medicine_intakes: MedicineIntakesTable;
    medicine_intake_lines: MedicineIntakeLinesTable;
  }
}
