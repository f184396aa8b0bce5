import type { AppContext } from '../../platform/context.ts';
import { publicUrl } from '../../platform/config.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { MailMessage } from '../../platform/messaging/mailer.ts';
import {
  effectiveChoice,
  groupOf,
  type ChannelChoice,
  type DeliveryChannel,
  type NotificationKind,
} from './notifications.kinds.ts';
import { liveBus } from './notifications.live.ts';
import { hasSubscriptions, pushToUser } from './notifications.push.ts';
import * as repo from './notifications.repo.ts';
import { render, type Rendered, type TemplateData } from './notifications.templates.ts';

export function baseUrl(ctx: AppContext): string {
  return publicUrl(ctx.config);
}

/**
 * Kinds pushed to the browsers a user allowed: what happens to their orders, payments and shops
 * (a seller's new order included); not stock reports, account notices or marketing.
 */
const PUSH_GROUPS = new Set<string>(['orders', 'payments', 'shop']);

/** One message for one user, caused by one outbox event. */
export type Notice<K extends NotificationKind = NotificationKind> = {
  userId: string;
  kind: K;
  data: TemplateData[K];
  /** Only these channels (default: every channel the template has and the user allows). */
  channels?: readonly DeliveryChannel[];
};

async function channelChoice(ctx: AppContext, userId: string, kind: NotificationKind) {
  const group = groupOf[kind];
  // Security messages (codes, links) are not a preference: they go where the user asked.
  if (group === 'security') return { in_app: true, email: true, sms: true } as ChannelChoice;
  const stored = await repo.storedPreferences(ctx.db, userId);
  return effectiveChoice(group, stored.get(group));
}

/**
 * Sends one notice on every channel the template has, the user allows and the user can receive
 * (an address, a number). Each (event, channel, recipient) is claimed in notification_deliveries
 * first, so running the same event twice sends each message once. A failed channel is recorded and
 * rethrown after the others were tried: the job is retried and only the failed channel goes again.
 */
export async function deliver(ctx: AppContext, eventId: number, notice: Notice): Promise<void> {
  const user = await repo.findRecipient(ctx.db, notice.userId);
  if (!user || user.disabled_at) return;
  const choice = await channelChoice(ctx, user.id, notice.kind);
  const rendered = render(
    notice.kind,
    user.locale,
    { ...notice.data, name: user.name } as never,
    baseUrl(ctx),
  );
  const key = (channel: DeliveryChannel) => ({
    eventId,
    channel,
    recipientId: user.id,
    kind: notice.kind,
  });
  const failures: unknown[] = [];
  const allowed = (channel: DeliveryChannel) =>
    !notice.channels || notice.channels.includes(channel);

  if (rendered.inApp && choice.in_app && allowed('in_app')) {
    const inApp = rendered.inApp;
    const created = await ctx.db.transaction().execute(async (tx) => {
      const claim = await repo.claimDelivery(tx, key('in_app'));
      if (!claim) return null;
      const row = await repo.insertNotification(tx, {
        user_id: user.id,
        kind: notice.kind,
        ...inApp,
      });
      await repo.finishDelivery(tx, claim);
      return row;
    });
    if (created) await publishLive(ctx, created);
  }

  const card = rendered.inApp;
  const push =
    card && PUSH_GROUPS.has(groupOf[notice.kind]) && (await hasSubscriptions(ctx, user.id))
      ? () =>
          pushToUser(ctx, user.id, {
            title: card.title,
            body: card.body,
            url: card.link,
            tag: card.link ?? notice.kind,
          }).then(() => undefined)
      : null;
  const sends: [DeliveryChannel, (() => Promise<void>) | null][] = [
    [
      'email',
      rendered.email && choice.email && user.email
        ? () => ctx.mailer.send({ to: user.email!, ...rendered.email! })
        : null,
    ],
    [
      'sms',
      rendered.sms && choice.sms && user.phone
        ? () => ctx.sms.send({ to: user.phone!, body: rendered.sms! })
        : null,
    ],
    ['push', push],
  ];
  for (const [channel, send] of sends) {
    if (!send || !allowed(channel)) continue;
    const claim = await repo.claimDelivery(ctx.db, key(channel), ctx.config.JOB_LOCK_MS);
    if (!claim) continue;
    try {
      await send();
      await repo.finishDelivery(ctx.db, claim);
    } catch (err) {
      await repo.finishDelivery(ctx.db, claim, err instanceof Error ? err.message : String(err));
      failures.push(err);
    }
  }
  if (failures.length > 0) throw failures[0];
}

async function publishLive(ctx: AppContext, row: repo.NotificationRow) {
  await liveBus(ctx)
    .publish(row.user_id, presentNotification(row))
    .catch((err: unknown) => ctx.logger.warn({ err }, 'live notification not published'));
}

export function presentNotification(row: repo.NotificationRow) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    read: row.read_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Renders a security message (OTP, verification or reset link) for sending right away, outside the
 * outbox: the code or link then never rests in clear in outbox_events or a job payload.
 */
export type SecurityKind =
  | 'phone_otp'
  | 'password_reset'
  | 'email_verification'
  | 'registration_code'
  | 'registration_attempt'
  | 'account_unlock';

export function renderSecurityMessage<K extends SecurityKind>(
  kind: K,
  locale: Locale,
  data: TemplateData[K] & { name: string },
): Rendered {
  return render(kind, locale, data as never, '');
}

export function securityMail<K extends Exclude<SecurityKind, 'phone_otp'>>(
  kind: K,
  locale: Locale,
  to: string,
  data: TemplateData[K] & { name: string },
): MailMessage {
  const email = renderSecurityMessage(kind, locale, data).email;
  if (!email) throw new Error(`${kind} has no email template`);
  return { to, ...email };
}

export function securitySms<K extends Exclude<SecurityKind, 'email_verification'>>(
  kind: K,
  locale: Locale,
  data: TemplateData[K] & { name: string },
): string {
  const sms = renderSecurityMessage(kind, locale, data).sms;
  if (!sms) throw new Error(`${kind} has no SMS template`);
  return sms;
}
