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

function messageRows(sessionId: string, messages: StoredMessage[]) {
  return messages.map((m) => ({
    session_id: sessionId,
    role: m.role,
    text: m.text,
    lang: m.lang,
    intent: m.intent ?? null,
    confidence: m.confidence ?? null,
    cards: JSON.stringify(m.cards ?? []),
    actions: JSON.stringify(m.actions ?? []),
  }));
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

export const emptyState = (): DialogueState => ({
  lastProducts: [],
  lastSearch: null,
  pendingSlot: null,
  previousIntent: null,
  failures: 0,
});

/** A conversation with its dialogue state, in one query. */
export async function findSessionWithState(
  db: Executor,
  id: string,
): Promise<{ session: SessionRow; state: DialogueState } | undefined> {
  const row = await db
    .selectFrom('assistant_sessions as s')
    .leftJoin('assistant_dialogue_state as d', 'd.session_id', 's.id')
    .selectAll('s')
    .select([
      'd.last_products',
      'd.last_search',
      'd.pending_slot',
      'd.previous_intent',
      'd.failures',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { last_products, last_search, pending_slot, previous_intent, failures, ...session } = row;
  return {
    session: session as SessionRow,
    state: {
      lastProducts: last_products ?? [],
      lastSearch: last_search ?? null,
      pendingSlot: pending_slot ?? null,
      previousIntent: previous_intent ?? null,
      failures: failures ?? 0,
    },
  };
}

/**
 * Everything one turn writes, in one statement (one commit): the dialogue state, the messages, and
 * the conversation's last activity and language.
 */
export async function saveTurn(
  db: Executor,
  sessionId: string,
  turn: { state: DialogueState; messages: StoredMessage[]; lang: AssistantLang },
) {
  const { state: s } = turn;
  const values = {
    last_products: JSON.stringify(s.lastProducts.slice(0, 10)),
    last_search: JSON.stringify(s.lastSearch),
    pending_slot: s.pendingSlot,
    previous_intent: s.previousIntent,
    failures: s.failures,
  };
  await db
    .with('state', (q) =>
      q
        .insertInto('assistant_dialogue_state')
        .values({ session_id: sessionId, ...values })
        .onConflict((oc) =>
          oc.column('session_id').doUpdateSet({ ...values, updated_at: sql`now()` }),
        )
        .returning('session_id'),
    )
    .with('messages', (q) =>
      q
        .insertInto('assistant_messages')
        .values(messageRows(sessionId, turn.messages))
        .returning('id'),
    )
    .updateTable('assistant_sessions')
    .set({ updated_at: sql`now()`, lang: turn.lang })
    .where('id', '=', sessionId)
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
