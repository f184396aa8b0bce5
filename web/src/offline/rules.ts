/**
 * What the service worker keeps for a phone that lost its connection (docs/web.md "Offline"), in
 * one place shared by the worker (sw.ts) and the app, which empties the API caches on sign-out.
 */

export const CACHES = {
  /** Public catalog answers the storefront pages need: same for every reader. */
  api: 'haat-api',
  /** The signed-in customer's bag and orders, as last seen; emptied on sign-out. */
  personal: 'haat-personal',
  /** Product and review photos (public ones only). */
  images: 'haat-images',
  /** Page chunks, English strings and fonts, cached when first loaded (names carry a hash). */
  assets: 'haat-assets',
} as const;

/** Caches that hold API answers: emptied when someone signs out or another person signs in. */
export const API_CACHES: readonly string[] = [CACHES.api, CACHES.personal];

/** "Add to bag" lines waiting for the connection (pendingBag.ts), forgotten with the caches. */
export const PENDING_BAG_KEY = 'haat.pendingBag';

const API = '/api/v1';

/**
 * Public GET answers behind the storefront pages (home, search, product, shop, near me), by path.
 * Everything else under /api/v1 (sellers' and admins' pages, the account, `/shops/mine`) is
 * never stored by the worker.
 */
const PUBLIC_API = [
  /^\/config$/,
  /^\/categories(\/[^/]+)?$/,
  /^\/geo\/(places|search)(\/[^/]+)?$/,
  /^\/search(\/suggest)?$/,
  /^\/products\/[^/]+(\/reviews|\/alternatives)?$/,
  /^\/shops\/(nearby|in-bounds)$/,
  /^\/shops\/(?!mine$)[^/]+(\/products|\/reviews|\/pharmacist)?$/,
];

/** The only personal answers kept: the bag, the order list and one order, as the customer saw them. */
const PERSONAL_API = [/^\/cart$/, /^\/orders$/, /^\/orders\/[^/]+$/];

const IMAGE = /^\/(products\/[^/]+\/images|reviews\/[^/]+\/photos)\/[^/]+\/(thumb|medium|large)$/;

export type ApiKind = 'public' | 'personal' | 'image' | null;

/** Which cache a same-origin GET belongs to, by its path; null: not kept. */
export function apiKind(pathname: string): ApiKind {
  if (!pathname.startsWith(`${API}/`)) return null;
  const rest = pathname.slice(API.length);
  if (IMAGE.test(rest)) return 'image';
  if (PERSONAL_API.some((r) => r.test(rest))) return 'personal';
  if (PUBLIC_API.some((r) => r.test(rest))) return 'public';
  return null;
}

/** Paths a navigation must reach the server for: the API (payment returns) and files. */
export const NOT_THE_APP = [/^\/api\//, /^\/(robots\.txt|sitemap[^/]*\.xml)$/];

/** A web push payload, checked: anything missing gets a safe default, links stay on this site. */
export type PushMessage = { title: string; body: string; url: string; tag?: string };

export function pushMessage(data: unknown, fallbackTitle = 'হাট'): PushMessage {
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const url = text(d.url);
  return {
    title: text(d.title) || fallbackTitle,
    body: text(d.body),
    // Only a path on this site: a notification must not open somewhere else.
    url: url.startsWith('/') && !url.startsWith('//') && !url.includes('\\') ? url : '/',
    ...(text(d.tag) ? { tag: text(d.tag) } : {}),
  };
}
