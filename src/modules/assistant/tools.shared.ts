import { AppError, errorMessage } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import type { AssistantActor, ToolResult } from './assistant.types.ts';

/** The identity services see: a signed-in account, or nobody (a guest). */
export function authUserOf(actor: AssistantActor): AuthUser | null {
  return actor.userId && actor.role ? { id: actor.userId, role: actor.role } : null;
}

/** Only a customer has a bag and orders; sellers and admins act on their own consoles. */
export function customerOf(actor: AssistantActor): AuthUser | null {
  const user = authUserOf(actor);
  return user?.role === 'customer' ? user : null;
}

export const fail = (code: string, lang: AssistantActor['lang']): ToolResult => ({
  ok: false,
  code,
  message: errorMessage(code, lang),
});

export function failure(error: unknown, lang: AssistantActor['lang']): ToolResult {
  if (error instanceof AppError) return fail(error.code, lang);
  throw error;
}
