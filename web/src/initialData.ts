import type { QueryClient } from '@tanstack/react-query';

type InitialData = { at: number; queries: { key: unknown[]; url: string; data: unknown }[] };

/**
 * API answers the server put in the page's first HTML (a product page: src/modules/seo,
 * `injectBody`), put in the query cache as of when the server read them, so the first render
 * shows the page without asking again (and an answer older than the cache's freshness is asked
 * again in the background, as any stale query is).
 */
export function seedInitialData(queryClient: QueryClient): void {
  const element = document.getElementById('haat-initial-data');
  if (!element?.textContent) return;
  let urls: string[] = [];
  try {
    const { at, queries } = JSON.parse(element.textContent) as InitialData;
    for (const { key, data } of queries) queryClient.setQueryData(key, data, { updatedAt: at });
    urls = queries.map((q) => q.url).filter((url) => url.startsWith('/api/'));
  } catch {
    // A page without usable data: the queries ask the API as usual.
  }
  element.remove();
  keepForOffline(urls);
}

/**
 * The service worker keeps API answers it sees pass; these never did. Once the page has loaded,
 * a page the worker controls asks for them again (quietly, at the end), so it opens offline later.
 */
function keepForOffline(urls: string[]) {
  if (urls.length === 0 || typeof navigator === 'undefined' || !('serviceWorker' in navigator))
    return;
  const ask = () => {
    if (!navigator.serviceWorker.controller) return;
    for (const url of urls) void fetch(url, { credentials: 'same-origin' }).catch(() => undefined);
  };
  if (document.readyState === 'complete') ask();
  else window.addEventListener('load', ask, { once: true });
}
