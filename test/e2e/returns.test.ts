import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { approveOnline, deliver } from '../../src/modules/money/test-support.ts';
import { paymentGateway } from '../../src/modules/orders/index.ts';
import type { BkashProvider } from '../../src/modules/payments/index.ts';
import { manualCodRefund, setCodRefundSender } from '../../src/modules/returns/index.ts';
import { createUser } from '../helpers/factories.ts';
import { addToCart, buyer, checkout } from '../helpers/shopping.ts';
import {
  approvedShopWithProduct,
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  webServerForFile,
  bengaliTaka,
} from './support.ts';

/**
 * A return in the browser at 360×740, in Bengali: the customer returns one unit of a line of a
 * bKash-paid delivered order, the seller accepts, picks it up and checks it, and the refund shows in
 * the bKash sandbox (its refund status API) and on the customer's order page; the seller's
 * statement shows the reversal and the next payout is smaller by exactly the seller's part of it.
 * Cash on delivery where bKash cannot send the refund: an admin pays it and marks it paid.
 * Screenshots: test-artifacts/returns-*.png.
 */

const server = webServerForFile('returns', { publicUrl: true });
const shot = screenshotter('returns');

/** The shop's payout figures, as its seller reads them from the API. */
async function payoutsOf(made: { shopId: string; seller: { auth: Record<string, string> } }) {
  const res = await server.app.inject({
    url: `/api/v1/shops/${made.shopId}/payouts`,
    headers: made.seller.auth,
  });
  expect(res.statusCode).toBe(200);
  return res.json() as { available: number; pending: number };
}

describe('returns in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'customer returns one line of a bKash order; the seller accepts, picks up and checks; the refund reaches bKash and the page',
    async () => {
      const made = await approvedShopWithProduct(server, {
        product: {
          nameBn: 'সরিষার তেল',
          variants: [{ sku: `E-${randomUUID().slice(0, 8)}`, price: 12_345, initialStock: 50 }],
        },
      });
      const customer = await buyer(server.ctx, server.app, made.shopId);
      await addToCart(server.app, customer, made.variantId, 2);
      const placed = await checkout(server.app, customer, 'bkash');
      expect(placed.statusCode).toBe(201);
      const order = placed.json().orders[0] as { id: string; payment: { redirectUrl: string } };
      await approveOnline(server.app, order.payment.redirectUrl);
      await deliver(server.app, made.seller, order.id);
      // What the seller's next payout holds before the return (the order is in its window).
      const payoutsBefore = await payoutsOf(made);

      // The customer asks to return one of the two bottles.
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/orders/${order.id}`);
      await signIn(page, customer);
      await page.getByTestId('order-returns').waitFor();
      await page.getByTestId('return-start').click();
      const form = page.getByTestId('return-form');
      expect(await form.getByTestId('return-submit').isDisabled()).toBe(true);
      await form.locator('input[type=number]').first().fill('1');
      await form.getByTestId('return-reason').selectOption('damaged');
      await form.getByLabel('বিস্তারিত (ঐচ্ছিক)').fill('বোতল ফেটে গেছে');
      await expect
        .poll(() => form.getByTestId('return-estimate').textContent())
        .toContain('১২৩.৪৫');
      await shot(page, 'customer-form');
      await form.getByTestId('return-submit').click();
      await page.locator('[data-testid=return][data-status=requested]').waitFor();
      expect(await page.getByTestId('return-status').textContent()).toBe('অনুরোধ করা হয়েছে');

      // The seller handles it from the shop's returns inbox.
      const sellerPage = await newPhonePage(server.browser);
      await sellerPage.goto(`${server.baseUrl}/seller/shops/${made.shopId}/returns`);
      await signIn(sellerPage, made.seller);
      const row = sellerPage.getByTestId('return-row').first();
      await row.waitFor();
      expect(await row.textContent()).toContain('বোতল ফেটে গেছে');
      await row.locator('[data-step=accepted]').click();
      await row.locator('[data-step=picked_up]').click();
      await row.getByTestId('return-resellable').waitFor();
      await shot(sellerPage, 'seller-check');
      await row.locator('[data-step=checked]').click();
      await expect
        .poll(() => row.getByTestId('return-status').textContent(), { timeout: 15_000 })
        .toBe('টাকা ফেরত দেওয়া হয়েছে');

      // bKash's own refund status API shows the refund of one bottle.
      const payment = await server.ctx.db
        .selectFrom('payments')
        .select(['provider_ref', 'provider_txn_id'])
        .where('order_id', '=', order.id)
        .executeTakeFirstOrThrow();
      const bkash = (await paymentGateway(server.ctx).provider('bkash')) as BkashProvider;
      const status = await bkash.client.refundStatus({
        paymentId: payment.provider_ref!,
        trxId: payment.provider_txn_id!,
      });
      expect(status.refundTransactions).toEqual([
        expect.objectContaining({ refundAmount: '123.45', refundTransactionStatus: 'Completed' }),
      ]);

      // And the customer's page says so.
      await page.reload();
      const refund = page.getByTestId('return-refund');
      await refund.waitFor();
      expect(await refund.getAttribute('data-refund-status')).toBe('refunded');
      expect(await refund.textContent()).toContain('ফেরত দেওয়া হয়েছে');
      expect(await refund.textContent()).toContain('১২৩.৪৫');
      await shot(page, 'customer-refunded');

      // The seller's statement shows the reversal, and the next payout is smaller by exactly the
      // seller's part of the returned bottle (its price less the commission given back).
      const reversal = await server.ctx.db
        .selectFrom('ledger_entries as e')
        .innerJoin('ledger_transactions as x', 'x.id', 'e.transaction_id')
        .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
        .select(['e.amount'])
        .where('x.order_id', '=', order.id)
        .where('x.kind', '=', 'refund.partial_due')
        .where('a.key', '=', `shop:${made.shopId}:payable`)
        .executeTakeFirstOrThrow();
      const sellersPart = Number(reversal.amount);
      expect(sellersPart).toBeGreaterThan(0);
      expect(sellersPart).toBeLessThanOrEqual(12_345);
      const payoutsAfter = await payoutsOf(made);
      expect(payoutsBefore.pending - payoutsAfter.pending).toBe(sellersPart);
      expect(payoutsAfter.available).toBe(payoutsBefore.available);
      await sellerPage.goto(`${server.baseUrl}/seller/shops/${made.shopId}/finance`);
      const entry = sellerPage.locator(
        '[data-testid=statement-entry][data-kind="refund.partial_due"]',
      );
      await entry.first().waitFor();
      expect(await entry.first().textContent()).toContain('ফেরত পণ্যের টাকা');
      expect(await sellerPage.getByTestId('payouts-pending').textContent()).toBe(
        bengaliTaka(payoutsAfter.pending),
      );
      await shot(sellerPage, 'seller-statement');

      // Another customer cannot see this order's returns.
      const stranger = await createUser(server.ctx);
      const res = await server.app.inject({
        url: `/api/v1/orders/${order.id}/returns`,
        headers: stranger.auth,
      });
      expect(res.statusCode).toBe(404);
    },
    120_000,
  );

  it.skipIf(!hasChromium)(
    "COD: a refund bKash cannot send to the customer's number waits for an admin, who marks it paid",
    async () => {
      setCodRefundSender(server.ctx, manualCodRefund);
      const made = await approvedShopWithProduct(server, {
        product: {
          variants: [{ sku: `E-${randomUUID().slice(0, 8)}`, price: 5_000, initialStock: 50 }],
        },
      });
      const customer = await buyer(server.ctx, server.app, made.shopId);
      await addToCart(server.app, customer, made.variantId, 1);
      const order = (await checkout(server.app, customer, 'cod')).json().orders[0] as {
        id: string;
      };
      await deliver(server.app, made.seller, order.id);
      const item = await server.ctx.db
        .selectFrom('order_items')
        .select('id')
        .where('order_id', '=', order.id)
        .executeTakeFirstOrThrow();
      const asked = await server.app.inject({
        method: 'POST',
        url: `/api/v1/orders/${order.id}/returns`,
        headers: customer.auth,
        payload: {
          lines: [{ orderItemId: item.id, quantity: 1 }],
          reason: 'wrong_item',
          refundMsisdn: '01712345678',
        },
      });
      expect(asked.statusCode).toBe(201);
      const returnId = asked.json().id as string;
      const line = asked.json().lines[0].id as number;
      for (const payload of [
        { to: 'accepted' },
        { to: 'picked_up' },
        { to: 'checked', lines: [{ id: line, resellable: true }] },
      ]) {
        const res = await server.app.inject({
          method: 'POST',
          url: `/api/v1/returns/${returnId}/transitions`,
          headers: made.seller.auth,
          payload,
        });
        expect(res.statusCode).toBe(200);
      }

      const admin = await createUser(server.ctx, { role: 'admin' });
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/admin/refunds`);
      await signIn(page, admin);
      const row = page.getByTestId('refund-row').filter({ hasText: '01712345678' });
      await row.waitFor();
      await row.getByLabel('লেনদেনের রেফারেন্স').fill('BKX12345');
      await shot(page, 'admin-refunds');
      await row.getByRole('button', { name: 'পরিশোধিত হিসেবে চিহ্নিত করুন' }).click();
      await row.waitFor({ state: 'detached' });

      // The same page sets the return windows by shop type ("other" here, put back after).
      const windows = page.getByTestId('return-windows');
      const other = windows.locator('input[name="other"]');
      // What the database holds now (other test files may be changing windows too).
      const before = await server.ctx.db
        .selectFrom('return_windows')
        .select('hours')
        .where('shop_type', '=', 'other')
        .executeTakeFirstOrThrow();
      await expect.poll(() => other.inputValue()).toBe(String(before.hours));
      try {
        await other.fill('170');
        await windows.getByRole('button', { name: 'সংরক্ষণ করুন' }).click();
        await windows.getByText('সংরক্ষণ করা হয়েছে।').waitFor();
        const stored = await server.ctx.db
          .selectFrom('return_windows')
          .select('hours')
          .where('shop_type', '=', 'other')
          .executeTakeFirstOrThrow();
        expect(stored.hours).toBe(170);
      } finally {
        await server.ctx.db
          .updateTable('return_windows')
          .set({ hours: before.hours })
          .where('shop_type', '=', 'other')
          .execute();
      }
      const after = await server.app.inject({
        url: `/api/v1/returns/${returnId}`,
        headers: customer.auth,
      });
      expect(after.json()).toMatchObject({
        status: 'refunded',
        refund: { status: 'refunded', providerRef: 'BKX12345', amount: 5_000 },
      });
    },
    120_000,
  );
});
