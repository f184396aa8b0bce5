import type { AuthUser } from '../../platform/http/auth.ts';

type ThreadRef = { customer_id: string | null; inbox: 'shop' | 'admin'; shop_id: string | null };

/**
 * Who may read and write a support thread: its customer; the owner of the shop whose inbox it is
 * in; an admin for the admins' inbox. Anyone else gets "not found" (ids cannot be probed).
 * `ownShopIds` are the shops the caller owns (sellers only).
 */
export function canAccessThread(user: AuthUser, t: ThreadRef, ownShopIds: readonly string[]) {
  if (user.role === 'customer') return t.customer_id === user.id;
  if (user.role === 'seller')
    return t.inbox === 'shop' && t.shop_id !== null && ownShopIds.includes(t.shop_id);
  return t.inbox === 'admin';
}

/**
 * Who may answer a thread as the inbox (and get suggested replies): the owner of the shop whose
 * inbox it is in, or an admin for the admins' inbox. The thread's customer writes in it, but does
 * not answer for the inbox.
 */
export function canAnswerThread(user: AuthUser, t: ThreadRef, ownShopIds: readonly string[]) {
  return user.role !== 'customer' && canAccessThread(user, t, ownShopIds);
}

/** The side the caller answers for: the customer, or the person behind the inbox. */
export function authorRole(user: AuthUser): 'customer' | 'seller' | 'admin' {
  return user.role;
}
