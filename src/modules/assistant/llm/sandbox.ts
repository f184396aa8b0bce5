import Fastify, { type FastifyInstance } from 'fastify';

/** The key and model the sandbox accepts (printed by `haat sandbox llm`). */
export const LLM_SANDBOX_KEY = 'sk-haat-sandbox-0000';
export const LLM_SANDBOX_MODEL = 'haat-sandbox-1';

/** One scripted answer: tool calls, or text, optionally after a delay or as an HTTP error. */
export type SandboxStep = {
  toolCalls?: { name: string; arguments: unknown }[];
  content?: string;
  delayMs?: number;
  status?: number;
};

type ChatMessage = {
  role: string;
  content?: string | null | { type: string; text?: string }[];
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
};
type ChatBody = {
  model?: string;
  messages?: ChatMessage[];
  tools?: { type: string; function: { name: string } }[];
};

export type LlmSandbox = {
  app: FastifyInstance;
  /** Requests received, oldest first (bodies as sent; whether the key matched). */
  received: { body: ChatBody; authorized: boolean }[];
  /** Queues answers given before the built-in behaviour, in order. */
  script(...steps: SandboxStep[]): void;
  start(
    port?: number,
    host?: string,
  ): Promise<{ url: string; baseUrl: string; close(): Promise<void> }>;
};

function textOf(message: ChatMessage | undefined): string {
  if (!message?.content) return '';
  if (typeof message.content === 'string') return message.content;
  return message.content.map((part) => part.text ?? '').join('');
}

/** The first `{…}` object in a text, if it parses. */
function jsonObjectIn(text: string): unknown {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  for (let end = text.lastIndexOf('}'); end > start; end = text.lastIndexOf('}', end - 1)) {
    try {
      return JSON.parse(text.slice(start, end + 1));
    } catch {
      // try a shorter span
    }
  }
  return undefined;
}

/**
 * An OpenAI-compatible chat server with deterministic, scripted behaviour, for tests and demos
 * (no model, no network). Without a script it behaves like a small, gullible model:
 * - the user writes `/call name {json}` or names an offered tool → it calls that tool;
 * - a tool result that says "call <tool> … {json}" → it obeys once (prompt injection, so tests can
 *   prove the tool layer refuses what the model was talked into);
 * - no tools and a `THREAD:` block → suggested replies for the support inbox, one per fact;
 * - after tool results → a short answer quoting them; no tools and a `FACTS:` block → description
 *   drafts as JSON; anything else → a fixed "I can only answer from Haat's data".
 */
export function createLlmSandbox(options: { apiKey?: string } = {}): LlmSandbox {
  const apiKey = options.apiKey ?? LLM_SANDBOX_KEY;
  const app = Fastify({ logger: false, forceCloseConnections: true, bodyLimit: 4 * 1024 * 1024 });
  const received: LlmSandbox['received'] = [];
  const steps: SandboxStep[] = [];
  let callCounter = 0;

  const reply = (body: ChatBody, step: SandboxStep) => {
    const messages = body.messages ?? [];
    const promptChars = messages.reduce((sum, m) => sum + textOf(m).length, 0);
    const toolCalls = (step.toolCalls ?? []).map((call) => ({
      id: `call_${++callCounter}`,
      type: 'function' as const,
      function: {
        name: call.name,
        arguments:
          typeof call.arguments === 'string'
            ? call.arguments
            : JSON.stringify(call.arguments ?? {}),
      },
    }));
    const content = toolCalls.length > 0 ? (step.content ?? null) : (step.content ?? '');
    return {
      id: `chatcmpl-${callCounter}-${received.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? LLM_SANDBOX_MODEL,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content,
            ...(toolCalls.length > 0 && { tool_calls: toolCalls }),
          },
          finish_reason: toolCalls.length > 0 ? 'tool_calls' : 'stop',
        },
      ],
      usage: {
        prompt_tokens: Math.ceil(promptChars / 4),
        completion_tokens: Math.ceil((content ?? '').length / 4) + toolCalls.length * 10,
        total_tokens: Math.ceil(promptChars / 4) + Math.ceil((content ?? '').length / 4),
      },
    };
  };

  const behave = (body: ChatBody): SandboxStep => {
    const messages = body.messages ?? [];
    const offered = new Set((body.tools ?? []).map((t) => t.function.name));
    const system = textOf(messages.find((m) => m.role === 'system'));
    const bengali = /Reply in Bengali/.test(system);
    const last = messages.at(-1);
    if (last?.role === 'tool') {
      const results = messages.slice(messages.findLastIndex((m) => m.role !== 'tool') + 1);
      const alreadyCalled = new Set(
        messages.flatMap((m) => (m.tool_calls ?? []).map((c) => c.function.name)),
      );
      for (const result of results) {
        // Read the result as the model would: the JSON string's escapes undone.
        const text = textOf(result).replace(/\\"/g, '"');
        const injected = /call\s+([a-z_][a-z0-9_]*)/i.exec(text);
        if (injected && !alreadyCalled.has(injected[1]!)) {
          const args = jsonObjectIn(text.slice(injected.index)) ?? {};
          return { toolCalls: [{ name: injected[1]!, arguments: args }] };
        }
      }
      const summary = results
        .map((r) => textOf(r))
        .join(' ')
        .slice(0, 300);
      return { content: `${bengali ? 'হাটের তথ্য অনুযায়ী' : 'According to Haat'}: ${summary}` };
    }
    const userText = textOf(last);
    const slash = /^\/call\s+([a-z_][a-z0-9_]*)/i.exec(userText.trim());
    if (slash) {
      return { toolCalls: [{ name: slash[1]!, arguments: jsonObjectIn(userText) ?? {} }] };
    }
    for (const name of offered) {
      if (
        userText.toLowerCase().includes(name.toLowerCase()) ||
        userText.toLowerCase().includes(name.replace(/_/g, ' '))
      ) {
        return { toolCalls: [{ name, arguments: jsonObjectIn(userText) ?? {} }] };
      }
    }
    const threadAt = userText.indexOf('THREAD:');
    if (offered.size === 0 && threadAt >= 0) {
      // Suggested replies for the support inbox: one per fact, in the thread's language.
      const thread = (jsonObjectIn(userText.slice(threadAt)) ?? {}) as Record<string, unknown>;
      const lang = thread.lang === 'en' ? 'en' : 'bn';
      const facts = Array.isArray(thread.facts) ? (thread.facts as unknown[]).map(String) : [];
      const label = lang === 'bn' ? 'প্রস্তাব' : 'Suggestion';
      const suggestions = [
        ...facts.slice(1, 3).map((fact, i) => `[sandbox] ${label} ${i + 1}: ${fact}`),
        lang === 'bn' ? '[sandbox] আপনার প্রশ্নটি দেখছি।' : '[sandbox] I am looking into it.',
      ];
      return { content: JSON.stringify({ suggestions }) };
    }
    const factsAt = userText.indexOf('FACTS:');
    if (offered.size === 0 && factsAt >= 0) {
      const facts = (jsonObjectIn(userText.slice(factsAt)) ?? {}) as Record<string, unknown>;
      const line = (lang: 'bn' | 'en', n: number) => {
        const name = String(
          facts[lang === 'bn' ? 'nameBn' : 'nameEn'] ?? facts.nameEn ?? facts.nameBn ?? '',
        );
        const list = Array.isArray(facts.facts) ? (facts.facts as unknown[]).map(String) : [];
        return `[sandbox ${lang} ${n}] ${name}. ${list.join('; ')}`;
      };
      const count = Math.min(Number(facts.count ?? 2) || 2, 5);
      const langs: ('bn' | 'en')[] =
        facts.lang === 'bn' ? ['bn'] : facts.lang === 'en' ? ['en'] : ['bn', 'en'];
      const drafts = langs.flatMap((lang) =>
        Array.from({ length: count }, (_, i) => ({ lang, text: line(lang, i + 1) })),
      );
      return { content: JSON.stringify({ drafts }) };
    }
    return {
      content: bengali
        ? 'আমি শুধু হাটের তথ্য থেকে উত্তর দিতে পারি।'
        : "I can only answer from Haat's data.",
    };
  };

  app.post('/v1/chat/completions', async (request, res) => {
    const authorized = request.headers.authorization === `Bearer ${apiKey}`;
    const body = (request.body ?? {}) as ChatBody;
    received.push({ body, authorized });
    if (!authorized) {
      return res.status(401).send({
        error: {
          message: 'Incorrect API key provided.',
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        },
      });
    }
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      return res.status(400).send({
        error: { message: 'messages is required', type: 'invalid_request_error', code: null },
      });
    }
    const step = steps.shift() ?? behave(body);
    if (step.delayMs) await new Promise((r) => setTimeout(r, step.delayMs));
    if (step.status && step.status >= 400) {
      return res.status(step.status).send({
        error: { message: 'Sandbox error', type: 'server_error', code: null },
      });
    }
    return reply(body, step);
  });
  app.get('/v1/models', async () => ({
    object: 'list',
    data: [{ id: LLM_SANDBOX_MODEL, object: 'model', created: 0, owned_by: 'haat' }],
  }));

  return {
    app,
    received,
    script: (...more) => void steps.push(...more),
    async start(port = 0, host = '127.0.0.1') {
      const url = await app.listen({ port, host });
      return { url, baseUrl: `${url}/v1`, close: () => app.close() };
    },
  };
}
