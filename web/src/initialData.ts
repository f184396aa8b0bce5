import type { QueryClient } from '@tanstack/react-query';

type InitialData = { at: number; queries: { key: unknown[]; data: unknown }[] };

/**
 * API answers the server put in the page's first HTML (a product page: src/modules/seo,
 * `injectBody`), put in the query cache as of when the server read them, so the first render
 * shows the page without asking again (and an answer older than the cache's freshness is asked
 * again in the background, as any stale query is).
 */
export function seedInitialData(queryClient: QueryClient): void {
  const element = document.getElementById('haat-initial-data');
  if (!element?.textContent) return;
  try {
    const { at, queries } = JSON.parse(element.textContent) as InitialData;
    for (const { key, data } of queries) queryClient.setQueryData(key, data, { updatedAt: at });
  } catch {
    // A page without usable data: the queries ask the API as usual.
  }
  element.remove();
}
