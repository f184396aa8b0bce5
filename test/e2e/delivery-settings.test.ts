import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { courierRates, settingsFor } from '../../src/modules/delivery/index.ts';
import { createUser } from '../helpers/factories.ts';
import { createShop } from '../helpers/shops.ts';
import {
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  toBengaliDigits,
  webServerForFile,
} from './support.ts';

/**
 * Delivery terms in the browser at 360×740, in Bengali: a seller sets distance charges (typed
 * with Bengali digits), courier and a cash-on-delivery charge on their shop's settings page; an
 * admin changes a courier rate. Both are checked in the database, not on screen only.
 * Screenshots: test-artifacts/delivery-*.png.
 */

const server = webServerForFile('delivery settings');

const shot = screenshotter('delivery');

describe('delivery settings in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'a seller sets distance charges and a COD charge; an admin edits a courier rate',
    async () => {
      const seller = await createUser(server.ctx, { role: 'seller' });
      const shop = (await createShop(server, seller, {
        nameEn: `Delivery ${randomUUID().slice(0, 6)}`,
      })) as { id: string };

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/seller/shops/${shop.id}/settings`);
      await signIn(page, seller);
      const form = page.getByTestId('delivery-settings');
      await form.waitFor();
      // A new shop delivers itself for free until the seller adds a distance charge.
      await form.getByText('এখনো দূরত্বের চার্জ নেই').waitFor();

      await form.getByRole('button', { name: 'দূরত্ব যোগ করুন' }).click();
      await form.getByRole('button', { name: 'দূরত্ব যোগ করুন' }).click();
      const tiers = form.getByTestId('delivery-tier');
      // Entered out of order and in Bengali digits: saved sorted, in metres and poisha.
      await tiers.nth(0).getByLabel('দূরত্ব পর্যন্ত (কিমি)').fill('৫');
      await tiers.nth(0).getByLabel('চার্জ (৳)').fill('৮০');
      await tiers.nth(1).getByLabel('দূরত্ব পর্যন্ত (কিমি)').fill('১.৫');
      await tiers.nth(1).getByLabel('চার্জ (৳)').fill('৪০.৫০');
      await form.getByLabel('ক্যাশ অন ডেলিভারি চার্জ (পণ্যমূল্যের %)').fill('১.৫');

      // A distance that is not a number is refused on the page, before anything is sent.
      await tiers.nth(0).getByLabel('দূরত্ব পর্যন্ত (কিমি)').fill('পাঁচ');
      await form.getByRole('button', { name: 'সংরক্ষণ' }).click();
      await form.getByRole('alert').getByText('কিলোমিটারের মধ্যে').waitFor();
      expect((await settingsFor(server.ctx.db, [shop.id])).get(shop.id)!.tiers).toEqual([]);

      await tiers.nth(0).getByLabel('দূরত্ব পর্যন্ত (কিমি)').fill('৫');
      await form.getByRole('button', { name: 'সংরক্ষণ' }).click();
      await form.getByTestId('delivery-saved').waitFor();
      await shot(page, 'seller');
      const saved = (await settingsFor(server.ctx.db, [shop.id])).get(shop.id)!;
      expect(saved).toMatchObject({
        ownDelivery: true,
        courier: true,
        cod: true,
        codChargeBp: 150,
        tiers: [
          { upToM: 1500, chargePoisha: 4050 },
          { upToM: 5000, chargePoisha: 8000 },
        ],
      });

      // Turning cash on delivery off is kept too, and the page shows the saved state on reload.
      await form.getByLabel('ক্যাশ অন ডেলিভারি নিই').uncheck();
      await form.getByRole('button', { name: 'সংরক্ষণ' }).click();
      await expect
        .poll(async () => (await settingsFor(server.ctx.db, [shop.id])).get(shop.id)!.cod)
        .toBe(false);
      await page.reload();
      await page.getByTestId('delivery-tier').nth(1).waitFor();
      expect(await page.getByLabel('ক্যাশ অন ডেলিভারি নিই').isChecked()).toBe(false);
      expect(
        await page.getByTestId('delivery-tier').nth(0).getByLabel('চার্জ (৳)').inputValue(),
      ).toBe('৪০.৫');
      await page.context().close();

      const admin = await createUser(server.ctx, { role: 'admin' });
      const before = (await courierRates(server.ctx.db)).find((r) => r.zone === 'outside_dhaka')!;
      const adminPage = await newPhonePage(server.browser);
      await adminPage.goto(`${server.baseUrl}/admin/delivery-rates`);
      await signIn(adminPage, admin);
      const outside = adminPage.getByTestId('rate-outside_dhaka');
      await outside.waitFor();
      const field = outside.getByLabel('১ কেজি পর্যন্ত (৳)');
      const save = outside.getByRole('button', { name: 'সংরক্ষণ' });
      let puts = 0;
      adminPage.on('request', (r) => {
        if (r.method() === 'PUT') puts++;
      });
      await field.fill('অনেক');
      await save.click();
      await outside.getByRole('alert').waitFor();
      expect(puts).toBe(0);
      // The rates are shared by every test running now (checkout charges), so the admin saves the
      // values they already have, typed in Bengali digits: the request must carry them in poisha.
      const { zone: _zone, ...same } = before;
      await field.fill(toBengaliDigits(String(before.upTo1kg / 100)));
      const [request] = await Promise.all([
        adminPage.waitForRequest(
          (r) => r.method() === 'PUT' && r.url().endsWith('/admin/delivery-rates/outside_dhaka'),
        ),
        save.click(),
      ]);
      expect(request.postDataJSON()).toEqual(same);
      expect((await request.response())?.status()).toBe(200);
      await outside.getByText('সংরক্ষণ করা হয়েছে।').waitFor();
      await shot(adminPage, 'admin-rates');
      expect((await courierRates(server.ctx.db)).find((r) => r.zone === 'outside_dhaka')).toEqual(
        before,
      );
      await adminPage.context().close();
    },
    120_000,
  );
});
