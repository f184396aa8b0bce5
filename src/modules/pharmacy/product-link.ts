import type { Executor } from '../../platform/db/index.ts';
import { asciiDigits } from '../../platform/text.ts';
import { linkProductToMedicine, type LinkResult } from '../catalog/index.ts';
import type { MasterMedicine } from './matcher/matcher.types.ts';
import { medicineAttributesFrom, mrpFor } from './medicine-product.ts';
import type { PrescriptionClass } from './pharmacy.tables.ts';

/** Tablets in one variant: "STRIP10", "BOX100", "20PCS" in the SKU, or "(১০টি)" in the label. */
export function unitsInVariant(v: { sku: string; label: string | null }): number | null {
  const sku = /(?:STRIP|BOX)(\d{1,4})$|(?:^|-)(\d{1,4})PCS$/i.exec(v.sku);
  if (sku) return Number(sku[1] ?? sku[2]);
  const label = /(\d{1,4})\s*টি/.exec(asciiDigits(v.label ?? ''));
  return label ? Number(label[1]) : null;
}

/** Millilitres or grams of one variant: "60ML" in the SKU or "৬০ মি.লি." in the label. */
function volumeOf(v: { sku: string; label: string | null }): number | null {
  const sku = /(\d{1,5})(?:ML|GM|G)$/i.exec(v.sku);
  if (sku) return Number(sku[1]);
  const label = /(\d{1,5})\s*(?:মি\.?লি|ml|গ্রা|gm)/i.exec(asciiDigits(v.label ?? ''));
  return label ? Number(label[1]) : null;
}

/**
 * The MRP of one variant, or null when the master cannot say: per-tablet prices times the tablets
 * in the variant; a container's price only for a variant of that very size.
 */
export function variantMrp(
  m: Pick<MasterMedicine, 'priceBasis' | 'unitPrice' | 'packQty' | 'packPrice'>,
  v: { sku: string; label: string | null; unit: string },
): number | null {
  if (m.priceBasis === 'unit') {
    const units = unitsInVariant(v);
    return units ? mrpFor(m, 'strip', units) : mrpFor(m, v.unit);
  }
  const basis = /^(\d+(?:\.\d+)?)\s*(ml|gm|g)\b/i.exec(m.priceBasis ?? '');
  const volume = volumeOf(v);
  if (!basis || volume === null) return null;
  return Number(basis[1]) === volume ? m.unitPrice : null;
}

/** Links a product to master entry `m`: its facts become the product's, prices capped at MRP. */
export function linkToMaster(
  tx: Executor,
  productId: string,
  m: MasterMedicine,
): Promise<LinkResult> {
  return linkProductToMedicine(tx, productId, {
    medicineId: m.id,
    attributes: medicineAttributesFrom(m),
    mrpOf: (v) => variantMrp(m, v),
  });
}

/** A `medicines` row as selected (bigint money may come back as text). */
export type MasterRow = {
  id: string;
  source_id: number | null;
  brand: string;
  generic_name: string;
  strength: string;
  dosage_form: string;
  manufacturer_name: string;
  price_basis: string | null;
  unit_price: number | string | null;
  pack_qty: number | null;
  pack_price: number | string | null;
  prescription_class: PrescriptionClass;
};

export function masterOf(r: MasterRow): MasterMedicine {
  return {
    id: r.id,
    sourceId: r.source_id,
    brand: r.brand,
    genericName: r.generic_name,
    strength: r.strength,
    dosageForm: r.dosage_form,
    manufacturer: r.manufacturer_name,
    priceBasis: r.price_basis,
    unitPrice: r.unit_price === null ? null : Number(r.unit_price),
    packQty: r.pack_qty,
    packPrice: r.pack_price === null ? null : Number(r.pack_price),
    prescriptionClass: r.prescription_class,
  };
}
