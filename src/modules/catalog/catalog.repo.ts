import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { ProductImagesTable, ProductsTable, ProductVariantsTable } from './catalog.tables.ts';

export type ProductRow = Selectable<ProductsTable>;
export type VariantRow = Selectable<ProductVariantsTable>;
export type ImageRow = Selectable<ProductImagesTable>;

export async function findProduct(db: Executor, id: string, options: { lock?: boolean } = {}) {
  let query = db.selectFrom('products').selectAll().where('id', '=', id);
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function variantsOf(db: Executor, productIds: string[]) {
  if (productIds.length === 0) return [];
  return db
    .selectFrom('product_variants')
    .selectAll()
    .where('product_id', 'in', productIds)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export async function imagesOf(db: Executor, productIds: string[]) {
  if (productIds.length === 0) return [];
  return db
    .selectFrom('product_images')
    .selectAll()
    .where('product_id', 'in', productIds)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}
