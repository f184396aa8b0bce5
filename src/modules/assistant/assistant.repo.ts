import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { LastSearch, MessageRole, ShownProduct } from './assistant.tables.ts';
import type { AssistantAction, AssistantCard, AssistantLang } from './assistant.types.ts';

/** Who a conversation belongs to: an account, or a guest known by the hash of its token. */
export type SessionOwner = { userId: string | null; guestHash: string | null };

export const hashGuestToken = (token: string) => createHash('sha256').update(token).digest('hex');

type SessionRow = {
  id: string;
  user_id: string | null;
  guest_token_hash: string | null;
  lang: AssistantLang;
  created_at: Date;
  updated_at: Date;
};

export function ownsSession(
  owner: SessionOwner,
  row: Pick<SessionRow, 'user_id' | 'guest_token_hash'>,
) {
  if (owner.userId) return row.user_id === owner.userId;
  return (
    row.user_id === null && owner.guestHash !== null && row.guest_token_hash === owner.guestHash
  );
}

export async function createSession(db: Executor, owner: SessionOwner, lang: AssistantLang) {
  return db
    .insertInto('assistant_sessions')
    .values({
      user_id: owner.userId,
      guest_token_hash: owner.userId ? null : owner.guestHash,
      lang,
    })
    .returningAll()
    .executeTakeFirstOrThrow() as Promise<SessionRow>;
}

export async function findSession(db: Executor, id: string) {
  return db
    .selectFrom('assistant_sessions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst() as Promise<SessionRow | undefined>;
}

export async function touchSession(db: Executor, id: string, lang: AssistantLang) {
  await db
    .updateTable('assistant_sessions')
    .set({ updated_at: sql`now()`, lang })
    .where('id', '=', id)
    .execute();
}

/** A guest who signs in: their conversations (and threads) become the account's. */
export async function mergeGuestInto(db: Executor, userId: string, guestHash: string) {
  const sessions = await db
    .updateTable('assistant_sessions')
    .set({ user_id: userId, guest_token_hash: null })
    .where('guest_token_hash', '=', guestHash)
    .where('user_id', 'is', null)
    .executeTakeFirst();
  await db
    .updateTable('support_threads')
    .set({ customer_id: userId, guest_token_hash: null })
    .where('guest_token_hash', '=', guestHash)
    .where('customer_id', 'is', null)
    .execute();
  return Number(sessions.numUpdatedRows);
}

export type StoredMessage = {
  role: MessageRole;
  text: string;
  lang: AssistantLang;
  intent?: string | null;
  confidence?: number | null;
  cards?: AssistantCard[];
  actions?: AssistantAction[];
};

/** Stores messages of one turn in one statement. */
export async function addMessages(db: Executor, sessionId: string, messages: StoredMessage[]) {
  await db
    .insertInto('assistant_messages')
    .values(
      messages.map((m) => ({
        session_id: sessionId,
        role: m.role,
        text: m.text,
        lang: m.lang,
        intent: m.intent ?? null,
        confidence: m.confidence ?? null,
        cards: JSON.stringify(m.cards ?? []),
        actions: JSON.stringify(m.actions ?? []),
      })),
    )
    .execute();
}

/** The last `limit` messages, oldest first. */
export async function recentMessages(db: Executor, sessionId: string, limit = 200) {
  const rows = await db
    .selectFrom('assistant_messages')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse();
}

export type DialogueState = {
  lastProducts: ShownProduct[];
  lastSearch: LastSearch | null;
  pendingSlot: string | null;
  previousIntent: string | null;
  failures: number;
};

export async function loadState(db: Executor, sessionId: string): Promise<DialogueState> {
  const row = await db
    .selectFrom('assistant_dialogue_state')
    .selectAll()
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return {
    lastProducts: row?.last_products ?? [],
    lastSearch: row?.last_search ?? null,
    pendingSlot: row?.pending_slot ?? null,
    previousIntent: row?.previous_intent ?? null,
    failures: row?.failures ?? 0,
  };
}

export async function saveState(db: Executor, sessionId: string, s: DialogueState) {
  const values = {
    last_products: JSON.stringify(s.lastProducts.slice(0, 10)),
    last_search: JSON.stringify(s.lastSearch),
    pending_slot: s.pendingSlot,
    previous_intent: s.previousIntent,
    failures: s.failures,
  };
  await db
    .insertInto('assistant_dialogue_state')
    .values({ session_id: sessionId, ...values })
    .onConflict((oc) => oc.column('session_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
}

/** Deletes conversations untouched for `days` (messages and state go with them). */
export async function deleteOlderThan(db: Executor, days: number): Promise<number> {
  const result = await db
    .deleteFrom('assistant_sessions')
    .where('updated_at', '<', sql<Date>`now() - make_interval(days => ${days})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
