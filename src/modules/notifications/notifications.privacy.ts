import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { getPreferences } from './notifications.inbox.ts';
import { listSubscriptions } from './notifications.push.ts';
import { presentNotification } from './notifications.service.ts';
import type { NotificationRow } from './notifications.repo.ts';

/** Everything notifications holds about one user, for their data export. */
export async function notificationsForExport(ctx: AppContext, userId: string) {
  const rows = (await ctx.db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('seq', 'desc')
    .execute()) as NotificationRow[];
  return {
    preferences: await getPreferences(ctx, { id: userId, role: 'customer' }),
    notifications: rows.map(presentNotification),
    pushSubscriptions: (await listSubscriptions(ctx, userId)).map((s) => ({
      service: new URL(s.endpoint).hostname,
      userAgent: s.user_agent,
      createdAt: s.created_at.toISOString(),
    })),
  };
}

/**
 * A deleted account: its in-app notifications (which quote orders, names and places) and its
 * channel choices and the browsers it allowed to show notifications go. Delivery records stay (kind and time only) as the log of what was sent.
 */
export async function forgetRecipient(tx: Executor, userId: string) {
  await tx.deleteFrom('notifications').where('user_id', '=', userId).execute();
  await tx.deleteFrom('notification_preferences').where('user_id', '=', userId).execute();
  await tx.deleteFrom('push_subscriptions').where('user_id', '=', userId).execute();
}
