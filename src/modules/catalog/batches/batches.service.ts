import { sql } from 'kysely';
import { z } from 'zod';
import type { Db, Executor } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors.ts';
import type { AuthUser } from '../../../platform/http/auth.ts';
import { keysetCursor, keyPart } from '../../../platform/http/cursor.ts';
import { managedProduct, managedShop } from '../products.service.ts';
import { adjustStock } from '../stock.service.ts';
import { addDays, daysBetween, dhakaToday, parseExpiry } from './batches.dates.ts';
import type { BatchCreate, BatchDto, BatchUpdate } from './batches.schema.ts';
import { lockVariantBatches, sellableOf } from './batches.stock.ts';
import './batches.errors.ts';

/** A batch this close to its expiry (days) is shown as near expiry; the alerts go at 60 and 30. */
export const NEAR_EXPIRY_DAYS = 60;
/** Further ahead than this an expiry date is a typo. */
const MAX_SHELF_YEARS = 10;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => parseExpiry(d) === d);
const batchCursor = keysetCursor(z.tuple([isoDate, keyPart.id]));

export type BatchRow = {
  id: string;
  product_id: string;
  variant_id: string;
  shop_id: string;
  batch_number: string | null;
  expiry_date: string;
  quantity: number;
  cost_poisha: number | null;
  written_off_quantity: number;
  written_off_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

/** Every batch column, with the expiry date as 'YYYY-MM-DD' text (no time zone games). */
export const batchColumns = sql`b.id, b.product_id, b.variant_id, b.shop_id, b.batch_number,
  b.expiry_date::text AS expiry_date, b.quantity, b.cost_poisha, b.written_off_quantity,
  b.written_off_at, b.created_at, b.updated_at`;

export function presentBatch(b: BatchRow, today: string): BatchDto {
  const daysLeft = daysBetween(today, b.expiry_date);
  return {
    id: b.id,
    productId: b.product_id,
    variantId: b.variant_id,
    batchNumber: b.batch_number,
    expiryDate: b.expiry_date,
    daysLeft,
    status:
      b.quantity === 0
        ? 'empty'
        : daysLeft < 0
          ? 'expired'
          : daysLeft <= NEAR_EXPIRY_DAYS
            ? 'near_expiry'
            : 'ok',
    quantity: b.quantity,
    costPoisha: b.cost_poisha === null ? null : Number(b.cost_poisha),
    writtenOffQuantity: b.written_off_quantity,
    writtenOffAt: b.written_off_at?.toISOString() ?? null,
    createdAt: b.created_at.toISOString(),
    updatedAt: b.updated_at.toISOString(),
  };
}

/** Pharmacies always keep batches; any other shop once it turns them on. */
export async function batchesEnabled(db: Executor, shopId: string): Promise<boolean> {
  const { rows } = await sql<{ on: boolean }>`
    SELECT (s.type = 'pharmacy' OR EXISTS (SELECT 1 FROM batch_tracking_shops t WHERE t.shop_id = s.id)) AS on
    FROM shops s WHERE s.id = ${shopId}`.execute(db);
  return rows[0]?.on ?? false;
}

export async function batchTracking(db: Executor, user: AuthUser, shopId: string) {
  const shop = await managedShop(db, user, shopId);
  const { rows } = await sql<{ pharmacy: boolean }>`
    SELECT type = 'pharmacy' AS pharmacy FROM shops WHERE id = ${shop.id}`.execute(db);
  return { enabled: await batchesEnabled(db, shop.id), pharmacy: rows[0]?.pharmacy ?? false };
}

/**
 * Turns batches on or off for a shop that is not a pharmacy. Turning them off stops new batches;
 * batches already recorded keep steering sales until they are used up or removed.
 */
export async function setBatchTracking(db: Db, user: AuthUser, shopId: string, enabled: boolean) {
  const shop = await managedShop(db, user, shopId);
  if (enabled) {
    await db
      .insertInto('batch_tracking_shops')
      .values({ shop_id: shop.id })
      .onConflict((oc) => oc.column('shop_id').doNothing())
      .execute();
  } else {
    await db.deleteFrom('batch_tracking_shops').where('shop_id', '=', shop.id).execute();
  }
  return batchTracking(db, user, shop.id);
}

function expiryOf(text: string, today: string, mode: 'add' | 'edit'): string {
  const date = parseExpiry(text);
  if (!date) throw new AppError('BATCH_EXPIRY_INVALID', { expiry: text.slice(0, 40) });
  if (mode === 'add' && date < today)
    throw new AppError('BATCH_ALREADY_EXPIRED', { expiryDate: date });
  if (date > addDays(today, 366 * MAX_SHELF_YEARS)) throw new AppError('BATCH_EXPIRY_TOO_FAR');
  return date;
}

function ledgerNote(batchNumber: string | null, expiry: string, what: string) {
  return `${what}: ${batchNumber ?? '—'} (exp ${expiry})`;
}

async function assertNumberFree(
  tx: Executor,
  variantId: string,
  batchNumber: string | null | undefined,
  exceptId?: string,
) {
  if (!batchNumber) return;
  let q = tx
    .selectFrom('stock_batches')
    .select('id')
    .where('variant_id', '=', variantId)
    .where('batch_number', '=', batchNumber);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw new AppError('BATCH_NUMBER_TAKEN', { batchNumber });
}

async function variantOf(tx: Executor, productId: string, variantId: string | undefined) {
  const variants = await tx
    .selectFrom('product_variants')
    .select('id')
    .where('product_id', '=', productId)
    .execute();
  if (variantId) {
    if (!variants.some((v) => v.id === variantId)) throw new AppError('VARIANT_NOT_FOUND');
    return variantId;
  }
  if (variants.length !== 1) throw new AppError('BATCH_VARIANT_REQUIRED');
  return variants[0]!.id;
}

async function findBatch(tx: Executor, productId: string, batchId: string) {
  const { rows } = await sql<BatchRow>`
    SELECT ${batchColumns} FROM stock_batches b
    WHERE b.id = ${batchId} AND b.product_id = ${productId}`.execute(tx);
  if (!rows[0]) throw new AppError('BATCH_NOT_FOUND');
  return rows[0];
}

/** Records a batch: new stock (a restock in the ledger), or units already counted with no batch. */
export async function addBatch(
  db: Db,
  user: AuthUser,
  productId: string,
  input: BatchCreate,
  today = dhakaToday(),
): Promise<BatchDto> {
  const expiry = expiryOf(input.expiry, today, 'add');
  return db.transaction().execute(async (tx) => {
    const { product } = await managedProduct(tx, user, productId);
    if (!(await batchesEnabled(tx, product.shop_id))) throw new AppError('BATCHES_NOT_ENABLED');
    const variantId = await variantOf(tx, product.id, input.variantId);
    const locked = (await lockVariantBatches(tx, variantId))!;
    await assertNumberFree(tx, variantId, input.batchNumber);
    if (input.fromUnbatched && locked.unbatched < input.quantity)
      throw new AppError('UNBATCHED_STOCK_SHORT', { unbatched: locked.unbatched });
    const batch = await tx
      .insertInto('stock_batches')
      .values({
        variant_id: variantId,
        product_id: product.id,
        shop_id: product.shop_id,
        batch_number: input.batchNumber ?? null,
        expiry_date: expiry,
        quantity: input.quantity,
        cost_poisha: input.costPoisha ?? null,
        written_off_at: null,
        created_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (!input.fromUnbatched) {
      const added = await adjustStock(tx, {
        variantId,
        delta: input.quantity,
        reason: 'restock',
        actorUserId: user.id,
        note: ledgerNote(input.batchNumber ?? null, expiry, 'batch'),
      });
      if (!added.ok) throw new AppError('INSUFFICIENT_STOCK', { onHand: 0 });
    }
    return presentBatch(await findBatch(tx, product.id, batch.id), today);
  });
}

/** Changes a batch; a new quantity is the count on the shelf, its difference a ledger correction. */
export async function updateBatch(
  db: Db,
  user: AuthUser,
  productId: string,
  batchId: string,
  input: BatchUpdate,
  today = dhakaToday(),
): Promise<BatchDto> {
  if (Object.values(input).every((v) => v === undefined)) throw new AppError('BATCH_UPDATE_EMPTY');
  const expiry = input.expiry === undefined ? undefined : expiryOf(input.expiry, today, 'edit');
  return db.transaction().execute(async (tx) => {
    const { product } = await managedProduct(tx, user, productId);
    const before = await findBatch(tx, product.id, batchId);
    await lockVariantBatches(tx, before.variant_id);
    const batch = await findBatch(tx, product.id, batchId); // re-read under the lock
    if (input.batchNumber !== undefined)
      await assertNumberFree(tx, batch.variant_id, input.batchNumber, batch.id);
    const delta = input.quantity === undefined ? 0 : input.quantity - batch.quantity;
    await tx
      .updateTable('stock_batches')
      .set({
        ...(input.batchNumber !== undefined ? { batch_number: input.batchNumber } : {}),
        ...(expiry !== undefined ? { expiry_date: expiry } : {}),
        ...(input.costPoisha !== undefined ? { cost_poisha: input.costPoisha } : {}),
        ...(input.quantity !== undefined ? { quantity: input.quantity } : {}),
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', batch.id)
      .execute();
    // A new expiry date starts the near-expiry alerts afresh.
    if (expiry !== undefined && expiry !== batch.expiry_date)
      await tx.deleteFrom('stock_batch_alerts').where('batch_id', '=', batch.id).execute();
    if (delta !== 0) {
      const adjusted = await adjustStock(tx, {
        variantId: batch.variant_id,
        delta,
        reason: 'correction',
        actorUserId: user.id,
        note: ledgerNote(
          input.batchNumber ?? batch.batch_number,
          expiry ?? batch.expiry_date,
          'batch count',
        ),
      });
      if (!adjusted.ok) throw new Error('batch correction refused: batches exceed stock on hand');
    }
    return presentBatch(await findBatch(tx, product.id, batch.id), today);
  });
}

/** Removes a batch; its units leave stock (a ledger correction). Orders that took from it keep their units. */
export async function removeBatch(db: Db, user: AuthUser, productId: string, batchId: string) {
  await db.transaction().execute(async (tx) => {
    const { product } = await managedProduct(tx, user, productId);
    const before = await findBatch(tx, product.id, batchId);
    await lockVariantBatches(tx, before.variant_id);
    const batch = await findBatch(tx, product.id, batchId);
    await tx.deleteFrom('stock_batches').where('id', '=', batch.id).execute();
    if (batch.quantity > 0) {
      const adjusted = await adjustStock(tx, {
        variantId: batch.variant_id,
        delta: -batch.quantity,
        reason: 'correction',
        actorUserId: user.id,
        note: ledgerNote(batch.batch_number, batch.expiry_date, 'batch removed'),
      });
      if (!adjusted.ok) throw new Error('batch removal refused: batches exceed stock on hand');
    }
  });
}

/** A product's batches (earliest expiry first) and, per variant, how its stock splits. */
export async function listBatches(
  db: Db,
  user: AuthUser,
  productId: string,
  query: { limit: number; cursor?: string | undefined },
  today = dhakaToday(),
) {
  const { product } = await managedProduct(db, user, productId);
  const after = batchCursor.decode(query.cursor);
  const { rows } = await sql<BatchRow>`
    SELECT ${batchColumns} FROM stock_batches b
    WHERE b.product_id = ${product.id}
      ${after ? sql`AND (b.expiry_date, b.id) > (${after[0]}::date, ${after[1]}::uuid)` : sql``}
    ORDER BY b.expiry_date, b.id
    LIMIT ${query.limit + 1}`.execute(db);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const { rows: variants } = await sql<{
    id: string;
    sku: string;
    label: string | null;
    price: number;
    on_hand: number;
    in_batches: number;
    expired: number;
  }>`
    SELECT v.id, v.sku, v.label, v.price, v.on_hand,
           coalesce(sum(b.quantity), 0)::int AS in_batches,
           coalesce(sum(b.quantity) FILTER (WHERE b.expiry_date < ${today}::date), 0)::int AS expired
    FROM product_variants v LEFT JOIN stock_batches b ON b.variant_id = v.id
    WHERE v.product_id = ${product.id}
    GROUP BY v.id ORDER BY v.position, v.created_at`.execute(db);
  return {
    items: page.map((b) => presentBatch(b, today)),
    nextCursor:
      rows.length > query.limit && last ? batchCursor.encode([last.expiry_date, last.id]) : null,
    enabled: await batchesEnabled(db, product.shop_id),
    today,
    variants: variants.map((v) => {
      const unbatched = Math.max(0, v.on_hand - v.in_batches);
      return {
        variantId: v.id,
        sku: v.sku,
        label: v.label,
        pricePoisha: Number(v.price),
        onHand: v.on_hand,
        inBatches: v.in_batches,
        unbatched,
        expired: v.expired,
        sellable: v.in_batches - v.expired + unbatched,
      };
    }),
  };
}

export { sellableOf };
