import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { normalizeText } from '../../../platform/text.ts';

/** The three files of `haat import medicines DIR`. */
export const MEDICINE_FILES = {
  medicines: 'bd_medicines.csv',
  generics: 'bd_medicine_generics.csv',
  manufacturers: 'bd_medicine_manufacturers.csv',
} as const;

/** A file or row the import cannot use; the message names the file and line. */
export class MedicineImportError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? problems[0]
        : `${problems.length} problems, the first: ${problems.slice(0, 5).join('; ')}`,
    );
    this.name = 'MedicineImportError';
  }
}

export type ManufacturerRow = { sourceId: number; name: string };
export type GenericRow = {
  sourceId: number;
  name: string;
  drugClass: string | null;
  indication: string | null;
};
export type MedicineRow = {
  line: number;
  sourceId: number;
  brand: string;
  medicineType: string;
  dosageForm: string;
  genericName: string;
  strength: string;
  manufacturerName: string;
  priceBasis: string | null;
  unitPrice: number | null;
  packQty: number | null;
  packPrice: number | null;
};
export type MedicineFiles = {
  manufacturers: ManufacturerRow[];
  generics: GenericRow[];
  medicines: MedicineRow[];
};

type Raw = { record: Record<string, string>; info: { lines: number } };

async function readCsv(dir: string, file: string, columns: string[]): Promise<Raw[]> {
  let text: string;
  try {
    text = await readFile(path.join(dir, file), 'utf8');
  } catch (error) {
    throw new MedicineImportError([`${file}: cannot read (${(error as Error).message})`]);
  }
  let rows: Raw[];
  try {
    rows = parse(text, {
      columns: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as Raw[];
  } catch (error) {
    throw new MedicineImportError([`${file}: ${(error as Error).message}`]);
  }
  const header = rows[0] ? Object.keys(rows[0].record) : [];
  const missing = columns.filter((c) => rows.length > 0 && !header.includes(c));
  if (rows.length === 0) throw new MedicineImportError([`${file}: no rows`]);
  if (missing.length) {
    throw new MedicineImportError([`${file}: missing column(s) ${missing.join(', ')}`]);
  }
  return rows;
}

/** Reads one row's fields, collecting what is wrong with the row's line number. */
class RowReader {
  constructor(
    private readonly file: string,
    private readonly problems: string[],
  ) {}

  private fail(line: number, column: string, message: string) {
    this.problems.push(`${this.file} line ${line}: ${column} ${message}`);
  }

  text(raw: Raw, column: string, options: { required?: boolean; max?: number } = {}): string {
    const value = normalizeText(raw.record[column] ?? '');
    if (options.required && !value) this.fail(raw.info.lines, column, 'is empty');
    if (options.max && value.length > options.max) {
      this.fail(raw.info.lines, column, `is longer than ${options.max} characters`);
    }
    return value;
  }

  id(raw: Raw, column: string): number {
    const value = (raw.record[column] ?? '').trim();
    const n = Number(value);
    if (!/^\d{1,9}$/.test(value) || n <= 0) {
      this.fail(raw.info.lines, column, `"${value.slice(0, 20)}" is not a positive whole number`);
      return 0;
    }
    return n;
  }

  count(raw: Raw, column: string): number | null {
    const value = (raw.record[column] ?? '').trim();
    if (!value) return null;
    if (!/^\d{1,6}$/.test(value) || Number(value) <= 0) {
      this.fail(raw.info.lines, column, `"${value.slice(0, 20)}" is not a pack size`);
      return null;
    }
    return Number(value);
  }

  /** Taka with at most two decimals ("40.12", "1,250.50") → poisha, without floating point. */
  money(raw: Raw, column: string): number | null {
    const value = (raw.record[column] ?? '').trim().replace(/,/g, '');
    if (!value) return null;
    const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(value);
    if (!m) {
      this.fail(raw.info.lines, column, `"${value.slice(0, 20)}" is not an amount in taka`);
      return null;
    }
    return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  }
}

/** Reads and checks the three files; nothing is written when any row is malformed. */
export async function readMedicineFiles(dir: string): Promise<MedicineFiles> {
  const problems: string[] = [];
  const manufacturersRaw = await readCsv(dir, MEDICINE_FILES.manufacturers, [
    'manufacturer_id',
    'manufacturer_name',
  ]);
  const genericsRaw = await readCsv(dir, MEDICINE_FILES.generics, [
    'generic_id',
    'generic_name',
    'drug_class',
    'indication',
  ]);
  const medicinesRaw = await readCsv(dir, MEDICINE_FILES.medicines, [
    'brand_id',
    'brand_name',
    'type',
    'dosage_form',
    'generic',
    'strength',
    'manufacturer',
    'price_basis',
    'price_bdt',
    'pack_qty',
    'pack_price_bdt',
  ]);

  const m = new RowReader(MEDICINE_FILES.manufacturers, problems);
  const manufacturers = manufacturersRaw.map((r) => ({
    sourceId: m.id(r, 'manufacturer_id'),
    name: m.text(r, 'manufacturer_name', { required: true, max: 200 }),
  }));
  const g = new RowReader(MEDICINE_FILES.generics, problems);
  const generics = genericsRaw.map((r) => ({
    sourceId: g.id(r, 'generic_id'),
    name: g.text(r, 'generic_name', { required: true, max: 300 }),
    drugClass: g.text(r, 'drug_class') || null,
    indication: g.text(r, 'indication') || null,
  }));
  const b = new RowReader(MEDICINE_FILES.medicines, problems);
  const medicines = medicinesRaw.map((r) => {
    const row: MedicineRow = {
      line: r.info.lines,
      sourceId: b.id(r, 'brand_id'),
      brand: b.text(r, 'brand_name', { required: true, max: 200 }),
      medicineType: b.text(r, 'type', { max: 40 }) || 'allopathic',
      dosageForm: b.text(r, 'dosage_form', { required: true, max: 100 }),
      // A few source rows name no generic (herbal blends): kept, with no generic.
      genericName: b.text(r, 'generic', { max: 300 }),
      strength: b.text(r, 'strength', { max: 200 }),
      manufacturerName: b.text(r, 'manufacturer', { required: true, max: 200 }),
      priceBasis: b.text(r, 'price_basis', { max: 100 }) || null,
      unitPrice: b.money(r, 'price_bdt'),
      packQty: b.count(r, 'pack_qty'),
      packPrice: b.money(r, 'pack_price_bdt'),
    };
    return row;
  });

  const seen = (file: string, ids: { sourceId: number; line?: number }[]) => {
    const lines = new Map<number, number>();
    ids.forEach((row, i) => {
      const line = row.line ?? i + 2;
      const first = lines.get(row.sourceId);
      if (first !== undefined && row.sourceId > 0) {
        problems.push(`${file} line ${line}: id ${row.sourceId} repeats line ${first}`);
      } else lines.set(row.sourceId, line);
    });
  };
  seen(MEDICINE_FILES.manufacturers, manufacturers);
  seen(MEDICINE_FILES.generics, generics);
  seen(MEDICINE_FILES.medicines, medicines);
  if (problems.length) throw new MedicineImportError(problems);
  return { manufacturers, generics, medicines };
}
