import type { AuthUser } from '../../platform/http/auth.ts';

export type ShopRef = { id: string; owner_id: string; status: string };
export type ProductVisibility = {
  status: string;
  hidden_at: Date | null;
  shop: ShopRef;
};

/** Sellers manage their own shop's catalog; admins manage every shop's. */
export function canManageShop(user: AuthUser | null, shop: ShopRef): boolean {
  if (!user) return false;
  return user.role === 'admin' || (user.role === 'seller' && shop.owner_id === user.id);
}

/** Anyone sees an active, not hidden product of an approved shop; the owner and admins see all. */
export function canViewProduct(user: AuthUser | null, product: ProductVisibility): boolean {
  if (canManageShop(user, product.shop)) return true;
  return product.status === 'active' && !product.hidden_at && product.shop.status === 'approved';
}
