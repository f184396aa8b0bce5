import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import type { Db, Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import type { Locale } from '../../platform/i18n.ts';
import {
  attributeColumns,
  csvColumns,
  MAX_CSV_BYTES,
  MAX_CSV_ROWS,
  parseRow,
  poishaToTaka,
  reason,
  reasonMessages,
  writeCsv,
  type Column,
  type CsvRow,
  type LocalizedReason,
  type ParsedRow,
  type Reason,
  unescapeCell,
} from './csv.format.ts';
import { refreshProductSearchBySku } from '../search/index.ts';
import { insertVariant, managedShop } from './products.service.ts';
import { adjustStock } from './stock.service.ts';

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
    // Cells Haat's own export protected from spreadsheet formulas lose that apostrophe again.
    rows: records.map(
      (r) =>
        Object.fromEntries(
          Object.entries(r.record).map(([column, cell]) => [column, unescapeCell(cell)]),
        ) as CsvRow,
    ),
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
      const result = await db.transaction().execute(async (tx) => {
        const applied = await applyRow(tx, user, shop.id, parsed.value);
        if (applied !== 'unchanged') {
          await refreshProductSearchBySku(tx, shop.id, parsed.value.product.sku);
        }
        return applied;
      });
      report.push({ ...base, result });
    } catch (error) {
      // A business error (e.g. a concurrent SKU clash) rejects this row only; its writes rolled back.
      const reasons =
        error instanceof RowRejected
          ? error.reasons
          : error instanceof AppError && error.status < 500
            ? [reason('variant_sku', 'FIELD_INVALID', error.code)]
            : undefined;
      if (!reasons) throw error;
      report.push({ ...base, result: 'rejected', reasons: localize(reasons) });
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
