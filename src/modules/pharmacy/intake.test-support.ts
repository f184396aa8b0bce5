import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { randomPointInBangladesh } from '../../../test/helpers/shops.ts';
import type { LineMatch, MatchCandidate, MedicineMatcher } from './matcher/matcher.types.ts';
import type { PrescriptionClass } from './pharmacy.tables.ts';

/** A shop of the given type straight in the database (the shops module owns the real flow). */
export async function insertTypedShop(
  ctx: AppContext,
  ownerId: string,
  type: 'pharmacy' | 'grocery' = 'pharmacy',
): Promise<string> {
  const suffix = randomUUID().slice(0, 8);
  const { lat, lng } = randomPointInBangladesh();
  const result = await sql<{ id: string }>`
    INSERT INTO shops (owner_id, name_bn, name_en, slug, type, phone, address, lat, lng, status,
                       drug_licence)
    VALUES (${ownerId}, ${'ফার্মেসি ' + suffix}, ${'Pharmacy ' + suffix}, ${'pharmacy-' + suffix},
            ${type}, '+8801711000000', 'Mirpur 10, Dhaka', ${lat}, ${lng}, 'approved',
            ${type === 'pharmacy' ? 'DL-' + suffix : null})
    RETURNING id`.execute(ctx.db);
  return result.rows[0]!.id;
}

export type TestMedicine = {
  id: string;
  brand: string;
  genericName: string;
  strength: string;
  dosageForm: string;
  manufacturer: string;
};

/** A master entry with a brand of its own (a made-up name no other test uses). */
export async function insertMedicine(
  ctx: AppContext,
  overrides: Partial<{
    brand: string;
    generic: string;
    strength: string;
    form: string;
    manufacturer: string;
    priceBasis: string | null;
    unitPrice: number | null;
    packQty: number | null;
    packPrice: number | null;
    prescriptionClass: PrescriptionClass;
  }> = {},
): Promise<TestMedicine> {
  const brand = overrides.brand ?? `Zorvex${randomUUID().slice(0, 6)}`;
  const row = await ctx.db
    .insertInto('medicines')
    .values({
      brand,
      generic_name: overrides.generic ?? 'Paracetamol',
      strength: overrides.strength ?? '500 mg',
      dosage_form: overrides.form ?? 'Tablet',
      manufacturer_name: overrides.manufacturer ?? 'Test Pharmaceuticals Ltd.',
      price_basis: overrides.priceBasis === undefined ? 'unit' : overrides.priceBasis,
      unit_price: overrides.unitPrice === undefined ? 120 : overrides.unitPrice,
      pack_qty: overrides.packQty === undefined ? 100 : overrides.packQty,
      pack_price: overrides.packPrice === undefined ? 12000 : overrides.packPrice,
      prescription_class: overrides.prescriptionClass ?? 'otc',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    brand: row.brand,
    genericName: row.generic_name,
    strength: row.strength,
    dosageForm: row.dosage_form,
    manufacturer: row.manufacturer_name,
  };
}

export function candidate(m: TestMedicine, confidence: number): MatchCandidate {
  return {
    medicineId: m.id,
    brand: m.brand,
    generic: m.genericName,
    strength: m.strength,
    form: m.dosageForm,
    manufacturer: m.manufacturer,
    confidence,
    reasons: ['test'],
  };
}

/** A matcher with fixed answers per line (unknown lines: none), for routing tests. */
export function fixedMatcher(
  answers: Record<string, Omit<LineMatch, 'line'>>,
): MedicineMatcher & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    match(lines) {
      calls.push(lines);
      return lines.map((line) => ({
        line,
        ...(answers[line] ?? { status: 'none', candidates: [], quantity: null }),
      }));
    },
  };
}
