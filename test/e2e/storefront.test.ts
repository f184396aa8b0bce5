import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createUser } from '../helpers/factories.ts';
import { addToCart, buyer, checkout } from '../helpers/shopping.ts';
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

/** Width, height and position of an element as drawn. */
async function size(target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error('not drawn');
  return box;
}

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

  it.skipIf(!hasChromium)(
    'a compact sticky header and a bottom bar leave the screen to the page',
    async () => {
      const s = await approvedShopWithProduct(server);
      const customer = await createUser(server.ctx);
      const page = await newPhonePage(server.browser);
      try {
        await page.goto(`${server.baseUrl}/account`);
        await signIn(page, customer);
        await page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' }).waitFor();
        await page.goto(`${server.baseUrl}/shops/${s.shopId}`);
        await page.getByTestId('price').first().waitFor();

        const header = page.locator('.site-header');
        const bar = page.getByRole('navigation', { name: 'প্রধান', exact: true });
        expect((await size(header)).height).toBeLessThanOrEqual(56);
        expect((await size(bar)).height).toBeLessThanOrEqual(72);
        // Five places, each a thumb-sized target, at the bottom of the screen.
        const places = bar.getByRole('link');
        expect(await places.allTextContents()).toEqual([
          'হোম',
          'খুঁজুন',
          'ব্যাগ',
          'আমার অর্ডার',
          'আমার অ্যাকাউন্ট',
        ]);
        for (const place of await places.all()) {
          const box = await size(place);
          expect(box.width).toBeGreaterThanOrEqual(44);
          expect(box.height).toBeGreaterThanOrEqual(44);
          expect(box.y + box.height).toBeGreaterThan(740 - 80);
        }

        // Scrolled down a long page, both stay where they are.
        await page.evaluate(() => {
          (document.querySelector('main') as HTMLElement).style.minHeight = '3000px';
          window.scrollTo(0, 1500);
        });
        expect((await size(header)).y).toBe(0);
        expect((await size(bar)).y + (await size(bar)).height).toBeCloseTo(740, 0);

        // Signing out is on the account page, apart, not next to the account link.
        expect(await page.getByRole('button', { name: 'লগ আউট' }).count()).toBe(0);
        await places.filter({ hasText: 'আমার অ্যাকাউন্ট' }).click();
        await page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' }).waitFor();
        await page.getByRole('button', { name: 'লগ আউট' }).click();
        await bar.getByRole('link', { name: 'লগ ইন' }).waitFor();
        await shot(page, 'signed-out');
      } finally {
        await page.context().close();
      }
    },
  );

  it.skipIf(!hasChromium)("an admin's many pages fit in one row under the header", async () => {
    const admin = await createUser(server.ctx, { role: 'admin' });
    const page = await newPhonePage(server.browser);
    try {
      await page.goto(`${server.baseUrl}/admin/orders`);
      await signIn(page, admin);
      await page.locator('main h1').first().waitFor();
      expect((await size(page.locator('.site-header'))).height).toBeLessThanOrEqual(110);
      // The last link is off to the side, and still one tap away.
      const outbox = page.getByRole('link', { name: 'ডেভ আউটবক্স' });
      await outbox.click();
      await page.waitForURL('**/admin/dev/outbox');
      expect(await page.getByRole('navigation', { name: 'প্রধান', exact: true }).count()).toBe(0);
      await shot(page, 'admin-header');
    } finally {
      await page.context().close();
    }
  });

  it.skipIf(!hasChromium)(
    'a reload of the bag: the first small script sends the refresh and reads the bag, once each',
    async () => {
      const s = await approvedShopWithProduct(server);
      const b = await buyer(server.ctx, server.app, s.shopId);
      await addToCart(server.app, b, s.variantId);
      const page = await newPhonePage(server.browser);
      try {
        await page.goto(`${server.baseUrl}/orders`);
        await signIn(page, b);
        await page.getByRole('heading', { name: 'আমার অর্ডার' }).waitFor();
        // Which script sent each API request (CDP's initiator), from the reload on.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        const sent: { path: string; method: string; by: string }[] = [];
        cdp.on('Network.requestWillBeSent', (e) => {
          const url = new URL(e.request.url);
          if (!url.pathname.startsWith('/api/v1/')) return;
          const frames = e.initiator.stack?.callFrames ?? [];
          const by = frames.map((f) => new URL(f.url || 'about:blank').pathname).join(' ');
          sent.push({ path: url.pathname, method: e.request.method, by });
        });
        await page.goto(`${server.baseUrl}/cart`);
        await page.getByTestId('cart-line').first().waitFor();
        await page.waitForLoadState('networkidle');

        const refreshes = sent.filter((r) => r.path === '/api/v1/auth/refresh');
        const bagReads = sent.filter((r) => r.path === '/api/v1/cart' && r.method === 'GET');
        expect(refreshes).toHaveLength(1);
        expect(bagReads).toHaveLength(1);
        // Both from the boot script (assets/boot-*.js), not from the app's entry after it ran.
        expect(refreshes[0]!.by).toMatch(/\/assets\/boot-[\w-]+\.js/);
        expect(bagReads[0]!.by).toMatch(/\/assets\/boot-[\w-]+\.js/);
        // The page runs on what it read: the line is there and the session is the customer's.
        expect(await page.getByTestId('cart-line').count()).toBe(1);
        const html = await (await fetch(`${server.baseUrl}/cart`)).text();
        expect(html.indexOf('/assets/boot-')).toBeGreaterThan(0);
        expect(html.indexOf('/assets/boot-')).toBeLessThan(html.indexOf('/assets/index-'));
      } finally {
        await page.context().close();
      }
    },
  );

  it.skipIf(!hasChromium)(
    'a closed shop says so in the bag and at checkout, with when it opens',
    async () => {
      const tomorrow = (new Date(Date.now() + 6 * 3_600_000).getUTCDay() + 1) % 7;
      const s = await approvedShopWithProduct(server, {
        shop: { openingHours: [{ day: tomorrow, open: '09:00', close: '21:00' }] },
      });
      const open = await approvedShopWithProduct(server, { shop: { openingHours: [] } });
      const b = await buyer(server.ctx, server.app, s.shopId);
      await addToCart(server.app, b, s.variantId);
      await addToCart(server.app, b, open.variantId);
      const page = await newPhonePage(server.browser);
      try {
        await page.goto(`${server.baseUrl}/orders`);
        await signIn(page, b);
        await page.getByRole('heading', { name: 'আমার অর্ডার' }).waitFor();
        await page.goto(`${server.baseUrl}/cart`);
        const notices = page.getByTestId('shop-closed');
        await notices.first().waitFor();
        // Only the closed shop's group says it.
        expect(await notices.count()).toBe(1);
        const closedGroup = page.getByTestId('cart-shop').filter({ has: notices });
        expect(await closedGroup.getByRole('link').first().textContent()).toBe('রহিম স্টোর');
        expect(await notices.textContent()).toContain('খুলবে কাল সকাল ৯:০০');
        await shot(page, 'closed-bag');

        await page.goto(`${server.baseUrl}/checkout`);
        const atCheckout = page.getByTestId('shop-closed');
        await atCheckout.first().waitFor();
        expect(await atCheckout.count()).toBe(1);
        expect(await atCheckout.textContent()).toContain('দোকান খুললে অর্ডারটি গ্রহণ করবে');
        await shot(page, 'closed-checkout');
      } finally {
        await page.context().close();
      }
    },
  );

  it.skipIf(!hasChromium)(
    'the area picker closes on an area, says "ধানমন্ডির কাছে", and the chosen radius stays',
    async () => {
      const page = await newPhonePage(server.browser);
      try {
        await page.goto(`${server.baseUrl}/search`);
        await page.getByTestId('filters-toggle').waitFor();
        await page.getByRole('button', { name: 'এলাকা বেছে নিন' }).click();
        await page.getByTestId('place-select-0').selectOption({ label: 'ঢাকা' });
        await page.getByTestId('place-select-1').selectOption({ label: 'ঢাকা' });
        // A district is only a step: the picker stays open for the next level.
        expect(await page.getByTestId('area-picker').count()).toBe(1);
        await page.getByTestId('place-select-2').selectOption({ label: 'ধানমন্ডি' });
        await expect.poll(() => page.getByTestId('area-picker').count()).toBe(0);
        expect(await page.getByTestId('location-label').textContent()).toBe('ধানমন্ডির কাছে');

        // The radius is on screen (not in the folded filters), 5 km unless chosen otherwise.
        const radius = page.getByTestId('radius');
        expect(await radius.inputValue()).toBe('5000');
        await radius.selectOption('2000');
        await page.waitForURL(/radius=2000/);
        // A new search from the home page keeps the customer's choice.
        await page.goto(`${server.baseUrl}/`);
        await page.getByRole('combobox').first().fill('ডাল');
        await page.getByRole('combobox').first().press('Enter');
        await page.getByTestId('filters-toggle').waitFor();
        expect(await page.getByTestId('radius').inputValue()).toBe('2000');
        await shot(page, 'radius');
      } finally {
        await page.context().close();
      }
    },
  );

  it.skipIf(!hasChromium)("a new address starts with the customer's name and phone", async () => {
    const customer = await createUser(server.ctx, { phone: '+8801712345678' });
    const page = await newPhonePage(server.browser);
    try {
      await page.goto(`${server.baseUrl}/addresses`);
      await signIn(page, customer);
      await page.getByRole('heading', { name: 'আমার ঠিকানা' }).waitFor();
      const form = page.getByTestId('address-form');
      if ((await form.count()) === 0) await page.getByText('নতুন ঠিকানা').first().click();
      await form.waitFor();
      expect(await form.locator('input[name="recipientName"]').inputValue()).toBe(customer.name);
      expect(await form.locator('input[name="phone"]').inputValue()).toBe('01712345678');
    } finally {
      await page.context().close();
    }
  });

  it.skipIf(!hasChromium)(
    'a seller with several shops sees on the first screen which one has orders waiting',
    async () => {
      const busy = await approvedShopWithProduct(server);
      const quiet = await approvedShopWithProduct(server, {});
      // The same seller owns the quiet shop too.
      await server.ctx.db
        .updateTable('shops')
        .set({ owner_id: busy.seller.id })
        .where('id', '=', quiet.shopId)
        .execute();
      for (let i = 0; i < 2; i++) {
        const b = await buyer(server.ctx, server.app, busy.shopId);
        await addToCart(server.app, b, busy.variantId);
        expect((await checkout(server.app, b)).statusCode).toBe(201);
      }
      const page = await newPhonePage(server.browser);
      try {
        await page.goto(`${server.baseUrl}/seller`);
        await signIn(page, busy.seller);
        const busyCard = page.locator(`[data-testid=shop-card][data-shop-id="${busy.shopId}"]`);
        const quietCard = page.locator(`[data-testid=shop-card][data-shop-id="${quiet.shopId}"]`);
        await busyCard.getByTestId('waiting-orders').waitFor();
        expect(await busyCard.getByTestId('waiting-orders').textContent()).toBe(
          '২টি নতুন অর্ডার গ্রহণ করতে হবে',
        );
        await quietCard.waitFor();
        expect(await quietCard.getByTestId('waiting-orders').count()).toBe(0);
        await shot(page, 'seller-waiting');
      } finally {
        await page.context().close();
      }
    },
  );

  it.skipIf(!hasChromium)(
    'the product page does not jump when its category and rating arrive late (CLS ≤ 0.05)',
    async () => {
      const categoryId = await server.ctx.db
        .selectFrom('categories')
        .select('id')
        .limit(1)
        .executeTakeFirst();
      const s = await approvedShopWithProduct(server, {
        product: categoryId ? { categoryId: categoryId.id } : {},
      });
      const page = await newPhonePage(server.browser);
      try {
        // A slow line for what loads after the product: its category, shop and reviews.
        await page.route(
          /\/api\/v1\/(categories\/|shops\/[^/]+$|products\/[^/]+\/reviews)/,
          async (route) => {
            await new Promise((r) => setTimeout(r, 900));
            await route.continue();
          },
        );
        await page.addInitScript(() => {
          (window as unknown as { __cls: number }).__cls = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as {
              value: number;
              hadRecentInput: boolean;
            }[])
              if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${server.baseUrl}/products/${s.productId}`);
        await page.getByTestId('product-title').waitFor();
        await page.getByTestId('rating-placeholder').filter({ hasText: 'রিভিউ' }).waitFor();
        await page.locator('.sold-by [data-testid=shop-hit]').waitFor();
        if (categoryId) await page.getByTestId('breadcrumb').getByRole('link').first().waitFor();
        await page.waitForTimeout(300);
        const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
        expect(cls).toBeLessThanOrEqual(0.05);
        await shot(page, 'product-late');
      } finally {
        await page.context().close();
      }
    },
  );

  it.skipIf(!hasChromium)(
    "a guest's home page: the search box suggests, and shopping comes before joining",
    async () => {
      const word = `Wombat${randomUUID()
        .replace(/[^a-f]/g, '')
        .slice(0, 6)}`;
      await approvedShopWithProduct(server, { product: { nameEn: `${word} honey` } });
      const page = await newPhonePage(server.browser);
      try {
        await page.goto(`${server.baseUrl}/`);
        const box = page.getByRole('combobox', { name: 'পণ্য খুঁজুন' });
        await box.fill(word.toLowerCase());
        await expect
          .poll(() => page.getByRole('listbox').getByRole('option').count(), { timeout: 15_000 })
          .toBe(1);
        // The categories and products come before the invitation to join as a seller.
        const y = async (testId: string) => (await size(page.getByTestId(testId))).y;
        expect(await y('category-grid')).toBeLessThan(await y('home-seller'));
        await shot(page, 'home-guest');
      } finally {
        await page.context().close();
      }
    },
  );
});
