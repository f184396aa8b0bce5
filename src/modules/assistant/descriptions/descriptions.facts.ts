/** What a description may say about a product: only what the catalog holds. */
export type ProductFacts = {
  kind: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
  nameBn: string | null;
  nameEn: string | null;
  unit: string;
  categoryBn: string | null;
  categoryEn: string | null;
  shopBn: string;
  shopEn: string;
  /** Variant labels as the seller wrote them ("১ কেজি", "500 g"). */
  sizes: string[];
  attributes: {
    genericName?: string;
    strength?: string;
    dosageForm?: string;
    manufacturer?: string;
    prescriptionRequired?: boolean;
    netWeightGrams?: number;
    netVolumeMl?: number;
    origin?: string;
    brand?: string;
    model?: string;
    warrantyMonths?: number;
    preparationMinutes?: number;
    vegetarian?: boolean;
    spicy?: boolean;
  };
};

/** The facts as plain English sentences (the LLM's input, and what tests check drafts against). */
export function factList(f: ProductFacts): string[] {
  const a = f.attributes;
  const out: string[] = [];
  if (f.categoryEn) out.push(`Category: ${f.categoryEn}`);
  out.push(`Sold by: ${f.shopEn}`);
  if (f.sizes.length) out.push(`Sizes: ${f.sizes.join(', ')}`);
  if (a.genericName) out.push(`Generic name: ${a.genericName}`);
  if (a.strength) out.push(`Strength: ${a.strength}`);
  if (a.dosageForm) out.push(`Form: ${a.dosageForm}`);
  if (a.manufacturer) out.push(`Manufacturer: ${a.manufacturer}`);
  if (a.prescriptionRequired !== undefined) {
    out.push(a.prescriptionRequired ? 'Prescription required' : 'No prescription required');
  }
  if (a.netWeightGrams) out.push(`Net weight: ${a.netWeightGrams} g`);
  if (a.netVolumeMl) out.push(`Net volume: ${a.netVolumeMl} ml`);
  if (a.origin) out.push(`Origin: ${a.origin}`);
  if (a.brand) out.push(`Brand: ${a.brand}`);
  if (a.model) out.push(`Model: ${a.model}`);
  if (a.warrantyMonths !== undefined) out.push(`Warranty: ${a.warrantyMonths} months`);
  if (a.preparationMinutes !== undefined) out.push(`Ready in: ${a.preparationMinutes} minutes`);
  if (a.vegetarian !== undefined) out.push(a.vegetarian ? 'Vegetarian' : 'Not vegetarian');
  if (a.spicy !== undefined) out.push(a.spicy ? 'Spicy' : 'Not spicy');
  return out;
}

/** Dosage and treatment advice: never in a medicine's description, whoever wrote the draft. */
export const DOSAGE_ADVICE =
  /\b(dose|dosage|dosing|times? (a|per) day|daily|every \d+ ?hours?|twice|thrice|take \d|before meals?|after meals?|mg\/kg|overdose|treat(s|ment)?|cures?)\b|ডোজ|মাত্রা|সেবনবিধি|দিনে\s*\S+\s*বার|বেলা|খাওয়ার (আগে|পরে)|খাবার (আগে|পরে)|চিকিৎসায়|নিরাময়|সারিয়ে/i;
