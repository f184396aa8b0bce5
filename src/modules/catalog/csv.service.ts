import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db, Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import type { Locale, Localized } from '../../platform/i18n.ts';
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
import { insertVariant, managedShop } from './products.service.ts';
import { adjustStock } from './stock.service.ts';

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
type Column = (typeof csvColumns)[number];
type CsvRow = Partial<Record<Column, string>>;

/** attribute key ← column, per kind */
const attributeColumns: Record<ProductKind, [string, Column, 'text' | 'int' | 'bool'][]> = {
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
const reasonMessages = {
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
type ReasonCode = keyof typeof reasonMessages;
type Reason = { column: string; code: ReasonCode; detail?: string };
type LocalizedReason = Reason & { message: string };

const reason = (column: string, code: ReasonCode, detail?: string): Reason =>
  detail ? { column, code, detail } : { column, code };

type ParsedRow = {
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

/** JSON with sorted keys, so jsonb's own key order does not look like a change. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export type RowReport = {
  row: number;
  productSku: string | null;
  variantSku: string | null;
  result: 'created' | 'updated' | 'unchanged' | 'rejected';
  reasons?: LocalizedReason[];
};

class RowRejected extends Error {
  constructor(readonly reasons: Reason[]) {
    super('row rejected');
  }
}

/** Applies one valid row in the caller's transaction: create, update, or nothing if unchanged. */
async function applyRow(
  tx: Executor,
  user: AuthUser,
  shopId: string,
  { product: p, variant: v }: ParsedRow,
): Promise<'created' | 'updated' | 'unchanged'> {
  let categoryId: string | null = null;
  if (p.categorySlug) {
    const category = await tx
      .selectFrom('categories')
      .select('id')
      .where('slug', '=', p.categorySlug)
      .executeTakeFirst();
    if (!category) throw new RowRejected([reason('category', 'UNKNOWN_CATEGORY')]);
    categoryId = category.id;
  }
  const wanted = {
    name_bn: p.nameBn,
    name_en: p.nameEn,
    description_bn: p.descriptionBn,
    description_en: p.descriptionEn,
    category_id: categoryId,
    kind: p.kind,
    unit: p.unit,
    status: p.status,
  };
  const existing = await tx
    .selectFrom('products')
    .selectAll()
    .where('shop_id', '=', shopId)
    .where('sku', '=', p.sku)
    .forUpdate()
    .executeTakeFirst();
  const existingVariant = await tx
    .selectFrom('product_variants')
    .selectAll()
    .where('shop_id', '=', shopId)
    .where('sku', '=', v.sku)
    .forUpdate()
    .executeTakeFirst();
  if (existingVariant && existingVariant.product_id !== existing?.id) {
    throw new RowRejected([reason('variant_sku', 'VARIANT_OF_OTHER_PRODUCT')]);
  }
  const variantInput = {
    sku: v.sku,
    label: v.label,
    price: v.price,
    compareAtPrice: v.compareAtPrice,
    lowStockThreshold: v.lowStockThreshold,
    initialStock: v.stock,
  };

  if (!existing) {
    const product = await tx
      .insertInto('products')
      .values({ ...wanted, shop_id: shopId, sku: p.sku, attributes: JSON.stringify(p.attributes) })
      .returning(['id', 'shop_id'])
      .executeTakeFirstOrThrow();
    await insertVariant(tx, product, variantInput, user.id, 0);
    return 'created';
  }

  let changed = false;
  const productDiffers =
    (Object.keys(wanted) as (keyof typeof wanted)[]).some((k) => existing[k] !== wanted[k]) ||
    canonical(existing.attributes) !== canonical(p.attributes);
  if (productDiffers) {
    await tx
      .updateTable('products')
      .set({ ...wanted, attributes: JSON.stringify(p.attributes), updated_at: sql<Date>`now()` })
      .where('id', '=', existing.id)
      .execute();
    changed = true;
  }
  if (!existingVariant) {
    const position = await tx
      .selectFrom('product_variants')
      .select(sql<number>`coalesce(max(position), -1) + 1`.as('next'))
      .where('product_id', '=', existing.id)
      .executeTakeFirstOrThrow();
    await insertVariant(tx, existing, variantInput, user.id, Number(position.next));
    return 'created';
  }
  if (
    existingVariant.label !== v.label ||
    existingVariant.price !== v.price ||
    existingVariant.compare_at_price !== v.compareAtPrice ||
    existingVariant.low_stock_threshold !== v.lowStockThreshold
  ) {
    await tx
      .updateTable('product_variants')
      .set({
        label: v.label,
        price: v.price,
        compare_at_price: v.compareAtPrice,
        low_stock_threshold: v.lowStockThreshold,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', existingVariant.id)
      .execute();
    changed = true;
  }
  // A stock cell sets the count; the difference goes into the ledger as a correction.
  if (v.stock !== undefined && v.stock !== existingVariant.on_hand) {
    const result = await adjustStock(tx, {
      variantId: existingVariant.id,
      delta: v.stock - existingVariant.on_hand,
      reason: 'correction',
      actorUserId: user.id,
      note: 'CSV import',
    });
    if (!result.ok) throw new RowRejected([reason('stock', 'NUMBER_INVALID')]);
    changed = true;
  }
  return changed ? 'updated' : 'unchanged';
}

export function parseCsv(data: Buffer): { rows: CsvRow[]; rowNumbers: number[] } {
  let records: { record: Record<string, string>; info: { records: number } }[];
  try {
    records = parse(data, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
    });
  } catch (error) {
    throw new AppError('CSV_INVALID', { reason: (error as Error).message.slice(0, 200) });
  }
  if (records.length > MAX_CSV_ROWS) {
    throw new AppError('CSV_TOO_LARGE', { maxRows: MAX_CSV_ROWS, maxMb: MAX_CSV_BYTES / 1048576 });
  }
  const header = Object.keys(records[0]?.record ?? {});
  const unknown = header.filter((h) => !(csvColumns as readonly string[]).includes(h));
  if (unknown.length > 0)
    throw new AppError('CSV_INVALID', { reason: `unknown columns: ${unknown.join(', ')}` });
  for (const required of ['product_sku', 'kind', 'unit', 'variant_sku', 'price'] as const) {
    if (records.length > 0 && !header.includes(required)) {
      throw new AppError('CSV_INVALID', { reason: `missing column: ${required}` });
    }
  }
  return {
    rows: records.map((r) => r.record as CsvRow),
    // Header is row 1, so the n-th record is row n + 1 (as a spreadsheet shows it).
    rowNumbers: records.map((r) => r.info.records + 1),
  };
}

/**
 * Imports a CSV: every row is validated, then applied in its own transaction, so a rejected row
 * changes nothing and an accepted row is all-or-nothing. Re-importing the same file is a no-op.
 */
export async function importCsv(
  db: Db,
  user: AuthUser,
  shopId: string,
  data: Buffer,
  locale: Locale = 'bn',
) {
  const localize = (reasons: Reason[]): LocalizedReason[] =>
    reasons.map((r) => ({ ...r, message: reasonMessages[r.code][locale] }));
  const shop = await managedShop(db, user, shopId);
  const { rows, rowNumbers } = parseCsv(data);
  const report: RowReport[] = [];
  const seenVariants = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const base = {
      row: rowNumbers[index]!,
      productSku: row.product_sku?.trim() || null,
      variantSku: row.variant_sku?.trim() || null,
    };
    const parsed = parseRow(row);
    if (!parsed.ok) {
      report.push({ ...base, result: 'rejected', reasons: localize(parsed.reasons) });
      continue;
    }
    if (seenVariants.has(parsed.value.variant.sku)) {
      report.push({
        ...base,
        result: 'rejected',
        reasons: localize([reason('variant_sku', 'DUPLICATE_IN_FILE')]),
      });
      continue;
    }
    seenVariants.add(parsed.value.variant.sku);
    try {
      const result = await db
        .transaction()
        .execute((tx) => applyRow(tx, user, shop.id, parsed.value));
      report.push({ ...base, result });
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
      report.push({ ...base, result: 'rejected', reasons: localize(error.reasons) });
    }
  }
  const count = (r: RowReport['result']) => report.filter((x) => x.result === r).length;
  return {
    summary: {
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      rejected: count('rejected'),
    },
    rows: report,
  };
}

// ---- writing --------------------------------------------------------------------------------

function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
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

export async function exportCsv(db: Db, user: AuthUser, shopId: string) {
  const shop = await managedShop(db, user, shopId);
  const rows = await db
    .selectFrom('product_variants as v')
    .innerJoin('products as p', 'p.id', 'v.product_id')
    .leftJoin('categories as c', 'c.id', 'p.category_id')
    .select([
      'p.sku as product_sku',
      'p.name_bn',
      'p.name_en',
      'p.description_bn',
      'p.description_en',
      'c.slug as category',
      'p.kind',
      'p.unit',
      'p.status',
      'p.attributes',
      'v.sku as variant_sku',
      'v.label',
      'v.price',
      'v.compare_at_price',
      'v.on_hand',
      'v.low_stock_threshold',
    ])
    .where('p.shop_id', '=', shop.id)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .orderBy('v.position')
    .execute();
  return writeCsv(
    rows.map((r) => {
      const out: Partial<Record<Column, string | number | boolean | null>> = {
        product_sku: r.product_sku,
        name_bn: r.name_bn,
        name_en: r.name_en,
        description_bn: r.description_bn,
        description_en: r.description_en,
        category: r.category,
        kind: r.kind,
        unit: r.unit,
        status: r.status,
        variant_sku: r.variant_sku,
        variant_label: r.label,
        price: poishaToTaka(r.price),
        compare_at_price: r.compare_at_price === null ? null : poishaToTaka(r.compare_at_price),
        stock: r.on_hand,
        low_stock_threshold: r.low_stock_threshold,
      };
      for (const [key, column] of attributeColumns[r.kind]) {
        const value = r.attributes[key];
        if (value !== undefined) out[column] = value as string | number | boolean;
      }
      return out;
    }),
  );
}
