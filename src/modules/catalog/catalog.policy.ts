import type { AuthUser } from '../../platform/http/auth.ts';
import { canManageShop, type ShopRef } from '../shops/index.ts';

export type ProductVisibility = {
  status: string;
  hidden_at: Date | null;
  shop: ShopRef;
};

/** Sellers manage their own shop's catalog, admins every shop's: the shops module's one check. */
/** Anyone sees an active, not hidden product of an approved shop; the owner and admins see all. */
export function canViewProduct(user: AuthUser | null, product: ProductVisibility): boolean {
  if (canManageShop(user, product.shop)) return true;
  return product.status === 'active' && !product.hidden_at && product.shop.status === 'approved';
}
