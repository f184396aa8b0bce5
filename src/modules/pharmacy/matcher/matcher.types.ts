import type { PrescriptionClass } from '../pharmacy.tables.ts';

/** One master entry as the matcher holds it in memory (built from the `medicines` table or the CSV). */
export type MasterMedicine = {
  id: string;
  sourceId: number | null;
  brand: string;
  genericName: string;
  strength: string;
  dosageForm: string;
  manufacturer: string;
  priceBasis: string | null;
  unitPrice: number | null;
  packQty: number | null;
  packPrice: number | null;
  prescriptionClass: PrescriptionClass;
};

/** A ranked answer for one line: the shape of the stable match API's candidates. */
export type MatchCandidate = {
  medicineId: string;
  brand: string;
  generic: string;
  strength: string;
  form: string;
  manufacturer: string;
  /** 0..1 */
  confidence: number;
  /** Short machine-readable reasons, e.g. "brand:exact", "strength:match", "form:tab→Tablet". */
  reasons: string[];
};

export type MatchStatus = 'auto' | 'review' | 'none';

/** What the line said besides the medicine: "10 pata" → quantity 10, unit strip. */
export type LineQuantity = {
  quantity: number;
  unit: 'strip' | 'box' | 'piece' | 'bottle' | null;
} | null;

export type LineMatch = {
  line: string;
  status: MatchStatus;
  candidates: MatchCandidate[];
  quantity: LineQuantity;
};

export interface MedicineMatcher {
  /** Pure and synchronous: ranks candidates for each line (≤ 5 per line). */
  match(lines: string[]): LineMatch[];
}
