import type { AppContext } from '../../../platform/context.ts';
import type { AuthUser } from '../../../platform/http/auth.ts';
import { answerableThread } from '../support.service.ts';
import { threadFacts } from './suggestions.facts.ts';
import { llmSuggestions } from './suggestions.llm.ts';
import {
  closingLine,
  MIN_SUGGESTIONS,
  offlineSuggestions,
  type Suggestion,
} from './suggestions.templates.ts';

/**
 * Suggested replies for the person answering a thread (its shop's owner, or an admin for the
 * admins' inbox): the LLM's when one is configured and its answer passes the checks, the offline
 * ones otherwise. Nothing is sent or saved: the person picks one, edits it and posts it.
 */
export async function suggestReplies(
  ctx: AppContext,
  user: AuthUser,
  threadId: string,
): Promise<{ suggestions: Suggestion[] }> {
  const thread = await answerableThread(ctx.db, user, threadId);
  const facts = await threadFacts(ctx, user, thread);
  const fromLlm = await llmSuggestions(ctx, facts);
  if (fromLlm) {
    // The model gave fewer than the minimum: made up with the offline suggestions' first ones.
    const extra = offlineSuggestions(facts).filter((s) => !fromLlm.some((l) => l.text === s.text));
    const suggestions = [...fromLlm];
    for (const s of [...extra, closingLine(facts.lang)]) {
      if (suggestions.length >= MIN_SUGGESTIONS) break;
      suggestions.push(s);
    }
    return { suggestions };
  }
  return { suggestions: offlineSuggestions(facts) };
}
