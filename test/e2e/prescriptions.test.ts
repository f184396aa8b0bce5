import { expect, it, describe } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { addToCart, buyer, checkout } from '../helpers/shopping.ts';
import { pharmacy, png } from '../../src/modules/prescriptions/test-support.ts';
import { hasChromium, newPhonePage, screenshotter, signIn, webServerForFile } from './support.ts';

/**
 * A prescription-only medicine in the browser at 360×740, in Bengali: the checkout says a
 * prescription is needed, the customer uploads a photo on the order page, the seller's accept
 * button stays disabled (with the reason) until the pharmacy has named its pharmacist and the
 * pharmacist approved the prescription shown through the authorized endpoint; then it accepts.
 * Screenshots: test-artifacts/prescriptions-*.png.
 */

const server = webServerForFile('prescriptions');
const shot = screenshotter('prescriptions');

describe('prescriptions in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'an order with Angilock 50 cannot be accepted until the pharmacist approves the uploaded prescription',
    async () => {
      const t = server as unknown as TestApp;
      const shop = await pharmacy(t);
      const customer = await buyer(server.ctx, server.app, shop.shopId);
      await addToCart(server.app, customer, shop.rx.variantId);

      // Checkout: the shop's group says a prescription is needed.
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/checkout`);
      await signIn(page, customer);
      await page.getByTestId('checkout-prescription-needed').waitFor();
      await shot(page, 'checkout');

      const placed = await checkout(server.app, customer);
      expect(placed.statusCode).toBe(201);
      const orderId = placed.json().orders[0].id as string;

      // The order page: needed, then uploaded (the file input that takes a file or a PDF).
      await page.goto(`${server.baseUrl}/orders/${orderId}`);
      const panel = page.getByTestId('prescription-panel');
      await panel.getByTestId('prescription-needed').waitFor();
      expect(await panel.getByTestId('prescription-camera').getAttribute('capture')).toBe(
        'environment',
      );
      await panel.getByTestId('prescription-upload').setInputFiles({
        name: 'rx.png',
        mimeType: 'image/png',
        buffer: await png(),
      });
      await expect
        .poll(() => panel.getByTestId('prescription-status').getAttribute('data-status'))
        .toBe('submitted');
      await panel.getByTestId('prescription-file').locator('img').waitFor();
      await shot(page, 'uploaded');

      // The seller's queue: accept is disabled with the reason; no pharmacist named yet.
      const seller = await newPhonePage(server.browser);
      await seller.goto(`${server.baseUrl}/seller/shops/${shop.shopId}/orders`);
      await signIn(seller, shop.seller);
      const row = seller.locator(`[data-testid="order-row"][data-order-id="${orderId}"]`);
      await row.waitFor();
      await row.getByRole('button', { expanded: false }).click();
      const accept = row.locator('button[data-step="accepted"]');
      await accept.waitFor();
      expect(await accept.isDisabled()).toBe(true);
      await row.getByTestId('accept-blocked').waitFor();
      await row.getByTestId('pharmacist-missing').waitFor();
      await shot(seller, 'blocked');

      // The owner names the pharmacist in the shop settings.
      await row.getByTestId('pharmacist-missing').getByRole('link').click();
      const form = seller.getByTestId('pharmacist-form');
      await form.waitFor();
      await form.getByLabel('ফার্মাসিস্টের নাম').fill('রহিমা আক্তার');
      await form.getByLabel('নিবন্ধন নম্বর').fill('B-12345');
      await form.getByRole('button', { name: 'সংরক্ষণ' }).click();
      await expect
        .poll(
          async () =>
            (
              await server.ctx.db
                .selectFrom('shop_pharmacists')
                .select('registration_no')
                .where('shop_id', '=', shop.shopId)
                .executeTakeFirst()
            )?.registration_no,
        )
        .toBe('B-12345');

      // Back in the queue: the prescription is shown, the pharmacist approves, accept works.
      await seller.goto(`${server.baseUrl}/seller/shops/${shop.shopId}/orders`);
      await row.waitFor();
      await row.getByRole('button', { expanded: false }).click();
      const review = row.getByTestId('prescription-review');
      await review.getByTestId('prescription-file').locator('img').waitFor();
      expect(await row.locator('button[data-step="accepted"]').isDisabled()).toBe(true);
      await review.getByTestId('prescription-approve').click();
      await expect
        .poll(() => review.getByTestId('prescription-status').getAttribute('data-status'))
        .toBe('approved');
      await expect.poll(() => row.locator('button[data-step="accepted"]').isDisabled()).toBe(false);
      await shot(seller, 'approved');
      await row.locator('button[data-step="accepted"]').click();
      await expect
        .poll(
          async () =>
            (
              await server.ctx.db
                .selectFrom('orders')
                .select('status')
                .where('id', '=', orderId)
                .executeTakeFirstOrThrow()
            ).status,
        )
        .toBe('accepted');

      // The customer sees who approved it.
      await page.reload();
      await page.getByTestId('prescription-approved-by').waitFor();
      expect(await page.getByTestId('prescription-approved-by').textContent()).toContain(
        'রহিমা আক্তার',
      );
    },
    180_000,
  );
});
