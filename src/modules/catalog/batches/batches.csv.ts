import { parse } from 'csv-parse/sync';
import type { Db } from '../../../platform/db/index.ts';
import { AppError, errorMessage } from '../../../platform/errors.ts';
import type { AuthUser } from '../../../platform/http/auth.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { normalizeText } from '../../../platform/text.ts';
import { takaToPoisha, unescapeCell } from '../csv.format.ts';
import { managedShop } from '../products.service.ts';
import { addBatch, batchesEnabled, updateBatch } from './batches.service.ts';
import { parseExpiry } from './batches.dates.ts';

export const BATCH_CSV_COLUMNS = ['sku', 'batch_number', 'expiry', 'quantity', 'cost'] as const;
export const MAX_BATCH_CSV_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 5000;

type Row = { row: number; sku: string | null; batchNumber: string | null };
type RowResult = Row & {
  result: 'created' | 'updated' | 'unchanged' | 'rejected';
  code?: string;
  message?: string;
};

/**
 * Batches from a CSV (columns sku, batch_number, expiry, quantity, cost in taka): a batch number
 * not yet recorded for that variant is added (new stock, a restock), one already recorded is set
 * to the row (its quantity is the count now on the shelf). Every row in its own transaction with
 * its own answer; uploading the same file again changes nothing.
 */
export async function importBatchesCsv(
  db: Db,
  user: AuthUser,
  shopId: string,
  data: Buffer,
  locale: Locale,
) {
  const shop = await managedShop(db, user, shopId);
  if (!(await batchesEnabled(db, shop.id))) throw new AppError('BATCHES_NOT_ENABLED');
  let records: { record: Record<string, string>; info: { records: number } }[];
  try {
    records = parse(data, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      info: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    throw new AppError('CSV_INVALID', { reason: (error as Error).message.slice(0, 200) });
  }
  if (records.length > MAX_ROWS)
    throw new AppError('CSV_TOO_LARGE', {
      maxRows: MAX_ROWS,
      maxMb: MAX_BATCH_CSV_BYTES / 1048576,
    });
  const header = Object.keys(records[0]?.record ?? {});
  const unknown = header.filter((h) => !(BATCH_CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0)
    throw new AppError('CSV_INVALID', { reason: `unknown columns: ${unknown.join(', ')}` });
  for (const required of ['sku', 'batch_number', 'expiry', 'quantity'])
    if (records.length > 0 && !header.includes(required))
      throw new AppError('CSV_INVALID', { reason: `missing column: ${required}` });

  const rows: RowResult[] = [];
  const seen = new Set<string>();
  const reject = (base: Row, code: string, details: Record<string, unknown> = {}) =>
    rows.push({ ...base, result: 'rejected', code, message: errorMessage(code, locale, details) });
  for (const { record, info } of records) {
    const cell = (c: string) => normalizeText(unescapeCell(record[c] ?? ''));
    const sku = cell('sku') || null;
    const batchNumber = cell('batch_number') || null;
    const base: Row = { row: info.records + 1, sku, batchNumber };
    const quantityText = cell('quantity').replace(/[০-৯]/g, (d) =>
      String(d.charCodeAt(0) - 0x09e6),
    );
    const quantity = /^\d{1,7}$/.test(quantityText) ? Number(quantityText) : NaN;
    const costText = cell('cost');
    const cost = costText === '' ? null : takaToPoisha(costText);
    if (!sku || !batchNumber || batchNumber.length > 40) {
      reject(base, 'VALIDATION_FAILED', { reason: 'sku and batch_number are required' });
      continue;
    }
    if (!Number.isInteger(quantity) || quantity > 1_000_000 || cost === undefined) {
      reject(base, 'VALIDATION_FAILED', { reason: 'quantity or cost' });
      continue;
    }
    if (!parseExpiry(cell('expiry'))) {
      reject(base, 'BATCH_EXPIRY_INVALID');
      continue;
    }
    const key = `${sku}\u0000${batchNumber}`;
    if (seen.has(key)) {
      reject(base, 'VALIDATION_FAILED', { reason: 'the same batch twice in the file' });
      continue;
    }
    seen.add(key);
    const variant = await db
      .selectFrom('product_variants')
      .select(['id', 'product_id'])
      .where('shop_id', '=', shop.id)
      .where('sku', '=', sku)
      .executeTakeFirst();
    if (!variant) {
      reject(base, 'VARIANT_NOT_FOUND');
      continue;
    }
    const existing = await db
      .selectFrom('stock_batches')
      .select(['id', 'quantity', 'cost_poisha'])
      .select((eb) => eb.cast<string>('expiry_date', 'text').as('expiry_date'))
      .where('variant_id', '=', variant.id)
      .where('batch_number', '=', batchNumber)
      .executeTakeFirst();
    try {
      if (!existing) {
        if (quantity === 0) {
          rows.push({ ...base, result: 'unchanged' });
          continue;
        }
        await addBatch(db, user, variant.product_id, {
          variantId: variant.id,
          batchNumber,
          expiry: cell('expiry'),
          quantity,
          costPoisha: cost,
        });
        rows.push({ ...base, result: 'created' });
      } else {
        const expiry = parseExpiry(cell('expiry'))!;
        const same =
          existing.quantity === quantity &&
          existing.expiry_date === expiry &&
          (existing.cost_poisha === null ? null : Number(existing.cost_poisha)) === cost;
        if (same) {
          rows.push({ ...base, result: 'unchanged' });
          continue;
        }
        await updateBatch(db, user, variant.product_id, existing.id, {
          expiry,
          quantity,
          costPoisha: cost,
        });
        rows.push({ ...base, result: 'updated' });
      }
    } catch (error) {
      if (error instanceof AppError && error.status < 500) reject(base, error.code, error.details);
      else throw error;
    }
  }
  const count = (r: RowResult['result']) => rows.filter((x) => x.result === r).length;
  return {
    summary: {
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      rejected: count('rejected'),
    },
    rows,
  };
}
