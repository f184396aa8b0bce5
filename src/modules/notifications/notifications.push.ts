import type { AppContext } from '../../platform/context.ts';
import {
  defaultPushHosts,
  generateVapidKeys,
  sendPush,
  type PushPayload,
  type PushSubscription,
  type VapidKeys,
} from '../../platform/messaging/webpush.ts';
import './notifications.tables.ts';

/** A user keeps at most this many browsers subscribed; a new one replaces the oldest. */
export const MAX_PUSH_DEVICES = 10;

const keysByContext = new WeakMap<AppContext, Promise<VapidKeys>>();

/**
 * The VAPID key pair: from the configuration when set, else the one in the database, made at the
 * first call (two processes starting together agree: the insert that loses the race reads the
 * winner's row).
 */
export function vapidKeys(ctx: AppContext): Promise<VapidKeys> {
  let keys = keysByContext.get(ctx);
  if (!keys) {
    keys = loadVapidKeys(ctx);
    keys.catch(() => keysByContext.delete(ctx));
    keysByContext.set(ctx, keys);
  }
  return keys;
}

async function loadVapidKeys(ctx: AppContext): Promise<VapidKeys> {
  const subject = ctx.config.VAPID_SUBJECT;
  if (ctx.config.VAPID_PUBLIC_KEY && ctx.config.VAPID_PRIVATE_KEY)
    return {
      publicKey: ctx.config.VAPID_PUBLIC_KEY,
      privateKey: ctx.config.VAPID_PRIVATE_KEY,
      subject,
    };
  const fresh = generateVapidKeys();
  await ctx.db
    .insertInto('push_vapid_keys')
    .values({ public_key: fresh.publicKey, private_key: fresh.privateKey })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await ctx.db
    .selectFrom('push_vapid_keys')
    .select(['public_key', 'private_key'])
    .executeTakeFirstOrThrow();
  return { publicKey: row.public_key, privateKey: row.private_key, subject };
}

export function pushHosts(ctx: AppContext) {
  return [...defaultPushHosts, ...ctx.config.PUSH_ENDPOINT_HOSTS];
}

/** Plain http is for a push service on this machine (a sandbox), never in production. */
export function pushAllowsHttp(ctx: AppContext) {
  return ctx.config.NODE_ENV !== 'production';
}

/** Saves (or moves to this user) one browser's subscription; the oldest beyond the limit go. */
export async function saveSubscription(
  ctx: AppContext,
  userId: string,
  sub: PushSubscription,
  userAgent: string | null,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('push_subscriptions')
      .values({
        user_id: userId,
        endpoint: sub.endpoint,
        p256dh: sub.keys.p256dh,
        auth: sub.keys.auth,
        user_agent: userAgent?.slice(0, 300) ?? null,
      })
      .onConflict((oc) =>
        oc.column('endpoint').doUpdateSet((eb) => ({
          user_id: eb.ref('excluded.user_id'),
          p256dh: eb.ref('excluded.p256dh'),
          auth: eb.ref('excluded.auth'),
          user_agent: eb.ref('excluded.user_agent'),
          created_at: new Date(),
        })),
      )
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    const keep = tx
      .selectFrom('push_subscriptions')
      .select('id')
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .limit(MAX_PUSH_DEVICES);
    await tx
      .deleteFrom('push_subscriptions')
      .where('user_id', '=', userId)
      .where('id', 'not in', keep)
      .execute();
    return row;
  });
}

export async function removeSubscription(ctx: AppContext, userId: string, endpoint: string) {
  const gone = await ctx.db
    .deleteFrom('push_subscriptions')
    .where('user_id', '=', userId)
    .where('endpoint', '=', endpoint)
    .executeTakeFirst();
  return Number(gone.numDeletedRows) > 0;
}

export function listSubscriptions(ctx: AppContext, userId: string) {
  return ctx.db
    .selectFrom('push_subscriptions')
    .select(['id', 'endpoint', 'user_agent', 'created_at', 'last_sent_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function hasSubscriptions(ctx: AppContext, userId: string) {
  const row = await ctx.db
    .selectFrom('push_subscriptions')
    .select('id')
    .where('user_id', '=', userId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Sends one notice to every browser of the user. A browser that unsubscribed (404/410) is
 * forgotten; if no browser took the message and one failed, the failure is thrown so the job is
 * retried (the delivery claim makes the retry send push only).
 */
export async function pushToUser(ctx: AppContext, userId: string, payload: PushPayload) {
  const subs = await ctx.db
    .selectFrom('push_subscriptions')
    .select(['id', 'endpoint', 'p256dh', 'auth'])
    .where('user_id', '=', userId)
    .execute();
  if (subs.length === 0) return 0;
  const keys = await vapidKeys(ctx);
  const options = { hosts: pushHosts(ctx), allowHttp: pushAllowsHttp(ctx) };
  let sent = 0;
  let failure: unknown = null;
  for (const sub of subs) {
    try {
      const outcome = await sendPush(
        { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
        payload,
        keys,
        options,
      );
      if (outcome === 'gone') {
        await ctx.db.deleteFrom('push_subscriptions').where('id', '=', sub.id).execute();
        continue;
      }
      sent += 1;
      await ctx.db
        .updateTable('push_subscriptions')
        .set({ last_sent_at: new Date() })
        .where('id', '=', sub.id)
        .execute();
    } catch (err) {
      ctx.logger.warn({ err, subscriptionId: sub.id }, 'push not delivered');
      failure = err;
    }
  }
  if (sent === 0 && failure) throw failure;
  return sent;
}
