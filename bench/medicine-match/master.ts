/**
 * Reads the medicine master from bd_medicines.csv (HAAT_MEDICINE_DIR, default /work/shared/data)
 * into the matcher's entries, with the source brand_id as id. Nothing of the file is stored.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MasterMedicine } from '../../src/modules/pharmacy/matcher/matcher.types.ts';

export const medicineDir = process.env.HAAT_MEDICINE_DIR ?? '/work/shared/data';
export const medicinesCsv = path.join(medicineDir, 'bd_medicines.csv');

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function loadMaster(file = medicinesCsv): MasterMedicine[] {
  if (!existsSync(file)) throw new Error(`${file} not found (set HAAT_MEDICINE_DIR)`);
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = (name: string) => header!.indexOf(name);
  const c = {
    id: col('brand_id'),
    brand: col('brand_name'),
    form: col('dosage_form'),
    generic: col('generic'),
    strength: col('strength'),
    maker: col('manufacturer'),
    basis: col('price_basis'),
    price: col('price_bdt'),
    packQty: col('pack_qty'),
    packPrice: col('pack_price_bdt'),
  };
  const num = (s: string | undefined) => (s ? Number(s) : null);
  return rows
    .filter((r) => r.length > 1)
    .map((r) => ({
      id: r[c.id]!,
      sourceId: Number(r[c.id]),
      brand: r[c.brand]!,
      genericName: r[c.generic]!,
      strength: r[c.strength]!,
      dosageForm: r[c.form]!,
      manufacturer: r[c.maker]!,
      priceBasis: r[c.basis] || null,
      unitPrice: num(r[c.price]),
      packQty: num(r[c.packQty]),
      packPrice: num(r[c.packPrice]),
      prescriptionClass: 'rx' as const,
    }));
}
