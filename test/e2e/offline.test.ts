import { randomInt } from 'node:crypto';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createProduct } from '../../src/modules/catalog/test-support.ts';
import { addToCart, buyer } from '../helpers/shopping.ts';
import {
  approvedShopWithProduct,
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  toBengaliDigits,
  webServerForFile,
} from './support.ts';

/**
 * The installable app on a bad line, at 360×740 in Bengali (docs/web.md "Offline"): the manifest
 * is served and valid and Chromium finds the page installable; a signed-in customer who saw home,
 * two products and the bag online reloads them offline (shell, last-seen product and bag, the
 * offline banner), adds the second product to the bag offline (told it waits for the connection),
 * is refused the checkout with a message, and the bag on the server gets the line once the phone
 * is back online. Screenshots: test-artifacts/offline-*.png.
 */

const server = webServerForFile('offline');
const shot = screenshotter('offline');

type Manifest = {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  scope: string;
  display: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
  shortcuts: { name: string; url: string }[];
};

/** Resolves once the service worker has cached an answer for `path` in cache `name`. */
function waitForCached(page: Page, name: string, path: string) {
  // Polled inside the page: the check is asynchronous (the Cache API answers with promises).
  return page.evaluate(
    async ([cacheName, url]) => {
      while (!(await (await caches.open(cacheName!)).match(url!))) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    [name, path],
  );
}

/** The notification with `tag` the service worker shows, once it is there. */
function waitForNotification(page: Page, tag: string) {
  return page.evaluate(async (wanted) => {
    const registration = await navigator.serviceWorker.ready;
    for (;;) {
      const [n] = await registration.getNotifications({ tag: wanted });
      if (n) return { title: n.title, body: n.body, icon: n.icon, data: n.data as unknown };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, tag);
}

async function serverBag(customerId: string) {
  const rows = await server.ctx.db
    .selectFrom('cart_items')
    .select('variant_id')
    .where('customer_id', '=', customerId)
    .execute();
  return rows.map((r) => r.variant_id);
}

describe('the app offline', () => {
  it.skipIf(!hasChromium)(
    'serves a valid manifest with real icons, Chromium finds the page installable, push shows',
    async () => {
      const page = await newPhonePage(server.browser, { serviceWorkers: 'allow' });
      await page.goto(`${server.baseUrl}/`);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe('/manifest.webmanifest');
      expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(
        '#0f766e',
      );

      const res = await fetch(`${server.baseUrl}${href}`);
      expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
      const manifest = (await res.json()) as Manifest;
      expect(manifest).toMatchObject({
        name: 'হাট',
        short_name: 'হাট',
        lang: 'bn',
        start_url: '/',
        scope: '/',
        display: 'standalone',
      });
      expect(manifest.shortcuts.map((s) => s.url)).toEqual(['/cart', '/orders']);
      // Every icon exists, is a PNG of the size it claims; one is maskable.
      for (const icon of manifest.icons) {
        const file = await fetch(`${server.baseUrl}${icon.src}`);
        expect(file.status).toBe(200);
        expect(file.headers.get('content-type')).toBe('image/png');
        const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
        expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
      }
      expect(manifest.icons.map((i) => i.sizes)).toEqual(
        expect.arrayContaining(['192x192', '512x512']),
      );
      expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
      const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
      expect((await fetch(`${server.baseUrl}${touch}`)).status).toBe(200);

      // Chromium's own checks: the manifest parses without errors, and once the service worker
      // controls the page nothing stands in the way of installing it.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const cdp = await page.context().newCDPSession(page);
      const parsed = (await cdp.send('Page.getAppManifest')) as {
        url: string;
        errors: { message: string }[];
      };
      expect(parsed.url).toBe(`${server.baseUrl}/manifest.webmanifest`);
      expect(parsed.errors).toEqual([]);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      // A Playwright context is an incognito profile, the one thing a phone's browser is not.
      expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);

      // A web push from the server becomes a notification with the app's icon and the page to open.
      await page.context().grantPermissions(['notifications'], { origin: server.baseUrl });
      const registrations = new Promise<string>((resolve) =>
        cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: found }) => {
          const ours = found.find((r) => r.scopeURL === `${server.baseUrl}/` && !r.isDeleted);
          if (ours) resolve(ours.registrationId);
        }),
      );
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.deliverPushMessage', {
        origin: server.baseUrl,
        registrationId: await registrations,
        data: JSON.stringify({
          title: 'অর্ডার প্যাক হয়েছে',
          body: 'আপনার অর্ডার #HT-2612-000002 প্যাক করা হয়েছে',
          url: '/orders/abc',
          tag: 'order-abc',
        }),
      });
      const shown = await waitForNotification(page, 'order-abc');
      expect(shown).toEqual({
        title: 'অর্ডার প্যাক হয়েছে',
        body: 'আপনার অর্ডার #HT-2612-000002 প্যাক করা হয়েছে',
        icon: `${server.baseUrl}/icons/icon-192.png`,
        data: { url: '/orders/abc' },
      });
      await page.context().close();
    },
  );

  it.skipIf(!hasChromium)(
    'shows the last-seen pages and bag offline, queues add to bag, refuses the checkout',
    async () => {
      const tag = toBengaliDigits(String(randomInt(1000, 9999)));
      const first = `দেশি ডিম ${tag}`;
      const second = `মসুর ডাল ${tag}`;
      const shop = await approvedShopWithProduct(server, { product: { nameBn: first } });
      const other = await createProduct(server.app, shop.seller.auth, shop.shopId, {
        nameBn: second,
      });
      const customer = await buyer(server.ctx, server.app, shop.shopId);
      await addToCart(server.app, customer, shop.variantId);

      const page = await newPhonePage(server.browser, { serviceWorkers: 'allow' });
      await page.goto(`${server.baseUrl}/login`);
      await signIn(page, customer);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      // Online: home, both products and the bag, each kept by the service worker.
      await page.goto(`${server.baseUrl}/`);
      await page.getByTestId('cart-count').waitFor();
      for (const [id, name] of [
        [shop.productId, first],
        [other.id, second],
      ] as const) {
        await page.goto(`${server.baseUrl}/products/${id}`);
        await page.getByTestId('product-title').getByText(name).waitFor();
        await waitForCached(page, 'haat-api', `/api/v1/products/${id}`);
      }
      await page.goto(`${server.baseUrl}/cart`);
      await page.getByTestId('cart-line').getByText(first).waitFor();
      await waitForCached(page, 'haat-personal', '/api/v1/cart');
      expect(await page.getByTestId('offline-banner').count()).toBe(0);

      // Offline: a reload brings the shell, the bag as last seen and the banner.
      await page.context().setOffline(true);
      await page.reload();
      await page.getByTestId('offline-banner').waitFor();
      expect(await page.getByTestId('offline-banner').textContent()).toBe(
        'আপনি অফলাইনে আছেন — শেষ দেখা তথ্য দেখাচ্ছে',
      );
      await page.getByTestId('cart-line').getByText(first).waitFor();
      expect(await page.getByTestId('cart-line').count()).toBe(1);
      await shot(page, 'bag');

      // The first product's page as last seen, then the second one added to the bag offline.
      await page.goto(`${server.baseUrl}/products/${shop.productId}`);
      await page.getByTestId('product-title').getByText(first).waitFor();
      await page.goto(`${server.baseUrl}/products/${other.id}`);
      await page.getByTestId('product-title').getByText(second).waitFor();
      await page.getByTestId('add-to-cart').click();
      await page.getByTestId('queued-for-cart').waitFor();
      expect(await page.getByTestId('queued-for-cart').textContent()).toBe(
        'অনলাইন হলে ব্যাগে যোগ হবে',
      );
      expect(await page.getByTestId('added-to-cart').count()).toBe(0);
      await shot(page, 'queued');

      // The bag says what waits; the checkout is refused with a message, not a spinner.
      await page.getByTestId('cart-link').click();
      await page.getByTestId('pending-bag').getByText(second).waitFor();
      await page.getByRole('button', { name: 'অর্ডার করতে এগিয়ে যান' }).click();
      await page.getByTestId('offline-refused').waitFor();
      expect(await page.getByTestId('offline-refused').textContent()).toBe(
        'অর্ডার দিতে ইন্টারনেট লাগবে। অনলাইন হলে আবার চেষ্টা করুন।',
      );
      expect(new URL(page.url()).pathname).toBe('/cart');
      expect(await serverBag(customer.id)).toEqual([shop.variantId]);
      await shot(page, 'refused');

      // Back online: the waiting line reaches the server's bag, and the page shows it.
      await page.context().setOffline(false);
      await page.getByTestId('cart-line').getByText(second).waitFor();
      expect((await serverBag(customer.id)).sort()).toEqual(
        [shop.variantId, other.variants[0]!.id].sort(),
      );
      await page.getByTestId('pending-bag').waitFor({ state: 'detached' });
      expect(await page.getByTestId('offline-banner').count()).toBe(0);
      await page.context().close();
    },
  );
});
