import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createUser } from '../helpers/factories.ts';
import { createShop } from '../helpers/shops.ts';
import { addToCart, buyer, checkout, moveOrder } from '../helpers/shopping.ts';
import {
  approvedShopWithProduct,
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  webServerForFile,
} from './support.ts';

/**
 * The Bengali UI speaks Bengali: customer, seller and admin pages are walked in Bengali and every
 * word in Latin letters on screen (text, placeholders, labels, tooltips) must be one a Bengali
 * reader sees in Latin letters anyway (brands, codes like CSV, the order number's prefix, an email
 * address, what the test itself typed, names people wrote, marked translate="no"). A string left
 * in English fails this test and is named.
 * Screenshots: test-artifacts/bengali-only-*.png.
 */

// Its own database: the admin's pages list every shop, order and payment, and what other files left
// there (shops named in English by their tests) is not what this test is about.
const server = webServerForFile('bengali-only');
const shot = screenshotter('bengali-only');

/** Latin words a Bengali reader meets in Latin letters in any Bangladeshi app. */
const ALLOWED = new Set([
  'bKash',
  'Nagad',
  'SSLCommerz',
  'Rocket',
  'CSV',
  'PDF',
  'SMS',
  'OTP',
  'BIN',
  'VAT',
  'HT',
  'Haat',
  'OpenStreetMap',
  'Leaflet',
  'JSON',
  // The language switch names the other language in that language.
  'English',
  // Banglish examples the search box and the place search offer: typing in Latin letters works.
  'dim',
  'chal',
  'comilla',
  // Conventions sellers meet in Latin letters: the coordinates' short names beside their Bengali
  // ones, the product code and its example.
  'lat',
  'lng',
  'SKU',
  'CHAL',
  'MINIKET',
]);

/** The Latin words on a page that a Bengali reader should not meet, with where they were found. */
async function latinWords(page: Page, own: string[]): Promise<string[]> {
  const texts = await page.evaluate(() => {
    // Names sellers and customers wrote (marked translate="no": the app's own words never are)
    // are theirs; other test files' shops and products show up on shared pages too.
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('[translate="no"]')) el.remove();
    document.body.append(body);
    body.style.position = 'absolute';
    const text = body.innerText;
    body.remove();
    const out: string[] = [text];
    for (const el of document.querySelectorAll('[placeholder],[aria-label],[title],[alt]')) {
      for (const attr of ['placeholder', 'aria-label', 'title', 'alt']) {
        const v = el.getAttribute(attr);
        if (v && (el as HTMLElement).offsetParent !== null) out.push(v);
      }
    }
    return out;
  });
  const found = new Set<string>();
  for (let text of texts) {
    text = text.replace(/[\w.+-]+@[\w.-]+/g, ' '); // email addresses
    text = text.replace(/https?:\/\/\S+/g, ' ');
    text = text.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ' '); // ids
    text = text.replace(/X{4,}/g, ' '); // a phone number's shape: ০১XXXXXXXXX
    for (const word of own) text = text.split(word).join(' ');
    for (const m of text.matchAll(/[A-Za-z]{2,}(?:'[A-Za-z]+)*/g)) {
      if (!ALLOWED.has(m[0])) found.add(m[0]);
    }
  }
  return [...found];
}

async function walk(page: Page, urls: string[], own: string[], label: string) {
  const problems: Record<string, string[]> = {};
  for (const url of urls) {
    await page.goto(`${server.baseUrl}${url}`);
    await page.locator('main h1').first().waitFor();
    // Let queries settle (lists, timelines) before reading the page.
    await page.waitForLoadState('networkidle');
    const words = await latinWords(page, own);
    if (words.length > 0) problems[url] = words;
  }
  await shot(page, label);
  return problems;
}

describe('the Bengali UI has no English left in it', () => {
  it.skipIf(!hasChromium)(
    'customer, seller and admin pages show only Bengali words',
    async () => {
      const tag = randomUUID().slice(0, 6);
      const s = await approvedShopWithProduct(server, {
        shop: { nameBn: 'মায়ের দোয়া স্টোর', nameEn: `Mayer Doa ${tag}` },
        product: { nameBn: 'মসুর ডাল', nameEn: `Lentils ${tag}` },
      });
      const b = await buyer(server.ctx, server.app, s.shopId);
      await addToCart(server.app, b, s.variantId);
      const placed = await checkout(server.app, b);
      expect(placed.statusCode).toBe(201);
      const order = placed.json().orders[0] as { id: string };
      await moveOrder(server.app, s.seller, order.id, 'accepted');
      // What people wrote in Latin letters, which the admin's pages show as written: a pending
      // shop's English name, address, licence and owner.
      const other = await createUser(server.ctx, { role: 'seller', name: 'Jamal Uddin' });
      await createShop(server, other, {
        nameEn: 'Jamal General Store',
        address: 'House 12, Road 4, Mirpur, Dhaka',
        tradeLicence: 'TRAD/DNCC/2024/77',
      });
      // A system flag on a payment (money taken for an order cancelled meanwhile, no refund API).
      await server.ctx.db
        .updateTable('payments')
        .set({
          flagged_reason:
            'paid while the order was cancelled; the provider has no refund API: return the money by hand',
        })
        .where('order_id', '=', order.id)
        .execute();
      const own = [
        b.email,
        s.seller.email,
        b.name,
        s.seller.name,
        tag,
        'House',
        'Road',
        'Karim',
        'Home',
      ];

      const customer = await newPhonePage(server.browser);
      await customer.goto(`${server.baseUrl}/orders`);
      await signIn(customer, b);
      await customer.getByRole('heading', { name: 'আমার অর্ডার' }).waitFor();
      const customerProblems = await walk(
        customer,
        [
          '/',
          '/search?q=ডাল',
          `/products/${s.productId}`,
          `/shops/${s.shopId}`,
          '/cart',
          '/orders',
          `/orders/${order.id}`,
          '/account',
          '/addresses',
          '/favorites',
        ],
        own,
        'customer',
      );
      await customer.context().close();

      const seller = await newPhonePage(server.browser);
      await seller.goto(`${server.baseUrl}/seller`);
      await signIn(seller, s.seller);
      await seller.locator('main h1').first().waitFor();
      const sellerProblems = await walk(
        seller,
        [
          '/seller',
          `/seller/shops/${s.shopId}`,
          `/seller/shops/${s.shopId}/orders`,
          `/seller/shops/${s.shopId}/products`,
          `/seller/products/${s.productId}/edit`,
          `/seller/shops/${s.shopId}/settings`,
        ],
        own,
        'seller',
      );
      await seller.context().close();

      const adminUser = await createUser(server.ctx, { role: 'admin' });
      const admin = await newPhonePage(server.browser);
      await admin.goto(`${server.baseUrl}/admin/shops`);
      await signIn(admin, adminUser);
      await admin.locator('main h1').first().waitFor();
      const adminProblems = await walk(
        admin,
        ['/admin/shops', '/admin/orders', '/admin/audit', '/admin/payments'],
        [...own, adminUser.email],
        'admin',
      );
      await admin.context().close();

      expect({ customerProblems, sellerProblems, adminProblems }).toEqual({
        customerProblems: {},
        sellerProblems: {},
        adminProblems: {},
      });
    },
    240_000,
  );

  it.skipIf(!hasChromium)("the browser's own form checks speak the UI's language", async () => {
    const page = await newPhonePage(server.browser);
    try {
      await page.goto(`${server.baseUrl}/register`);
      await page.locator('main h1').first().waitFor();
      const submit = page.locator('main form button[type="submit"]').first();
      await submit.click();
      // The first required field is reported, in Bengali, and the form was not sent.
      const message = await page.evaluate(() => {
        const invalid = document.querySelector('main form :invalid') as HTMLInputElement | null;
        return invalid?.validationMessage ?? '';
      });
      expect(message).toBe('এই ঘরটি পূরণ করুন।');
      expect(new URL(page.url()).pathname).toBe('/register');

      // A malformed email: the Bengali message for it; typing clears the custom message.
      const email = page.locator('main form input[type="email"]').first();
      if ((await email.count()) > 0) {
        await email.fill('karim@');
        await submit.click();
        expect(await email.evaluate((el: HTMLInputElement) => el.validationMessage)).toMatch(
          /^সঠিক ইমেইল ঠিকানা লিখুন/,
        );
        await email.fill('karim@example.com');
        expect(await email.evaluate((el: HTMLInputElement) => el.validity.customError)).toBe(false);
      }

      // In English, English.
      await page.evaluate(() => localStorage.setItem('haat.lang', 'en'));
      await page.reload();
      await page.locator('main h1').first().waitFor();
      await page.locator('main form button[type="submit"]').first().click();
      const english = await page.evaluate(
        () =>
          (document.querySelector('main form :invalid') as HTMLInputElement | null)
            ?.validationMessage,
      );
      expect(english).toBe('Please fill in this field.');
    } finally {
      await page.context().close();
    }
  });
});
