import { expect, it, describe } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { buyer } from '../helpers/shopping.ts';
import { pharmacy } from '../../src/modules/prescriptions/test-support.ts';
import { insertOrder } from '../../src/modules/reviews/test-support.ts';
import { hasChromium, newPhonePage, screenshotter, signIn, webServerForFile } from './support.ts';

/**
 * A delivered strip of Napa 500 on the customer's order page (Bengali, 360 px): "remind me to
 * refill" with 10 days prefilled, then the reminder's date and "stop reminders".
 * Screenshots: test-artifacts/refills-*.png.
 */

const server = webServerForFile('refills');
const shot = screenshotter('refills');

describe('refill reminders in the browser', () => {
  it.skipIf(!hasChromium)(
    'the customer turns a refill reminder on and off on a delivered medicine line',
    async () => {
      const t = server as unknown as TestApp;
      const shop = await pharmacy(t);
      const customer = await buyer(server.ctx, server.app, shop.shopId);
      const { orderId } = await insertOrder(
        server.ctx,
        customer.id,
        shop.shopId,
        { id: shop.otc.productId, variantId: shop.otc.variantId },
        'delivered',
      );
      await server.ctx.db
        .insertInto('order_events')
        .values({
          order_id: orderId,
          from_status: 'out_for_delivery',
          to_status: 'delivered',
          actor_user_id: null,
          actor_role: 'system',
          reason: null,
        })
        .execute();

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/orders/${orderId}`);
      await signIn(page, customer);
      const form = page.getByTestId('refill-form');
      await form.waitFor();
      expect(await page.getByTestId('refill-days').inputValue()).toBe('10');
      await shot(page, 'offer');
      await form.locator('button[type="submit"]').click();
      const active = page.getByTestId('refill-active');
      await active.waitFor();
      await shot(page, 'active');
      await active.locator('button').click();
      await page.getByTestId('refill-form').waitFor();
    },
    90_000,
  );
});
