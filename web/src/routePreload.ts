import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { productQuery } from './api/catalog';
import { getSession } from './api/session';
import { addressesQuery, cartQuery, orderQuery } from './shop/api';

type Page = { default: ComponentType };

/**
 * A page chunk that can be asked for early. Once it is here, React.lazy gets it synchronously (a
 * thenable that calls back at once), so the first render shows the page, not a loading fallback
 * over what the server already drew.
 */
function preloadable(load: () => Promise<Page>) {
  let loaded: Page | undefined;
  let loading: Promise<Page> | undefined;
  const start = () =>
    (loading ??= load().then((page) => {
      loaded = page;
      return page;
    }));
  const forLazy = (): Promise<Page> =>
    loaded
      ? ({ then: (resolve: (page: Page) => void) => resolve(loaded!) } as unknown as Promise<Page>)
      : start();
  return Object.assign(forLazy, { start });
}

/**
 * The pages a shopper lands on from a link, each one chunk. App's lazy routes import them through
 * here, and so does the first load, before React's first render (a long task on a slow phone).
 */
export const shopperPages = {
  search: preloadable(() => import('./pages/Search')),
  product: preloadable(() => import('./pages/Product')),
  shop: preloadable(() => import('./pages/ShopPage')),
  cart: preloadable(() => import('./pages/Cart')),
  checkout: preloadable(() => import('./pages/Checkout')),
  orders: preloadable(() => import('./pages/Orders')),
  order: preloadable(() => import('./pages/OrderDetail')),
};

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

/**
 * Starts the landing page's chunk and its first API answers at once, instead of after the first
 * render (chunk) and a second one (data). Answers that need the session wait for it to settle.
 * The pages ask with the same query keys and functions, so they find the answers in the cache.
 * Returns the page chunk's promise (null for other paths).
 */
export function preloadLandingPage(
  queryClient: QueryClient,
  pathname: string,
  session: Promise<void>,
): Promise<unknown> | null {
  const whenSignedIn = (
    roles: string[] | null,
    ...queries: Parameters<QueryClient['prefetchQuery']>[0][]
  ) =>
    void session.then(() => {
      const role = getSession().user?.role;
      if (role && (roles === null || roles.includes(role)))
        for (const query of queries) void queryClient.prefetchQuery(query);
    });
  let match: RegExpExecArray | null;
  let page: Promise<unknown> | null = null;
  if ((match = new RegExp(`^/products/${UUID}$`).exec(pathname))) {
    page = shopperPages.product.start();
    void queryClient.prefetchQuery(productQuery(match[1]!));
  } else if (new RegExp(`^/shops/${UUID}$`).test(pathname)) {
    page = shopperPages.shop.start();
  } else if (pathname === '/search') {
    page = shopperPages.search.start();
  } else if (pathname === '/cart') {
    page = shopperPages.cart.start();
    whenSignedIn(['customer'], cartQuery);
  } else if (pathname === '/checkout') {
    page = shopperPages.checkout.start();
    whenSignedIn(['customer'], cartQuery, addressesQuery);
  } else if (pathname === '/orders') {
    page = shopperPages.orders.start();
  } else if ((match = new RegExp(`^/orders/${UUID}$`).exec(pathname))) {
    page = shopperPages.order.start();
    whenSignedIn(null, orderQuery(match[1]!));
  }
  return page;
}
