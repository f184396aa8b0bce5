import { describe, expect, it } from 'vitest';
import { approvedShopWithProduct, hasChromium, newPhonePage, webServerForFile } from './support.ts';

/**
 * The real build with the server's tags for search engines and share previews (docs/seo.md): the
 * app still starts under its CSP with the JSON-LD in the page, honours `?lang=en` from a shared
 * link, and keeps the server's title; switching language drops `lang` from the address.
 */

const server = webServerForFile('seo');

describe('pages with search-engine tags in the browser', () => {
  it.skipIf(!hasChromium)(
    'a shared English link opens the product in English under the server title',
    async () => {
      const { productId } = await approvedShopWithProduct(server, {
        product: { nameBn: 'মিনিকেট চাল', nameEn: 'Miniket rice' },
      });
      const page = await newPhonePage(server.browser);
      const problems: string[] = [];
      page.on('console', (m) => {
        // Signed out, the session check answers 401: only script and CSP trouble counts here.
        if (/Content Security Policy|Refused/i.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      try {
        await page.goto(`${server.baseUrl}/products/${productId}?lang=en`);
        await expect
          .poll(() => page.getByTestId('product-title').textContent())
          .toBe('Miniket rice');
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
        expect(await page.title()).toMatch(/^Miniket rice — Shop [0-9a-f]{6} \| Haat$/);
        expect(
          await page.locator('script[type="application/ld+json"]').count(),
        ).toBeGreaterThanOrEqual(1);

        // The language button wins over the address from then on, and the address follows.
        await page.getByRole('button', { name: 'বাংলা' }).click();
        await expect
          .poll(() => page.getByTestId('product-title').textContent())
          .toBe('মিনিকেট চাল');
        expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
        await page.reload();
        await expect
          .poll(() => page.getByTestId('product-title').textContent())
          .toBe('মিনিকেট চাল');
        expect(problems).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );
});
