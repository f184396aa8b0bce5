import i18n from '../i18n';
import { client, ok } from '../api/client';
import type { ApiResponse } from '../api/schema';
import { getAccessToken } from '../api/session';

export type AssistantAnswer = ApiResponse<'/api/v1/assistant/messages', 'post'>;
export type AssistantReply = AssistantAnswer['reply'];
export type AssistantCard = AssistantReply['cards'][number];
export type AssistantAction = AssistantReply['actions'][number];
export type AssistantSession = ApiResponse<'/api/v1/assistant/sessions/{id}'>;

const GUEST_KEY = 'haat.assistant.guest';
const SESSION_KEY = 'haat.assistant.session';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private mode: the conversation lasts as long as the page.
  }
}

export const storedSessionId = () => read(SESSION_KEY);
export const storeSessionId = (id: string | null) => write(SESSION_KEY, id);

/** The headers of an assistant call: language, the account's token, and this browser's guest token. */
function headers(stream: boolean): Record<string, string> {
  const h: Record<string, string> = {
    'content-type': 'application/json',
    'accept-language': i18n.language === 'en' ? 'en' : 'bn',
    accept: stream ? 'text/event-stream' : 'application/json',
  };
  const token = getAccessToken();
  if (token) h.authorization = `Bearer ${token}`;
  const guest = read(GUEST_KEY);
  if (guest) h['x-guest-token'] = guest;
  return h;
}

/**
 * Sends one message and reads the streamed answer: `onChunk` gets the reply text as it arrives,
 * the promise the whole answer. A guest keeps the token the server hands out (and sends it after
 * signing in, so the conversation becomes the account's).
 */
export async function sendToAssistant(
  body: { sessionId?: string; text: string; lat?: number; lng?: number },
  onChunk: (text: string) => void,
): Promise<AssistantAnswer> {
  const res = await fetch('/api/v1/assistant/messages', {
    method: 'POST',
    headers: headers(true),
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  const guest = res.headers.get('x-guest-token');
  if (guest) write(GUEST_KEY, guest);
  if (!res.ok || !res.body) {
    const error = (await res.json().catch(() => null)) as {
      error?: { message?: string; code?: string };
    } | null;
    throw Object.assign(new Error(error?.error?.message ?? i18n.t('errors.generic')), {
      code: error?.error?.code ?? `HTTP_${res.status}`,
    });
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let answer: AssistantAnswer | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut = buffer.indexOf('\n\n');
    while (cut >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (data) {
        const parsed = JSON.parse(data) as unknown;
        if (event === 'chunk') onChunk((parsed as { text: string }).text);
        if (event === 'done') answer = parsed as AssistantAnswer;
      }
      cut = buffer.indexOf('\n\n');
    }
  }
  if (!answer) throw new Error(i18n.t('errors.generic'));
  return answer;
}

/** The conversation with the people's answers (polled while a thread is open). */
export async function fetchSession(id: string): Promise<AssistantSession> {
  const res = await fetch(`/api/v1/assistant/sessions/${id}`, {
    headers: headers(false),
    credentials: 'same-origin',
  });
  if (!res.ok) throw Object.assign(new Error(i18n.t('errors.generic')), { status: res.status });
  return (await res.json()) as AssistantSession;
}

export type SupportThread = ApiResponse<'/api/v1/support/threads'>['items'][number];
export type SupportMessage = ApiResponse<'/api/v1/support/threads/{id}/messages'>['items'][number];

export const listThreads = () =>
  ok(client.GET('/api/v1/support/threads', { params: { query: {} } }));
export const threadMessages = (id: string) =>
  ok(client.GET('/api/v1/support/threads/{id}/messages', { params: { path: { id }, query: {} } }));
export type SuggestedReply =
  ApiResponse<'/api/v1/support/threads/{id}/suggestions'>['suggestions'][number];

/** Suggested replies for the person answering a thread (shop owner, admin). */
export const threadSuggestions = (id: string) =>
  ok(client.GET('/api/v1/support/threads/{id}/suggestions', { params: { path: { id } } }));
export const postThreadMessage = (id: string, text: string, close?: boolean) =>
  ok(
    client.POST('/api/v1/support/threads/{id}/messages', {
      params: { path: { id } },
      body: { text, ...(close ? { close } : {}) },
    }),
  );
