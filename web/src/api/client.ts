import createClient from 'openapi-fetch';
import i18n from '../i18n';
import type { paths } from './openapi.gen';
import { takeEarlyRead, takeEarlyRefresh } from '../boot';
import { isOnline } from '../offline/online';
import { getAccessToken, mayHaveSession, setOfflineSession, setSession } from './session';
import type { Session } from './types';

const BASE = '/api/v1';

/** A failed API call; `message` is the server's localized text, ready to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The language and, when signed in, the access token: sent with every request. */
function headers(): Record<string, string> {
  const h: Record<string, string> = { 'accept-language': i18n.language === 'en' ? 'en' : 'bn' };
  const token = getAccessToken();
  if (token) h.authorization = `Bearer ${token}`;
  return h;
}

async function toError(res: Response): Promise<ApiError> {
  return errorOf(res.status, await res.json().catch(() => null));
}

/** The ApiError of a failed answer, from its parsed `{ error: { code, message, details } }` body. */
function errorOf(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)
    ?.error;
  return new ApiError(
    status,
    error?.code ?? `HTTP_${status}`,
    error?.message ?? i18n.t('errors.generic'),
    error?.details,
  );
}

/**
 * The typed client: paths, parameters, bodies and answers come from the OpenAPI document
 * (openapi.gen.ts, `npm run api:types`), so a call that does not match the server fails
 * `npm run check`. Every request carries the language and the access token, and is retried once
 * after a session refresh when the server answers 401 (except the sign-in calls under /auth/).
 *
 *   const product = await ok(client.GET('/api/v1/products/{id}', { params: { path: { id } } }));
 */
export const client = createClient<paths>({
  baseUrl: typeof location === 'undefined' ? '' : location.origin,
  credentials: 'same-origin',
  fetch: async (request) => {
    // The body is read once into bytes: the retry can resend it, and the browser sends a plain
    // body (a cloned request's would be a stream).
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const copy = () =>
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body,
        credentials: request.credentials,
        signal: request.signal,
      });
    // The bag or addresses the page's first script already asked for (boot.ts), once.
    const early =
      request.method === 'GET'
        ? await takeEarlyRead(
            new URL(request.url).pathname,
            i18n.language === 'en' ? 'en' : 'bn',
          ).catch(() => undefined)
        : undefined;
    const res = early ?? (await sendTyped(copy()));
    if (res.status !== 401 || new URL(request.url).pathname.startsWith(`${BASE}/auth/`)) return res;
    return (await refreshSession()) ? sendTyped(copy()) : res;
  },
});

/**
 * No answer from the server. Offline, a change (order, payment, cancel) is refused at once with a
 * message saying so, and a read says it was not seen before (what was is answered by the service
 * worker); online, the connection failed.
 */
function unreachable(method: string): ApiError {
  if (isOnline()) return new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  return new ApiError(
    0,
    'OFFLINE',
    i18n.t(method === 'GET' ? 'offline.notSeen' : 'offline.refused'),
  );
}

async function sendTyped(request: Request): Promise<Response> {
  for (const [name, value] of Object.entries(headers())) request.headers.set(name, value);
  if (request.method !== 'GET' && !isOnline()) throw unreachable(request.method);
  try {
    return await fetch(request);
  } catch {
    throw unreachable(request.method);
  }
}

/** The success body of a typed call, or an ApiError carrying the server's localized message. */
export async function ok<R extends { data?: unknown; error?: unknown; response: Response }>(
  call: Promise<R>,
): Promise<NonNullable<R['data']>> {
  const { data, error, response } = await call;
  if (!response.ok) throw errorOf(response.status, error);
  return data as NonNullable<R['data']>;
}

/*
 * Two requests are not JSON and stay outside the typed client: a multipart upload and a file
 * download. They carry the same headers and the same one refresh-and-retry on 401.
 */
async function sendRaw(path: string, init: RequestInit): Promise<Response> {
  const h = headers();
  try {
    return await fetch(BASE + path, { ...init, headers: h, credentials: 'same-origin' });
  } catch {
    throw unreachable(init.method ?? 'GET');
  }
}

/** Multipart upload (one file part named "file"); the browser sets the boundary. */
export async function apiUpload<T>(
  path: string,
  file: Blob,
  filename?: string,
  /** Text fields sent before the file (e.g. the pharmacy a prescription goes to). */
  fields: Record<string, string> = {},
): Promise<T> {
  const body = () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', file, filename ?? (file instanceof File ? file.name : 'upload'));
    return form;
  };
  let res = await sendRaw(path, { method: 'POST', body: body() });
  if (res.status === 401 && (await refreshSession())) {
    res = await sendRaw(path, { method: 'POST', body: body() });
  }
  if (!res.ok) throw await toError(res);
  return (await res.json()) as T;
}

/** A signed-in read of a private file (a prescription), as a blob for an object URL. */
export async function apiBlob(path: string): Promise<Blob> {
  let res = await sendRaw(path, { method: 'GET' });
  if (res.status === 401 && (await refreshSession())) res = await sendRaw(path, { method: 'GET' });
  if (!res.ok) throw await toError(res);
  return res.blob();
}

/** A signed-in download (CSV): fetched with the bearer token, then saved through a blob link. */
export async function apiDownload(path: string, filename: string): Promise<void> {
  let res = await sendRaw(path, { method: 'GET' });
  if (res.status === 401 && (await refreshSession())) res = await sendRaw(path, { method: 'GET' });
  if (!res.ok) throw await toError(res);
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let refreshing: Promise<boolean> | null = null;

/** True when the last refresh could not reach the server (offline), rather than being refused. */
let refreshUnreachable = false;

/** Called once a refresh request is on its way (page load waits for it before rendering). */
let onRefreshSent: (() => void) | null = null;

async function doRefresh(): Promise<boolean> {
  // Under /auth/, so a 401 here is not itself retried.
  refreshUnreachable = false;
  // The page load's refresh may already be on its way, sent by the page's first script.
  const early = takeEarlyRefresh();
  const request = early
    ? early.then(
        async (res) => ({ data: res.ok ? ((await res.json()) as Session) : undefined }),
        () => Promise.reject(unreachable('POST')),
      )
    : client.POST('/api/v1/auth/refresh', { body: {} });
  onRefreshSent?.();
  const { data } = await request.catch((error: unknown) => {
    refreshUnreachable = error instanceof ApiError && error.status === 0;
    throw error;
  });
  // A network failure (it throws, never reaches here) keeps the session; a refused token ends it.
  setSession(data ?? null);
  return data !== undefined;
}

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers share one request, and
 * tabs take turns (Web Locks) because each refresh rotates the cookie and a reused one is refused.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      if (typeof navigator !== 'undefined' && navigator.locks) {
        return await navigator.locks.request('haat-refresh', doRefresh);
      }
      return await doRefresh();
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/**
 * On page load: restore the session from the cookie, or settle as signed out. `sent` resolves once
 * the refresh request has left (or at once when there is none): the first render, a long task on
 * a slow phone, waits for it so the request is not held back behind it. `settled` resolves with
 * the session's outcome.
 */
export function restoreSession(): { sent: Promise<void>; settled: Promise<void> } {
  // A guest (never signed in on this browser, or signed out) has nothing to restore.
  if (!mayHaveSession()) {
    setSession(null);
    return { sent: Promise.resolve(), settled: Promise.resolve() };
  }
  const sent = new Promise<void>((resolve) => {
    onRefreshSent = () => {
      onRefreshSent = null;
      resolve();
    };
  });
  const settled = refreshSession().then((ok) => {
    // Offline, the last user stays signed in to read what they saw; a refused token ends it.
    if (!ok && !(refreshUnreachable && setOfflineSession())) setSession(null);
  });
  // Another tab holding the refresh lock does not hold this page's first render for long.
  const waited = new Promise<void>((resolve) => setTimeout(resolve, 300));
  return { sent: Promise.race([sent, settled, waited]), settled };
}

export async function logout() {
  // A shared phone: this browser stops showing the account's order updates before it signs out.
  const { forgetThisBrowser } = await import('../notifications/push');
  await forgetThisBrowser().catch(() => undefined);
  await client.POST('/api/v1/auth/logout', { body: {} }).catch(() => undefined);
  setSession(null);
}
