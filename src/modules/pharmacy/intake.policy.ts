import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { assertShopAccess, shopTypeOf, type ShopRef } from '../shops/index.ts';

/**
 * Stocking from a list is the shop owner's own work: anyone else (other sellers, admins) gets
 * SHOP_NOT_FOUND, as for every other shop-owned resource, so shop ids cannot be probed. A shop
 * that is not a pharmacy is refused with SHOP_NOT_PHARMACY.
 */
export async function assertPharmacyOwner(
  db: Executor,
  user: AuthUser,
  shopId: string,
): Promise<ShopRef> {
  const shop = await assertShopAccess(db, user, shopId, { access: 'owner' });
  if ((await shopTypeOf(db, shopId)) !== 'pharmacy') throw new AppError('SHOP_NOT_PHARMACY');
  return shop;
}
