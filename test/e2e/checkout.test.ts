import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../helpers/factories.ts';
import {
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  toBengaliDigits,
  webServerForFile,
  approvedShopWithProduct,
} from './support.ts';
import { deliverThroughQueue } from './seller-queue.ts';

/**
 * Buying from two shops in a real browser at 360×740, in Bengali: a guest fills the bag, signs in
 * (the bag moves into the account), checks out with a new address, pays one shop with bKash on the
 * sandbox page and the other cash on delivery; both sellers take their orders to "delivered" in
 * their queue, and the customer sees it on the timeline. Screenshots: test-artifacts/checkout-*.png.
 */

const server = webServerForFile('checkout', { categories: true, publicUrl: true });

const shot = screenshotter('checkout');
const DHANMONDI = { lat: 23.7461, lng: 90.3742 };

async function shopWithProduct(nameBn: string, productBn: string, price: number) {
  return approvedShopWithProduct(server, {
    shop: {
      nameBn,
      lat: DHANMONDI.lat + Math.random() / 500,
      lng: DHANMONDI.lng + Math.random() / 500,
    },
    product: {
      nameBn: productBn,
      variants: [{ sku: `S-${randomUUID().slice(0, 8)}`, price, initialStock: 20 }],
    },
  });
}

// --- Reviews (after delivery): helpers used at the end of the test.

/** Bengali with markup-looking text: it must come back as typed, never as HTML. */
const REVIEW_TEXT = 'ডিমগুলো টাটকা, দামও ঠিক। <b>not bold</b>';
const REPLY_TEXT = 'ধন্যবাদ! <i>আবার</i> আসবেন।';

/** Waits until an <img> has loaded and decoded (the browser may still be fetching it). */
async function decoded(img: Locator) {
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), {
      timeout: 15_000,
    })
    .toBe(true);
}

/**
 * On the delivered order's page the customer writes a 4-star review of one item with a photo,
 * and the item then shows "reviewed" with the stars.
 */
async function writeReview(page: Page, orderId: string, itemName: string) {
  const photo = await sharp({
    create: { width: 800, height: 600, channels: 3, background: '#b45309' },
  })
    .jpeg()
    .toBuffer();
  await page.goto(`${server.baseUrl}/orders/${orderId}`);
  const item = page.getByTestId('order-item').filter({ hasText: itemName });
  await item.getByRole('button', { name: 'রিভিউ লিখুন' }).click();
  const form = item.getByTestId('review-form');
  // The stars are a radio group with one labelled radio per rating.
  await form.getByRole('group', { name: 'কত তারা দেবেন?' }).waitFor();
  await form.getByRole('radio', { name: '৪ তারা' }).check();
  expect(await form.getByRole('radio', { checked: true }).count()).toBe(1);
  await form.getByLabel('আপনার অভিজ্ঞতা (ইচ্ছা হলে)').fill(REVIEW_TEXT);
  await form
    .getByTestId('review-photo-input')
    .setInputFiles({ name: 'eggs.jpg', mimeType: 'image/jpeg', buffer: photo });
  await decoded(form.getByTestId('review-photo-preview'));
  await shot(page, '09-review-form');
  await form.getByRole('button', { name: 'রিভিউ জমা দিন' }).click();

  const mine = item.getByTestId('my-review');
  await mine.waitFor();
  expect(await mine.getAttribute('data-rating')).toBe('4');
  expect(await mine.getByTestId('reviewed').textContent()).toBe('রিভিউ দিয়েছেন');
  expect(await mine.getByRole('img', { name: '৫-এর মধ্যে ৪ তারা' }).count()).toBe(1);
  await decoded(mine.getByTestId('review-photo'));
  expect(await item.getByRole('button', { name: 'রিভিউ লিখুন' }).count()).toBe(0);
  await shot(page, '10-reviewed');
}

/** The product page: aggregate 4.0 from one review, the text literally, the photo. */
async function expectReviewOnProduct(page: Page, productId: string, authorName: string) {
  await page.goto(`${server.baseUrl}/products/${productId}`);
  const section = page.getByTestId('reviews');
  await section.getByTestId('review').waitFor();
  expect(await section.getByTestId('rating-average').textContent()).toBe('৪.০');
  expect(await section.getByTestId('rating-count').textContent()).toBe('১টি রিভিউ');
  expect(await page.getByTestId('rating-badge').textContent()).toContain('৪.০ · ১টি রিভিউ');
  const review = section.getByTestId('review');
  expect(await review.count()).toBe(1);
  expect(await review.getByTestId('review-author').textContent()).toBe(authorName);
  expect(await review.getByRole('img', { name: '৫-এর মধ্যে ৪ তারা' }).count()).toBe(1);
  // Rendered as text: the angle brackets are visible and no <b> element exists.
  expect(await review.getByTestId('review-text').textContent()).toBe(REVIEW_TEXT);
  expect(await review.getByTestId('review-text').innerText()).toContain('<b>not bold</b>');
  expect(await section.locator('b').count()).toBe(0);
  await decoded(review.getByTestId('review-photo'));
  await section.scrollIntoViewIfNeeded();
  await shot(page, '11-product-reviews');
}

/** The seller answers from the console's review list; the reply form is then gone (once only). */
async function replyAsSeller(seller: TestUser) {
  const page = await newPhonePage(server.browser);
  await page.goto(`${server.baseUrl}/seller`);
  await signIn(page, seller);
  await page.getByTestId('shop-reviews-link').click();
  await page.getByRole('heading', { name: 'ক্রেতাদের রিভিউ' }).waitFor();
  const review = page.getByTestId('review');
  await review.waitFor();
  expect(await review.getByTestId('review-text').textContent()).toBe(REVIEW_TEXT);
  await review.getByRole('button', { name: 'উত্তর দিন' }).click();
  await review.getByLabel('আপনার উত্তর').fill(REPLY_TEXT);
  await review.getByRole('button', { name: 'উত্তর পাঠান' }).click();
  await review.getByTestId('review-reply').waitFor();
  expect(await review.getByTestId('review-reply').locator('.review-text').textContent()).toBe(
    REPLY_TEXT,
  );
  expect(await review.getByRole('button', { name: 'উত্তর দিন' }).count()).toBe(0);
  await shot(page, '12-seller-reply');
  await page.context().close();
}

/** An admin hides the review from the product page; the product then has no rating. */
async function hideAsAdmin(admin: TestUser, productId: string) {
  const page = await newPhonePage(server.browser);
  await page.goto(`${server.baseUrl}/login`);
  await signIn(page, admin);
  await page.getByRole('link', { name: 'রিভিউ', exact: true }).waitFor();
  await page.goto(`${server.baseUrl}/products/${productId}`);
  const review = page.getByTestId('review');
  await review.waitFor();
  await review.getByRole('button', { name: 'লুকান' }).click();
  await review.getByLabel('কারণ').fill('পরীক্ষা: আপত্তিকর ভাষা');
  await review.getByTestId('moderate-form').getByRole('button', { name: 'লুকান' }).click();
  await page.getByTestId('review-hidden').waitFor();
  await expect.poll(() => page.getByTestId('review').count()).toBe(0);
  expect(await page.getByTestId('rating-summary').getAttribute('data-count')).toBe('0');
  await shot(page, '13-admin-hidden');
  await page.context().close();
}

describe('checkout in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'a customer buys from two shops (bKash and COD) and both sellers deliver',
    async () => {
      const rice = await shopWithProduct(`চাল ঘর ${randomUUID().slice(0, 4)}`, 'মিনিকেট চাল', 7250);
      const eggs = await shopWithProduct(`ডিম বাড়ি ${randomUUID().slice(0, 4)}`, 'দেশি ডিম', 16000);
      // The egg shop's riders charge ৳25 within 5 km (rice keeps the defaults: free delivery).
      const settings = await server.app.inject({
        method: 'PUT',
        url: `/api/v1/shops/${eggs.shopId}/delivery-settings`,
        headers: eggs.seller.auth,
        payload: {
          ownDelivery: true,
          courier: true,
          cod: true,
          codChargeBp: 0,
          tiers: [{ upToM: 5000, chargePoisha: 2500 }],
        },
      });
      expect(settings.statusCode).toBe(200);
      const customer = await createUser(server.ctx, { name: 'নাসরিন সুলতানা' });

      // As a guest: two products from two shops go into the bag kept in the browser.
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/products/${rice.productId}`);
      await page.getByTestId('product-title').waitFor();
      await page.getByTestId('add-to-cart').click();
      await page.getByTestId('added-to-cart').waitFor();
      expect(await page.getByTestId('cart-count').textContent()).toBe('১');
      await page.goto(`${server.baseUrl}/products/${eggs.productId}`);
      await page.getByTestId('product-title').waitFor();
      await page.getByTestId('add-to-cart').click();
      await page.getByTestId('add-to-cart').click();
      await expect.poll(() => page.getByTestId('cart-count').textContent()).toBe('৩');

      await page.getByTestId('cart-link').click();
      await page.getByRole('heading', { name: 'আমার ব্যাগ' }).waitFor();
      expect(await page.getByTestId('cart-shop').count()).toBe(2);
      // 72.50 + 2 × 160.00 = 392.50 taka, in Bengali digits.
      expect(await page.getByTestId('cart-subtotal').textContent()).toContain(
        toBengaliDigits('392.50'),
      );
      await shot(page, '01-guest-cart');

      // Signing in moves the bag into the account (POST /cart/merge) and continues to checkout.
      await page.getByRole('button', { name: 'অর্ডার করতে এগিয়ে যান' }).click();
      await signIn(page, customer);
      await page.getByRole('heading', { name: 'অর্ডার নিশ্চিত করুন' }).waitFor();
      await expect.poll(() => page.getByTestId('checkout-shop').count()).toBe(2);
      await expect
        .poll(async () => {
          const cart = await server.app.inject({
            method: 'GET',
            url: '/api/v1/cart',
            headers: customer.auth,
          });
          return (cart.json() as { items: unknown[] }).items.length;
        })
        .toBe(2);

      // A new address: area picker and a landmark.
      const form = page.getByTestId('address-form');
      await form.getByLabel('যিনি নেবেন তাঁর নাম').fill('নাসরিন সুলতানা');
      await form.getByLabel('মোবাইল নম্বর').fill('০১৭১১২২৩৩৪৪');
      await page.getByTestId('place-select-0').selectOption({ label: 'ঢাকা' });
      await page.getByTestId('place-select-1').selectOption({ label: 'ঢাকা' });
      await page.getByTestId('place-select-2').selectOption({ label: 'ধানমন্ডি' });
      await form.getByLabel('বাসা/রাস্তা').fill('বাড়ি ৭, রোড ২৭');
      await form.getByLabel('চেনার মতো জায়গা').fill('মসজিদের পাশে');
      await form.getByRole('button', { name: 'ঠিকানা রাখুন' }).click();
      await page.getByText('মসজিদের পাশে', { exact: false }).first().waitFor();
      await page.getByRole('radio', { name: /বাসা/ }).waitFor();

      // Rice paid with bKash, eggs cash on delivery.
      await page.locator(`select[name="payment-${rice.shopId}"]`).selectOption('bkash');
      await page.locator(`select[name="payment-${eggs.shopId}"]`).selectOption('cod');
      // Before ordering, each shop's delivery charge for this address (the quote) is on the page.
      const quotedCharge = async (shopId: string) => {
        const shop = page.locator(`[data-testid="checkout-shop"][data-shop-id="${shopId}"]`);
        return shop.getByTestId('quote-delivery-charge').textContent();
      };
      await page.getByRole('button', { name: 'অর্ডার দিন' }).waitFor();
      const quoted = {
        rice: await quotedCharge(rice.shopId),
        eggs: await quotedCharge(eggs.shopId),
      };
      // How long delivery usually takes, in Bengali words and digits.
      const typicalTime = page
        .locator(`[data-testid="checkout-shop"][data-shop-id="${eggs.shopId}"]`)
        .getByTestId('quote-delivery-time');
      expect(await typicalTime.textContent()).toMatch(/^[০-৯]+(–[০-৯]+)? (মিনিট|ঘণ্টা|দিন)$/);
      // Whole taka without ".০০".
      expect(quoted.eggs).toContain(toBengaliDigits('25'));
      expect(quoted.eggs).not.toContain('.');
      await shot(page, '02-checkout');
      await page.getByRole('button', { name: 'অর্ডার দিন' }).click();

      // The bKash sandbox page; approving sends the browser back through the callback.
      await page.getByRole('button', { name: 'Approve' }).waitFor();
      await shot(page, '03-bkash-sandbox');
      await page.getByRole('button', { name: 'Approve' }).click();
      await page.getByTestId('payment-paid').waitFor();
      await page.getByTestId('order-page').waitFor();
      const riceOrderId = new URL(page.url()).pathname.split('/').pop()!;
      expect(await page.getByTestId('order-status').textContent()).toBe('অর্ডার হয়েছে');
      await shot(page, '04-paid');

      const orders = await server.ctx.db
        .selectFrom('orders')
        .select(['id', 'number', 'shop_id', 'status', 'payment_method', 'delivery_charge'])
        .where('customer_id', '=', customer.id)
        .execute();
      expect(orders).toHaveLength(2);
      for (const [shop, charge] of [
        [rice, quoted.rice],
        [eggs, quoted.eggs],
      ] as const) {
        const order = orders.find((o) => o.shop_id === shop.shopId)!;
        const taka = order.delivery_charge / 100;
        expect(charge).toContain(
          toBengaliDigits(Number.isInteger(taka) ? `${taka}৳` : taka.toFixed(2)),
        );
      }
      const eggOrder = orders.find((o) => o.shop_id === eggs.shopId)!;
      expect(eggOrder.payment_method).toBe('cod');
      expect(orders.find((o) => o.shop_id === rice.shopId)?.id).toBe(riceOrderId);

      // Both sellers take their orders to delivered in their queues. The customer still has the
      // rice order open: it follows the seller's steps live (notification stream), no reload.
      expect(new URL(page.url()).pathname).toBe(`/orders/${riceOrderId}`);
      await deliverThroughQueue(server, shot, rice.seller, rice.shopId, riceOrderId, '05-rice');
      await expect
        .poll(() => page.getByTestId('order-status').first().textContent(), { timeout: 20_000 })
        .toBe('পৌঁছে গেছে');
      await deliverThroughQueue(server, shot, eggs.seller, eggs.shopId, eggOrder.id, '06-eggs', {
        findByNumber: eggOrder.number,
        cod: true,
      });

      // The customer sees "delivered" on both timelines.
      await page.goto(`${server.baseUrl}/orders`);
      await page.getByRole('heading', { name: 'আমার অর্ডার' }).waitFor();
      await expect.poll(() => page.getByText('পৌঁছে গেছে').count()).toBe(2);
      await page.locator(`[data-order-id="${eggOrder.id}"] a`).click();
      const timeline = page.getByTestId('order-timeline');
      await timeline.locator('li[data-status="delivered"]').waitFor();
      expect(await timeline.locator('li').count()).toBe(5);
      expect(await page.getByTestId('order-total').textContent()).toMatch(/[০-৯]/);
      await shot(page, '07-timeline');

      // The receipt downloads as a PDF, in Bengali like the page.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('receipt-download').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`haat-receipt-${eggOrder.number}-bn.pdf`);
      const pdf = await readFile((await download.path())!);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // "Buy again" puts the delivered eggs back in the bag, at today's price, as far as stock allows.
      const bought = await server.ctx.db
        .selectFrom('order_items')
        .select(['variant_id', 'quantity'])
        .where('order_id', '=', eggOrder.id)
        .execute();
      await page.getByRole('button', { name: 'আবার কিনুন' }).click();
      await page.getByTestId('buy-again-result').waitFor();
      expect(await page.getByTestId('buy-again-result').textContent()).toContain(
        `${toBengaliDigits(String(bought.length))}টি পণ্য আজকের দামে ব্যাগে রাখা হয়েছে।`,
      );
      const bag = await server.ctx.db
        .selectFrom('cart_items')
        .select(['variant_id', 'quantity'])
        .where('customer_id', '=', customer.id)
        .execute();
      expect(bag).toEqual(bought);
      await expect
        .poll(() => page.getByTestId('cart-count').textContent())
        .toBe(toBengaliDigits(String(bought.reduce((n, b) => n + b.quantity, 0))));

      // A favourite from the product page shows up in /favorites.
      await page.goto(`${server.baseUrl}/products/${eggs.productId}`);
      await page.getByTestId('favorite-toggle').click();
      await expect
        .poll(() => page.getByTestId('favorite-toggle').getAttribute('aria-pressed'))
        .toBe('true');
      // The bottom bar's account page leads to it.
      await page.getByRole('link', { name: 'আমার অ্যাকাউন্ট' }).click();
      await page.getByRole('link', { name: 'পছন্দের তালিকা' }).click();
      // A card: the name, its price with what it buys, and its shop.
      const card = page.getByTestId('favorite').filter({ hasText: 'দেশি ডিম' });
      await card.waitFor();
      expect(await card.getByTestId('price').textContent()).toMatch(/[০-৯]+৳/);
      expect(await card.getByTestId('price-per').count()).toBe(1);

      // The admin finds the bKash payment, paid, by its order's number (the list is shared with
      // every test running now), then narrows the list to bKash payments that are paid.
      const riceOrder = orders.find((o) => o.id === riceOrderId)!;
      const adminUser = await createUser(server.ctx, { role: 'admin' });
      const admin = await newPhonePage(server.browser);
      await admin.goto(`${server.baseUrl}/admin/payments`);
      await signIn(admin, adminUser);
      await admin.getByRole('heading', { name: 'পেমেন্ট' }).waitFor();
      const orderNumber = admin.getByLabel('অর্ডার নম্বর');
      await orderNumber.fill(riceOrder.number.toLowerCase());
      await orderNumber.press('Enter');
      const paid = admin.locator(
        `[data-testid="admin-payment"][data-order-number="${riceOrder.number}"]`,
      );
      await paid.waitFor();
      await expect.poll(() => admin.getByTestId('admin-payment').count()).toBe(1);
      expect(await paid.textContent()).toContain('বিকাশ');
      expect(await paid.textContent()).toContain('পরিশোধিত');
      expect(await paid.textContent()).toContain(toBengaliDigits('72.50'));
      await admin.getByLabel('অবস্থা').selectOption('refunded');
      await admin.getByTestId('no-payments').waitFor();
      await admin.getByLabel('অবস্থা').selectOption('paid');
      await paid.waitFor();
      await shot(admin, '08-admin-payments');
      await admin.context().close();

      // Reviews: the customer reviews the delivered eggs (4 stars, Bengali and "<b>" as text, a
      // photo), the product page shows it and the rating; the seller replies once; an admin hides it.
      await writeReview(page, eggOrder.id, 'দেশি ডিম');
      await expectReviewOnProduct(page, eggs.productId, customer.name);
      await page.goto(`${server.baseUrl}/shops/${eggs.shopId}`);
      await page.getByTestId('reviews').getByText(REVIEW_TEXT).waitFor();
      expect(await page.getByTestId('rating-badge').textContent()).toContain('১টি রিভিউ');
      await replyAsSeller(eggs.seller);
      await page.reload();
      await page.getByTestId('review-reply').getByText(REPLY_TEXT).waitFor();
      expect(await page.getByTestId('reviews').locator('i').count()).toBe(0);
      await hideAsAdmin(adminUser, eggs.productId);
    },
    240_000,
  );
});
