import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createUser } from '../helpers/factories.ts';
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
 * The admin's platform coupons in the browser, in Bengali at 360 px: an admin opens the page from
 * the console's menu and makes a coupon Haat pays for (10 % up to ৳30, cash on delivery only, one
 * use per customer); a customer of a shop types its code at checkout, sees Haat's discount and
 * places the order; the admin then sees the use, edits the total uses, switches the coupon off and
 * on, and ends it, after which the code no longer applies. Screenshots:
 * test-artifacts/admin-coupons-*.png.
 */

const server = webServerForFile('admin coupons');
const shot = screenshotter('admin-coupons');

type CouponRow = {
  id: string;
  code: string;
  shopId: string | null;
  fundedBy: string;
  kind: string;
  value: number;
  minBag: number;
  maxDiscount: number | null;
  maxUses: number | null;
  perCustomer: number | null;
  used: number;
  firstOrderOnly: boolean;
  paymentMethods: string[] | null;
  active: boolean;
  startsAt: string;
  endsAt: string;
};

async function platformCoupon(admin: { auth: Record<string, string> }, code: string) {
  const res = await server.app.inject({
    method: 'GET',
    url: '/api/v1/admin/coupons?limit=100',
    headers: admin.auth,
  });
  expect(res.statusCode).toBe(200);
  const items = (res.json() as { items: CouponRow[] }).items;
  return items.find((c) => c.code === code);
}

describe('platform coupons in the admin console (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'an admin makes a coupon Haat pays for, a customer uses it at checkout, the admin edits, pauses and ends it',
    async () => {
      const { shopId, variantId } = await approvedShopWithProduct(server, {
        product: {
          nameBn: 'চিনিগুঁড়া চাল',
          variants: [{ sku: `RICE-${randomUUID().slice(0, 8)}`, price: 50_000, initialStock: 20 }],
        },
      });
      const admin = await createUser(server.ctx, { role: 'admin' });
      const code = `HAAT${randomUUID().slice(0, 6).toUpperCase()}`;

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/admin/orders`);
      await signIn(page, admin);
      await page.waitForURL((url) => url.pathname === '/admin/orders');
      // The console's menu leads to the page.
      await page.getByRole('link', { name: 'হাটের কুপন' }).click();
      await page.waitForURL((url) => url.pathname === '/admin/coupons');
      await page.getByRole('heading', { name: 'হাটের কুপন' }).waitFor();
      await page.getByText('এখনো কিছু নেই।').waitFor();

      const form = page.getByTestId('new-coupon');
      await form.getByLabel('কোড').fill(code.toLowerCase());
      await form.getByLabel('ধরন').selectOption('percent');
      // Amounts and counts typed in Bengali digits.
      await form.getByLabel('পরিমাণ').fill('১০');
      await form.getByLabel('সর্বনিম্ন কেনাকাটা (৳)').fill('১০০');
      await form.getByLabel('সর্বোচ্চ ছাড় (৳)').fill('৩০');
      await form.getByLabel('মোট ব্যবহার').fill('১০০');
      await form.getByLabel('একজন ক্রেতা কতবার').fill('১');
      await form.getByRole('checkbox', { name: 'ক্যাশ অন ডেলিভারি' }).check();
      await shot(page, '01-new');
      await form.getByRole('button', { name: 'তৈরি করুন' }).click();
      await page.getByTestId('coupon-made').waitFor();

      const made = await platformCoupon(admin, code);
      expect(made).toMatchObject({
        shopId: null,
        fundedBy: 'platform',
        kind: 'percent',
        value: 1000,
        minBag: 10_000,
        maxDiscount: 3_000,
        maxUses: 100,
        perCustomer: 1,
        used: 0,
        firstOrderOnly: false,
        paymentMethods: ['cod'],
        active: true,
      });
      const row = page.locator(`[data-testid="coupon-row"][data-coupon-id="${made!.id}"]`);
      await row.waitFor();
      expect(await row.getByTestId('coupon-value').textContent()).toBe('১০%');
      expect(await row.getByTestId('coupon-uses').textContent()).toBe('০ বার ব্যবহৃত / ১০০');
      expect(await row.getByTestId('coupon-state').getAttribute('data-state')).toBe('running');
      expect(await row.textContent()).toContain('ছাড় দেবে হাট');
      expect(await row.textContent()).toContain(`সর্বোচ্চ ${bengaliTaka(3_000)}`);
      // The form is empty again for the next coupon.
      expect(await form.getByLabel('কোড').inputValue()).toBe('');
      await shot(page, '02-made');

      // A customer of the shop uses the code: 10 % of ৳500 is ৳50, capped at ৳30.
      const customer = await buyer(server.ctx, server.app, shopId);
      await addToCart(server.app, customer, variantId, 1);
      const shopper = await newPhonePage(server.browser);
      await shopper.goto(`${server.baseUrl}/checkout`);
      await signIn(shopper, customer);
      await shopper.getByTestId('checkout-page').waitFor();
      await shopper.getByTestId('shop-quote').waitFor();
      await shopper.getByTestId('coupon-input').fill(code.toLowerCase());
      await shopper.getByTestId('coupon-apply').click();
      await shopper.getByTestId('coupon-applied').waitFor();
      const discount = shopper.getByTestId('quote-discount');
      expect(await discount.textContent()).toBe(`−${bengaliTaka(3_000)}`);
      // Shown as Haat's coupon, not the shop's.
      expect(await shopper.getByText('কুপন (হাটের পক্ষ থেকে)').count()).toBe(1);
      await shot(shopper, '03-checkout');
      await expect
        .poll(() => shopper.getByTestId('place-order').isEnabled(), { timeout: 15_000 })
        .toBe(true);
      await shopper.getByTestId('place-order').click();
      await shopper.waitForURL(/\/orders\?placed=1/);
      await shopper.context().close();

      const order = await server.ctx.db
        .selectFrom('orders')
        .select(['subtotal', 'discount', 'platform_discount', 'coupon_id'])
        .where('customer_id', '=', customer.id)
        .executeTakeFirstOrThrow();
      expect(order).toEqual({
        subtotal: 50_000,
        discount: 3_000,
        platform_discount: 3_000,
        coupon_id: made!.id,
      });

      // Back on the admin's page: the use is counted.
      await page.reload();
      await row.waitFor();
      expect(await row.getByTestId('coupon-uses').textContent()).toBe('১ বার ব্যবহৃত / ১০০');

      // Edit: more uses in all (the code, kind and value stay).
      await row.getByRole('button', { name: 'বদলান' }).click();
      const edit = row.getByTestId('edit-coupon');
      expect(await edit.getByLabel('কোড').count()).toBe(0);
      expect(await edit.getByLabel('মোট ব্যবহার').inputValue()).toBe('100');
      await edit.getByLabel('মোট ব্যবহার').fill('২০০');
      await edit.getByRole('button', { name: 'সংরক্ষণ' }).click();
      await expect
        .poll(() => row.getByTestId('coupon-uses').textContent())
        .toBe('১ বার ব্যবহৃত / ২০০');
      expect(await edit.count()).toBe(0);
      const edited = await platformCoupon(admin, code);
      expect(edited).toMatchObject({ maxUses: 200, maxDiscount: 3_000, startsAt: made!.startsAt });

      // Switched off, then on again.
      await row.getByRole('button', { name: 'বন্ধ করুন' }).click();
      await expect
        .poll(() => row.getByTestId('coupon-state').getAttribute('data-state'))
        .toBe('off');
      expect((await platformCoupon(admin, code))?.active).toBe(false);
      await row.getByRole('button', { name: 'চালু করুন' }).click();
      await expect
        .poll(() => row.getByTestId('coupon-state').getAttribute('data-state'))
        .toBe('running');
      expect((await platformCoupon(admin, code))?.active).toBe(true);

      // Ended now: the window closes, and the code no longer applies to anyone.
      await row.getByRole('button', { name: 'এখনই শেষ করুন' }).click();
      await expect
        .poll(() => row.getByTestId('coupon-state').getAttribute('data-state'))
        .toBe('ended');
      await shot(page, '04-ended');
      const ended = await platformCoupon(admin, code);
      expect(new Date(ended!.endsAt).getTime()).toBeLessThanOrEqual(Date.now());
      const other = await buyer(server.ctx, server.app, shopId);
      await addToCart(server.app, other, variantId, 1);
      const quote = await server.app.inject({
        method: 'POST',
        url: '/api/v1/checkout/quote',
        headers: { ...other.auth, 'accept-language': 'en' },
        payload: { addressId: other.addressId, payment: 'cod', couponCode: code },
      });
      expect(quote.statusCode).toBe(200);
      expect(quote.json().coupon).toMatchObject({
        code,
        applied: false,
        problem: { code: 'COUPON_NOT_ACTIVE' },
      });
      await page.context().close();
    },
    180_000,
  );
});
