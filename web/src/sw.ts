/// <reference lib="webworker" />
/**
 * Haat's service worker (docs/decisions/0026-offline-web-app.md): the shell from the precache,
 * last-seen catalog pages and the customer's bag from the network first and the cache offline,
 * photos and page chunks from the cache first, and web push notifications.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { apiKind, CACHES, NOT_THE_APP, pushMessage } from './offline/rules';

declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;
/** A phone on a weak line waits this long for the server before showing what it saw last. */
const NETWORK_TIMEOUT_SECONDS = 4;
const ICON = '/icons/icon-192.png';

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** Keeps only answers the server allows to be stored (never `private` or `no-store` ones). */
const storableOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) =>
    /private|no-store/.test(response.headers.get('cache-control') ?? '') ? null : response,
};
const okOnly = new CacheableResponsePlugin({ statuses: [200] });
// The same answer whatever the token or language it was asked with: offline there is no token.
const matchOptions = { ignoreVary: true };

// Pages: the network (the server writes each public page's tags), the cached shell offline.
const network = new NetworkOnly({ networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS });
registerRoute(
  new NavigationRoute(
    async (options) => {
      try {
        return await network.handle(options);
      } catch {
        return (await matchPrecache('/index.html')) ?? Response.error();
      }
    },
    { denylist: NOT_THE_APP },
  ),
);

const sameOriginGet = (kind: ReturnType<typeof apiKind>) => (o: { url: URL; request: Request }) =>
  o.request.method === 'GET' &&
  o.url.origin === self.location.origin &&
  apiKind(o.url.pathname) === kind;

registerRoute(
  sameOriginGet('public'),
  new NetworkFirst({
    cacheName: CACHES.api,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    matchOptions,
    plugins: [
      okOnly,
      storableOnly,
      new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 7 * DAY, purgeOnQuotaError: true }),
    ],
  }),
);

registerRoute(
  sameOriginGet('personal'),
  new NetworkFirst({
    cacheName: CACHES.personal,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    matchOptions,
    plugins: [
      okOnly,
      new ExpirationPlugin({ maxEntries: 30, maxAgeSeconds: 7 * DAY, purgeOnQuotaError: true }),
    ],
  }),
);

registerRoute(
  sameOriginGet('image'),
  new CacheFirst({
    cacheName: CACHES.images,
    plugins: [
      okOnly,
      storableOnly,
      new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
    ],
  }),
);

// Chunks, English strings and fonts: their names change with their content.
registerRoute(
  ({ url, request }) =>
    request.method === 'GET' &&
    url.origin === self.location.origin &&
    url.pathname.startsWith('/assets/'),
  new CacheFirst({
    cacheName: CACHES.assets,
    plugins: [
      okOnly,
      new ExpirationPlugin({ maxEntries: 120, maxAgeSeconds: 60 * DAY, purgeOnQuotaError: true }),
    ],
  }),
);

// The first version takes the open page at once; a new one waits until the app asks it to take
// over, which the app does on its next page change (offline/register.ts).
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Web push: the server sends {title, body, url, tag} already in the reader's language.
self.addEventListener('push', (event) => {
  let data: unknown = null;
  try {
    data = event.data?.json();
  } catch {
    data = { body: event.data?.text() };
  }
  const message = pushMessage(data);
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      icon: ICON,
      badge: ICON,
      lang: 'bn',
      data: { url: message.url },
      ...(message.tag ? { tag: message.tag } : {}),
    }),
  );
});

// A tap opens the page the notification is about: a Haat tab already there, else a new one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const { url } = pushMessage(event.notification.data);
  const target = new URL(url, self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const there = windows.find((w) => w.url === target);
      if (there) return there.focus();
      return self.clients.openWindow(target);
    })(),
  );
});
