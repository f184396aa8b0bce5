import { describe, expect, it } from 'vitest';
import { addToCart, buyer } from '../helpers/shopping.ts';
import {
  approvedShopWithProduct,
  bengaliTaka,
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  webServerForFile,
} from './support.ts';

/**
 * A customer buys an item in a flash sale with a shop's coupon, in Bengali at 360 px: the product
 * page shows the flash price against the regular one with a countdown; at checkout the customer
 * types the coupon, sees the flash saving and the coupon's discount line by line, and places the
 * order at the discounted total. Screenshots: test-artifacts/promotions-*.png.
 */

const server = webServerForFile('promotions');
const shot = screenshotter('promotions');

describe('offers in the browser', () => {
  it.skipIf(!hasChromium)(
    'a customer uses a coupon on an item in a flash sale',
    async () => {
      const { seller, shopId, productId, variantId } = await approvedShopWithProduct(server, {
        product: {
          nameBn: 'সরিষার তেল',
          variants: [{ sku: `OIL-${Date.now()}`, price: 50_000, initialStock: 20 }],
        },
      });
      const hour = 3600_000;
      const sale = await server.app.inject({
        method: 'POST',
        url: `/api/v1/shops/${shopId}/flash-sales`,
        headers: seller.auth,
        payload: {
          variantId,
          price: 40_000,
          stockCap: 5,
          perCustomer: 2,
          startsAt: new Date(Date.now() - hour).toISOString(),
          endsAt: new Date(Date.now() + 2 * hour).toISOString(),
        },
      });
      expect(sale.statusCode).toBe(201);
      const coupon = await server.app.inject({
        method: 'POST',
        url: `/api/v1/shops/${shopId}/coupons`,
        headers: seller.auth,
        payload: {
          code: 'EID50',
          kind: 'fixed',
          value: 5_000,
          maxUses: 50,
          startsAt: new Date(Date.now() - hour).toISOString(),
          endsAt: new Date(Date.now() + 2 * hour).toISOString(),
        },
      });
      expect(coupon.statusCode).toBe(201);
      const customer = await buyer(server.ctx, server.app, shopId);

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/products/${productId}`);
      const badge = page.getByTestId('flash-sale');
      await badge.waitFor();
      expect(await page.getByTestId('flash-price').textContent()).toBe(bengaliTaka(40_000));
      await expect.poll(() => page.getByTestId('flash-countdown').textContent()).toMatch(/শেষ হবে/);
      await shot(page, 'product');

      await addToCart(server.app, customer, variantId, 2);
      await page.goto(`${server.baseUrl}/checkout`);
      await signIn(page, customer);
      await page.getByTestId('checkout-page').waitFor();
      const shopQuote = page.getByTestId('shop-quote');
      await shopQuote.waitFor();
      expect(await page.getByTestId('quote-flash-saving').textContent()).toBe(
        `−${bengaliTaka(20_000)}`,
      );
      await page.getByTestId('coupon-input').fill('eid50');
      await page.getByTestId('coupon-apply').click();
      await page.getByTestId('coupon-applied').waitFor();
      expect(await page.getByTestId('quote-discount').textContent()).toBe(`−${bengaliTaka(5_000)}`);
      await shot(page, 'checkout');
      await expect
        .poll(() => page.getByTestId('place-order').isEnabled(), { timeout: 15_000 })
        .toBe(true);
      await page.getByTestId('place-order').click();
      await page.waitForURL(/\/orders\?placed=1/);

      const order = await server.ctx.db
        .selectFrom('orders')
        .select(['id', 'subtotal', 'discount', 'total', 'delivery_charge', 'cod_charge'])
        .where('customer_id', '=', customer.id)
        .executeTakeFirstOrThrow();
      expect(order.subtotal).toBe(80_000);
      expect(order.discount).toBe(5_000);
      expect(order.total).toBe(80_000 + order.delivery_charge + order.cod_charge - 5_000);
      const line = await server.ctx.db
        .selectFrom('order_items')
        .select(['unit_price', 'list_price'])
        .where('order_id', '=', order.id)
        .executeTakeFirstOrThrow();
      expect(line).toEqual({ unit_price: 40_000, list_price: 50_000 });
    },
    180_000,
  );
});
