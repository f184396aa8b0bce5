import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createProduct } from '../../src/modules/catalog/test-support.ts';
import { createUser } from '../helpers/factories.ts';
import { createShop } from '../helpers/shops.ts';
import { hasChromium, newPhonePage, screenshotter, signIn, webServerForFile } from './support.ts';

/**
 * A pharmacist records batches of a medicine in Bengali (a day-first date and an amount in Bengali
 * digits), corrects one, and reads the stock value by expiry month. 360 px, Bengali.
 * Screenshots go to test-artifacts/batches-*.png.
 */

const server = webServerForFile('batches');
const shot = screenshotter('batches');

describe('seller batches in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'adds a batch with Bengali digits, edits it, and sees the expiry report',
    async () => {
      const seller = await createUser(server.ctx, { role: 'seller' });
      const shop = (await createShop(server, seller, {
        nameEn: `Pharmacy ${randomUUID().slice(0, 6)}`,
      })) as { id: string };
      await server.ctx.db
        .updateTable('shops')
        .set({
          type: 'pharmacy',
          drug_licence: 'DL-0001',
          status: 'approved',
          approved_at: new Date(),
        })
        .where('id', '=', shop.id)
        .execute();
      const product = await createProduct(server.app, seller.auth, shop.id, {
        nameBn: 'নাপা ৫০০',
        nameEn: 'Napa 500',
        kind: 'general',
        unit: 'strip',
        attributes: {},
        variants: [{ sku: `NAPA-${randomUUID().slice(0, 6)}`, price: 1200, initialStock: 0 }],
      });
      const variantId = product.variants[0]!.id;

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/seller/products/${product.id}/batches`);
      await signIn(page, seller);
      await page.getByTestId('product-batches').waitFor();
      const form = page.getByTestId('add-batch');
      await form.locator('input[name=batchNumber]').fill('NP2407');
      await form.locator('input[name=expiry]').fill('৩১/১২/২০৩০');
      await form.locator('input[name=quantity]').fill('১২');
      await form.locator('input[name=cost]').fill('৬.৫০');
      await shot(page, '01-add');
      await form.getByRole('button').click();
      await page.getByTestId('batch-row').waitFor();
      await expect
        .poll(() => page.getByTestId('batch-row').innerText(), { timeout: 15_000 })
        .toContain('৩১');
      const row = await page.getByTestId('batch-row').innerText();
      expect(row).toContain('NP2407');
      expect(row).toContain('১২');
      const stock = await server.ctx.db
        .selectFrom('product_variants')
        .select('on_hand')
        .where('id', '=', variantId)
        .executeTakeFirstOrThrow();
      expect(stock.on_hand).toBe(12);

      // A recount: 10 on the shelf.
      await page.getByTestId('batch-row').getByRole('button').first().click();
      const editing = page.getByTestId('batch-row-editing');
      await editing.locator('input[name=quantity]').fill('১০');
      await editing.getByRole('button').first().click();
      await editing.waitFor({ state: 'detached' });
      await expect
        .poll(async () => (await page.getByTestId('batch-row').innerText()).includes('১০'), {
          timeout: 15_000,
        })
        .toBe(true);
      await shot(page, '02-batches');

      // The report: December 2030 holds 10 × ৳6.50 = ৳65.
      await page.goto(`${server.baseUrl}/seller/shops/${shop.id}/expiry`);
      await page.getByTestId('expiry-months').waitFor();
      const months = await page.getByTestId('expiry-months').innerText();
      expect(months).toContain('২০৩০');
      expect(await page.getByTestId('expiry-total').innerText()).toContain('৬৫');
      await shot(page, '03-report');
    },
    180_000,
  );
});
