import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertOrder } from '../../src/modules/reviews/test-support.ts';
import { createUser } from '../helpers/factories.ts';
import {
  approvedShopWithProduct,
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  webServerForFile,
} from './support.ts';

/**
 * Stored XSS (OWASP API8/web) in the real browser: a seller's shop name, product name and
 * description, a customer's review and the seller's reply all carry script payloads. Every page
 * that renders them — product, shop, search results, the seller's console — shows the text
 * literally; no payload element exists in the DOM, no script ran and no dialog opened.
 * Screenshots: test-artifacts/xss-*.png.
 */

const server = webServerForFile('stored XSS');
const shot = screenshotter('xss');

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const SVG = '<svg onload="window.__xss=3"></svg>';

async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

async function expectInert(page: Page, dialogs: string[], payloadText: string) {
  await page.getByText(payloadText, { exact: false }).first().waitFor();
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // Inline scripts: none but the page's JSON-LD data blocks (never run), which must still parse.
  expect(
    await page
      .locator('img[src="x"], svg[onload], script:not([src]):not([type="application/ld+json"])')
      .count(),
  ).toBe(0);
  for (const data of await page.locator('script[type="application/ld+json"]').allTextContents()) {
    expect(() => JSON.parse(data) as unknown).not.toThrow();
  }
}

describe('stored XSS in the browser', () => {
  it.skipIf(!hasChromium)(
    'script payloads in shop, product, review and reply are shown as text and never run',
    async () => {
      const made = await approvedShopWithProduct(server, {
        shop: { nameBn: `দোকান ${IMG}`, nameEn: `Shop ${SVG}` },
        product: {
          nameBn: `চাল ${IMG}`,
          nameEn: `Rice xsstest ${SCRIPT}`,
          descriptionBn: `বিবরণ ${SCRIPT} ${SVG}`,
        },
      });
      const customer = await createUser(server.ctx, { name: `ক্রেতা ${IMG}` });
      const { itemId } = await insertOrder(
        server.ctx,
        customer.id,
        made.shopId,
        { id: made.productId, variantId: made.variantId },
        'delivered',
      );
      const review = await server.app.inject({
        method: 'POST',
        url: '/api/v1/reviews',
        headers: customer.auth,
        payload: { orderItemId: itemId, rating: 2, text: `রিভিউ ${SCRIPT} ${IMG}` },
      });
      expect(review.statusCode).toBe(201);
      const reply = await server.app.inject({
        method: 'POST',
        url: `/api/v1/reviews/${review.json().id}/reply`,
        headers: made.seller.auth,
        payload: { text: `উত্তর ${SVG}` },
      });
      expect(reply.statusCode).toBe(200);

      const page = await newPhonePage(server.browser);
      const dialogs = await watch(page);
      await page.goto(`${server.baseUrl}/products/${made.productId}`);
      await expectInert(page, dialogs, `চাল ${IMG}`);
      await page.getByText(`রিভিউ ${SCRIPT}`, { exact: false }).first().waitFor();
      await page.getByText(`উত্তর ${SVG}`, { exact: false }).first().waitFor();
      await expectInert(page, dialogs, `বিবরণ ${SCRIPT}`);
      await shot(page, '01-product');

      await page.goto(`${server.baseUrl}/shops/${made.shopId}`);
      await expectInert(page, dialogs, `দোকান ${IMG}`);
      await shot(page, '02-shop');

      await page.goto(`${server.baseUrl}/search?q=xsstest`);
      await expectInert(page, dialogs, `চাল ${IMG}`);
      await shot(page, '03-search');
      await page.context().close();

      const console = await newPhonePage(server.browser);
      const consoleDialogs = await watch(console);
      await console.goto(`${server.baseUrl}/seller/shops/${made.shopId}/products`);
      await signIn(console, made.seller);
      await expectInert(console, consoleDialogs, `চাল ${IMG}`);
      await console.goto(`${server.baseUrl}/seller/shops/${made.shopId}/reviews`);
      await expectInert(console, consoleDialogs, `রিভিউ ${SCRIPT}`);
      await shot(console, '04-seller-console');
      await console.context().close();
    },
    120_000,
  );
});
