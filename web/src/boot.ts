/**
 * The first requests of a page load, in a script of its own that the HTML loads before the app's
 * entry (web/build/boot.ts puts it there). On a slow phone the entry takes a second or more to
 * arrive and compile; this script is a few hundred bytes, so the session's refresh and the landing
 * page's first answers (the bag, the addresses) are on their way while it does. The app takes
 * them up (api/client.ts) instead of asking again. It imports nothing: anything it shared with the
 * entry would become one more chunk to wait for.
 */

/** '0' once this browser is known to be signed out (api/session.ts keeps it). */
export const SIGNED_IN_FLAG = 'haat.signedIn';
/** Tabs take turns refreshing: each refresh rotates the cookie and a reused one is refused. */
export const REFRESH_LOCK = 'haat-refresh';
/** The reader's saved language (i18n/index.ts keeps it). */
export const LANGUAGE_KEY = 'haat.lang';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The API reads a landing page makes first, by path; `customer` ones only for a customer. */
function firstReads(pathname: string, role: string | undefined): string[] {
  if (pathname === '/cart') return role === 'customer' ? ['/api/v1/cart'] : [];
  if (pathname === '/checkout')
    return role === 'customer' ? ['/api/v1/cart', '/api/v1/me/addresses'] : [];
  const order = new RegExp(`^/orders/(${UUID})$`).exec(pathname);
  if (order && role) return [`/api/v1/orders/${order[1]}`];
  return [];
}

function storage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The language the early requests were made in (English only when saved or in the address). */
function pageLanguage(): 'bn' | 'en' {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'bn') return asked;
  return storage(LANGUAGE_KEY) === 'en' ? 'en' : 'bn';
}

let refresh: Promise<Response> | null = null;
/** Resolves once the early reads (if any) are on their way: they need the refresh's token. */
let readsSent: Promise<void> = Promise.resolve();
const reads = new Map<string, Promise<Response>>();
/** An early answer not taken by then is dropped: the page asks the server for a fresh one. */
const FRESH_MS = 10_000;
let readsAt = 0;
const language = typeof location === 'undefined' ? 'bn' : pageLanguage();

function start() {
  if (typeof fetch === 'undefined' || typeof location === 'undefined') return;
  // A guest has nothing to restore (and no bag or addresses to read).
  if (storage(SIGNED_IN_FLAG) === '0') return;
  // Marks for a profile of the load (bench/web DETAIL=1 prints them).
  performance.mark('haat:boot');
  const send = () => {
    performance.mark('haat:refresh-sent');
    return fetch('/api/v1/auth/refresh', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: '{}',
    });
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const sent = locks ? (locks.request(REFRESH_LOCK, send) as unknown as Promise<Response>) : send();
  refresh = sent;
  readsSent = sent
    .then(async (res) => {
      if (!res.ok) return;
      const session = (await res.clone().json()) as {
        accessToken: string;
        user?: { role?: string };
      };
      readsAt = Date.now();
      for (const path of firstReads(location.pathname, session.user?.role)) {
        const read = fetch(path, {
          credentials: 'same-origin',
          headers: { authorization: `Bearer ${session.accessToken}`, 'accept-language': language },
        });
        read.catch(() => undefined); // the app asks again itself
        reads.set(path, read);
      }
    })
    .catch(() => undefined);
}

start();

/** The page load's refresh, once (null when there was none or it was taken). */
export function takeEarlyRefresh(): Promise<Response> | null {
  const taken = refresh;
  refresh = null;
  return taken;
}

/**
 * The early answer to GET `path` in `lang`, once; undefined when there is none (the app asks
 * itself). Taken, it is gone: a later read of the same path goes to the server. Only a path this
 * page may read early waits for the refresh; any other is answered undefined at once.
 */
export async function takeEarlyRead(path: string, lang: string): Promise<Response | undefined> {
  // Awaited here, so a failed early read is undefined (the app asks again), never an error.
  if (lang !== language || !firstReads(location.pathname, 'customer').includes(path)) return;
  await readsSent;
  const read = reads.get(path);
  reads.delete(path);
  return Date.now() - readsAt < FRESH_MS ? await read?.catch(() => undefined) : undefined;
}
