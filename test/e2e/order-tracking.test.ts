import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
 * Order tracking in the browser at 360×740, in Bengali: the customer's order page shows when the
 * order should arrive (Dhaka time, Bengali digits), its steps with the current one marked, one
 * sentence on what happens next and a tap to call the shop; the seller gives the rider on the
 * order queue and the customer then gets a tap to call the rider.
 * Screenshots: test-artifacts/order-tracking-*.png.
 */

const server = webServerForFile('order-tracking');
const shot = screenshotter('order-tracking');

/** A tap target a thumb can hit: at least 44 px high. */
async function thumbSized(target: Locator) {
  const box = await target.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.width).toBeGreaterThanOrEqual(44);
}

describe('order tracking in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'the customer sees the window, the steps, the next step and the shop phone; then the rider the seller gives',
    async () => {
      // No opening hours: the shop takes the order now (a closed shop would move the window).
      const made = await approvedShopWithProduct(server, {
        shop: { openingHours: [], phone: '01711-223344' },
      });
      const customer = await buyer(server.ctx, server.app, made.shopId);
      await addToCart(server.app, customer, made.variantId);
      const placed = await checkout(server.app, customer);
      expect(placed.statusCode).toBe(201);
      const orderId = placed.json().orders[0].id as string;

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/orders/${orderId}`);
      await signIn(page, customer);
      const tracking = page.getByTestId('order-tracking');
      await tracking.waitFor();

      // When: "আনুমানিক পৌঁছাবে: আজ বিকাল ৪টা–৫টা" (or tomorrow, late at night), Bengali digits.
      const eta = (await tracking.getByTestId('order-eta').textContent()) ?? '';
      expect(eta).toMatch(/^আনুমানিক পৌঁছাবে: (আজ|আগামীকাল) \S+ [০-৯]+টা–/);
      expect(eta).not.toMatch(/[0-9A-Za-z]/);
      // The steps, the current one marked, and what happens next in one sentence.
      const current = tracking.locator('[data-testid=order-tracker] li[aria-current=step]');
      expect(await current.getAttribute('data-step')).toBe('placed');
      expect(await current.textContent()).toBe('অর্ডার হয়েছে');
      expect(await tracking.locator('[data-testid=order-tracker] li').count()).toBe(5);
      expect(await tracking.getByTestId('order-next-step').textContent()).toBe(
        'দোকান আপনার অর্ডারটি দেখছে; গ্রহণ করলে প্যাক করা হবে।',
      );
      // The shop, a tap away.
      const callShop = tracking.getByTestId('call-shop');
      expect(await callShop.getAttribute('href')).toBe('tel:+8801711223344');
      expect(await callShop.textContent()).toContain('০১৭১১২২৩৩৪৪');
      await thumbSized(callShop);
      expect(await tracking.getByTestId('call-rider').count()).toBe(0);
      await shot(page, 'placed');

      // The shop accepts, packs and sends it out; the seller gives the rider on the queue.
      for (const to of ['accepted', 'packed', 'out_for_delivery'])
        expect((await moveOrder(server.app, made.seller, orderId, to)).statusCode).toBe(200);
      const sellerPage = await newPhonePage(server.browser);
      await sellerPage.goto(`${server.baseUrl}/seller/shops/${made.shopId}/orders`);
      await signIn(sellerPage, made.seller);
      const row = sellerPage.locator(`[data-testid="order-row"][data-order-id="${orderId}"]`);
      await row.getByRole('button', { expanded: false }).click();
      const form = row.getByTestId('rider-form');
      await form.waitFor();
      // A number that is not a Bangladeshi mobile is refused, and nothing is stored.
      await form.getByLabel('রাইডারের মোবাইল নম্বর').fill('১২৩৪৫');
      await form.getByRole('button', { name: 'রাইডার সংরক্ষণ করুন' }).click();
      await form.getByText('সঠিক বাংলাদেশি মোবাইল নম্বর দিন').waitFor();
      await form.getByLabel('রাইডারের নাম (ঐচ্ছিক)').fill('রফিক মিয়া');
      await form.getByLabel('রাইডারের মোবাইল নম্বর').fill('০১৮১২-৩৪৫৬৭৮');
      await thumbSized(form.getByRole('button', { name: 'রাইডার সংরক্ষণ করুন' }));
      await form.getByRole('button', { name: 'রাইডার সংরক্ষণ করুন' }).click();
      await expect
        .poll(() => form.getByTestId('rider-current').textContent())
        .toBe('এখনকার রাইডার: রফিক মিয়া · ০১৮১২৩৪৫৬৭৮');
      await shot(sellerPage, 'seller-rider');
      const stored = await server.ctx.db
        .selectFrom('orders')
        .select(['rider_name', 'rider_phone'])
        .where('id', '=', orderId)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ rider_name: 'রফিক মিয়া', rider_phone: '+8801812345678' });

      // The customer's page now: on its way, the rider a tap away.
      await page.reload();
      await tracking.waitFor();
      const callRider = tracking.getByTestId('call-rider');
      await callRider.waitFor();
      expect(await callRider.getAttribute('href')).toBe('tel:+8801812345678');
      expect(await callRider.textContent()).toContain('০১৮১২৩৪৫৬৭৮');
      expect(await callRider.locator('[translate=no]').textContent()).toBe('রফিক মিয়া');
      await thumbSized(callRider);
      expect(
        await tracking
          .locator('[data-testid=order-tracker] li[aria-current=step]')
          .getAttribute('data-step'),
      ).toBe('out_for_delivery');
      expect(await tracking.getByTestId('order-next-step').textContent()).toBe(
        'অর্ডারটি আপনার কাছে আসছে; ফোনটি কাছে রাখুন।',
      );
      expect(await tracking.getByTestId('order-eta').textContent()).toMatch(/^আনুমানিক পৌঁছাবে: /);
      await shot(page, 'on-the-way');

      // Delivered: when it came instead of a window, and no rider any more.
      expect((await moveOrder(server.app, made.seller, orderId, 'delivered')).statusCode).toBe(200);
      await page.reload();
      await tracking.getByTestId('order-delivered-at').waitFor();
      expect(await tracking.getByTestId('order-eta').count()).toBe(0);
      expect(await tracking.getByTestId('call-rider').count()).toBe(0);
      await sellerPage.context().close();
      await page.context().close();
    },
    240_000,
  );
});
