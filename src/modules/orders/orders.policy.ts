import type { AuthUser } from '../../platform/http/auth.ts';
import type { ActorRole, OrderStatus } from './orders.tables.ts';

/**
 * The order state machine: for each step, who may take it. `system` is the platform itself
 * (payment captured, reservation expired, refund completed). Admins may take every human step.
 */
const steps: Record<OrderStatus, Partial<Record<OrderStatus, readonly ActorRole[]>>> = {
  pending_payment: { placed: ['system'], cancelled: ['customer', 'admin', 'system'] },
  placed: {
    accepted: ['seller', 'admin'],
    rejected: ['seller', 'admin'],
    cancelled: ['customer', 'admin', 'system'],
  },
  accepted: { packed: ['seller', 'admin'], cancelled: ['seller', 'admin'] },
  packed: { out_for_delivery: ['seller', 'admin'], cancelled: ['seller', 'admin'] },
  out_for_delivery: { delivered: ['seller', 'admin'], returned: ['seller', 'admin'] },
  delivered: { returned: ['seller', 'admin'] },
  cancelled: { refunded: ['admin', 'system'] },
  rejected: { refunded: ['admin', 'system'] },
  returned: { refunded: ['admin', 'system'] },
  refunded: {},
};

export function canMove(from: OrderStatus, to: OrderStatus, role: ActorRole): boolean {
  return steps[from][to]?.includes(role) ?? false;
}

export function nextSteps(from: OrderStatus, role: ActorRole): OrderStatus[] {
  return (Object.keys(steps[from]) as OrderStatus[]).filter((to) => canMove(from, to, role));
}

/** Statuses in which the order's goods are reserved (taken from stock, not yet with the buyer). */
export const holdsStock: readonly OrderStatus[] = [
  'pending_payment',
  'placed',
  'accepted',
  'packed',
  'out_for_delivery',
];

/** Who may see an order: its customer, the owner of its shop, admins. Everyone else gets 404. */
export function canViewOrder(
  user: AuthUser,
  order: { customer_id: string; shop_owner_id: string },
): boolean {
  return (
    user.role === 'admin' ||
    (user.role === 'customer' && order.customer_id === user.id) ||
    (user.role === 'seller' && order.shop_owner_id === user.id)
  );
}

/** The role a signed-in user acts in on this order (a seller only on their own shop's orders). */
export function actingRole(
  user: AuthUser,
  order: { customer_id: string; shop_owner_id: string },
): ActorRole | null {
  if (!canViewOrder(user, order)) return null;
  return user.role;
}

/** Statuses in which a shop gives (or changes) the rider carrying the order. */
export const riderStatuses: readonly OrderStatus[] = ['packed', 'out_for_delivery'];

/** Who may give an order's rider: the owner of its shop and admins; a customer never. */
export function canSetRider(
  user: AuthUser,
  order: { customer_id: string; shop_owner_id: string },
): boolean {
  const role = actingRole(user, order);
  return role === 'seller' || role === 'admin';
}
