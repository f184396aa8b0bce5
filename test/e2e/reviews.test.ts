import { randomUUID } from 'node:crypto';
import type { Locator } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { insertOrder } from '../../src/modules/reviews/test-support.ts';
import { createUser } from '../helpers/factories.ts';
import {
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  webServerForFile,
  approvedShopWithProduct,
} from './support.ts';

/**
 * Reviews in the browser at 360×740, in Bengali: the star radio group by keyboard, the three-photo
 * limit, a refused photo (the review stays, the error names the file and gives the server's
 * message), a review written meanwhile elsewhere (the server's REVIEW_ALREADY_EXISTS message), and
 * an admin hiding and showing a review again by id. Screenshots: test-artifacts/reviews-*.png.
 * The happy path (photo, text shown literally, seller reply) is at the end of checkout.test.ts.
 */

const server = webServerForFile('reviews');

const shot = screenshotter('reviews');

async function shopWithProduct() {
  const made = await approvedShopWithProduct(server, {
    shop: { nameBn: `মুদি ${randomUUID().slice(0, 4)}` },
    product: { nameBn: 'সরিষার তেল' },
  });
  return { shopId: made.shopId, product: { id: made.productId, variantId: made.variantId } };
}

async function decoded(img: Locator) {
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), {
      timeout: 15_000,
    })
    .toBe(true);
}

function jpeg(background: string) {
  return sharp({ create: { width: 640, height: 480, channels: 3, background } })
    .jpeg()
    .toBuffer();
}

describe('reviews in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'keyboard stars, the photo limit, refused photos and duplicate reviews get clear messages; an admin hides by id and shows it again from the hidden list',
    async () => {
      const { shopId, product } = await shopWithProduct();
      const customer = await createUser(server.ctx, { name: 'রহিম উদ্দিন' });
      const first = await insertOrder(server.ctx, customer.id, shopId, product, 'delivered');
      const second = await insertOrder(server.ctx, customer.id, shopId, product, 'delivered');
      const [red, green, blue] = await Promise.all([
        jpeg('#b91c1c'),
        jpeg('#15803d'),
        jpeg('#1d4ed8'),
      ]);

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/orders/${first.orderId}`);
      await signIn(page, customer);
      await page.getByTestId('order-page').waitFor();
      await page.getByRole('button', { name: 'রিভিউ লিখুন' }).click();
      const form = page.getByTestId('review-form');
      const submit = form.getByRole('button', { name: 'রিভিউ জমা দিন' });
      expect(await submit.isDisabled()).toBe(true);

      // The stars are one radio group: arrow keys move the choice like any radio group.
      await form.getByRole('radio', { name: '১ তারা' }).check();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      expect(await form.getByRole('radio', { name: '৫ তারা' }).isChecked()).toBe(true);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await form.getByRole('radio', { name: '৩ তারা' }).isChecked()).toBe(true);
      expect(await form.getByText('মোটামুটি').count()).toBe(1);
      await form.getByLabel('আপনার অভিজ্ঞতা (ইচ্ছা হলে)').fill('তেলের ঝাঁঝ ভালো।\nবোতল একটু চাপা।');

      // Four files chosen: three are kept (the API's limit); the text file is refused by the
      // server's content check after the review itself is saved.
      await form.getByTestId('review-photo-input').setInputFiles([
        { name: 'red.jpg', mimeType: 'image/jpeg', buffer: red },
        { name: 'green.jpg', mimeType: 'image/jpeg', buffer: green },
        { name: 'not-a-photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('just text') },
        { name: 'blue.jpg', mimeType: 'image/jpeg', buffer: blue },
      ]);
      await expect.poll(() => form.getByTestId('review-photo-preview').count()).toBe(3);
      await form.getByText('সর্বোচ্চ ৩টি ছবি দেওয়া যায়').waitFor();
      expect(await form.getByTestId('review-photo-input').isDisabled()).toBe(true);
      await shot(page, '01-form');
      await submit.click();

      const mine = page.getByTestId('my-review');
      await mine.waitFor();
      expect(await mine.getAttribute('data-rating')).toBe('3');
      const error = page.getByTestId('form-error');
      await error.waitFor();
      const message = await error.textContent();
      expect(message).toContain('not-a-photo.jpg');
      expect(message).toContain('ফাইলটি সমর্থিত ছবি নয়');
      await expect.poll(() => mine.getByTestId('review-photo').count()).toBe(2);
      for (const img of await mine.getByTestId('review-photo').all()) await decoded(img);
      await shot(page, '02-photo-refused');

      // The second order: a review written meanwhile elsewhere (here through the API) makes the
      // form's submit answer the server's REVIEW_ALREADY_EXISTS message; the review then shows.
      await page.goto(`${server.baseUrl}/orders/${second.orderId}`);
      await page.getByRole('button', { name: 'রিভিউ লিখুন' }).click();
      await page.getByRole('radio', { name: '৫ তারা' }).check();
      const elsewhere = await server.app.inject({
        method: 'POST',
        url: '/api/v1/reviews',
        headers: customer.auth,
        payload: { orderItemId: second.itemId, rating: 2, text: 'অন্য ট্যাব থেকে' },
      });
      expect(elsewhere.statusCode).toBe(201);
      await page.getByRole('button', { name: 'রিভিউ জমা দিন' }).click();
      await page.getByText('এই পণ্যের রিভিউ আপনি আগেই দিয়েছেন।').waitFor();
      await page.getByTestId('my-review').waitFor();
      expect(await page.getByTestId('my-review').getAttribute('data-rating')).toBe('2');
      await shot(page, '03-already-reviewed');

      // The product's rating: (3 + 2) / 2.
      await page.goto(`${server.baseUrl}/products/${product.id}`);
      await page.getByTestId('review').first().waitFor();
      expect(await page.getByTestId('rating-average').textContent()).toBe('২.৫');
      expect(await page.getByTestId('rating-count').textContent()).toBe('২টি রিভিউ');
      const firstReview = page.getByTestId('review').filter({ hasText: 'তেলের ঝাঁঝ ভালো।' });
      // Line breaks are kept (pre-line), still as text.
      expect(await firstReview.getByTestId('review-text').innerText()).toBe(
        'তেলের ঝাঁঝ ভালো।\nবোতল একটু চাপা।',
      );
      const reviewId = (await firstReview.getAttribute('data-review-id'))!;

      // The admin hides it by id; the customer still sees it on the order, marked as hidden.
      const adminUser = await createUser(server.ctx, { role: 'admin' });
      const admin = await newPhonePage(server.browser);
      await admin.goto(`${server.baseUrl}/admin/reviews?id=${reviewId}`);
      await signIn(admin, adminUser);
      await admin.getByRole('heading', { name: 'রিভিউ দেখা ও লুকানো' }).waitFor();
      expect(await admin.getByLabel('রিভিউয়ের আইডি').inputValue()).toBe(reviewId);
      await admin.getByLabel('কারণ').fill('পরীক্ষা');
      await admin.getByRole('button', { name: 'লুকান' }).click();
      await admin.getByText('রিভিউটি এখন লুকানো।').waitFor();
      // It is now in the list of hidden reviews, with its reason.
      const listed = admin.getByTestId('hidden-review').filter({ hasText: 'তেলের ঝাঁঝ ভালো।' });
      await listed.first().waitFor();
      expect(await listed.first().textContent()).toContain('পরীক্ষা');
      await shot(admin, '04-admin-hidden');

      await page.reload();
      await page.getByTestId('rating-summary').waitFor();
      expect(await page.getByTestId('rating-count').textContent()).toBe('১টি রিভিউ');
      expect(await page.getByTestId('review').count()).toBe(1);
      await page.goto(`${server.baseUrl}/orders/${first.orderId}`);
      await page.getByText('নিয়ম না মানায় এই রিভিউটি অন্যদের দেখানো হচ্ছে না।').waitFor();

      // Found again from the list (not by remembering its id), and shown again.
      await admin.getByLabel('রিভিউয়ের আইডি').fill('');
      await listed.first().getByRole('button', { name: 'এই রিভিউটি বেছে নিন' }).click();
      expect(await admin.getByLabel('রিভিউয়ের আইডি').inputValue()).toBe(reviewId);
      await admin.getByRole('button', { name: 'আবার দেখান' }).click();
      await admin.getByText('রিভিউটি এখন সবাই দেখতে পাচ্ছে।').waitFor();
      await expect.poll(() => listed.count()).toBe(0);
      await page.goto(`${server.baseUrl}/products/${product.id}`);
      await expect.poll(() => page.getByTestId('review').count()).toBe(2);
      expect(await page.getByTestId('rating-average').textContent()).toBe('২.৫');
      await admin.context().close();
      await page.context().close();
    },
    180_000,
  );
});
