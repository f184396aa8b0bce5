import { describe, expect, it } from 'vitest';
import { apiKind, NOT_THE_APP, pushMessage } from '../../web/src/offline/rules.ts';

/**
 * What the service worker may keep (web/src/offline/rules.ts): public catalog answers, the
 * customer's bag and orders, public photos; never the account, a seller's or an admin's pages.
 */
describe('what the service worker keeps', () => {
  it('keeps the public answers behind the storefront pages', () => {
    for (const path of [
      '/api/v1/config',
      '/api/v1/categories',
      '/api/v1/categories/rice',
      '/api/v1/geo/places',
      '/api/v1/search',
      '/api/v1/search/suggest',
      '/api/v1/products/p1',
      '/api/v1/products/p1/reviews',
      '/api/v1/shops/nearby',
      '/api/v1/shops/s1',
      '/api/v1/shops/s1/products',
    ]) {
      expect(apiKind(path), path).toBe('public');
    }
  });

  it('keeps only the bag and orders of the personal answers', () => {
    for (const path of ['/api/v1/cart', '/api/v1/orders', '/api/v1/orders/o1']) {
      expect(apiKind(path), path).toBe('personal');
    }
    for (const path of [
      '/api/v1/me',
      '/api/v1/me/addresses',
      '/api/v1/favorites',
      '/api/v1/notifications',
      '/api/v1/shops/mine',
      '/api/v1/shops/s1/orders',
      '/api/v1/shops/s1/statement',
      '/api/v1/orders/o1/prescriptions',
      '/api/v1/admin/orders',
      '/api/v1/auth/refresh',
      '/api/v1/cart/items',
      '/cart',
    ]) {
      expect(apiKind(path), path).toBeNull();
    }
  });

  it('keeps product and review photos', () => {
    expect(apiKind('/api/v1/products/p1/images/i1/thumb')).toBe('image');
    expect(apiKind('/api/v1/reviews/r1/photos/f1/large')).toBe('image');
    expect(apiKind('/api/v1/products/p1/images/i1/original')).toBeNull();
  });

  it('lets the API and the server files past the app shell', () => {
    const app = (path: string) => !NOT_THE_APP.some((r) => r.test(path));
    expect(app('/api/v1/payments/bkash/callback')).toBe(false);
    expect(app('/sitemap.xml')).toBe(false);
    expect(app('/robots.txt')).toBe(false);
    expect(app('/products/p1')).toBe(true);
    expect(app('/cart')).toBe(true);
  });
});

describe('a push message', () => {
  it('takes title, body, url and tag from the payload', () => {
    expect(
      pushMessage({ title: 'অর্ডার', body: 'প্যাক হয়েছে', url: '/orders/o1', tag: 'order-o1' }),
    ).toEqual({ title: 'অর্ডার', body: 'প্যাক হয়েছে', url: '/orders/o1', tag: 'order-o1' });
  });

  it('opens only pages of this site, and has a title whatever arrives', () => {
    for (const url of ['https://evil.example/x', '//evil.example/x', '/\\evil.example', 5]) {
      expect(pushMessage({ title: 'x', url }).url).toBe('/');
    }
    expect(pushMessage(null)).toEqual({ title: 'হাট', body: '', url: '/' });
    expect(pushMessage({ title: '  ', body: 3 })).toEqual({ title: 'হাট', body: '', url: '/' });
  });
});
