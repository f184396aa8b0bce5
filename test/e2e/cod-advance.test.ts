import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createUser, randomPhone } from '../helpers/factories.ts';
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
 * A risky cash-on-delivery order in the browser at 360×740, in Bengali: the shop's policy asks the
 * delivery charge in advance; the checkout offers to pay it by bKash (the sandbox page), the order
 * page then says what was paid and what is left for the door, and the seller's packing slip tells
 * the rider to collect only the rest. Screenshots: test-artifacts/cod-advance-*.png.
 */

const server = webServerForFile('cod-advance', {
  publicUrl: true,
  // This file's server scores COD orders (the suite's default is off).
  env: { RISK_COD_GUARD: 'on' },
});
const shot = screenshotter('cod-advance');

describe('a COD advance in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'the customer pays the delivery charge by bKash and the rider collects the rest',
    async () => {
      const { seller, shopId, variantId } = await approvedShopWithProduct(server, {
        product: {
          nameBn: 'দেশি মুরগির ডিম',
          variants: [{ sku: `E-${randomUUID().slice(0, 8)}`, price: 30_000, initialStock: 20 }],
        },
      });
      const policy = await server.app.inject({
        method: 'PUT',
        url: `/api/v1/shops/${shopId}/risk-policy`,
        headers: seller.auth,
        payload: {
          mediumAction: 'accept',
          highAction: 'advance',
          largeOrderPoisha: 1,
          largeOrderAction: 'advance',
        },
      });
      expect(policy.statusCode).toBe(200);
      const shop = await server.ctx.db
        .selectFrom('shops')
        .select(['lat', 'lng'])
        .where('id', '=', shopId)
        .executeTakeFirstOrThrow();

      // A customer with a verified phone, an address beside the shop and the eggs in the bag.
      const customer = await createUser(server.ctx, { phone: randomPhone() });
      const address = await server.app.inject({
        method: 'POST',
        url: '/api/v1/me/addresses',
        headers: customer.auth,
        payload: {
          label: 'বাসা',
          recipientName: 'নাসরিন',
          phone: customer.phone,
          addressLine: 'বাড়ি ৭, রোড ২৭',
          landmark: 'মসজিদের পাশে',
          lat: shop.lat + 0.001,
          lng: shop.lng,
        },
      });
      expect(address.statusCode).toBe(201);
      const added = await server.app.inject({
        method: 'POST',
        url: '/api/v1/cart/items',
        headers: customer.auth,
        payload: { variantId, quantity: 1 },
      });
      expect(added.statusCode).toBeLessThan(300);

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/checkout`);
      await signIn(page, customer);
      await page.getByRole('heading', { name: 'অর্ডার নিশ্চিত করুন' }).waitFor();
      const place = page.getByRole('button', { name: 'অর্ডার দিন' });
      await expect.poll(() => place.isEnabled(), { timeout: 15_000 }).toBe(true);
      await place.click();

      // The shop asks the delivery charge first: the offer names both amounts.
      const offer = page.getByTestId('cod-advance-offer');
      await offer.waitFor();
      const quote = await server.app.inject({
        method: 'POST',
        url: '/api/v1/checkout/quote',
        headers: customer.auth,
        payload: { addressId: address.json().id, payment: 'cod' },
      });
      const total = quote.json().total as number;
      const charge = quote.json().shops[0].delivery.chargePoisha as number;
      const advance = Math.max(charge, 5_000);
      const taka = (poisha: number) => toBengaliDigits(String(poisha / 100));
      expect(await offer.textContent()).toContain(taka(advance));
      expect(await offer.textContent()).toContain(taka(total - advance));
      await shot(page, '01-offer');
      await page.getByTestId('cod-advance-accept').click();

      // bKash's (sandbox) page for the advance only.
      await page.getByRole('button', { name: 'Approve' }).waitFor();
      await shot(page, '02-bkash');
      await page.getByRole('button', { name: 'Approve' }).click();
      await page.getByTestId('order-page').waitFor();
      await page.getByTestId('payment-paid').waitFor();
      const line = page.getByTestId('order-advance');
      await expect.poll(() => line.getAttribute('data-status')).toBe('paid');
      expect(await line.textContent()).toContain(taka(total - advance));
      expect(await page.getByTestId('order-status').textContent()).toBe('অর্ডার হয়েছে');
      await shot(page, '03-order');
      const orderId = new URL(page.url()).pathname.split('/').pop()!;

      // The seller's packing slip: the rider collects the rest, not the total.
      const sellerPage = await newPhonePage(server.browser);
      await sellerPage.goto(`${server.baseUrl}/seller/orders/${orderId}/slip`);
      await signIn(sellerPage, seller);
      const collect = sellerPage.getByTestId('collect-at-door');
      await collect.waitFor();
      expect(await collect.textContent()).toContain(taka(total - advance));
      expect(await collect.getAttribute('data-collect')).toBe('true');
      await shot(sellerPage, '04-slip');

      // Admins find it among the advances on the payments page.
      const number = (
        await server.ctx.db
          .selectFrom('orders')
          .select('number')
          .where('id', '=', orderId)
          .executeTakeFirstOrThrow()
      ).number;
      const admin = await createUser(server.ctx, { role: 'admin' });
      const adminPage = await newPhonePage(server.browser);
      await adminPage.goto(`${server.baseUrl}/admin/payments`);
      await signIn(adminPage, admin);
      const row = adminPage.locator(
        `[data-testid="admin-cod-advance"][data-order-number="${number}"]`,
      );
      await row.waitFor();
      expect(await row.textContent()).toContain(taka(advance));
      expect(await row.textContent()).toContain('পরিশোধিত');
    },
    180_000,
  );
});
