import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';

/**
 * A customer reviews only items of their own orders (anyone else's item answers 404, so item ids
 * cannot be probed), and only once the order is delivered.
 */
export function assertMayReview(
  user: AuthUser,
  item: { customer_id: string; status: string } | undefined,
): asserts item is NonNullable<typeof item> {
  if (!item || item.customer_id !== user.id) throw new AppError('ORDER_ITEM_NOT_FOUND');
  if (item.status !== 'delivered') {
    throw new AppError('REVIEW_NOT_ALLOWED', { status: item.status });
  }
}

/** A customer lists the reviews of their own orders only; another's order answers 404. */
export function assertOrderOwner(user: AuthUser, order: { customer_id: string } | undefined) {
  if (!order || order.customer_id !== user.id) throw new AppError('ORDER_NOT_FOUND');
}

/** Only the author adds photos; others get 404 like for a missing review. */
export function assertAuthor(user: AuthUser, review: { customer_id: string } | undefined) {
  if (!review || review.customer_id !== user.id) throw new AppError('REVIEW_NOT_FOUND');
}
