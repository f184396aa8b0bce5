import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addToCart,
  buyer,
  checkout,
  moveOrder,
  store,
  type Buyer,
  type Store,
} from '../helpers/shopping.ts';
import {
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  toBengaliDigits,
  webServerForFile,
} from './support.ts';

/**
 * Irreversible steps ask first, at 360×740 in Bengali: the customer's cancel opens a dialog with
 * reasons (Escape and "না" leave the order alone; confirming cancels it and the reason shows on the
 * timeline); the seller's "returned" sits apart from "delivered" and asks too; "delivered" can be
 * undone for a few seconds; the seller finds an order by its number typed in Bengali digits.
 * Screenshots: test-artifacts/safe-actions-*.png.
 */

const server = webServerForFile('safe-actions');
const shot = screenshotter('safe-actions');

async function placeOrder(shop: Store, customer?: Buyer) {
  const b = customer ?? (await buyer(server.ctx, server.app, shop.shopId));
  await addToCart(server.app, b, shop.variantId);
  const res = await checkout(server.app, b);
  expect(res.statusCode).toBe(201);
  const order = res.json().orders[0] as { id: string; number: string };
  return { customer: b, ...order };
}

async function stored(orderId: string) {
  const order = await server.ctx.db
    .selectFrom('orders')
    .select('status')
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();
  const events = await server.ctx.db
    .selectFrom('order_events')
    .select(['to_status', 'reason', 'actor_role'])
    .where('order_id', '=', orderId)
    .orderBy('id')
    .execute();
  return { status: order.status, events };
}

/** Width and height of an element as drawn. */
async function size(target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error('not drawn');
  return box;
}

async function expectTapTarget(target: Locator) {
  const box = await size(target);
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
}

/** Whether the focused element is inside the open dialog. */
const focusInDialog = (page: Page) =>
  page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));

describe('asking before an irreversible step', () => {
  it.skipIf(!hasChromium)(
    "the customer's cancel asks for a reason; Escape and না leave the order, yes cancels it",
    async () => {
      const shop = await store(server.ctx, server.app);
      const order = await placeOrder(shop);
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/orders/${order.id}`);
      await signIn(page, order.customer);
      await page.getByTestId('order-page').waitFor();
      const cancel = page.getByRole('button', { name: 'অর্ডার বাতিল করুন' });
      await expectTapTarget(cancel);

      // Escape closes the dialog; nothing was sent.
      await cancel.click();
      const dialog = page.getByRole('dialog', { name: 'অর্ডারটি বাতিল করবেন?' });
      await dialog.waitFor();
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      expect(await focusInDialog(page)).toBe(true);
      // Focus stays inside: Tab round the whole dialog and once more, Shift+Tab back.
      const stops = await dialog
        .locator('button:not([disabled]), input, textarea, [tabindex="0"]')
        .count();
      for (let i = 0; i <= stops; i++) {
        await page.keyboard.press('Tab');
        expect(await focusInDialog(page)).toBe(true);
      }
      await page.keyboard.press('Shift+Tab');
      expect(await focusInDialog(page)).toBe(true);
      const yes = dialog.getByRole('button', { name: 'হ্যাঁ, বাতিল করুন' });
      expect(await yes.isDisabled()).toBe(true); // no reason yet
      await shot(page, '01-cancel-dialog');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await cancel.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByTestId('order-status').textContent()).toBe('অর্ডার হয়েছে');

      // A reason chosen, then "না": still nothing sent.
      await cancel.click();
      await dialog.waitFor();
      await dialog.getByRole('radio', { name: 'ভুল করে অর্ডার করেছি' }).check();
      expect(await yes.isDisabled()).toBe(false);
      for (const target of [
        dialog.getByRole('button', { name: 'না', exact: true }),
        yes,
        dialog.locator('label.choice').first(),
      ]) {
        await expectTapTarget(target);
      }
      await dialog.getByRole('button', { name: 'না', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await stored(order.id)).toMatchObject({
        status: 'placed',
        events: [{ to_status: 'placed' }],
      });
      expect(await page.getByTestId('order-status').textContent()).toBe('অর্ডার হয়েছে');

      // Confirmed with a reason and a few words: cancelled, the reason on the timeline.
      await cancel.click();
      await dialog.waitFor();
      await dialog.getByRole('radio', { name: 'ভুল করে অর্ডার করেছি' }).check();
      await dialog.getByLabel('আরও কিছু লিখতে চাইলে (ঐচ্ছিক)').fill('ঠিকানা ভুল দিয়েছি');
      await yes.click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('বাতিল');
      const reason = 'ভুল করে অর্ডার করেছি: ঠিকানা ভুল দিয়েছি';
      const entry = page.getByTestId('order-timeline').locator('li[data-status="cancelled"]');
      expect(await entry.textContent()).toContain(reason);
      expect((await stored(order.id)).events.at(-1)).toEqual({
        to_status: 'cancelled',
        reason,
        actor_role: 'customer',
      });
      expect(await cancel.count()).toBe(0);
      await shot(page, '02-cancelled');
      await page.context().close();
    },
  );

  it.skipIf(!hasChromium)(
    'the seller finds an order by its Bengali-digit number; "returned" stands apart and asks first; "delivered" can be undone',
    async () => {
      const shop = await store(server.ctx, server.app);
      const first = await placeOrder(shop);
      const other = await placeOrder(shop, first.customer);
      for (const o of [first, other]) {
        for (const to of ['accepted', 'packed', 'out_for_delivery']) {
          expect((await moveOrder(server.app, shop.seller, o.id, to)).statusCode).toBe(200);
        }
      }
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/seller/shops/${shop.shopId}/orders`);
      await signIn(page, shop.seller);
      await page.getByRole('heading', { name: 'অর্ডার' }).waitFor();
      await expect.poll(() => page.getByTestId('order-row').count()).toBe(2);

      // The buyer reads the number off a Bengali SMS or says it: typed in Bengali digits, with #.
      const typed = `#${toBengaliDigits(first.number).toLowerCase()}`;
      expect(typed).toMatch(/^#ht-[০-৯]{4}-[০-৯]{6}$/);
      await page.getByLabel('অর্ডার নম্বর').fill(typed);
      await page.getByLabel('অর্ডার নম্বর').press('Enter');
      await expect.poll(() => page.getByTestId('order-row').count()).toBe(1);
      const row = page.locator(`[data-testid="order-row"][data-order-id="${first.id}"]`);
      await row.waitFor();
      expect(await row.getByRole('button', { expanded: false }).textContent()).toBe(first.number);
      await row.getByRole('button', { expanded: false }).click();

      // "Delivered" and "returned": different styles, apart, "returned" below a rule.
      const delivered = row.getByRole('button', { name: 'পৌঁছে দেওয়া হয়েছে', exact: true });
      const returned = row.getByRole('button', { name: 'ফেরত এসেছে', exact: true });
      await delivered.waitFor();
      expect(await row.getByTestId('danger-zone').getByRole('button').count()).toBe(1);
      expect(await row.getByTestId('danger-zone').getByRole('button').textContent()).toBe(
        'ফেরত এসেছে',
      );
      const style = (b: Locator) =>
        b.evaluate((el) => {
          const s = getComputedStyle(el);
          return `${s.backgroundColor} ${s.color}`;
        });
      expect(await style(returned)).not.toBe(await style(delivered));
      const [d, r] = [await size(delivered), await size(returned)];
      expect(r.y - (d.y + d.height)).toBeGreaterThanOrEqual(16);
      await expectTapTarget(delivered);
      await expectTapTarget(returned);
      await shot(page, '03-seller-queue');

      // "Delivered" tapped by mistake: undone within the window, nothing is sent.
      await delivered.click();
      await row.getByTestId('undo-bar').waitFor();
      expect(await returned.isDisabled()).toBe(true);
      await shot(page, '04-undo');
      await row.getByRole('button', { name: 'ফেরান' }).click();
      await row.getByTestId('undo-bar').waitFor({ state: 'detached' });
      await page.waitForTimeout(6_000); // past the 5 s window
      expect((await stored(first.id)).status).toBe('out_for_delivery');
      expect(await row.getByTestId('order-status').textContent()).toBe('ডেলিভারিতে আছে');

      // "Returned" asks; "না" leaves the order as it was.
      await returned.click();
      const dialog = page.getByRole('dialog', { name: 'অর্ডারটি কি ফেরত এসেছে?' });
      await dialog.waitFor();
      expect(await focusInDialog(page)).toBe(true);
      await dialog.getByRole('button', { name: 'না', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      expect((await stored(first.id)).status).toBe('out_for_delivery');

      // Confirmed with a reason: returned, the reason on the order's timeline.
      await returned.click();
      await dialog.waitFor();
      await dialog.getByRole('radio', { name: 'ক্রেতা পণ্য নেননি' }).check();
      await shot(page, '05-returned-dialog');
      await dialog.getByRole('button', { name: 'হ্যাঁ, ফেরত এসেছে' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => row.getByTestId('order-status').textContent()).toBe('ফেরত এসেছে');
      expect((await stored(first.id)).events.at(-1)).toEqual({
        to_status: 'returned',
        reason: 'ক্রেতা পণ্য নেননি',
        actor_role: 'seller',
      });
      // The other order was never touched.
      expect((await stored(other.id)).status).toBe('out_for_delivery');
      await page.context().close();
    },
  );
});
