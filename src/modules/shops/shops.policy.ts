import type { AuthUser } from '../../platform/http/auth.ts';
import { canManageShop } from './shops.access.ts';
import type { ShopStatus } from './shops.tables.ts';

type ShopAccess = { owner_id: string; status: ShopStatus };

/** Approved shops are public; the owner and admins see a shop in any status. */
export function canViewShop(user: AuthUser | null, shop: ShopAccess): boolean {
  if (shop.status === 'approved') return true;
  if (!user) return false;
  return user.role === 'admin' || shop.owner_id === user.id;
}

/** A seller edits only their own shop; an admin edits any. */
export function canEditShop(user: AuthUser, shop: ShopAccess): boolean {
  return canManageShop(user, shop);
}

export function canCreateShop(user: AuthUser): boolean {
  return user.role === 'seller';
}
