import type { AuthUser } from '../../platform/http/auth.ts';
import type { ReturnActorRole, ReturnStatus } from './returns.tables.ts';

/**
 * The return state machine: for each step, who may take it. `system` moves a checked return on
 * when the provider answers; an admin marks a manual or failed refund paid.
 */
const steps: Record<ReturnStatus, Partial<Record<ReturnStatus, readonly ReturnActorRole[]>>> = {
  requested: {
    accepted: ['seller', 'admin'],
    refused: ['seller', 'admin'],
    cancelled: ['customer'],
  },
  accepted: { picked_up: ['seller', 'admin'] },
  picked_up: { checked: ['seller', 'admin'] },
  checked: { refunded: ['system'], refund_manual: ['system'], refund_failed: ['system'] },
  refund_manual: { refunded: ['admin'] },
  refund_failed: { refunded: ['admin'] },
  refused: {},
  cancelled: {},
  refunded: {},
};

export function canMoveReturn(from: ReturnStatus, to: ReturnStatus, role: ReturnActorRole) {
  return steps[from][to]?.includes(role) ?? false;
}

/** Whether the role may take a step to `to` from any state (else 403 rather than 409). */
export function roleMayReach(to: ReturnStatus, role: ReturnActorRole) {
  return Object.values(steps).some((s) => s[to]?.includes(role));
}

export function nextReturnSteps(from: ReturnStatus, role: ReturnActorRole): ReturnStatus[] {
  return (Object.keys(steps[from]) as ReturnStatus[]).filter((to) => canMoveReturn(from, to, role));
}

/** Returns counted against what was delivered (refused and cancelled ones give the quantity back). */
export const liveStatuses: readonly ReturnStatus[] = [
  'requested',
  'accepted',
  'picked_up',
  'checked',
  'refunded',
  'refund_manual',
  'refund_failed',
];
/** Returns whose goods came back (checked and after). */
export const checkedStatuses: readonly ReturnStatus[] = [
  'checked',
  'refunded',
  'refund_manual',
  'refund_failed',
];

/**
 * The role a user acts in on a return: its customer, the owner of its shop, an admin. Anyone else
 * null (answered 404, so ids cannot be probed).
 */
export function returnRole(
  user: AuthUser,
  r: { customer_id: string; shop_owner_id: string },
): ReturnActorRole | null {
  if (user.role === 'admin') return 'admin';
  if (user.role === 'customer' && r.customer_id === user.id) return 'customer';
  if (user.role === 'seller' && r.shop_owner_id === user.id) return 'seller';
  return null;
}
