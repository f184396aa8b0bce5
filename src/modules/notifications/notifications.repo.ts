import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type {
  ChannelChoice,
  DeliveryChannel,
  NotificationKind,
  PreferenceGroup,
} from './notifications.kinds.ts';
import './notifications.tables.ts';

export type NotificationRow = {
  id: string;
  seq: number;
  user_id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  read_at: Date | null;
  created_at: Date;
};

export function findRecipient(db: Executor, userId: string) {
  return db
    .selectFrom('notification_recipients')
    .selectAll()
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function findShop(db: Executor, shopId: string) {
  return db
    .selectFrom('notification_shops')
    .selectAll()
    .where('id', '=', shopId)
    .executeTakeFirst();
}

/**
 * Claims the right to send one message. A new key inserts a row; a key whose earlier attempt failed
 * is taken again; a key already sent (or being sent) returns null.
 */
export async function claimDelivery(
  db: Executor,
  key: { eventId: number; channel: DeliveryChannel; recipientId: string; kind: string },
  /**
   * A claim still 'sending' after this long belongs to a worker that died mid-send (a live one
   * would have finished or recorded a failure before its job lock expired): it is taken over, so
   * the message is sent rather than lost. Sent twice only if the provider accepted it in the very
   * moment before the crash.
   */
  staleAfterMs = 30_000,
): Promise<number | null> {
  const row = await db
    .insertInto('notification_deliveries')
    .values({
      event_id: key.eventId,
      channel: key.channel,
      recipient_id: key.recipientId,
      kind: key.kind,
      error: null,
      sent_at: null,
    })
    .onConflict((oc) =>
      oc
        .constraint('notification_deliveries_once')
        .doUpdateSet({
          status: 'sending',
          attempts: sql`notification_deliveries.attempts + 1`,
          claimed_at: sql`now()`,
        })
        .where((eb) =>
          eb.or([
            eb('notification_deliveries.status', '=', 'failed'),
            eb.and([
              eb('notification_deliveries.status', '=', 'sending'),
              eb(
                'notification_deliveries.claimed_at',
                '<',
                sql<Date>`now() - make_interval(secs => ${staleAfterMs / 1000})`,
              ),
            ]),
          ]),
        ),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function finishDelivery(db: Executor, id: number, error?: string) {
  await db
    .updateTable('notification_deliveries')
    .set(
      error === undefined
        ? { status: 'sent', sent_at: new Date(), error: null }
        : { status: 'failed', error: error.slice(0, 500) },
    )
    .where('id', '=', id)
    .execute();
}

export function insertNotification(
  db: Executor,
  values: {
    user_id: string;
    kind: NotificationKind;
    title: string;
    body: string;
    link: string | null;
  },
): Promise<NotificationRow> {
  return db.insertInto('notifications').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Newest first; the cursor is the `seq` of the last item of the previous page. */
export function listNotifications(
  db: Executor,
  userId: string,
  opts: { limit: number; beforeSeq?: number | undefined; unreadOnly?: boolean },
): Promise<NotificationRow[]> {
  let q = db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('seq', 'desc')
    .limit(opts.limit);
  if (opts.beforeSeq) q = q.where('seq', '<', opts.beforeSeq);
  if (opts.unreadOnly) q = q.where('read_at', 'is', null);
  return q.execute();
}

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findNotification(db: Executor, id: string) {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markRead(db: Executor, id: string) {
  return db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, now())` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function markAllRead(db: Executor, userId: string): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function storedPreferences(
  db: Executor,
  userId: string,
): Promise<Map<PreferenceGroup, ChannelChoice>> {
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['group_name', 'in_app', 'email', 'sms'])
    .where('user_id', '=', userId)
    .execute();
  return new Map(rows.map((r) => [r.group_name, { in_app: r.in_app, email: r.email, sms: r.sms }]));
}

export async function savePreference(
  db: Executor,
  userId: string,
  group: PreferenceGroup,
  choice: ChannelChoice,
) {
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, group_name: group, ...choice })
    .onConflict((oc) =>
      oc.columns(['user_id', 'group_name']).doUpdateSet({ ...choice, updated_at: new Date() }),
    )
    .execute();
}
