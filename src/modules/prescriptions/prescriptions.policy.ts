import type { AuthUser } from '../../platform/http/auth.ts';

/**
 * A prescription is health data: only the buyer and the owner of the shop that must fill it read
 * it. Admins see an order's prescription status, never the files. Everyone else gets 404.
 */
export function canReadPrescription(
  user: AuthUser,
  order: { customer_id: string; shop_owner_id: string },
): boolean {
  return (
    (user.role === 'customer' && order.customer_id === user.id) ||
    (user.role === 'seller' && order.shop_owner_id === user.id)
  );
}

export function isBuyer(user: AuthUser, order: { customer_id: string }): boolean {
  return user.role === 'customer' && order.customer_id === user.id;
}

/** The pharmacist's side: the owner of the order's shop. */
export function isShopOwner(user: AuthUser, order: { shop_owner_id: string }): boolean {
  return user.role === 'seller' && order.shop_owner_id === user.id;
}

/** Order statuses in which a prescription can still be given and reviewed (before acceptance). */
export const openForPrescription = ['pending_payment', 'placed'] as const;
