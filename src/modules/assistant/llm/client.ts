import OpenAI from 'openai';
import type { AppContext } from '../../../platform/context.ts';

/** What the LLM layer reads from the configuration. */
export type LlmSettings = { baseUrl: string; model: string; apiKey: string; timeoutMs: number };

/** The endpoint and model when both are configured, else null (offline only). */
export function llmSettings(ctx: Pick<AppContext, 'config'>): LlmSettings | null {
  const { LLM_BASE_URL: baseUrl, LLM_MODEL: model, LLM_API_KEY, LLM_TIMEOUT_MS } = ctx.config;
  if (!baseUrl || !model) return null;
  // Local OpenAI-compatible servers often need no key; the client insists on a string.
  return { baseUrl, model, apiKey: LLM_API_KEY ?? 'none', timeoutMs: LLM_TIMEOUT_MS };
}

const clients = new WeakMap<AppContext['config'], OpenAI>();

/**
 * One client per configuration. No retries (the caller has an offline answer, which is better than
 * a slow one), the library's own logging off (its debug lines carry request headers), and the
 * timeout of one turn as the ceiling of each request.
 */
export function llmClient(ctx: Pick<AppContext, 'config'>): OpenAI | null {
  const settings = llmSettings(ctx);
  if (!settings) return null;
  let client = clients.get(ctx.config);
  if (!client) {
    client = new OpenAI({
      apiKey: settings.apiKey,
      baseURL: settings.baseUrl,
      timeout: settings.timeoutMs,
      maxRetries: 0,
      logLevel: 'off',
    });
    clients.set(ctx.config, client);
  }
  return client;
}

/** Whether an error is the deadline (our abort or the client's own timeout). */
export function isTimeout(error: unknown): boolean {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return true;
  if (error instanceof OpenAI.APIUserAbortError) return true;
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/**
 * A log-safe description of a failed call: status and code, never the request, its headers or
 * anything that could carry the API key.
 */
export function describeError(error: unknown, apiKey?: string): Record<string, unknown> {
  const scrub = (text: string) =>
    apiKey && apiKey.length > 3 ? text.split(apiKey).join('[redacted]') : text;
  if (error instanceof OpenAI.APIError) {
    return {
      status: error.status ?? null,
      code: error.code ?? null,
      message: scrub(error.message),
    };
  }
  if (error instanceof Error) return { name: error.name, message: scrub(error.message) };
  return { message: 'unknown error' };
}
