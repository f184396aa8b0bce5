import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { getVisibleProducts } from '../catalog/index.ts';

export type FavoriteKind = 'product' | 'shop';

export async function addFavorite(
  db: Executor,
  customerId: string,
  kind: FavoriteKind,
  targetId: string,
) {
  const exists =
    kind === 'product'
      ? await db
          .selectFrom('products')
          .select('id')
          .where('id', '=', targetId)
          .where('status', '=', 'active')
          .where('hidden_at', 'is', null)
          .executeTakeFirst()
      : await db
          .selectFrom('shops')
          .select('id')
          .where('id', '=', targetId)
          .where('status', '=', 'approved')
          .executeTakeFirst();
  if (!exists) throw new AppError('FAVORITE_TARGET_NOT_FOUND', { kind });
  await db
    .insertInto('favorites')
    .values({ customer_id: customerId, kind, target_id: targetId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function removeFavorite(
  db: Executor,
  customerId: string,
  kind: FavoriteKind,
  targetId: string,
) {
  await db
    .deleteFrom('favorites')
    .where('customer_id', '=', customerId)
    .where('kind', '=', kind)
    .where('target_id', '=', targetId)
    .execute();
}

/** Favorites, newest first, with the names a list page shows (products and shops). */
export async function listFavorites(db: Executor, customerId: string) {
  const rows = await db
    .selectFrom('favorites as f')
    .leftJoin('products as p', (j) =>
      j.onRef('p.id', '=', 'f.target_id').on('f.kind', '=', 'product'),
    )
    .leftJoin('shops as s', (j) => j.onRef('s.id', '=', 'f.target_id').on('f.kind', '=', 'shop'))
    .leftJoin('shops as ps', 'ps.id', 'p.shop_id')
    .select([
      'f.kind',
      'f.target_id as id',
      'f.created_at as createdAt',
      'p.name_bn as productNameBn',
      'p.name_en as productNameEn',
      'p.shop_id as productShopId',
      's.name_bn as shopNameBn',
      's.name_en as shopNameEn',
      'ps.name_bn as ownerShopNameBn',
    ])
    .where('f.customer_id', '=', customerId)
    .orderBy('f.created_at', 'desc')
    .execute();
  // What a product card shows (price, picture, stock), as the public sees it: a product since
  // hidden or deleted has no card facts and shows its name only.
  const products = await getVisibleProducts(
    db,
    null,
    rows.filter((r) => r.kind === 'product' && r.productShopId !== null).map((r) => r.id),
  );
  return rows
    .filter((r) => (r.kind === 'product' ? r.productShopId !== null : r.shopNameBn !== null))
    .map((r) => {
      const p = r.kind === 'product' ? products.get(r.id) : undefined;
      const cheapest = p?.variants.reduce<(typeof p.variants)[number] | null>(
        (min, v) => (min === null || v.price < min.price ? v : min),
        null,
      );
      return {
        kind: r.kind,
        id: r.id,
        name: (r.kind === 'product' ? (r.productNameBn ?? r.productNameEn) : r.shopNameBn) ?? '',
        nameEn: r.kind === 'product' ? r.productNameEn : r.shopNameEn,
        shopId: r.kind === 'product' ? r.productShopId : r.id,
        shopName: r.kind === 'product' ? (r.ownerShopNameBn ?? null) : null,
        price: cheapest?.price ?? null,
        compareAtPrice: cheapest?.compareAtPrice ?? null,
        unit: p?.unit ?? null,
        inStock: p ? p.variants.some((v) => v.availability !== 'out_of_stock') : null,
        thumbUrl: p?.images.find((i) => i.urls)?.urls?.thumb ?? null,
        createdAt: r.createdAt.toISOString(),
      };
    });
}
