import type { AuthUser } from '../../platform/http/auth.ts';
import { AppError } from '../../platform/errors.ts';

/**
 * A notification is its recipient's alone, admins included. Someone else's id answers 404, like an
 * unknown one, so ids cannot be probed.
 */
export function assertRecipient(
  notification: { user_id: string } | undefined,
  user: AuthUser,
): asserts notification is { user_id: string } {
  if (!notification || notification.user_id !== user.id) {
    throw new AppError('NOTIFICATION_NOT_FOUND');
  }
}
