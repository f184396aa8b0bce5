import type { ColumnType, Generated } from 'kysely';

export const prescriptionClasses = ['otc', 'rx', 'rx_strict'] as const;
/** otc: DGDA's over-the-counter list; rx: needs a prescription; rx_strict: antibiotics, controlled drugs. */
export type PrescriptionClass = (typeof prescriptionClasses)[number];

type Timestamps = { created_at: Generated<Date>; updated_at: Generated<Date> };

export interface MedicineManufacturersTable extends Timestamps {
  id: Generated<number>;
  source_id: number | null;
  name: string;
}

export interface MedicineGenericsTable extends Timestamps {
  id: Generated<number>;
  source_id: number | null;
  name: string;
  drug_class: string | null;
  indication: string | null;
}

export interface MedicinesTable extends Timestamps {
  id: Generated<string>;
  /** The source data set's brand id (`brand_id`); null for the demo seed's own entries. */
  source_id: number | null;
  brand: string;
  generic_id: number | null;
  generic_name: string;
  /** As the source writes it: "500 mg", "4 mg/5 ml", "(10 mg+30 mg)/5 ml", "" when none. */
  strength: string;
  /** "Tablet", "Syrup", "Capsule (Delayed Release)", … */
  dosage_form: string;
  manufacturer_id: number | null;
  manufacturer_name: string;
  medicine_type: Generated<string>;
  /** What unit_price is the price of: "unit" (one tablet/capsule), "100 ml bottle", … */
  price_basis: string | null;
  /** MRP in poisha per price_basis. */
  unit_price: number | null;
  pack_qty: number | null;
  /** MRP in poisha of a pack of pack_qty units. */
  pack_price: number | null;
  prescription_class: ColumnType<
    PrescriptionClass,
    PrescriptionClass | undefined,
    PrescriptionClass
  >;
  class_reason: string | null;
  class_overridden: Generated<boolean>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    medicine_manufacturers: MedicineManufacturersTable;
    medicine_generics: MedicineGenericsTable;
    medicines: MedicinesTable;
  }
}
