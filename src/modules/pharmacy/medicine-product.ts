import type { MasterMedicine } from './matcher/matcher.types.ts';

/** The catalog's dosage forms (catalog.schema.ts medicineAttributes.dosageForm). */
export type CatalogDosageForm =
  | 'tablet'
  | 'capsule'
  | 'syrup'
  | 'suspension'
  | 'injection'
  | 'cream'
  | 'ointment'
  | 'drops'
  | 'inhaler'
  | 'powder'
  | 'gel'
  | 'suppository'
  | 'other';

// Checked in order: "Powder for Suspension" is a suspension, "Inhalation Capsule" an inhaler.
const formRules: [RegExp, CatalogDosageForm][] = [
  [/inhal|inhaler|rotacap|nebuli[sz]er/i, 'inhaler'],
  [/suspension/i, 'suspension'],
  [/injection|infusion|vial|ampoule/i, 'injection'],
  [/drop/i, 'drops'],
  [/syrup|elixir|oral solution|linctus|mixture/i, 'syrup'],
  [/capsule/i, 'capsule'],
  [/tablet|lozenge/i, 'tablet'],
  [/ointment/i, 'ointment'],
  [/cream/i, 'cream'],
  [/gel/i, 'gel'],
  [/suppositor/i, 'suppository'],
  [/powder|sachet|granule/i, 'powder'],
];

/** The master's free-text form ("Capsule (Delayed Release)") as one of the catalog's forms. */
export function catalogDosageForm(masterForm: string): CatalogDosageForm {
  for (const [pattern, form] of formRules) if (pattern.test(masterForm)) return form;
  return 'other';
}

/** The typed attributes a product linked to `m` carries (the master's facts win over the seller's). */
export function medicineAttributesFrom(m: MasterMedicine) {
  return {
    genericName: m.genericName.slice(0, 200),
    ...(m.strength ? { strength: m.strength.slice(0, 100) } : {}),
    dosageForm: catalogDosageForm(m.dosageForm),
    manufacturer: m.manufacturer.slice(0, 200),
    prescriptionRequired: m.prescriptionClass !== 'otc',
  };
}

/**
 * The MRP in poisha of one unit a shop sells of `m`, or null when it cannot be known. For a
 * per-tablet price (`price_basis` "unit"): a piece is one tablet, a box is the master's pack, a
 * strip or pack is `unitsPerSale` tablets (the seller says how many). For a priced container
 * ("100 ml bottle"): one piece/bottle is the container.
 */
export function mrpFor(
  m: Pick<MasterMedicine, 'priceBasis' | 'unitPrice' | 'packQty' | 'packPrice'>,
  unit: string,
  unitsPerSale?: number | null,
): number | null {
  if (m.unitPrice === null) return null;
  if (m.priceBasis !== 'unit') {
    return unit === 'piece' || unit === 'box' ? m.unitPrice : null;
  }
  if (unit === 'piece') return m.unitPrice;
  if (unit === 'box') return m.packPrice ?? (m.packQty ? m.unitPrice * m.packQty : null);
  if ((unit === 'strip' || unit === 'pack') && unitsPerSale && unitsPerSale > 0) {
    return m.unitPrice * unitsPerSale;
  }
  return null;
}
