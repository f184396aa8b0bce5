import { describe, expect, it } from 'vitest';
import { createUser } from '../helpers/factories.ts';
import { hasChromium, newPhonePage, screenshotter, signIn, webServerForFile } from './support.ts';

/**
 * Saved delivery addresses in the browser at 360×740, in Bengali: a customer adds one from their
 * account with an area and a pin on the map, edits it (the area comes back in the pickers, the pin
 * is taken off so the area's centre stands for it), and deletes it after confirming. Every step is
 * checked in the database. Screenshots: test-artifacts/addresses-*.png.
 */

const server = webServerForFile('addresses');

const shot = screenshotter('addresses');

async function savedAddresses(customerId: string) {
  return server.ctx.db
    .selectFrom('addresses')
    .select(['id', 'label', 'landmark', 'place_id', 'lat', 'lng'])
    .where('customer_id', '=', customerId)
    .execute();
}

describe('saved addresses in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'a customer adds an address with a pin, edits it back to the area centre and deletes it',
    async () => {
      const customer = await createUser(server.ctx);
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/account`);
      await signIn(page, customer);
      await page.getByRole('link', { name: /আমার ঠিকানা/ }).click();
      await page.getByRole('heading', { name: 'আমার ঠিকানা' }).waitFor();
      await page.getByText('এখনো কোনো ঠিকানা রাখা নেই।').waitFor();

      // Add: recipient, phone in Bengali digits, area, street, landmark, then a pin on the map.
      await page.getByRole('button', { name: '+ নতুন ঠিকানা' }).click();
      const form = page.getByTestId('address-form');
      await form.getByLabel('নাম দিন (যেমন বাসা, অফিস)').fill('অফিস');
      await form.getByLabel('যিনি নেবেন তাঁর নাম').fill('সাবরিনা ইসলাম');
      await form.getByLabel('মোবাইল নম্বর').fill('০১৮১২৩৪৫৬৭৮');
      await page.getByTestId('place-select-0').selectOption({ label: 'ঢাকা' });
      await page.getByTestId('place-select-1').selectOption({ label: 'ঢাকা' });
      await page.getByTestId('place-select-2').selectOption({ label: 'ধানমন্ডি' });
      await form.getByLabel('বাসা/রাস্তা').fill('বাড়ি ১২, রোড ৪');
      await form.getByLabel('চেনার মতো জায়গা').fill('স্কুলের উল্টো দিকে');
      await form.getByText('পিন নেই').waitFor();
      await form.getByRole('button', { name: 'ম্যাপে বাড়ির জায়গায় পিন দিন' }).click();
      const map = page.getByTestId('location-map').locator('.leaflet-container');
      await map.waitFor();
      await map.scrollIntoViewIfNeeded();
      const box = await map.boundingBox();
      if (!box) throw new Error('map not visible');
      await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.3);
      await form.getByText('ম্যাপে পিন দেওয়া আছে').waitFor();
      await shot(page, '01-new-with-pin');
      await form.getByRole('button', { name: 'ঠিকানা রাখুন' }).click();
      const card = page.getByTestId('saved-address');
      await card.getByText('স্কুলের উল্টো দিকে', { exact: false }).waitFor();
      expect(await card.textContent()).toContain('01812345678');

      const [added] = await savedAddresses(customer.id);
      expect(added).toBeDefined();
      const area = await server.ctx.db
        .selectFrom('places')
        .select(['id', 'lat', 'lng'])
        .where('id', '=', added!.place_id!)
        .executeTakeFirstOrThrow();
      expect(area.id).toBe(added!.place_id);
      // The pin, not the area's centre, is where the address is (north-east of the centre).
      expect(added!.lat).toBeGreaterThan(area.lat!);
      expect(added!.lng).toBeGreaterThan(area.lng!);
      expect(added!.label).toBe('অফিস');
      await shot(page, '02-list');

      // Edit: the pickers show the saved area and the pin; take the pin off, change the landmark.
      await card.getByRole('button', { name: 'বদলান' }).click();
      const edit = page.getByTestId('address-form');
      await edit.getByText('ম্যাপে পিন দেওয়া আছে').waitFor();
      await expect
        .poll(() => page.getByTestId('place-select-2').inputValue())
        .toBe(String(added!.place_id));
      expect(await edit.getByLabel('মোবাইল নম্বর').inputValue()).toBe('01812345678');
      await edit.getByRole('button', { name: 'পিন সরান' }).click();
      await edit.getByText('পিন নেই').waitFor();
      await edit.getByLabel('চেনার মতো জায়গা').fill('মসজিদের পাশে');
      await edit.getByRole('button', { name: 'ঠিকানা রাখুন' }).click();
      await card.getByText('মসজিদের পাশে', { exact: false }).waitFor();
      const [edited] = await savedAddresses(customer.id);
      expect(edited).toMatchObject({
        id: added!.id,
        landmark: 'মসজিদের পাশে',
        place_id: area.id,
        lat: area.lat,
        lng: area.lng,
      });

      // Delete asks first; "cancel" keeps it, "yes" removes it.
      await card.getByRole('button', { name: 'মুছে ফেলুন' }).click();
      await card.getByRole('button', { name: 'বাতিল' }).click();
      expect(await savedAddresses(customer.id)).toHaveLength(1);
      await card.getByRole('button', { name: 'মুছে ফেলুন' }).click();
      await shot(page, '03-confirm-delete');
      await card.getByRole('button', { name: 'হ্যাঁ, মুছুন' }).click();
      await page.getByText('ঠিকানাটি মুছে ফেলা হয়েছে।').waitFor();
      await page.getByText('এখনো কোনো ঠিকানা রাখা নেই।').waitFor();
      expect(await savedAddresses(customer.id)).toEqual([]);
      await page.context().close();
    },
    120_000,
  );

  it.skipIf(!hasChromium)(
    'a customer in Sirajganj finds their upazila by typing it in Banglish',
    async () => {
      const customer = await createUser(server.ctx);
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/addresses`);
      await signIn(page, customer);
      await page.getByRole('heading', { name: 'আমার ঠিকানা' }).waitFor();
      await page.getByRole('button', { name: '+ নতুন ঠিকানা' }).click();
      const form = page.getByTestId('address-form');
      await form.getByLabel('নাম দিন (যেমন বাসা, অফিস)').fill('বাড়ি');
      await form.getByLabel('যিনি নেবেন তাঁর নাম').fill('রহিম উদ্দিন');
      await form.getByLabel('মোবাইল নম্বর').fill('01712345678');
      await form.getByLabel('এলাকার নাম লিখে খুঁজুন').fill('ullapara');
      const results = page.getByTestId('place-search-results');
      await results.getByRole('button', { name: /উল্লাপাড়া/ }).click();
      // The whole chain is filled: Rajshahi division, Sirajganj district, Ullapara upazila.
      await expect
        .poll(
          async () =>
            (await page.getByTestId('place-select-1').locator('option:checked').textContent()) ??
            '',
        )
        .toBe('সিরাজগঞ্জ');
      await form.getByLabel('বাসা/রাস্তা').fill('কলেজ রোড');
      await shot(page, '04-found-by-name');
      await form.getByRole('button', { name: 'ঠিকানা রাখুন' }).click();
      await page.getByTestId('saved-address').waitFor();
      const [saved] = await savedAddresses(customer.id);
      const place = await server.ctx.db
        .selectFrom('places')
        .select(['name_en', 'level'])
        .where('id', '=', saved!.place_id!)
        .executeTakeFirstOrThrow();
      expect(place).toEqual({ name_en: 'Ullapara', level: 'upazila' });
      await page.context().close();
    },
    120_000,
  );
});
