import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { normalizeText } from '../../platform/text.ts';
import { sessionThreads } from '../support/index.ts';
import * as repo from './assistant.repo.ts';
import type { AssistantActor } from './assistant.types.ts';
import { converse, type TurnResult } from './dialogue.ts';
import './assistant.errors.ts';

/** Who is talking: an account, a guest with a token, or a guest about to receive one. */
export type Caller = { user: AuthUser | null; guestToken: string | null };

const GUEST_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A well-formed guest token from a header, else null (a malformed one is simply not a token). */
export function guestTokenFrom(value: unknown): string | null {
  return typeof value === 'string' && GUEST_TOKEN.test(value) ? value : null;
}

export const newGuestToken = () => randomBytes(32).toString('base64url');

function ownerOf(caller: Caller): repo.SessionOwner {
  return {
    userId: caller.user?.id ?? null,
    guestHash: caller.guestToken ? repo.hashGuestToken(caller.guestToken) : null,
  };
}

/**
 * A signed-in caller still holding the guest token of this browser: the guest's conversations and
 * support threads become the account's (only the holder of the token can ask for this).
 */
async function mergeIfGuest(ctx: AppContext, caller: Caller) {
  if (caller.user && caller.guestToken) {
    await repo.mergeGuestInto(ctx.db, caller.user.id, repo.hashGuestToken(caller.guestToken));
  }
}

async function ownSession(ctx: AppContext, caller: Caller, id: string) {
  const row = await repo.findSession(ctx.db, id);
  if (!row || !repo.ownsSession(ownerOf(caller), row)) {
    throw new AppError('ASSISTANT_SESSION_NOT_FOUND');
  }
  return row;
}

/** The caller's conversation with its dialogue state, or a new one. */
async function conversation(ctx: AppContext, caller: Caller, sessionId: string | undefined) {
  if (!sessionId) {
    return {
      session: await repo.createSession(ctx.db, ownerOf(caller), 'bn'),
      state: repo.emptyState(),
    };
  }
  const found = await repo.findSessionWithState(ctx.db, sessionId);
  if (!found || !repo.ownsSession(ownerOf(caller), found.session)) {
    throw new AppError('ASSISTANT_SESSION_NOT_FOUND');
  }
  return found;
}

export type MessageInput = {
  sessionId?: string | undefined;
  text: string;
  lat?: number | undefined;
  lng?: number | undefined;
};

/** One message to the assistant: the reply, and the thread when a person takes over. */
export async function sendMessage(
  ctx: AppContext,
  caller: Caller,
  input: MessageInput,
): Promise<TurnResult & { sessionId: string }> {
  await mergeIfGuest(ctx, caller);
  const owner = ownerOf(caller);
  const text = normalizeText(input.text);
  const { session, state } = await conversation(ctx, caller, input.sessionId);
  const actor: AssistantActor = {
    userId: caller.user?.id ?? null,
    role: caller.user?.role ?? null,
    sessionId: session.id,
    lang: session.lang,
    location:
      input.lat !== undefined && input.lng !== undefined
        ? { lat: input.lat, lng: input.lng }
        : null,
  };
  const result = await converse(ctx, { actor, owner, sessionId: session.id, state }, text);
  const { reply } = result;
  await repo.saveTurn(ctx.db, session.id, {
    state,
    lang: reply.lang,
    messages: [
      { role: 'user', text, lang: reply.lang, intent: reply.intent, confidence: reply.confidence },
      {
        role: 'assistant',
        text: reply.text,
        lang: reply.lang,
        intent: reply.intent,
        confidence: reply.confidence,
        cards: reply.cards,
        actions: reply.actions,
      },
    ],
  });
  return { sessionId: session.id, ...result };
}

/** A conversation with its messages and the people's answers in threads it was handed to. */
export async function getSession(ctx: AppContext, caller: Caller, id: string) {
  await mergeIfGuest(ctx, caller);
  const s = await ownSession(ctx, caller, id);
  const [messages, threads] = await Promise.all([
    repo.recentMessages(ctx.db, s.id),
    sessionThreads(ctx.db, s.id),
  ]);
  return {
    id: s.id,
    lang: s.lang,
    createdAt: s.created_at.toISOString(),
    updatedAt: s.updated_at.toISOString(),
    messages: messages.map((m) => ({
      id: Number(m.id),
      role: m.role,
      text: m.text,
      lang: m.lang,
      intent: m.intent,
      confidence: m.confidence,
      cards: m.cards,
      actions: m.actions,
      createdAt: m.created_at.toISOString(),
    })),
    threads: threads.map((t) => ({
      id: t.id,
      inbox: t.inbox,
      status: t.status,
      subject: t.subject,
      createdAt: t.createdAt,
      messages: t.messages,
    })),
  };
}

/** The retention job: conversations untouched for ASSISTANT_RETENTION_DAYS go. */
export async function deleteExpiredConversations(ctx: AppContext): Promise<number> {
  const n = await repo.deleteOlderThan(ctx.db, ctx.config.ASSISTANT_RETENTION_DAYS);
  if (n > 0) ctx.logger.info({ deleted: n }, 'assistant conversations past retention deleted');
  return n;
}
