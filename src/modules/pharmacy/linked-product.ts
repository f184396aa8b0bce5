import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import {
  adjustStock,
  categoryIdBySlug,
  createProductIn,
  findLinkedProduct,
  type ProductDto,
} from '../catalog/index.ts';
import { shopTypeOf } from '../shops/index.ts';
import { MASTER_COLUMNS, toMasterMedicine } from './matcher/matcher.cache.ts';
import type { MasterMedicine } from './matcher/matcher.types.ts';
import { medicineAttributesFrom, mrpFor } from './medicine-product.ts';
import './intake.errors.ts';

/** The units a pharmacy sells a medicine in (catalog units). */
export const medicineUnits = ['piece', 'strip', 'box', 'pack'] as const;
export type MedicineUnit = (typeof medicineUnits)[number];
/** Tablets in a strip when nobody said: the usual Bangladeshi strip (documented in docs/pharmacy.md). */
export const DEFAULT_STRIP_SIZE = 10;

export type LinkedProductInput = {
  shopId: string;
  medicineId: string;
  /** Poisha per unit; null/undefined → the MRP. Above the MRP it is capped to the MRP. */
  price?: number | null;
  unit: MedicineUnit;
  /** Tablets/capsules in one strip or pack (for the MRP of a strip). */
  unitsPerSale?: number | null;
  /** Units to put on the shelf (a restock in the stock ledger); 0 for none. */
  stock: number;
  actorUserId: string | null;
  /** Stock-ledger note. */
  note?: string;
};

export type LinkedProductResult = {
  product: ProductDto | null;
  productId: string;
  /** false: the shop already had this medicine in this unit; its stock was added to. */
  created: boolean;
  unit: MedicineUnit;
  price: number;
  mrp: number | null;
  priceCapped: boolean;
  stockAdded: number;
};

/** Master entries by id, as the matcher holds them. */
export async function findMasterMedicines(
  db: Executor,
  ids: string[],
): Promise<Map<string, MasterMedicine>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('medicines')
    .select(MASTER_COLUMNS)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, toMasterMedicine(r)]));
}

/** One master entry, as the matcher holds it. */
export async function findMasterMedicine(db: Executor, id: string) {
  return (await findMasterMedicines(db, [id])).get(id);
}

/** "Napa 500 mg Tablet": brand, strength and form as the master writes them. */
export function linkedProductName(m: Pick<MasterMedicine, 'brand' | 'strength' | 'dosageForm'>) {
  return [m.brand, m.strength, m.dosageForm]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ')
    .slice(0, 200);
}

function skuFor(m: MasterMedicine, unit: MedicineUnit): string {
  const part = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toUpperCase();
  const base = [part(m.brand), part(m.strength)].filter(Boolean).join('-').slice(0, 40);
  // A short random tail: two master entries may share brand and strength (other form or maker).
  return `${base || 'MED'}-${unit.toUpperCase()}-${randomBytes(3).toString('hex')}`;
}

/** The unit's MRP, with the default strip size when the seller gave none. */
export function mrpOfUnit(m: MasterMedicine, unit: MedicineUnit, unitsPerSale?: number | null) {
  const size = unitsPerSale ?? (unit === 'strip' ? DEFAULT_STRIP_SIZE : null);
  return { mrp: mrpFor(m, unit, size), unitsPerSale: size };
}

/**
 * A product of a pharmacy linked to its master entry, inside the caller's transaction (the caller
 * checked the user's access to the shop). Generic, strength, form, manufacturer and
 * prescription-only come from the master; the price is capped at the MRP (reported). When the
 * shop already sells that medicine in that unit, the stock is added to it instead.
 */
export async function createLinkedProduct(
  tx: Executor,
  input: LinkedProductInput,
): Promise<LinkedProductResult> {
  if ((await shopTypeOf(tx, input.shopId)) !== 'pharmacy') throw new AppError('SHOP_NOT_PHARMACY');
  const medicine = await findMasterMedicine(tx, input.medicineId);
  if (!medicine) throw new AppError('LINKED_MEDICINE_NOT_FOUND');
  const { mrp, unitsPerSale } = mrpOfUnit(medicine, input.unit, input.unitsPerSale);
  const wanted = input.price ?? mrp;
  if (wanted === null) throw new AppError('MEDICINE_PRICE_REQUIRED');
  const priceCapped = mrp !== null && wanted > mrp;
  const price = priceCapped ? mrp : wanted;
  const stock = Math.max(0, Math.trunc(input.stock));

  // One writer per (shop, medicine, unit) at a time: two lists naming the same medicine at once
  // must end in one product with both stocks, not two products.
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`intake:${input.shopId}:${medicine.id}:${input.unit}`}))`.execute(
    tx,
  );
  const existing = await findLinkedProduct(tx, input.shopId, medicine.id, input.unit);
  if (existing) {
    if (stock > 0) {
      const added = await adjustStock(tx, {
        variantId: existing.variantId,
        delta: stock,
        reason: 'restock',
        actorUserId: input.actorUserId,
        note: input.note ?? 'stocked from a list',
      });
      if (!added.ok) throw new Error('restock of a linked product failed');
    }
    return {
      product: null,
      productId: existing.productId,
      created: false,
      unit: input.unit,
      price,
      mrp,
      priceCapped,
      stockAdded: stock,
    };
  }

  const attributes = medicineAttributesFrom(medicine);
  const categoryId =
    (await categoryIdBySlug(tx, attributes.prescriptionRequired ? 'prescription' : 'otc')) ??
    (await categoryIdBySlug(tx, 'medicine'));
  const sku = skuFor(medicine, input.unit);
  const perSale =
    (input.unit === 'strip' || input.unit === 'pack') && unitsPerSale
      ? `${unitsPerSale} per ${input.unit}`
      : input.unit === 'box' && medicine.packQty && medicine.priceBasis === 'unit'
        ? `${medicine.packQty} per box`
        : null;
  const product = await createProductIn(
    tx,
    input.shopId,
    {
      sku,
      nameEn: linkedProductName(medicine),
      categoryId,
      status: 'active',
      unit: input.unit,
      kind: 'medicine',
      attributes,
      variants: [
        {
          sku,
          label: perSale,
          price,
          ...(stock > 0 && { initialStock: stock }),
        },
      ],
    },
    input.actorUserId,
    { medicineId: medicine.id },
  );
  return {
    product,
    productId: product.id,
    created: true,
    unit: input.unit,
    price,
    mrp,
    priceCapped,
    stockAdded: stock,
  };
}
