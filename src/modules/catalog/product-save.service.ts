import { sql } from 'kysely';
import type { z } from 'zod';
import { isForeignKeyViolation, type Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { refreshProductSearch } from '../search/index.ts';
import type { productSaveBody } from './catalog.schema.ts';
import {
  insertVariant,
  mapSkuConflict,
  presentProduct,
  updateProductIn,
} from './products.service.ts';

export type ProductSave = z.output<typeof productSaveBody>;

/**
 * `PUT /products/{id}`: the product and its whole variant list in one transaction, so a refused
 * variant (a taken SKU, an unknown id) leaves the product exactly as it was. The list's order becomes
 * the variants' order; variants left out are removed (a variant already ordered cannot be: CONFLICT).
 */
export async function saveProduct(db: Db, user: AuthUser, id: string, input: ProductSave) {
  const { variants, ...fields } = input;
  const skus = variants.map((v) => v.sku);
  const duplicate = skus.find((s, i) => skus.indexOf(s) !== i);
  if (duplicate) throw new AppError('SKU_TAKEN', { sku: duplicate });
  return db.transaction().execute(async (tx) => {
    // Checks access and locks the product row: concurrent saves of one product run one after another.
    await updateProductIn(tx, user, id, fields);
    const existing = await tx
      .selectFrom('product_variants')
      .select('id')
      .where('product_id', '=', id)
      .execute();
    const known = new Set(existing.map((v) => v.id));
    for (const v of variants) {
      if (v.id !== undefined && !known.has(v.id)) {
        throw new AppError('VARIANT_NOT_FOUND', { variantId: v.id });
      }
    }
    const kept = new Set(variants.map((v) => v.id));
    // Removed first, so a kept or new variant may take a removed one's SKU.
    for (const { id: variantId } of existing.filter((v) => !kept.has(v.id))) {
      try {
        await tx.deleteFrom('product_variants').where('id', '=', variantId).execute();
      } catch (error) {
        if (isForeignKeyViolation(error)) {
          throw new AppError('CONFLICT', { variantId, reason: 'ordered' });
        }
        throw error;
      }
    }
    const product = await tx
      .selectFrom('products')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    for (const [position, v] of variants.entries()) {
      if (v.id === undefined) {
        await insertVariant(tx, product, v, user.id, position);
        continue;
      }
      const variantId = v.id;
      await mapSkuConflict(
        () =>
          tx
            .updateTable('product_variants')
            .set({
              sku: v.sku,
              label: v.label ?? null,
              price: v.price,
              compare_at_price: v.compareAtPrice ?? null,
              ...(v.lowStockThreshold !== undefined && {
                low_stock_threshold: v.lowStockThreshold,
              }),
              position,
              updated_at: sql<Date>`now()`,
            })
            .where('id', '=', variantId)
            .execute(),
        v.sku,
      );
    }
    await refreshProductSearch(tx, [id]);
    return presentProduct(tx, product);
  });
}
