import { sql } from 'kysely';
import type { Db, Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import type { StockReason } from './catalog.tables.ts';
import {
  insertVariant,
  managedProduct,
  mapSkuConflict,
  presentVariant,
  type VariantCreate,
  type VariantUpdate,
} from './products.service.ts';
import { adjustStock } from './stock.service.ts';

export async function addVariant(db: Db, user: AuthUser, productId: string, input: VariantCreate) {
  return db.transaction().execute(async (tx) => {
    const { product } = await managedProduct(tx, user, productId, { lock: true });
    const last = await tx
      .selectFrom('product_variants')
      .select(sql<number>`coalesce(max(position), -1)`.as('max'))
      .where('product_id', '=', product.id)
      .executeTakeFirstOrThrow();
    const row = await insertVariant(tx, product, input, user.id, Number(last.max) + 1);
    const fresh = await tx
      .selectFrom('product_variants')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    return presentVariant(fresh);
  });
}

async function managedVariant(tx: Executor, user: AuthUser, productId: string, variantId: string) {
  const { product } = await managedProduct(tx, user, productId, { lock: true });
  const variant = await tx
    .selectFrom('product_variants')
    .selectAll()
    .where('id', '=', variantId)
    .where('product_id', '=', product.id)
    .executeTakeFirst();
  if (!variant) throw new AppError('VARIANT_NOT_FOUND');
  return { product, variant };
}

export async function updateVariant(
  db: Db,
  user: AuthUser,
  productId: string,
  variantId: string,
  input: VariantUpdate,
) {
  return db.transaction().execute(async (tx) => {
    const { variant } = await managedVariant(tx, user, productId, variantId);
    const row = await mapSkuConflict(
      () =>
        tx
          .updateTable('product_variants')
          .set({
            ...(input.sku !== undefined && { sku: input.sku }),
            ...(input.label !== undefined && { label: input.label }),
            ...(input.price !== undefined && { price: input.price }),
            ...(input.compareAtPrice !== undefined && { compare_at_price: input.compareAtPrice }),
            ...(input.lowStockThreshold !== undefined && {
              low_stock_threshold: input.lowStockThreshold,
            }),
            updated_at: sql<Date>`now()`,
          })
          .where('id', '=', variant.id)
          .returningAll()
          .executeTakeFirstOrThrow(),
      input.sku,
    );
    return presentVariant(row);
  });
}

export async function deleteVariant(db: Db, user: AuthUser, productId: string, variantId: string) {
  await db.transaction().execute(async (tx) => {
    // The product row lock serializes deletes, so two concurrent deletes cannot remove the last two.
    const { product, variant } = await managedVariant(tx, user, productId, variantId);
    const count = await tx
      .selectFrom('product_variants')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('product_id', '=', product.id)
      .executeTakeFirstOrThrow();
    if (Number(count.n) <= 1) throw new AppError('LAST_VARIANT');
    await tx.deleteFrom('product_variants').where('id', '=', variant.id).execute();
  });
}

export async function adjustVariantStock(
  db: Db,
  user: AuthUser,
  productId: string,
  variantId: string,
  input: { delta: number; reason: StockReason; note?: string | null },
) {
  return db.transaction().execute(async (tx) => {
    const { product } = await managedProduct(tx, user, productId);
    const variant = await tx
      .selectFrom('product_variants')
      .select('id')
      .where('id', '=', variantId)
      .where('product_id', '=', product.id)
      .executeTakeFirst();
    if (!variant) throw new AppError('VARIANT_NOT_FOUND');
    const result = await adjustStock(tx, {
      variantId,
      delta: input.delta,
      reason: input.reason,
      actorUserId: user.id,
      note: input.note ?? null,
    });
    if (!result.ok) {
      throw new AppError(
        result.error.code,
        'onHand' in result.error ? { onHand: result.error.onHand } : {},
      );
    }
    return result.value;
  });
}

export async function variantOfManagedProduct(
  db: Db,
  user: AuthUser,
  productId: string,
  variantId: string,
) {
  const { product } = await managedProduct(db, user, productId);
  const variant = await db
    .selectFrom('product_variants')
    .select('id')
    .where('id', '=', variantId)
    .where('product_id', '=', product.id)
    .executeTakeFirst();
  if (!variant) throw new AppError('VARIANT_NOT_FOUND');
  return variant;
}
