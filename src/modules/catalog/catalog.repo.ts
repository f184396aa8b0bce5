import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { ShopRef } from './catalog.policy.ts';
import type { ProductImagesTable, ProductsTable, ProductVariantsTable } from './catalog.tables.ts';

export type ProductRow = Selectable<ProductsTable>;
export type VariantRow = Selectable<ProductVariantsTable>;
export type ImageRow = Selectable<ProductImagesTable>;

/** Shops belong to the shops module; the catalog only needs owner and status. */
export async function findShop(db: Executor, shopId: string): Promise<ShopRef | undefined> {
  const result = await sql<ShopRef>`
    SELECT id, owner_id, status FROM shops WHERE id = ${shopId}`.execute(db);
  return result.rows[0];
}

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
