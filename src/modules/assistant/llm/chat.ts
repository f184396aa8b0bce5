import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
} from 'openai/resources/chat/completions';
import type { AppContext } from '../../../platform/context.ts';
import { describeError, isTimeout, llmClient, llmSettings } from './client.ts';

export type LlmPurpose = 'assistant' | 'description' | 'support';

/**
 * One chat completion with metrics (latency, tokens, outcome) and a log line that never carries
 * the key or the conversation. Throws what the client throws; callers turn that into a fallback.
 */
export async function chatCompletion(
  ctx: AppContext,
  purpose: LlmPurpose,
  body: Omit<ChatCompletionCreateParamsNonStreaming, 'model'>,
  signal: AbortSignal,
): Promise<ChatCompletion> {
  const client = llmClient(ctx);
  const settings = llmSettings(ctx);
  if (!client || !settings) throw new Error('LLM not configured');
  const { llm } = ctx.metrics;
  const stop = llm.duration.startTimer({ purpose });
  try {
    const completion = await client.chat.completions.create(
      { ...body, model: settings.model, stream: false },
      { signal },
    );
    llm.requests.inc({ purpose, outcome: 'ok' });
    if (completion.usage) {
      llm.tokens.inc({ purpose, kind: 'prompt' }, completion.usage.prompt_tokens ?? 0);
      llm.tokens.inc({ purpose, kind: 'completion' }, completion.usage.completion_tokens ?? 0);
    }
    return completion;
  } catch (error) {
    const outcome = signal.aborted || isTimeout(error) ? 'timeout' : 'error';
    llm.requests.inc({ purpose, outcome });
    ctx.logger.warn(
      { purpose, outcome, error: describeError(error, settings.apiKey) },
      'LLM call failed; using the offline answer',
    );
    throw error;
  } finally {
    stop();
  }
}

/** An AbortSignal that fires after the configured turn timeout (cleared by `done`). */
export function turnDeadline(ctx: AppContext): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ctx.config.LLM_TIMEOUT_MS);
  timer.unref?.();
  return { signal: controller.signal, done: () => clearTimeout(timer) };
}

/**
 * A single prompt → text (no tools), e.g. for description drafts. Null when no LLM is configured,
 * it failed, timed out or answered nothing: the caller keeps its offline result.
 */
export async function completeText(
  ctx: AppContext,
  input: { purpose: LlmPurpose; system: string; user: string; maxTokens?: number },
): Promise<string | null> {
  if (!llmSettings(ctx)) return null;
  const deadline = turnDeadline(ctx);
  try {
    const completion = await chatCompletion(
      ctx,
      input.purpose,
      {
        messages: [
          { role: 'system', content: input.system },
          { role: 'user', content: input.user },
        ],
        max_tokens: input.maxTokens ?? 800,
        temperature: 0.7,
      },
      deadline.signal,
    );
    const text = completion.choices[0]?.message?.content?.trim();
    return text ? text : null;
  } catch {
    return null;
  } finally {
    deadline.done();
  }
}
