import { z } from 'zod';
import type { Localized } from '../../platform/i18n.ts';
import { asciiDigits } from '../../platform/text.ts';
import {
  kindWithAttributes,
  longText,
  poisha,
  productKind,
  productStatus,
  productUnit,
  sku,
  text,
} from './catalog.schema.ts';
import type { ProductKind } from './catalog.tables.ts';

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 5000;

/** One row per variant; product columns repeat on each variant row of the same product_sku. */
export const csvColumns = [
  'product_sku',
  'name_bn',
  'name_en',
  'description_bn',
  'description_en',
  'category',
  'kind',
  'unit',
  'status',
  'generic_name',
  'strength',
  'dosage_form',
  'manufacturer',
  'prescription_required',
  'net_weight_grams',
  'net_volume_ml',
  'origin',
  'brand',
  'model',
  'warranty_months',
  'preparation_minutes',
  'vegetarian',
  'spicy',
  'variant_sku',
  'variant_label',
  'price',
  'compare_at_price',
  'stock',
  'low_stock_threshold',
] as const;
export type Column = (typeof csvColumns)[number];
export type CsvRow = Partial<Record<Column, string>>;

/** attribute key ← column, per kind */
export const attributeColumns: Record<ProductKind, [string, Column, 'text' | 'int' | 'bool'][]> = {
  medicine: [
    ['genericName', 'generic_name', 'text'],
    ['strength', 'strength', 'text'],
    ['dosageForm', 'dosage_form', 'text'],
    ['manufacturer', 'manufacturer', 'text'],
    ['prescriptionRequired', 'prescription_required', 'bool'],
  ],
  grocery: [
    ['netWeightGrams', 'net_weight_grams', 'int'],
    ['netVolumeMl', 'net_volume_ml', 'int'],
    ['origin', 'origin', 'text'],
  ],
  electronics: [
    ['brand', 'brand', 'text'],
    ['model', 'model', 'text'],
    ['warrantyMonths', 'warranty_months', 'int'],
  ],
  food: [
    ['preparationMinutes', 'preparation_minutes', 'int'],
    ['vegetarian', 'vegetarian', 'bool'],
    ['spicy', 'spicy', 'bool'],
  ],
  general: [],
};

// ---- cell parsing ---------------------------------------------------------------------------

const yes = new Set(['yes', 'y', 'true', '1', 'হ্যাঁ', 'হা']);
const no = new Set(['no', 'n', 'false', '0', 'না']);

function parseBool(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (yes.has(v)) return true;
  if (no.has(v)) return false;
  return undefined;
}

function parseIntCell(value: string): number | undefined {
  const v = asciiDigits(value.trim()).replace(/,/g, '');
  return /^\d+$/.test(v) ? Number(v) : undefined;
}

/** "120", "120.5", "১২০.৫০", "1,200.00" taka → poisha, exactly (no floating point). */
export function takaToPoisha(value: string): number | undefined {
  const v = asciiDigits(value.trim()).replace(/,/g, '').replace(/^৳\s*/, '');
  const match = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(v);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function poishaToTaka(value: number): string {
  const taka = Math.floor(value / 100);
  const rest = value % 100;
  return rest === 0 ? String(taka) : `${taka}.${String(rest).padStart(2, '0')}`;
}

/** Row problems: a stable code and the column; the message is localized when the report is built. */
export const reasonMessages = {
  FIELD_INVALID: { bn: 'মানটি সঠিক নয়।', en: 'This value is not valid.' },
  NAME_REQUIRED: { bn: 'name_bn বা name_en দিন।', en: 'Give name_bn or name_en.' },
  PRICE_INVALID: {
    bn: 'দাম টাকায় লিখুন, যেমন 120 বা 120.50।',
    en: 'Write the price in taka, e.g. 120 or 120.50.',
  },
  NUMBER_INVALID: {
    bn: 'শূন্য বা তার বেশি পূর্ণ সংখ্যা লিখুন।',
    en: 'Write a whole number, 0 or more.',
  },
  BOOLEAN_INVALID: { bn: 'হ্যাঁ বা না (yes/no) লিখুন।', en: 'Write yes or no.' },
  NOT_FOR_KIND: {
    bn: 'এই ধরনের পণ্যের জন্য এই কলাম খালি রাখুন।',
    en: 'Leave this column empty for this kind of product.',
  },
  UNKNOWN_CATEGORY: { bn: 'এই slug-এর কোনো বিভাগ নেই।', en: 'No category has this slug.' },
  DUPLICATE_IN_FILE: {
    bn: 'এই variant_sku ফাইলে একাধিকবার আছে।',
    en: 'This variant_sku appears more than once in the file.',
  },
  VARIANT_OF_OTHER_PRODUCT: {
    bn: 'এই variant_sku অন্য একটি পণ্যের।',
    en: 'This variant_sku belongs to another product.',
  },
} as const satisfies Record<string, Localized>;
export type ReasonCode = keyof typeof reasonMessages;
export type Reason = { column: string; code: ReasonCode; detail?: string };
export type LocalizedReason = Reason & { message: string };

export const reason = (column: string, code: ReasonCode, detail?: string): Reason =>
  detail ? { column, code, detail } : { column, code };

export type ParsedRow = {
  product: {
    sku: string;
    nameBn: string | null;
    nameEn: string | null;
    descriptionBn: string | null;
    descriptionEn: string | null;
    categorySlug: string | null;
    kind: ProductKind;
    unit: z.infer<typeof productUnit>;
    status: z.infer<typeof productStatus>;
    attributes: Record<string, unknown>;
  };
  variant: {
    sku: string;
    label: string | null;
    price: number;
    compareAtPrice: number | null;
    lowStockThreshold: number;
    stock: number | undefined;
  };
};

function field<T>(
  reasons: Reason[],
  column: Column,
  schema: z.ZodType<T>,
  raw: string | undefined,
): T | undefined {
  const parsed = schema.safeParse(raw ?? '');
  if (parsed.success) return parsed.data;
  reasons.push(reason(column, 'FIELD_INVALID', parsed.error.issues[0]?.message));
  return undefined;
}

const optionalText = (max: number) =>
  z
    .string()
    .transform((v) => (v.trim() === '' ? null : v))
    .pipe(text(max).nullable());
const optionalLong = (max: number) =>
  z
    .string()
    .transform((v) => (v.trim() === '' ? null : v))
    .pipe(longText(max).nullable());

/** Turns one CSV record into validated product and variant input, or the reasons it cannot. */
export function parseRow(
  row: CsvRow,
): { ok: true; value: ParsedRow } | { ok: false; reasons: Reason[] } {
  const reasons: Reason[] = [];
  const productSku = field(reasons, 'product_sku', sku, row.product_sku);
  const nameBn = field(reasons, 'name_bn', optionalText(200), row.name_bn);
  const nameEn = field(reasons, 'name_en', optionalText(200), row.name_en);
  if (nameBn === null && nameEn === null) {
    reasons.push(reason('name_bn', 'NAME_REQUIRED'));
  }
  const descriptionBn = field(reasons, 'description_bn', optionalLong(5000), row.description_bn);
  const descriptionEn = field(reasons, 'description_en', optionalLong(5000), row.description_en);
  const categorySlug = field(reasons, 'category', optionalText(80), row.category);
  const kind = field(reasons, 'kind', productKind, row.kind?.trim().toLowerCase());
  const unit = field(reasons, 'unit', productUnit, row.unit?.trim().toLowerCase());
  const statusRaw = row.status?.trim().toLowerCase() || 'active';
  const status = field(reasons, 'status', productStatus, statusRaw);

  let attributes: Record<string, unknown> | undefined;
  if (kind) {
    const raw: Record<string, unknown> = {};
    for (const [key, column, type] of attributeColumns[kind]) {
      const cell = row[column]?.trim() ?? '';
      if (cell === '') continue;
      const value = type === 'bool' ? parseBool(cell) : type === 'int' ? parseIntCell(cell) : cell;
      if (value === undefined)
        reasons.push(reason(column, type === 'bool' ? 'BOOLEAN_INVALID' : 'NUMBER_INVALID'));
      else raw[key] = value;
    }
    // Attribute columns of other kinds must stay empty, so a typo cannot silently vanish.
    for (const [other, columns] of Object.entries(attributeColumns)) {
      if (other === kind) continue;
      for (const [, column] of columns) {
        if (row[column]?.trim() && !attributeColumns[kind].some(([, c]) => c === column)) {
          reasons.push(reason(column, 'NOT_FOR_KIND', kind));
        }
      }
    }
    const parsed = kindWithAttributes.safeParse({ kind, attributes: raw });
    if (parsed.success) attributes = parsed.data.attributes;
    else
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[1] ?? '');
        const column = attributeColumns[kind].find(([k]) => k === key)?.[1] ?? 'kind';
        reasons.push(reason(column, 'FIELD_INVALID', issue.message));
      }
  }

  const variantSku = field(reasons, 'variant_sku', sku, row.variant_sku);
  const label = field(reasons, 'variant_label', optionalText(60), row.variant_label);
  const price = takaToPoisha(row.price ?? '');
  if (price === undefined || !poisha.safeParse(price).success) {
    reasons.push(reason('price', 'PRICE_INVALID'));
  }
  let compareAtPrice: number | null = null;
  if (row.compare_at_price?.trim()) {
    const parsed = takaToPoisha(row.compare_at_price);
    if (parsed === undefined) reasons.push(reason('compare_at_price', 'PRICE_INVALID'));
    else compareAtPrice = parsed;
  }
  let stock: number | undefined;
  if (row.stock?.trim()) {
    stock = parseIntCell(row.stock);
    if (stock === undefined || stock > 1_000_000) {
      reasons.push(reason('stock', 'NUMBER_INVALID'));
    }
  }
  let lowStockThreshold = 0;
  if (row.low_stock_threshold?.trim()) {
    const parsed = parseIntCell(row.low_stock_threshold);
    if (parsed === undefined) reasons.push(reason('low_stock_threshold', 'NUMBER_INVALID'));
    else lowStockThreshold = parsed;
  }

  if (reasons.length > 0) return { ok: false, reasons };
  return {
    ok: true,
    value: {
      product: {
        sku: productSku!,
        nameBn: nameBn ?? null,
        nameEn: nameEn ?? null,
        descriptionBn: descriptionBn ?? null,
        descriptionEn: descriptionEn ?? null,
        categorySlug: categorySlug ?? null,
        kind: kind!,
        unit: unit!,
        status: status!,
        attributes: attributes!,
      },
      variant: {
        sku: variantSku!,
        label: label ?? null,
        price: price!,
        compareAtPrice,
        lowStockThreshold,
        stock,
      },
    },
  };
}

// ---- writing --------------------------------------------------------------------------------

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, or after a tab
 * or carriage return) is written with a leading apostrophe, which spreadsheets show as text. A
 * cell that already starts with apostrophes before such a character gets one more, so
 * `unescapeCell` on import gives back exactly what was stored.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of `escapeFormula`, for cells read back from an uploaded CSV. */
export function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s =
    typeof value === 'boolean'
      ? value
        ? 'yes'
        : 'no'
      : typeof value === 'number'
        ? String(value)
        : escapeFormula(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 lines with CRLF, and a BOM so spreadsheet programs read Bengali as UTF-8. */
export function writeCsv(rows: Partial<Record<Column, string | number | boolean | null>>[]) {
  const lines = [csvColumns.join(',')];
  for (const row of rows) lines.push(csvColumns.map((c) => csvCell(row[c])).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function csvTemplate() {
  return writeCsv([
    {
      product_sku: 'RICE-MINIKET',
      name_bn: 'মিনিকেট চাল',
      name_en: 'Miniket rice',
      category: 'rice',
      kind: 'grocery',
      unit: 'kg',
      status: 'active',
      origin: 'Bangladesh',
      variant_sku: 'RICE-MINIKET-5KG',
      variant_label: '৫ কেজি',
      price: '420',
      compare_at_price: '450',
      stock: 30,
      low_stock_threshold: 5,
    },
    {
      product_sku: 'NAPA-500',
      name_bn: 'নাপা ৫০০ মি.গ্রা.',
      name_en: 'Napa 500 mg',
      category: 'otc',
      kind: 'medicine',
      unit: 'strip',
      status: 'active',
      generic_name: 'Paracetamol',
      strength: '500 mg',
      dosage_form: 'tablet',
      manufacturer: 'Beximco Pharmaceuticals Ltd.',
      prescription_required: false,
      variant_sku: 'NAPA-500-STRIP',
      variant_label: '১ পাতা (১০টি)',
      price: '12',
      stock: 100,
      low_stock_threshold: 10,
    },
  ]);
}
