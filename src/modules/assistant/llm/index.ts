import type { AppContext } from '../../../platform/context.ts';
import type { AssistantActor, AssistantReply, AssistantTool } from '../assistant.types.ts';

export type LlmTurnInput = {
  actor: AssistantActor;
  /** The conversation so far, oldest first, ending with the user's new message. */
  history: { role: 'user' | 'assistant'; text: string }[];
  tools: AssistantTool[];
};

/** Whether an OpenAI-compatible endpoint is configured (LLM_BASE_URL and LLM_MODEL). */
export function llmConfigured(_ctx: AppContext): boolean {
  return false;
}

/**
 * One turn answered by the configured LLM with tool calling over `tools`; null when no LLM is
 * configured or it failed or timed out (the caller falls back to the offline engine).
 */
export async function answerWithLlm(
  _ctx: AppContext,
  _input: LlmTurnInput,
): Promise<AssistantReply | null> {
  return null;
}
