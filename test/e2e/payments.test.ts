import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TestUser } from '../helpers/factories.ts';
import { addToCart, buyer } from '../helpers/shopping.ts';
import {
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  webServerForFile,
  approvedShopWithProduct,
} from './support.ts';

/**
 * Nagad and card (SSLCommerz) in a real browser at 360×740, in Bengali: a customer pays with
 * Nagad on its sandbox page; another cancels on the card page, is told the order was cancelled
 * and its items are back in the bag, checks out again and pays by card. The database is checked after each step:
 * the payment row, the order status and the stock held for the order.
 * Screenshots: test-artifacts/payments-*.png.
 */

const server = webServerForFile('payments', { categories: true, publicUrl: true });

const shot = screenshotter('payments');

const shopWithProduct = () =>
  approvedShopWithProduct(server, {
    product: {
      nameBn: 'সরিষার তেল',
      variants: [{ sku: `P-${randomUUID().slice(0, 8)}`, price: 25000, initialStock: 10 }],
    },
  });

/** A customer with an address beside the shop and `quantity` of the variant in the bag. */
async function customerWithBag(shopId: string, variantId: string, quantity: number) {
  const customer = await buyer(server.ctx, server.app, shopId);
  await addToCart(server.app, customer, variantId, quantity);
  return customer;
}

async function checkoutWith(customer: TestUser, shopId: string, provider: string) {
  const page = await newPhonePage(server.browser);
  await page.goto(`${server.baseUrl}/checkout`);
  await signIn(page, customer);
  await page.getByRole('heading', { name: 'অর্ডার নিশ্চিত করুন' }).waitFor();
  await page.locator(`select[name="payment-${shopId}"]`).selectOption(provider);
  await page.getByRole('button', { name: 'অর্ডার দিন' }).click();
  await page.getByRole('button', { name: 'Approve' }).waitFor();
  return page;
}

async function orderOf(customerId: string) {
  return server.ctx.db
    .selectFrom('orders as o')
    .innerJoin('payments as p', 'p.order_id', 'o.id')
    .select(['o.id', 'o.status', 'o.total', 'p.provider', 'p.status as paymentStatus', 'p.amount'])
    .where('o.customer_id', '=', customerId)
    .executeTakeFirstOrThrow();
}

async function onHand(variantId: string) {
  const row = await server.ctx.db
    .selectFrom('product_variants')
    .select('on_hand')
    .where('id', '=', variantId)
    .executeTakeFirstOrThrow();
  return Number(row.on_hand);
}

describe('Nagad and card payments in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'a customer pays with Nagad on its sandbox page',
    async () => {
      const { shop, variantId } = await shopWithProduct();
      const customer = await customerWithBag(shop.id, variantId, 2);
      const page = await checkoutWith(customer, shop.id, 'nagad');
      // The order is waiting for its payment and holds its stock while the buyer is on Nagad.
      expect(await orderOf(customer.id)).toMatchObject({
        status: 'pending_payment',
        provider: 'nagad',
        paymentStatus: 'pending',
      });
      expect(await onHand(variantId)).toBe(8);
      await shot(page, '01-nagad-sandbox');
      await page.getByRole('button', { name: 'Approve' }).click();
      await page.getByTestId('payment-paid').waitFor();
      expect(await page.getByTestId('order-status').textContent()).toBe('অর্ডার হয়েছে');
      await shot(page, '02-nagad-paid');
      const order = await orderOf(customer.id);
      expect(order).toMatchObject({ status: 'placed', paymentStatus: 'paid' });
      expect(order.amount).toBe(order.total);
      expect(await onHand(variantId)).toBe(8);
      await page.context().close();
    },
    120_000,
  );

  it.skipIf(!hasChromium)(
    'a customer cancels on the card page, finds the items back in the bag and pays by card',
    async () => {
      const { shop, variantId } = await shopWithProduct();
      const customer = await customerWithBag(shop.id, variantId, 1);
      const page = await checkoutWith(customer, shop.id, 'sslcommerz');
      await shot(page, '03-card-sandbox');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByTestId('payment-failed').getByText('বাতিল হয়েছে').waitFor();
      await shot(page, '04-card-cancelled');
      // Not paid: the order is cancelled, its stock released, its lines back in the bag.
      const cancelled = await orderOf(customer.id);
      expect(cancelled).toMatchObject({ status: 'cancelled', paymentStatus: 'cancelled' });
      expect(await onHand(variantId)).toBe(10);
      expect(await page.getByTestId('order-status').textContent()).toBe('বাতিল');

      // Paying again, in one tap: the same way (the card), or cash on delivery instead.
      const again = page.getByTestId('pay-again').getByRole('link');
      expect(await again.count()).toBe(2);
      expect(await again.nth(1).textContent()).toBe('ক্যাশ অন ডেলিভারিতে অর্ডার দিন');
      expect(await again.nth(1).getAttribute('href')).toBe('/checkout?pay=cod');
      await again.first().click();
      await page.getByRole('heading', { name: 'অর্ডার নিশ্চিত করুন' }).waitFor();
      // The bag was restored, and the card is chosen already.
      expect(await page.getByTestId('checkout-shop').count()).toBe(1);
      await expect
        .poll(() => page.locator(`select[name="payment-${shop.id}"]`).inputValue())
        .toBe('sslcommerz');
      await page.getByRole('button', { name: 'অর্ডার দিন' }).click();
      await page.getByRole('button', { name: 'Approve' }).click();
      await page.getByTestId('payment-paid').waitFor();
      await shot(page, '05-card-paid');
      const paid = await server.ctx.db
        .selectFrom('orders as o')
        .innerJoin('payments as p', 'p.order_id', 'o.id')
        .select(['o.status', 'p.status as paymentStatus'])
        .where('o.customer_id', '=', customer.id)
        .where('o.id', '!=', cancelled.id)
        .executeTakeFirstOrThrow();
      expect(paid).toEqual({ status: 'placed', paymentStatus: 'paid' });
      expect(await onHand(variantId)).toBe(9);
      await page.context().close();
    },
    120_000,
  );
});
