import type { LineMatch, MasterMedicine, MedicineMatcher } from './matcher.types.ts';

/**
 * Placeholder: exact brand name only, everything to review. The real matcher (parsing, Bengali
 * script, typos, strength and form) replaces this.
 */
export function buildMatcher(entries: MasterMedicine[]): MedicineMatcher {
  const byBrand = new Map<string, MasterMedicine[]>();
  for (const m of entries) {
    const key = m.brand.toLowerCase();
    byBrand.set(key, [...(byBrand.get(key) ?? []), m]);
  }
  return {
    match(lines: string[]): LineMatch[] {
      return lines.map((line) => {
        const word = line.trim().toLowerCase().split(/\s+/)[0] ?? '';
        const found = (byBrand.get(word) ?? []).slice(0, 5);
        return {
          line,
          status: found.length ? 'review' : 'none',
          quantity: null,
          candidates: found.map((m) => ({
            medicineId: m.id,
            brand: m.brand,
            generic: m.genericName,
            strength: m.strength,
            form: m.dosageForm,
            manufacturer: m.manufacturer,
            confidence: 0.5,
            reasons: ['brand:exact'],
          })),
        };
      });
    },
  };
}
