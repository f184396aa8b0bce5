import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type {
  SupportAuthorRole,
  SupportInbox,
  SupportThreadsTable,
  ThreadStatus,
  TranscriptLine,
} from './support.tables.ts';

export type ThreadRow = Selectable<SupportThreadsTable>;

export type NewThread = {
  customerId: string | null;
  guestHash: string | null;
  sessionId: string | null;
  inbox: SupportInbox;
  shopId: string | null;
  orderId: string | null;
  reason: string;
  subject: string;
  transcript: TranscriptLine[];
};

export async function insertThread(db: Executor, t: NewThread): Promise<ThreadRow> {
  return db
    .insertInto('support_threads')
    .values({
      customer_id: t.customerId,
      guest_token_hash: t.customerId ? null : t.guestHash,
      session_id: t.sessionId,
      inbox: t.inbox,
      shop_id: t.inbox === 'shop' ? t.shopId : null,
      order_id: t.orderId,
      reason: t.reason,
      subject: t.subject,
      transcript: JSON.stringify(t.transcript),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findThread(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('support_threads').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export type ThreadScope =
  | { kind: 'customer'; customerId: string }
  | { kind: 'shops'; shopIds: string[] }
  | { kind: 'admin' };

export async function threadPage(
  db: Executor,
  scope: ThreadScope,
  f: { status?: ThreadStatus; limit: number; after?: string },
) {
  let q = db.selectFrom('support_threads').selectAll();
  if (scope.kind === 'customer') q = q.where('customer_id', '=', scope.customerId);
  else if (scope.kind === 'shops') {
    if (scope.shopIds.length === 0) return [];
    q = q.where('inbox', '=', 'shop').where('shop_id', 'in', scope.shopIds);
  } else q = q.where('inbox', '=', 'admin');
  if (f.status) q = q.where('status', '=', f.status);
  if (f.after) {
    const after = f.after;
    q = q.where(
      sql<boolean>`(created_at, id) < (SELECT created_at, id FROM support_threads WHERE id = ${after})`,
    );
  }
  return q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export async function insertMessage(
  db: Executor,
  threadId: string,
  authorRole: SupportAuthorRole,
  authorId: string | null,
  text: string,
) {
  return db
    .insertInto('support_messages')
    .values({ thread_id: threadId, author_role: authorRole, author_id: authorId, text })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function messagesOf(db: Executor, threadIds: string[], after = 0, limit = 200) {
  if (threadIds.length === 0) return [];
  return db
    .selectFrom('support_messages')
    .selectAll()
    .where('thread_id', 'in', threadIds)
    .where('id', '>', String(after))
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The latest `limit` messages of one thread, oldest first. */
export async function latestMessages(db: Executor, threadId: string, limit: number) {
  const rows = await db
    .selectFrom('support_messages')
    .selectAll()
    .where('thread_id', '=', threadId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse();
}

export async function threadsOfSession(db: Executor, sessionId: string) {
  return db
    .selectFrom('support_threads')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('created_at')
    .execute();
}
