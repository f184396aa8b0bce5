import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/platform/context.ts';
import { createUser, randomPhone } from '../helpers/factories.ts';
import {
  hasChromium,
  newPhonePage as openPhonePage,
  screenshotter,
  signIn,
  startWebServer,
  toBengaliDigits,
  warnIfNoChromium,
  type WebServer,
} from './support.ts';

/**
 * The whole shop onboarding in a real browser, on a phone-sized screen, in Bengali: a seller signs
 * up and verifies the phone, registers a shop with the area picker and the map, an admin approves
 * it, and the seller sees it approved; turning it into a pharmacy warns first and sends it back to
 * review. Screenshots of each step go to test-artifacts/.
 */

warnIfNoChromium('shop-onboarding');

let server: WebServer;
let ctx: AppContext;
let baseUrl: string;

beforeAll(async () => {
  if (!hasChromium) return;
  server = await startWebServer();
  ctx = server.ctx;
  baseUrl = server.baseUrl;
}, 180_000);

afterAll(async () => {
  if (!hasChromium) return;
  await server?.close();
});

const shot: (page: Page, name: string) => Promise<unknown> = screenshotter('shop-onboarding');

function newPhonePage() {
  return openPhonePage(server.browser);
}

async function lastSmsTo(phone: string) {
  const row = await ctx.db
    .selectFrom('dev_sms_outbox')
    .select('body')
    .where('to_phone', '=', phone)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.body ?? null;
}

describe('shop onboarding in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'a seller registers a shop, an admin approves it, the seller sees it approved',
    async () => {
      const sellerPhone = randomPhone(); // +8801XXXXXXXXX
      const localPhone = sellerPhone.replace('+88', '');
      const seller = await newPhonePage();

      // Home, in Bengali by default.
      await seller.goto(baseUrl);
      await expect.poll(() => seller.locator('html').getAttribute('lang')).toBe('bn');
      await seller.getByRole('heading', { name: 'হাটে স্বাগতম' }).waitFor();
      await shot(seller, '01-home');

      // Sign up as a seller; the phone is typed in Bengali digits.
      await seller.getByTestId('home-seller').click();
      await seller.getByRole('heading', { name: 'নতুন অ্যাকাউন্ট খুলুন' }).waitFor();
      expect(await seller.getByLabel('বিক্রেতা').isChecked()).toBe(true);
      await seller.getByLabel('নাম').fill('রহিমা আক্তার');
      await seller.getByLabel('মোবাইল নম্বর').fill(toBengaliDigits(localPhone));
      await seller.getByLabel('পাসওয়ার্ড').fill('aam-kathal-2026');
      await shot(seller, '02-register');
      await seller.getByRole('button', { name: 'অ্যাকাউন্ট খুলুন' }).click();

      // Phone verification with the code from the (dev) SMS outbox.
      await seller.getByRole('heading', { name: 'মোবাইল নম্বর যাচাই' }).waitFor();
      await expect.poll(() => lastSmsTo(sellerPhone), { timeout: 15_000 }).toMatch(/\d{6}/);
      const code = /(\d{6})/.exec((await lastSmsTo(sellerPhone)) ?? '')?.[1] ?? '';
      await seller.getByLabel('৬ অঙ্কের কোড').fill(code);
      await shot(seller, '03-verify-phone');
      await seller.getByRole('button', { name: 'যাচাই করুন' }).click();

      // The seller console, still empty.
      await seller.getByRole('heading', { name: 'আমার দোকান' }).waitFor();
      await seller.getByText('আপনার এখনো কোনো দোকান যুক্ত করা হয়নি।').waitFor();
      await seller.getByTestId('new-shop-link').click();

      // Shop registration: area picker (division → district → area), then a tap on the map.
      await seller.getByRole('heading', { name: 'নতুন দোকান নিবন্ধন' }).waitFor();
      await seller.getByLabel('দোকানের নাম (বাংলায়)').fill('রহিমা জেনারেল স্টোর');
      await seller.getByLabel('দোকানের নাম (ইংরেজিতে)').fill('Rahima General Store');
      await seller.getByLabel('দোকানের ফোন নম্বর').fill(localPhone);
      await seller.getByLabel('ঠিকানা').fill('বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা');
      await seller.getByTestId('place-select-0').selectOption({ label: 'ঢাকা' });
      await seller.getByTestId('place-select-1').selectOption({ label: 'ঢাকা' });
      await seller.getByTestId('place-select-2').selectOption({ label: 'ধানমন্ডি' });
      // Choosing the area puts the pin on its centre.
      await expect.poll(() => seller.getByLabel('অক্ষাংশ (lat)').inputValue()).toMatch(/^23\.74/);
      const map = seller.getByTestId('location-map').locator('.leaflet-container');
      await map.scrollIntoViewIfNeeded();
      const box = await map.boundingBox();
      if (!box) throw new Error('map not visible');
      await seller.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.4);
      await expect
        .poll(() => seller.getByLabel('দ্রাঘিমাংশ (lng)').inputValue())
        .not.toBe('90.376000');
      const lat = Number(await seller.getByLabel('অক্ষাংশ (lat)').inputValue());
      const lng = Number(await seller.getByLabel('দ্রাঘিমাংশ (lng)').inputValue());
      expect(lat).toBeGreaterThan(23.7);
      expect(lat).toBeLessThan(23.8);
      expect(lng).toBeGreaterThan(90.35);
      expect(lng).toBeLessThan(90.4);
      await expect(seller.locator('.leaflet-marker-icon').count()).resolves.toBe(1);
      await seller.getByLabel('ট্রেড লাইসেন্স নম্বর').fill('TRAD/DNCC/123456/2025');
      await shot(seller, '04-new-shop');
      await seller.getByRole('button', { name: 'দোকান নিবন্ধন করুন' }).click();

      // Back in the console: the shop is pending.
      await seller.getByTestId('shop-created').waitFor();
      const card = seller.getByTestId('shop-card');
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.getByRole('heading').textContent()).toBe('রহিমা জেনারেল স্টোর');
      expect(await card.getByTestId('shop-status').textContent()).toBe('অনুমোদনের অপেক্ষায়');
      const shopId = await card.getAttribute('data-shop-id');
      expect(shopId).toBeTruthy();
      await shot(seller, '05-pending');

      // An admin signs in through the UI (sent to /login by the route guard) and approves it.
      const adminUser = await createUser(ctx, { role: 'admin', name: 'হাট অ্যাডমিন' });
      const admin = await newPhonePage();
      await admin.goto(`${baseUrl}/admin/shops`);
      await signIn(admin, adminUser);
      await admin.getByRole('heading', { name: 'দোকান অনুমোদন' }).waitFor();
      const pending = admin.locator(`[data-testid="admin-shop-card"][data-shop-id="${shopId}"]`);
      // The queue is oldest first and shared with every test file's pending shops: page through it
      // with "more" until this one shows, as an admin with a long queue would.
      await admin.getByTestId('admin-shop-card').first().waitFor();
      for (let page = 0; page < 50 && (await pending.count()) === 0; page++) {
        const more = admin.getByRole('button', { name: 'আরও দেখুন' });
        if ((await more.count()) === 0) break;
        await more.click();
        await expect
          .poll(
            async () =>
              (await pending.count()) > 0 || (await more.count()) === 0 || (await more.isEnabled()),
          )
          .toBe(true);
      }
      await pending.waitFor();
      expect(await pending.getByTestId('shop-owner').textContent()).toContain('রহিমা আক্তার');
      expect(await pending.getByTestId('shop-status').textContent()).toBe('অনুমোদনের অপেক্ষায়');
      await shot(admin, '06-admin-queue');
      await pending.getByTestId('approve-shop').click();
      await pending.waitFor({ state: 'detached' });
      const stored = await ctx.db
        .selectFrom('shops')
        .select('status')
        .where('id', '=', shopId)
        .executeTakeFirstOrThrow();
      expect(stored.status).toBe('approved');
      // The approved tab lists every approved shop of the shared test database, oldest first, so
      // this one need not be on its first page: the tab is shown, the shop's state checked above.
      await admin.getByRole('tab', { name: 'অনুমোদিত' }).click();
      await admin.locator('[data-testid="admin-shop-card"]').first().waitFor();
      await shot(admin, '07-admin-approved');

      // The worker tells the seller by SMS (in Bengali); the admin reads it in the dev outbox.
      await expect
        .poll(() => lastSmsTo(sellerPhone), { timeout: 20_000 })
        .toContain('অনুমোদিত হয়েছে');
      await admin.getByRole('link', { name: 'ডেভ আউটবক্স' }).click();
      await admin.getByRole('tab', { name: 'এসএমএস' }).click();
      // Other test files fill the same outbox: the admin looks up the seller's number (local form).
      const recipient = admin.getByRole('searchbox', { name: 'প্রাপক' });
      await recipient.fill(localPhone);
      await recipient.press('Enter');
      await admin
        .getByTestId('dev-sms')
        .filter({ hasText: 'রহিমা জেনারেল স্টোর' })
        .first()
        .waitFor();
      await shot(admin, '08-admin-outbox');

      // The seller reloads: the session comes back from the refresh cookie and the shop is approved.
      await seller.reload();
      const sellerCard = seller.getByTestId('shop-card');
      await expect.poll(() => sellerCard.getByTestId('shop-status').textContent()).toBe('অনুমোদিত');
      await shot(seller, '09-approved');

      // English on request, remembered across a reload.
      await seller.getByTestId('lang-toggle').click();
      await seller.getByRole('heading', { name: 'My shops' }).waitFor();
      expect(await sellerCard.getByTestId('shop-status').textContent()).toBe('Approved');
      await seller.reload();
      await seller.getByRole('heading', { name: 'My shops' }).waitFor();
      expect(await seller.locator('html').getAttribute('lang')).toBe('en');
      await shot(seller, '10-english');

      // Changing what the admin approved (here: into a pharmacy) is warned about before saving,
      // and sends the shop back to review.
      await sellerCard.getByRole('link', { name: 'Edit details' }).click();
      const form = seller.getByTestId('shop-form');
      await form.locator('select[name="type"]').selectOption('pharmacy');
      const warning = form.getByTestId('review-warning');
      await warning.waitFor();
      expect(await warning.textContent()).toContain('type');
      await form.locator('input[name="drugLicence"]').fill('DL-2026-0042');
      await form.getByRole('button', { name: 'Save and send for review' }).click();
      await seller.getByTestId('sent-for-review').waitFor();
      await expect
        .poll(() => seller.getByTestId('shop-status').first().getAttribute('data-status'))
        .toBe('pending');
      await shot(seller, '11-sent-for-review');
    },
    240_000,
  );
});
