import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { PrescriptionClass } from './pharmacy.tables.ts';
import type { MedicineSummary } from './medicines.schema.ts';
import './pharmacy.tables.ts';

const SUMMARY_COLUMNS = [
  'm.id',
  'm.brand',
  'm.generic_id',
  'm.generic_name',
  'm.strength',
  'm.dosage_form',
  'm.manufacturer_name',
  'm.prescription_class',
  'm.price_basis',
  'm.unit_price',
  'm.pack_qty',
  'm.pack_price',
] as const;

type SummaryRow = {
  id: string;
  brand: string;
  generic_name: string;
  strength: string;
  dosage_form: string;
  manufacturer_name: string;
  prescription_class: PrescriptionClass;
  price_basis: string | null;
  unit_price: number | string | null;
  pack_qty: number | null;
  pack_price: number | string | null;
};

const num = (v: number | string | null) => (v === null ? null : Number(v));

export function presentSummary(r: SummaryRow): MedicineSummary {
  return {
    id: r.id,
    brand: r.brand,
    genericName: r.generic_name,
    strength: r.strength,
    dosageForm: r.dosage_form,
    manufacturer: r.manufacturer_name,
    prescriptionClass: r.prescription_class,
    prescriptionRequired: r.prescription_class !== 'otc',
    mrp: {
      priceBasis: r.price_basis,
      unitPrice: num(r.unit_price),
      packQty: r.pack_qty,
      packPrice: num(r.pack_price),
    },
  };
}

export async function findMedicine(db: Executor, id: string, options: { lock?: boolean } = {}) {
  let q = db
    .selectFrom('medicines as m')
    .leftJoin('medicine_generics as g', 'g.id', 'm.generic_id')
    .select([
      ...SUMMARY_COLUMNS,
      'm.medicine_type',
      'm.class_reason',
      'm.class_overridden',
      'g.drug_class',
    ])
    .where('m.id', '=', id);
  if (options.lock) q = q.forUpdate('m');
  return q.executeTakeFirst();
}

/** Brands sharing the generic, strength and form of `m` (not `m` itself), cheapest first. */
export async function sameGeneric(
  db: Executor,
  m: {
    id: string;
    generic_id: number | null;
    generic_name: string;
    strength: string;
    dosage_form: string;
  },
  limit = 20,
) {
  let q = db
    .selectFrom('medicines as m')
    .select(SUMMARY_COLUMNS)
    .where('m.id', '!=', m.id)
    .where('m.strength', '=', m.strength)
    .where('m.dosage_form', '=', m.dosage_form);
  q =
    m.generic_id !== null
      ? q.where('m.generic_id', '=', m.generic_id)
      : q.where('m.generic_name', '=', m.generic_name);
  if (!m.generic_name) return [];
  return q
    .orderBy(sql`m.unit_price ASC NULLS LAST`)
    .orderBy('m.brand')
    .orderBy('m.id')
    .limit(limit)
    .execute();
}

/**
 * One page of entries named by `brands` or `generics` (in the order given: best match first), then
 * brand, strength and id. `strengthHint` ("500") keeps only entries whose strength has that number.
 */
export async function medicinesNamed(
  db: Executor,
  names: { brands: string[]; generics: string[] },
  options: { strengthHint?: string; offset: number; limit: number },
) {
  const all = [...names.brands, ...names.generics];
  if (all.length === 0) return [];
  const brands = names.brands.length ? names.brands : [''];
  const generics = names.generics.length ? names.generics : [''];
  let q = db
    .selectFrom('medicines as m')
    .select(SUMMARY_COLUMNS)
    .where((eb) => eb.or([eb('m.brand', 'in', brands), eb('m.generic_name', 'in', generics)]));
  if (options.strengthHint) {
    q = q.where(sql<boolean>`m.strength ~ ${`(^|[^0-9.])${options.strengthHint}([^0-9.]|$)`}`);
  }
  return q
    .orderBy(
      sql`least(coalesce(array_position(${sql.val(all)}::text[], m.brand), 100000),
                coalesce(array_position(${sql.val(all)}::text[], m.generic_name), 100000))`,
    )
    .orderBy(sql`lower(m.brand)`)
    .orderBy('m.strength')
    .orderBy('m.id')
    .offset(options.offset)
    .limit(options.limit)
    .execute();
}

/** Every entry by brand (the list without a query). */
export async function allMedicines(db: Executor, options: { offset: number; limit: number }) {
  return db
    .selectFrom('medicines as m')
    .select(SUMMARY_COLUMNS)
    .orderBy(sql`lower(m.brand)`)
    .orderBy('m.strength')
    .orderBy('m.id')
    .offset(options.offset)
    .limit(options.limit)
    .execute();
}

/**
 * Products for sale (active, not hidden, approved shop) linked to entries with the generic,
 * strength and form of `productId`'s entry; nearest first when a point is given, else cheapest.
 */
export async function productAlternatives(
  db: Executor,
  productId: string,
  point: { lat: number; lng: number } | null,
  limit: number,
) {
  const distance = point
    ? sql<number>`earth_distance(ll_to_earth(s.lat, s.lng), ll_to_earth(${point.lat}, ${point.lng}))`
    : sql<number | null>`NULL::float8`;
  const { rows } = await sql<{
    product_id: string;
    name_bn: string | null;
    name_en: string | null;
    unit: string;
    medicine_id: string;
    brand: string;
    strength: string;
    dosage_form: string;
    manufacturer_name: string;
    same_brand: boolean;
    price: number | string;
    shop_id: string;
    shop_slug: string;
    shop_name_bn: string;
    shop_name_en: string;
    distance_m: number | null;
  }>`
    WITH target AS (
      SELECT p.id AS product_id, m.id AS medicine_id, m.generic_id, m.generic_name, m.strength, m.dosage_form
      FROM products p JOIN medicines m ON m.id = p.medicine_id
      WHERE p.id = ${productId} AND m.generic_name <> ''
    ), same AS (
      SELECT m.* , (m.id = t.medicine_id) AS same_brand
      FROM medicines m, target t
      WHERE m.strength = t.strength AND m.dosage_form = t.dosage_form
        AND (CASE WHEN t.generic_id IS NOT NULL THEN m.generic_id = t.generic_id
                  ELSE m.generic_name = t.generic_name END)
    )
    SELECT p.id AS product_id, p.name_bn, p.name_en, p.unit, sm.id AS medicine_id, sm.brand,
           sm.strength, sm.dosage_form, sm.manufacturer_name, sm.same_brand,
           v.price, s.id AS shop_id, s.slug AS shop_slug, s.name_bn AS shop_name_bn,
           s.name_en AS shop_name_en, ${distance} AS distance_m
    FROM same sm
    JOIN products p ON p.medicine_id = sm.id
    JOIN shops s ON s.id = p.shop_id
    JOIN LATERAL (SELECT min(price) AS price FROM product_variants pv WHERE pv.product_id = p.id) v ON v.price IS NOT NULL
    WHERE p.id <> ${productId} AND p.status = 'active' AND p.hidden_at IS NULL
      AND s.status = 'approved'
    ORDER BY ${point ? sql`distance_m ASC,` : sql``} v.price ASC, p.id
    LIMIT ${limit}`.execute(db);
  return rows;
}
