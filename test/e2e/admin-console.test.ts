import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createUser } from '../helpers/factories.ts';
import {
  approvedShopWithProduct,
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  webServerForFile,
} from './support.ts';

/**
 * The admin console in the browser, in Bengali on a phone: an admin suspends a shop (it leaves the
 * storefront's search) and reinstates it, hides a product, creates and renames a category, and
 * manages users. Screenshots: test-artifacts/admin-console-*.png.
 */

const server = webServerForFile('admin console');
const shot = screenshotter('admin-console');

/** A made-up word of letters only, so the storefront's search answers this test's product alone. */
const uniqueWord = () =>
  `zq${randomUUID()
    .replace(/-/g, '')
    .slice(0, 8)
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`;

/** The storefront's search for `word` in a fresh, signed-out phone: the product names it shows. */
async function storefrontSearch(word: string) {
  const page = await newPhonePage(server.browser);
  try {
    await page.goto(`${server.baseUrl}/search?q=${word}`);
    await page
      .getByTestId('search-results')
      .getByTestId('product-hit')
      .or(page.getByTestId('no-results'))
      .first()
      .waitFor();
    return await page.getByTestId('product-hit').getByTestId('product-name').allTextContents();
  } finally {
    await page.context().close();
  }
}

async function signedInAdmin(path: string): Promise<Page> {
  const admin = await createUser(server.ctx, { role: 'admin' });
  const page = await newPhonePage(server.browser);
  await page.goto(`${server.baseUrl}${path}`);
  await signIn(page, admin);
  return page;
}

describe('admin console (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'an admin suspends a shop, which leaves the storefront search, and reinstates it',
    async () => {
      const word = uniqueWord();
      const { shopId } = await approvedShopWithProduct(server, {
        shop: { nameEn: `${word} Store`, nameBn: `${word} স্টোর` },
        product: { nameEn: `${word} rice`, nameBn: `${word} চাল` },
      });
      expect(await storefrontSearch(word)).toEqual([`${word} চাল`]);

      const page = await signedInAdmin(`/admin/shops?status=approved&q=${word}`);
      const card = page.locator(`[data-shop-id="${shopId}"]`);
      await card.waitFor();
      await card.getByRole('button', { name: 'স্থগিত করুন' }).click();
      await card.getByLabel(/স্থগিত করার কারণ/).fill('মেয়াদোত্তীর্ণ পণ্য বিক্রির অভিযোগ');
      await shot(page, '01-suspend');
      await card.getByRole('button', { name: 'স্থগিত নিশ্চিত করুন' }).click();
      await page.getByTestId('shop-action-done').waitFor();
      await card.waitFor({ state: 'detached' });
      expect(await storefrontSearch(word)).toEqual([]);
      const row = await server.ctx.db
        .selectFrom('shops')
        .select(['status', 'suspension_reason'])
        .where('id', '=', shopId)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        status: 'suspended',
        suspension_reason: 'মেয়াদোত্তীর্ণ পণ্য বিক্রির অভিযোগ',
      });

      await page.getByRole('tab', { name: 'স্থগিত' }).click();
      await card.getByTestId('suspension-reason').waitFor();
      await card.getByRole('button', { name: 'আবার চালু করুন' }).click();
      await shot(page, '02-reinstate');
      await card.getByTestId('confirm-reinstate').click();
      await card.waitFor({ state: 'detached' });
      expect(await storefrontSearch(word)).toEqual([`${word} চাল`]);
      await page.context().close();
    },
    120_000,
  );

  it.skipIf(!hasChromium)(
    'an admin finds a product and hides it with a reason; the seller sees why',
    async () => {
      const word = uniqueWord();
      const { productId, shopId, seller } = await approvedShopWithProduct(server, {
        product: { nameEn: `${word} lentils`, nameBn: `${word} ডাল` },
      });
      expect(await storefrontSearch(word)).toEqual([`${word} ডাল`]);

      const page = await signedInAdmin('/admin/products');
      await page.getByRole('heading', { name: 'পণ্য', exact: true }).waitFor();
      await page.getByLabel('নাম বা কোড দিয়ে খুঁজুন').fill(word);
      await page.getByRole('button', { name: 'খুঁজুন', exact: true }).click();
      const card = page.locator(`[data-product-id="${productId}"]`);
      await card.waitFor();
      await expect.poll(() => page.getByTestId('admin-product').count()).toBe(1);
      await card.getByRole('button', { name: 'লুকান' }).click();
      await card.getByLabel(/লুকানোর কারণ/).fill('নকল পণ্য');
      await card.getByRole('button', { name: 'লুকানো নিশ্চিত করুন' }).click();
      await page.getByTestId('product-action-done').waitFor();
      await card.getByTestId('hidden-reason').filter({ hasText: 'নকল পণ্য' }).waitFor();
      await shot(page, '03-hidden-product');
      expect(await storefrontSearch(word)).toEqual([]);
      await page.context().close();

      // The seller's product list says who hid it and why.
      const sellerPage = await newPhonePage(server.browser);
      await sellerPage.goto(`${server.baseUrl}/seller/shops/${shopId}/products`);
      await signIn(sellerPage, seller);
      await sellerPage
        .getByTestId('hidden-by-admin')
        .filter({ hasText: 'অ্যাডমিন লুকিয়ে রেখেছেন: নকল পণ্য' })
        .waitFor();
      await sellerPage.context().close();
    },
    120_000,
  );

  it.skipIf(!hasChromium)(
    'an admin creates a category and renames it',
    async () => {
      const word = uniqueWord();
      const page = await signedInAdmin('/admin/categories');
      await page.getByRole('heading', { name: 'বিভাগ', exact: true }).waitFor();
      await page.getByText('নতুন বিভাগ').click();
      const form = page.getByTestId('new-category');
      await form.getByLabel('বাংলা নাম').fill(`শুঁটকি ${word}`);
      await form.getByLabel('ইংরেজি নাম').fill(`Dried fish ${word}`);
      await form.getByRole('button', { name: 'বিভাগ তৈরি করুন' }).click();
      await page.getByTestId('category-done').waitFor();
      const created = await server.ctx.db
        .selectFrom('categories')
        .select(['id', 'slug', 'name_bn'])
        .where('name_en', '=', `Dried fish ${word}`)
        .executeTakeFirstOrThrow();
      expect(created.slug).toBe(`dried-fish-${word}`);
      const row = page.locator(`[data-category-id="${created.id}"]`);
      await row.getByText(`শুঁটকি ${word}`).first().waitFor();

      await row.getByRole('button', { name: 'নাম বদলান' }).click();
      await row.getByLabel('বাংলা নাম').fill(`শুটকি মাছ ${word}`);
      await row.getByLabel('ইংরেজি নাম').fill(`Dried fish (shutki) ${word}`);
      await row.getByRole('button', { name: 'সংরক্ষণ করুন' }).click();
      await row.getByText(`শুটকি মাছ ${word}`).first().waitFor();
      await shot(page, '04-category');
      const renamed = await server.ctx.db
        .selectFrom('categories')
        .select(['name_bn', 'name_en'])
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow();
      expect(renamed).toEqual({
        name_bn: `শুটকি মাছ ${word}`,
        name_en: `Dried fish (shutki) ${word}`,
      });
      const audit = await server.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('target_id', '=', created.id)
        .orderBy('id')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['category.created', 'category.updated']);
      await page.context().close();
    },
    120_000,
  );
});

describe('admin users page (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'finds a user, blocks them with a reason, unblocks them and makes them a seller',
    async () => {
      const word = uniqueWord();
      const customer = await createUser(server.ctx, { role: 'customer', name: `Rahima ${word}` });
      const page = await signedInAdmin('/admin/users');
      await page.getByRole('heading', { name: 'ব্যবহারকারী', exact: true }).waitFor();
      await page.getByLabel('নাম, ফোন বা ইমেইল দিয়ে খুঁজুন').fill(word);
      await page.getByRole('button', { name: 'খুঁজুন', exact: true }).click();
      const card = page.locator(`[data-user-id="${customer.id}"]`);
      await card.waitFor();
      await expect.poll(() => page.getByTestId('admin-user').count()).toBe(1);

      await card.getByRole('button', { name: 'ব্লক করুন' }).click();
      await card.getByLabel('ব্লক করার কারণ').fill('ভুয়া অর্ডার');
      await card.getByRole('button', { name: 'ব্লক নিশ্চিত করুন' }).click();
      await card.locator('[data-testid="user-status"][data-status="blocked"]').waitFor();
      // A blocked user's token stops working at once.
      const refused = await server.app.inject({ url: '/api/v1/me', headers: customer.auth });
      expect([401, 403]).toContain(refused.statusCode);
      await shot(page, '05-user-blocked');

      await card.getByRole('button', { name: 'আনব্লক করুন' }).click();
      await card.locator('[data-testid="user-status"][data-status="active"]').waitFor();

      await card.getByLabel('নতুন ভূমিকা').selectOption('seller');
      await card.getByRole('button', { name: 'ভূমিকা বদলান' }).click();
      await card.getByRole('button', { name: 'নিশ্চিত করুন' }).click();
      await card.getByTestId('user-role').filter({ hasText: 'বিক্রেতা' }).waitFor();
      await page.context().close();
    },
    120_000,
  );
});
