import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/index.ts';

/** A period of time: [from, to). */
export type Window = { from: Date; to: Date };

/**
 * Aggregates over the assistant's conversations and hand-overs, all counted in PostgreSQL (no row
 * is read into the process). Counts come back from PostgreSQL as bigint text; they are numbers here.
 */

/** User messages in the window: how many, in how many conversations, how many below `lowBelow`. */
export async function messageTotals(db: Executor, w: Window, lowBelow: number) {
  const row = await db
    .selectFrom('assistant_messages')
    .where('role', '=', 'user')
    .where('created_at', '>=', w.from)
    .where('created_at', '<', w.to)
    .select((eb) => [
      eb.fn.countAll<string>().as('messages'),
      sql<string>`count(DISTINCT session_id)`.as('conversations'),
      sql<string>`count(*) FILTER (WHERE confidence < ${lowBelow})`.as('low'),
    ])
    .executeTakeFirstOrThrow();
  return {
    messages: Number(row.messages),
    conversations: Number(row.conversations),
    lowConfidence: Number(row.low),
  };
}

/** User messages in the window by intent, most frequent first, with the mean confidence. */
export async function intentCounts(db: Executor, w: Window) {
  const rows = await db
    .selectFrom('assistant_messages')
    .where('role', '=', 'user')
    .where('created_at', '>=', w.from)
    .where('created_at', '<', w.to)
    .select([
      sql<string>`coalesce(intent, 'unknown')`.as('intent'),
      sql<string>`count(*)`.as('count'),
      sql<number | null>`avg(confidence)::float8`.as('avg_confidence'),
    ])
    .groupBy(sql`coalesce(intent, 'unknown')`)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(sql`coalesce(intent, 'unknown')`)
    .execute();
  return rows.map((r) => ({
    intent: r.intent,
    count: Number(r.count),
    avgConfidence: r.avg_confidence === null ? null : Number(r.avg_confidence),
  }));
}

/** User messages in the window by the language they were answered in. */
export async function langCounts(db: Executor, w: Window) {
  const rows = await db
    .selectFrom('assistant_messages')
    .where('role', '=', 'user')
    .where('created_at', '>=', w.from)
    .where('created_at', '<', w.to)
    .select(['lang', sql<string>`count(*)`.as('count')])
    .groupBy('lang')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('lang')
    .execute();
  return rows.map((r) => ({ lang: r.lang, count: Number(r.count) }));
}

/** Support threads the assistant opened in the window (threads asked for directly have no session). */
function handoffThreads(db: Executor, w: Window) {
  return db
    .selectFrom('support_threads')
    .where('session_id', 'is not', null)
    .where('created_at', '>=', w.from)
    .where('created_at', '<', w.to);
}

/**
 * Hand-overs in the window, and how many of the window's conversations (those with a user message
 * in it) had at least one.
 */
export async function handoffTotals(db: Executor, w: Window) {
  const row = await handoffThreads(db, w)
    .select((eb) => [
      eb.fn.countAll<string>().as('handoffs'),
      sql<string>`count(DISTINCT session_id) FILTER (WHERE EXISTS (
        SELECT 1 FROM assistant_messages m
        WHERE m.session_id = support_threads.session_id AND m.role = 'user'
          AND m.created_at >= ${w.from} AND m.created_at < ${w.to}))`.as('sessions'),
    ])
    .executeTakeFirstOrThrow();
  return { handoffs: Number(row.handoffs), sessions: Number(row.sessions) };
}

export async function handoffReasons(db: Executor, w: Window) {
  const rows = await handoffThreads(db, w)
    .select(['reason', sql<string>`count(*)`.as('count')])
    .groupBy('reason')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('reason')
    .execute();
  return rows.map((r) => ({ reason: r.reason, count: Number(r.count) }));
}

export async function handoffInboxes(db: Executor, w: Window) {
  const rows = await handoffThreads(db, w)
    .select(['inbox', sql<string>`count(*)`.as('count')])
    .groupBy('inbox')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('inbox')
    .execute();
  return rows.map((r) => ({ inbox: r.inbox, count: Number(r.count) }));
}

/** Questions the assistant could not answer that admins have not dismissed yet (any age). */
export async function openUnanswered(db: Executor) {
  const row = await db
    .selectFrom('kb_unanswered')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
