import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { AppContext } from '../../../platform/context.ts';
import type {
  AssistantAction,
  AssistantActor,
  AssistantCard,
  AssistantReply,
  AssistantTool,
} from '../assistant.types.ts';
import { chatCompletion, turnDeadline } from './chat.ts';
import { llmSettings } from './client.ts';
import { systemPrompt } from './prompt.ts';
import { runToolCall, toolDefinitions, toolMessageContent } from './tools.ts';

export type LlmTurnInput = {
  actor: AssistantActor;
  /** The conversation so far, oldest first, ending with the user's new message. */
  history: { role: 'user' | 'assistant'; text: string }[];
  tools: AssistantTool[];
};

/** Model ↔ tool round trips in one turn before it counts as a failure (a looping model). */
const MAX_ROUNDS = 4;
/** Tool calls in one model message that are run (the rest are answered "refused"). */
const MAX_CALLS_PER_ROUND = 4;
/** Turns of history sent (the newest); older context is the offline engine's business. */
const MAX_HISTORY = 12;

/** Whether an OpenAI-compatible endpoint is configured (LLM_BASE_URL and LLM_MODEL). */
export function llmConfigured(ctx: AppContext): boolean {
  return llmSettings(ctx) !== null;
}

/**
 * One turn answered by the configured LLM with tool calling over `tools`; null when no LLM is
 * configured or it failed, timed out or looped (the caller falls back to the offline engine).
 * The whole turn, every round included, fits in LLM_TIMEOUT_MS.
 */
export async function answerWithLlm(
  ctx: AppContext,
  input: LlmTurnInput,
): Promise<AssistantReply | null> {
  if (!llmConfigured(ctx) || input.history.length === 0) return null;
  const { actor, tools } = input;
  const messages: ChatCompletionMessageParam[] = [
    { role: 'system', content: systemPrompt(actor) },
    ...input.history
      .slice(-MAX_HISTORY)
      .map((m): ChatCompletionMessageParam =>
        m.role === 'user'
          ? { role: 'user', content: m.text }
          : { role: 'assistant', content: m.text },
      ),
  ];
  const definitions = toolDefinitions(tools);
  const cards: AssistantCard[] = [];
  const actions: AssistantAction[] = [];
  const used: string[] = [];
  let grounded = false;
  const deadline = turnDeadline(ctx);
  try {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const completion = await chatCompletion(
        ctx,
        'assistant',
        {
          messages,
          ...(definitions.length > 0 && { tools: definitions, tool_choice: 'auto' as const }),
          temperature: 0.2,
          max_tokens: 600,
        },
        deadline.signal,
      );
      const message = completion.choices[0]?.message;
      if (!message) return null;
      const calls = (message.tool_calls ?? []).filter((c) => c.type === 'function');
      if (calls.length === 0) {
        const text = message.content?.trim();
        if (!text) return null;
        return {
          text,
          lang: actor.lang,
          intent: used[0] ? `llm:${used[0]}` : 'llm',
          // Lower when the model answered without any tool result to stand on.
          confidence: grounded ? 0.9 : 0.5,
          cards: cards.slice(0, 10),
          actions: actions.slice(0, 6),
        };
      }
      messages.push({ role: 'assistant', content: message.content ?? null, tool_calls: calls });
      for (const [index, call] of calls.entries()) {
        const result =
          index < MAX_CALLS_PER_ROUND
            ? await runToolCall(ctx, actor, tools, call.function.name, call.function.arguments)
            : ({ ok: false, code: 'TOO_MANY_CALLS' } as const);
        if (result.ok) {
          grounded = true;
          used.push(call.function.name);
          cards.push(...(result.cards ?? []));
          actions.push(...(result.actions ?? []));
        }
        messages.push({ role: 'tool', tool_call_id: call.id, content: toolMessageContent(result) });
      }
    }
    ctx.logger.warn(
      { rounds: MAX_ROUNDS },
      'LLM did not finish its turn; using the offline answer',
    );
    return null;
  } catch {
    // Logged with metrics in chatCompletion; the offline engine answers instead.
    return null;
  } finally {
    deadline.done();
  }
}
