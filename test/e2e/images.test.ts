import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  createProduct,
  imageStatusWhenProcessed,
  multipartFile,
} from '../../src/modules/catalog/test-support.ts';
import {
  approvedShopWithProduct,
  hasChromium,
  newPhonePage,
  screenshotter,
  webServerForFile,
} from './support.ts';

/**
 * Product pictures at 360×740: a srcset of the three real widths on the shop's list and on the
 * product page, and only the small sizes when the browser says Save-Data. Screenshots go to
 * test-artifacts/images-*.png.
 */

const server = webServerForFile('images');
const shot = screenshotter('images');

/** A fresh shop whose one product has an uploaded photo (a generated 1600×1200 PNG), resized. */
async function productWithPhoto() {
  const made = await approvedShopWithProduct(server);
  return { ...made, base: await addPhoto(made.productId, made.seller.auth) };
}

/** Uploads a photo through the API and waits for its sizes; returns the URLs' common part. */
async function addPhoto(productId: string, auth: { authorization: string }) {
  const png = await sharp({
    create: { width: 1600, height: 1200, channels: 3, background: '#2e7d32' },
  })
    .composite([
      {
        input: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><circle cx="800" cy="600" r="400" fill="#fffaf0"/></svg>',
        ),
      },
    ])
    .png()
    .toBuffer();
  const body = multipartFile(png, 'photo.png', 'image/png');
  const res = await server.app.inject({
    method: 'POST',
    url: `/api/v1/products/${productId}/images`,
    headers: { ...auth, ...body.headers },
    payload: body.payload,
  });
  expect(res.statusCode).toBe(202);
  const imageId = res.json().id as string;
  expect(await imageStatusWhenProcessed(server.ctx.db, imageId)).toBe('ready');
  return `/api/v1/products/${productId}/images/${imageId}`;
}

/** The image files the page asked for (by size), from now on. */
function watchImages(page: Page) {
  const sizes: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/v1\/products\/[^/]+\/images\/[^/]+\/(large|medium|thumb)$/.exec(
      new URL(request.url()).pathname,
    );
    if (match) sizes.push(match[1]!);
  });
  return sizes;
}

/** The picture once the browser has loaded it: which candidate it chose, and its attributes. */
async function loaded(page: Page, selector: string) {
  const img = page.locator(selector).first();
  await img.waitFor();
  await page.waitForFunction(
    (el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0,
    await img.elementHandle(),
  );
  return img.evaluate((el: HTMLImageElement) => ({
    srcset: el.getAttribute('srcset'),
    sizes: el.getAttribute('sizes'),
    loading: el.getAttribute('loading'),
    fetchpriority: el.getAttribute('fetchpriority'),
    width: el.getAttribute('width'),
    height: el.getAttribute('height'),
    current: new URL(el.currentSrc).pathname,
  }));
}

/** Makes navigator.connection say what a phone with Data Saver on says. */
function saveDataConnection() {
  const connection = Object.assign(new EventTarget(), {
    saveData: true,
    effectiveType: '4g',
    downlink: 10,
  });
  Object.defineProperty(Navigator.prototype, 'connection', { get: () => connection });
}

const LIST_IMG = '[data-testid="product-hit"] img';
const rowImg = (productId: string) => `a[href="/products/${productId}"] img`;
const MAIN_IMG = '[data-testid="gallery"] img.gallery-main';

describe('product pictures in the browser (360 px)', () => {
  it.skipIf(!hasChromium)(
    'offer the three widths with sizes for the layout, the product page first',
    async () => {
      const { shopId, productId, base, seller } = await productWithPhoto();
      // Three more, so the list runs below the first screen.
      for (let i = 0; i < 3; i++) {
        const more = await createProduct(server.app, seller.auth, shopId);
        await addPhoto(more.id, seller.auth);
      }
      const page = await newPhonePage(server.browser);
      const requested = watchImages(page);
      const threeWidths = `${base}/thumb 200w, ${base}/medium 600w, ${base}/large 1200w`;

      await page.goto(`${server.baseUrl}/shops/${shopId}`);
      const row = await loaded(page, rowImg(productId));
      expect(row).toMatchObject({ srcset: threeWidths, sizes: '64px' });
      expect(row).toMatchObject({ width: '64', height: '64' });
      // The first rows load at once, the rest when scrolled near.
      await expect.poll(() => page.locator(LIST_IMG).count()).toBe(4);
      const loading = await page
        .locator(LIST_IMG)
        .evaluateAll((imgs) => imgs.map((img) => img.getAttribute('loading')));
      expect(loading).toEqual([null, null, null, 'lazy']);
      // 64 CSS px on a 1× screen: the browser takes the 200-px file.
      expect(row.current).toBe(`${base}/thumb`);
      await shot(page, 'list');

      const before = requested.length;
      await page.goto(`${server.baseUrl}/products/${productId}`);
      const main = await loaded(page, MAIN_IMG);
      expect(main).toMatchObject({ srcset: threeWidths, fetchpriority: 'high', loading: null });
      // The first HTML preloads that same picture, with the same candidates and sizes, so it is
      // fetched once, while the script and the API answer are still on their way.
      const html = (await server.app.inject({ url: `/products/${productId}` })).body;
      expect(html).toContain(
        `<link rel="preload" as="image" href="${base}/medium" imagesrcset="${threeWidths}" imagesizes="${main.sizes}" fetchpriority="high" />`,
      );
      expect(requested.slice(before)).toEqual(['medium']);
      // The box keeps the picture's shape (1200×900) before it arrives.
      expect(main).toMatchObject({ width: '1200', height: '900' });
      // 4:3 in a box at most 360 px high: at most 480 px wide; on the phone the screen less 2 rem.
      expect(main.sizes).toBe('(min-width: 512px) 480px, calc(100vw - 2rem)');
      expect(main.current).toBe(`${base}/medium`);
      const box = await page.locator(MAIN_IMG).boundingBox();
      expect(box!.width).toBeCloseTo(360 - 32, 0);
      expect(requested).not.toContain('large');
      await shot(page, 'product');
    },
  );

  it.skipIf(!hasChromium)(
    'ask only for the small sizes when navigator.connection says Save-Data',
    async () => {
      const { shopId, productId, base } = await productWithPhoto();
      // A browser saving data says so in script and in a header on every request.
      const page = await newPhonePage(server.browser, {
        deviceScaleFactor: 3,
        extraHTTPHeaders: { 'save-data': 'on' },
      });
      await page.addInitScript(saveDataConnection);
      const requested = watchImages(page);

      await page.goto(`${server.baseUrl}/shops/${shopId}`);
      const row = await loaded(page, rowImg(productId));
      expect(row.srcset).toBe(`${base}/thumb 200w`);
      expect(row.current).toBe(`${base}/thumb`);
      expect(requested).toEqual(['thumb']);

      await page.goto(`${server.baseUrl}/products/${productId}`);
      const main = await loaded(page, MAIN_IMG);
      // On a 3× screen the full set would bring the 1200-px file; Save-Data stops at 600.
      expect(main.srcset).toBe(`${base}/thumb 200w, ${base}/medium 600w`);
      expect(main.current).toBe(`${base}/medium`);
      expect(new Set(requested)).toEqual(new Set(['thumb', 'medium']));
      await shot(page, 'save-data');
    },
  );

  it.skipIf(!hasChromium)('without Save-Data, a 3× phone gets the 1200-px file', async () => {
    // The counterpart of the test above: the same page and screen do ask for the large size.
    const { productId, base } = await productWithPhoto();
    const page = await newPhonePage(server.browser, { deviceScaleFactor: 3 });
    const requested = watchImages(page);
    await page.goto(`${server.baseUrl}/products/${productId}`);
    const main = await loaded(page, MAIN_IMG);
    expect(main.current).toBe(`${base}/large`);
    expect(requested).toContain('large');
  });

  it.skipIf(!hasChromium)(
    'the product page draws the picture and name before any script; the app takes over without asking again',
    async () => {
      const { productId, base } = await productWithPhoto();
      const name = (await server.app.inject({ url: `/api/v1/products/${productId}` })).json()
        .nameBn as string;

      // No script at all (a slow phone before the app arrives, a crawler): picture and name.
      const bare = await newPhonePage(server.browser, { javaScriptEnabled: false });
      await bare.goto(`${server.baseUrl}/products/${productId}`);
      expect(await bare.locator('main h1').textContent()).toBe(name);
      const drawn = await loaded(bare, 'img.gallery-main');
      expect(drawn.current).toBe(`${base}/medium`);
      await shot(bare, 'first-screen-no-script');
      await bare.context().close();

      // With the app: it starts on the answer in the page, replaces the drawing, asks nothing twice.
      const page = await newPhonePage(server.browser);
      const requested = watchImages(page);
      const productAsks: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path === `/api/v1/products/${productId}`) productAsks.push(path);
      });
      await page.goto(`${server.baseUrl}/products/${productId}`);
      await page.getByTestId('add-to-cart').waitFor();
      expect(await page.getByTestId('product-title').textContent()).toBe(name);
      await loaded(page, MAIN_IMG);
      await page.waitForLoadState('networkidle');
      expect(productAsks).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('#haat-initial-data').count()).toBe(0);
      // One picture file for the drawing, the preload and the app.
      expect(requested).toEqual(['medium']);
      await shot(page, 'first-screen-app');
      await page.context().close();
    },
  );
});
