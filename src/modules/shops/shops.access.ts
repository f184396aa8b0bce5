import type { Executor } from '../../platform/db/index.ts';
import { AppError, type ErrorCode } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import type { ShopStatus, ShopType } from './shops.tables.ts';
import './shops.errors.ts';

/**
 * The one shop-access check every module uses (exported from `shops/index.ts`): who may act on a
 * shop's rows, and the lookup that enforces it.
 */
export type ShopRef = { id: string; owner_id: string; status: ShopStatus };

/** A seller manages only their own shop; an admin manages every shop. */
export function canManageShop(user: AuthUser | null, shop: { owner_id: string }): boolean {
  if (!user) return false;
  return user.role === 'admin' || (user.role === 'seller' && shop.owner_id === user.id);
}

/** The shop's owner (`owner`), or its owner or an admin (`manager`, the default). */
export type ShopAccess = 'manager' | 'owner';

export async function findShopRef(db: Executor, shopId: string): Promise<ShopRef | undefined> {
  return db
    .selectFrom('shops')
    .select(['id', 'owner_id', 'status'])
    .where('id', '=', shopId)
    .executeTakeFirst();
}

/**
 * Loads the shop and refuses anyone who may not act on it with `notFound` (SHOP_NOT_FOUND unless the
 * caller names the resource it guards): a seller probing other shops learns nothing.
 */
export async function assertShopAccess(
  db: Executor,
  user: AuthUser,
  shopId: string,
  options: { access?: ShopAccess; notFound?: ErrorCode } = {},
): Promise<ShopRef> {
  const shop = await findShopRef(db, shopId);
  const allowed =
    shop &&
    (options.access === 'owner'
      ? user.role === 'seller' && shop.owner_id === user.id
      : canManageShop(user, shop));
  if (!allowed) throw new AppError(options.notFound ?? 'SHOP_NOT_FOUND');
  return shop;
}

/** The shop's type (grocery, pharmacy, …), or undefined for an unknown shop. */
export async function shopTypeOf(db: Executor, shopId: string): Promise<ShopType | undefined> {
  const row = await db
    .selectFrom('shops')
    .select('type')
    .where('id', '=', shopId)
    .executeTakeFirst();
  return row?.type;
}
