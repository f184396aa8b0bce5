import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createUser } from '../helpers/factories.ts';
import { createProduct } from '../../src/modules/catalog/test-support.ts';
import {
  approvedShopWithProduct,
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  webServerForFile,
} from './support.ts';

/**
 * Small things a shopper on a cheap phone meets on every page, at 360×740 in Bengali: a guest's page
 * load does not wait on a refresh request that can only fail; the search box is a real combobox
 * (arrows, Enter, Escape; axe's critical finding); an amount never breaks across two lines.
 * Screenshots: test-artifacts/storefront-*.png.
 */

const server = webServerForFile('storefront');
const shot = screenshotter('storefront');

/** Counts the page's POST /auth/refresh requests from now on. */
function countRefreshes(page: Page) {
  const seen = { count: 0 };
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().endsWith('/api/v1/auth/refresh')) seen.count += 1;
  });
  return seen;
}

/** The most lines any one piece of text inside an element is drawn on (2+: broken mid-token). */
function linesPerText(target: Locator) {
  return target.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let most = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      most = Math.max(most, tops.size);
    }
    return most;
  });
}

describe('the storefront on a phone', () => {
  it.skipIf(!hasChromium)(
    'a guest asks the server for a session once at most; a signed-in customer stays signed in',
    async () => {
      const page = await newPhonePage(server.browser);
      try {
        const refreshes = countRefreshes(page);
        await page.goto(`${server.baseUrl}/`);
        await page.getByRole('link', { name: 'লগ ইন' }).first().waitFor();
        // First visit ever: the browser cannot know, so it asks once.
        expect(refreshes.count).toBeLessThanOrEqual(1);

        refreshes.count = 0;
        await page.reload();
        await page.getByRole('link', { name: 'লগ ইন' }).first().waitFor();
        await page.goto(`${server.baseUrl}/search?q=dal`);
        await page.getByTestId('filters-toggle').waitFor();
        expect(refreshes.count).toBe(0);

        // Signed in, a reload restores the session through the cookie.
        const customer = await createUser(server.ctx);
        await page.goto(`${server.baseUrl}/orders`);
        await signIn(page, customer);
        await page.getByRole('heading', { name: 'আমার অর্ডার' }).waitFor();
        refreshes.count = 0;
        await page.reload();
        await page.getByRole('heading', { name: 'আমার অর্ডার' }).waitFor();
        expect(refreshes.count).toBe(1);
        await shot(page, 'signed-in');
      } finally {
        await page.context().close();
      }
    },
  );

  it.skipIf(!hasChromium)(
    'the search box is a combobox: arrows choose a suggestion, Enter opens it, Escape closes the list',
    async () => {
      const word = `Quokka${randomUUID()
        .replace(/[^a-f]/g, '')
        .slice(0, 6)}`;
      const first = await approvedShopWithProduct(server, {
        product: { nameEn: `${word} jam`, nameBn: `${word} জ্যাম` },
      });
      await createProduct(server.app, first.seller.auth, first.shopId, {
        nameEn: `${word} tea`,
        nameBn: `${word} চা`,
      });
      const page = await newPhonePage(server.browser);
      try {
        await page.goto(`${server.baseUrl}/search`);
        await page.getByTestId('filters-toggle').waitFor();
        const box = page.getByRole('combobox', { name: 'পণ্য খুঁজুন' });
        await box.fill(word.toLowerCase());
        const list = page.getByRole('listbox');
        await expect.poll(() => list.getByRole('option').count(), { timeout: 15_000 }).toBe(2);
        expect(await box.getAttribute('aria-expanded')).toBe('true');
        expect(await box.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));

        await box.press('ArrowDown');
        const firstOption = list.getByRole('option').nth(0);
        expect(await firstOption.getAttribute('aria-selected')).toBe('true');
        expect(await box.getAttribute('aria-activedescendant')).toBe(
          await firstOption.getAttribute('id'),
        );
        await box.press('ArrowDown');
        const chosen = list.getByRole('option').nth(1);
        expect(await chosen.getAttribute('aria-selected')).toBe('true');
        expect(await firstOption.getAttribute('aria-selected')).toBe('false');
        const chosenName = (await chosen.textContent()) ?? '';
        await shot(page, 'combobox');

        // Escape closes the list and leaves the text; typing opens it again.
        await box.press('Escape');
        expect(await box.getAttribute('aria-expanded')).toBe('false');
        expect(await box.inputValue()).toBe(word.toLowerCase());
        await box.press('End');
        await box.type(' ');
        await expect.poll(() => list.getByRole('option').count(), { timeout: 15_000 }).toBe(2);

        // ArrowUp from nothing chosen wraps to the last suggestion; Enter opens that product.
        await box.press('ArrowUp');
        expect(await list.getByRole('option').nth(1).getAttribute('aria-selected')).toBe('true');
        await box.press('Enter');
        await page.waitForURL(/\/products\//);
        const heading = page.getByRole('heading', { level: 1, name: new RegExp(word) });
        await heading.waitFor();
        expect(chosenName).toContain((await heading.textContent()) ?? '?');
      } finally {
        await page.context().close();
      }
    },
  );

  it.skipIf(!hasChromium)('a price stays on one line next to a long name', async () => {
    const long = 'অনুমোদিত-পাস্তুরিত-গরুর-দুধ-প্রিমিয়াম-প্যাকেট';
    const s = await approvedShopWithProduct(server, {
      product: {
        nameBn: `${long} ${long}`,
        variants: [{ sku: `P-${randomUUID().slice(0, 8)}`, price: 22000, initialStock: 5 }],
      },
    });
    const page = await newPhonePage(server.browser);
    try {
      await page.goto(`${server.baseUrl}/shops/${s.shopId}`);
      const price = page.getByTestId('price').first();
      await price.waitFor();
      expect(await price.textContent()).toContain('২২০');
      expect(await linesPerText(price)).toBe(1);
      // The page does not scroll sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, 'long-name');
    } finally {
      await page.context().close();
    }
  });
});
