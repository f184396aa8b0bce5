import { createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';

/** Quiet hours when the customer set none: 22:00 to 08:00, Asia/Dhaka. */
export const DEFAULT_QUIET = { from: 22 * 60, to: 8 * 60 };

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export async function getReminderSettings(db: Executor, userId: string) {
  const row = await db
    .selectFrom('bag_reminder_settings')
    .select(['opted_out_at', 'quiet_from', 'quiet_to'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return {
    enabled: !row?.opted_out_at,
    quietHours: {
      from: hhmm(row?.quiet_from ?? DEFAULT_QUIET.from),
      to: hhmm(row?.quiet_to ?? DEFAULT_QUIET.to),
    },
  };
}

export type ReminderSettingsInput = {
  enabled?: boolean | undefined;
  quietHours?: { from: string; to: string } | undefined;
};

export async function putReminderSettings(
  db: Executor,
  userId: string,
  input: ReminderSettingsInput,
) {
  const current = await getReminderSettings(db, userId);
  const enabled = input.enabled ?? current.enabled;
  const quiet = input.quietHours ?? current.quietHours;
  const values = {
    opted_out_at: enabled ? null : new Date(),
    quiet_from: minutes(quiet.from),
    quiet_to: minutes(quiet.to),
  };
  await db
    .insertInto('bag_reminder_settings')
    .values({ user_id: userId, ...values })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        // Keep when they first opted out.
        opted_out_at: enabled ? null : sql`coalesce(bag_reminder_settings.opted_out_at, now())`,
        quiet_from: values.quiet_from,
        quiet_to: values.quiet_to,
        updated_at: sql`now()`,
      }),
    )
    .execute();
  return getReminderSettings(db, userId);
}

/**
 * The opt-out link's token: the user id and an HMAC of it under the server's signing key, so
 * the link works without signing in and cannot be made for someone else.
 */
function mac(ctx: Pick<AppContext, 'jwtSecret'>, userId: string) {
  return createHmac('sha256', ctx.jwtSecret)
    .update(`bag-reminder-opt-out:${userId}`)
    .digest('base64url');
}

export function optOutToken(ctx: Pick<AppContext, 'jwtSecret'>, userId: string): string {
  return `${userId}.${mac(ctx, userId)}`;
}

/** Opts out the token's owner (idempotent: a second click changes nothing). */
export async function optOutByToken(ctx: Pick<AppContext, 'jwtSecret' | 'db'>, token: string) {
  const [userId, given] = token.split('.');
  const ok =
    userId !== undefined &&
    given !== undefined &&
    /^[0-9a-f-]{36}$/.test(userId) &&
    safeEqual(given, mac(ctx, userId));
  if (!ok) throw new AppError('BAG_REMINDER_LINK_INVALID');
  const user = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw new AppError('BAG_REMINDER_LINK_INVALID');
  await putReminderSettings(ctx.db, userId, { enabled: false });
}

function safeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A customer's bag-reminder settings and the last reminder sent, for their data export. */
export async function bagRemindersForExport(db: Executor, userId: string) {
  const sent = await db
    .selectFrom('bag_reminders')
    .select('sent_at')
    .where('customer_id', '=', userId)
    .executeTakeFirst();
  return {
    ...(await getReminderSettings(db, userId)),
    lastSentAt: sent?.sent_at.toISOString() ?? null,
  };
}
