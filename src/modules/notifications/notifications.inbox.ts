import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccountStates, AuthUser } from '../../platform/http/auth.ts';
import { serialCursor } from '../../platform/http/cursor.ts';
import {
  effectiveChoice,
  preferenceGroups,
  transactionalGroups,
  type ChannelChoice,
  type PreferenceGroup,
} from './notifications.kinds.ts';
import { assertRecipient } from './notifications.policy.ts';
import * as repo from './notifications.repo.ts';
import { presentNotification } from './notifications.service.ts';

export async function listInbox(
  ctx: AppContext,
  user: AuthUser,
  query: { limit: number; cursor?: string | undefined; unread?: boolean | undefined },
) {
  const beforeSeq = serialCursor.decode(query.cursor)?.[0];
  const rows = await repo.listNotifications(ctx.db, user.id, {
    limit: query.limit + 1,
    beforeSeq,
    unreadOnly: query.unread,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentNotification),
    nextCursor: rows.length > query.limit && last ? serialCursor.encode([last.seq]) : null,
  };
}

export const unreadCount = (ctx: AppContext, user: AuthUser) => repo.countUnread(ctx.db, user.id);

export async function markRead(ctx: AppContext, user: AuthUser, id: string) {
  const row = await repo.findNotification(ctx.db, id);
  assertRecipient(row, user);
  return presentNotification(await repo.markRead(ctx.db, id));
}

export async function markAllRead(ctx: AppContext, user: AuthUser) {
  return { updated: await repo.markAllRead(ctx.db, user.id) };
}

export type PreferenceView = {
  group: PreferenceGroup;
  transactional: boolean;
  channels: { inApp: boolean; email: boolean; sms: boolean };
};

export async function getPreferences(ctx: AppContext, user: AuthUser): Promise<PreferenceView[]> {
  const stored = await repo.storedPreferences(ctx.db, user.id);
  return preferenceGroups.map((group) => {
    const c = effectiveChoice(group, stored.get(group));
    return {
      group,
      transactional: transactionalGroups.includes(group),
      channels: { inApp: c.in_app, email: c.email, sms: c.sms },
    };
  });
}

export async function updatePreferences(
  ctx: AppContext,
  user: AuthUser,
  changes: Partial<
    Record<PreferenceGroup, Partial<{ inApp: boolean; email: boolean; sms: boolean }>>
  >,
) {
  const stored = await repo.storedPreferences(ctx.db, user.id);
  const next: [PreferenceGroup, ChannelChoice][] = [];
  for (const group of preferenceGroups) {
    const change = changes[group];
    if (!change) continue;
    if (transactionalGroups.includes(group) && change.inApp === false) {
      throw new AppError('TRANSACTIONAL_CHANNEL_REQUIRED', { group });
    }
    const current = effectiveChoice(group, stored.get(group));
    next.push([
      group,
      {
        in_app: change.inApp ?? current.in_app,
        email: change.email ?? current.email,
        sms: change.sms ?? current.sms,
      },
    ]);
  }
  await ctx.db.transaction().execute(async (tx) => {
    for (const [group, choice] of next) await repo.savePreference(tx, user.id, group, choice);
  });
  return getPreferences(ctx, user);
}

const TICKET_TTL_MS = 60_000;

/**
 * EventSource cannot send an Authorization header, and an access token in a URL ends up in logs
 * and history. The client trades its token for a one-use ticket valid one minute and opens the
 * stream with `?ticket=`.
 */
export async function issueStreamTicket(ctx: AppContext, user: AuthUser, states: AccountStates) {
  const ticket = randomBytes(24).toString('base64url');
  const state = await states(user.id);
  const value: TicketValue = { u: user.id, s: user.sessionId, v: state?.tokenVersion ?? 0 };
  await ctx.kv.set(`notif-ticket:${ticket}`, JSON.stringify(value), TICKET_TTL_MS);
  return { ticket, expiresIn: TICKET_TTL_MS / 1000 };
}

/** Who a ticket was issued to: user, session (token `sid`) and the account's token version then. */
type TicketValue = { u: string; s?: string | undefined; v: number };

/**
 * The stream's owner. The account is checked again here: a ticket taken before a block, deletion
 * or password change does not open a stream after it.
 */
export async function redeemStreamTicket(
  ctx: AppContext,
  ticket: string,
  states: AccountStates,
): Promise<{ userId: string; sessionId?: string | undefined }> {
  const key = `notif-ticket:${ticket}`;
  const stored = await ctx.kv.get(key);
  // setIfAbsent makes the redemption atomic: of two racing requests only one gets the stream.
  if (!stored || !(await ctx.kv.setIfAbsent(`${key}:used`, '1', TICKET_TTL_MS))) {
    throw new AppError('STREAM_TICKET_INVALID');
  }
  await ctx.kv.delete(key);
  const value = JSON.parse(stored) as TicketValue;
  const state = await states(value.u);
  if (state?.status !== 'active' || state.tokenVersion !== value.v) {
    throw new AppError('STREAM_TICKET_INVALID');
  }
  return { userId: value.u, sessionId: value.s };
}
