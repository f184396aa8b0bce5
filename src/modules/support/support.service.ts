import { sql } from 'kysely';
import type { Db, Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { idCursor } from '../../platform/http/cursor.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { normalizeText } from '../../platform/text.ts';
import { getOrder } from '../orders/index.ts';
import { getShop, shopsOwnedBy } from '../shops/index.ts';
import { authorRole, canAccessThread, canAnswerThread } from './support.policy.ts';
import * as repo from './support.repo.ts';
import type { ThreadStatus } from './support.tables.ts';
import './support.errors.ts';

export const SUPPORT_ANSWERED = 'support.answered';

export function presentThread(t: repo.ThreadRow) {
  return {
    id: t.id,
    inbox: t.inbox,
    shopId: t.shop_id,
    orderId: t.order_id,
    status: t.status,
    reason: t.reason,
    subject: t.subject,
    customerId: t.customer_id,
    sessionId: t.session_id,
    transcript: t.transcript,
    firstResponseAt: t.first_response_at?.toISOString() ?? null,
    firstResponseSeconds: t.first_response_seconds,
    lastMessageAt: t.last_message_at.toISOString(),
    createdAt: t.created_at.toISOString(),
  };
}
export type SupportThread = ReturnType<typeof presentThread>;

export function presentMessage(m: {
  id: string;
  author_role: 'customer' | 'seller' | 'admin' | 'assistant';
  text: string;
  created_at: Date;
}) {
  return {
    id: Number(m.id),
    authorRole: m.author_role,
    text: m.text,
    createdAt: m.created_at.toISOString(),
  };
}
export type SupportMessage = ReturnType<typeof presentMessage>;

async function ownShopIds(db: Executor, user: AuthUser): Promise<string[]> {
  if (user.role !== 'seller') return [];
  return (await shopsOwnedBy(db, user.id)).map((s) => s.id);
}

/** The thread if `user` may see it; anyone else's is "not found". */
async function accessibleThread(db: Executor, user: AuthUser, id: string, lock = false) {
  const t = await repo.findThread(db, id, lock);
  if (!t || !canAccessThread(user, t, await ownShopIds(db, user))) {
    throw new AppError('THREAD_NOT_FOUND');
  }
  return t;
}

/** The thread if `user` answers for its inbox (shop owner, admin); anyone else's is "not found". */
export async function answerableThread(db: Executor, user: AuthUser, id: string) {
  const t = await repo.findThread(db, id);
  if (!t || !canAnswerThread(user, t, await ownShopIds(db, user))) {
    throw new AppError('THREAD_NOT_FOUND');
  }
  return t;
}

/**
 * A thread the assistant opens when it hands over, with the conversation so far and the
 * customer's last words as its first message. Written in the caller's transaction.
 */
export async function openHandoffThread(
  db: Executor,
  input: repo.NewThread & { firstMessage: string },
) {
  const t = await repo.insertThread(db, input);
  await repo.insertMessage(
    db,
    t.id,
    'customer',
    input.customerId,
    input.firstMessage.slice(0, 4000),
  );
  return presentThread(t);
}

/** A customer asks a person directly: about an order (its shop), a shop, or Haat itself. */
export async function createThread(
  db: Db,
  user: AuthUser,
  body: {
    subject: string;
    text: string;
    orderId?: string | undefined;
    shopId?: string | undefined;
  },
) {
  let shopId: string | null = null;
  let orderId: string | null = null;
  if (body.orderId) {
    const order = await getOrder(db, user, body.orderId);
    shopId = order.shopId;
    orderId = order.id;
  } else if (body.shopId) {
    shopId = (await getShop(db, user, body.shopId)).id;
  }
  return db.transaction().execute(async (tx) =>
    openHandoffThread(tx, {
      customerId: user.id,
      guestHash: null,
      sessionId: null,
      inbox: shopId ? 'shop' : 'admin',
      shopId,
      orderId,
      reason: 'manual',
      subject: normalizeText(body.subject),
      transcript: [],
      firstMessage: normalizeText(body.text),
    }),
  );
}

/** The caller's threads: a customer's own, a seller's shops' inbox, the admins' inbox. */
export async function listThreads(
  db: Executor,
  user: AuthUser,
  q: { status?: ThreadStatus | undefined; limit: number; cursor?: string | undefined },
) {
  const after = idCursor.decode(q.cursor)?.[0];
  const scope: repo.ThreadScope =
    user.role === 'customer'
      ? { kind: 'customer', customerId: user.id }
      : user.role === 'seller'
        ? { kind: 'shops', shopIds: await ownShopIds(db, user) }
        : { kind: 'admin' };
  const rows = await repo.threadPage(db, scope, { status: q.status, limit: q.limit, after });
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(presentThread),
    nextCursor: rows.length > q.limit && last ? idCursor.encode([last.id]) : null,
  };
}

export async function threadMessages(
  db: Executor,
  user: AuthUser,
  id: string,
  q: { after?: number | undefined; limit: number },
) {
  await accessibleThread(db, user, id);
  const rows = await repo.messagesOf(db, [id], q.after ?? 0, q.limit);
  return { items: rows.map(presentMessage) };
}

/**
 * A message in a thread. The person behind the inbox answering marks it answered, records the
 * first response time once, and the customer is notified (outbox, same transaction).
 */
export async function postMessage(
  db: Db,
  user: AuthUser,
  id: string,
  body: { text: string; close?: boolean | undefined },
) {
  return db.transaction().execute(async (tx) => {
    const t = await accessibleThread(tx, user, id, true);
    if (t.status === 'closed') throw new AppError('THREAD_CLOSED');
    const role = authorRole(user);
    const m = await repo.insertMessage(tx, id, role, user.id, normalizeText(body.text));
    const answering = role !== 'customer';
    const status: ThreadStatus = body.close ? 'closed' : answering ? 'answered' : 'open';
    await tx
      .updateTable('support_threads')
      .set({
        status,
        last_message_at: sql`now()`,
        updated_at: sql`now()`,
        ...(answering && t.first_response_at === null
          ? {
              first_response_at: sql`now()`,
              first_response_seconds: sql`GREATEST(0, EXTRACT(EPOCH FROM now() - created_at))::int`,
            }
          : {}),
      })
      .where('id', '=', id)
      .execute();
    if (answering && t.customer_id) {
      await emitEvent(tx, SUPPORT_ANSWERED, {
        threadId: id,
        customerId: t.customer_id,
        subject: t.subject,
      });
    }
    return presentMessage(m);
  });
}

/** Threads the assistant opened from one conversation, with their messages (the chat shows them). */
export async function sessionThreads(db: Executor, sessionId: string) {
  const threads = await repo.threadsOfSession(db, sessionId);
  const messages = await repo.messagesOf(
    db,
    threads.map((t) => t.id),
  );
  return threads.map((t) => ({
    ...presentThread(t),
    messages: messages.filter((m) => m.thread_id === t.id).map(presentMessage),
  }));
}
