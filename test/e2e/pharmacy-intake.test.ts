import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertMedicine, insertTypedShop } from '../../src/modules/pharmacy/intake.test-support.ts';
import { createUser } from '../helpers/factories.ts';
import { hasChromium, newPhonePage, screenshotter, signIn, webServerForFile } from './support.ts';

/**
 * A pharmacist stocks the shop from a pasted list on a phone, in Bengali: a line naming a brand
 * with two strengths waits for review, and one tap on a candidate adds it as a product.
 * Screenshots go to test-artifacts/pharmacy-intake-*.png.
 */

const server = webServerForFile('pharmacy-intake', { categories: true });
const shot = screenshotter('pharmacy-intake');

describe('stocking a pharmacy from a list in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'pastes a short list and accepts a review line with one tap',
    async () => {
      const seller = await createUser(server.ctx, { role: 'seller' });
      const shopId = await insertTypedShop(server.ctx, seller.id);
      const brand = `Lumora${randomUUID().slice(0, 5)}`;
      const strong = await insertMedicine(server.ctx, {
        brand,
        strength: '500 mg',
        unitPrice: 150,
      });
      await insertMedicine(server.ctx, { brand, strength: '250 mg', unitPrice: 90 });

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/seller`);
      await signIn(page, seller);
      await page.getByTestId('stock-from-list-link').click();
      await page.getByRole('heading', { name: 'তালিকা থেকে মজুদ' }).waitFor();
      // No strength where two exist: ambiguous, so it must wait for the seller.
      await page.getByTestId('intake-text').fill(`${brand}\nqwxvbn zzq`);
      await page.getByTestId('intake-submit').click();
      await page.getByTestId('intake-result').waitFor();
      const lines = page.getByTestId('intake-review-line');
      await expect.poll(() => lines.count()).toBe(2);
      const first = lines.filter({ hasText: brand }).first();
      // This test's own entry: other files' master entries may be candidates too.
      const choice = first
        .getByTestId('intake-candidate')
        .filter({ hasText: brand })
        .filter({ hasText: '500 mg' })
        .first();
      await expect.poll(async () => (await choice.textContent()) ?? '').toContain('৳');
      await first.getByTestId('intake-stock').fill('১২');
      await shot(page, 'review');
      await choice.click();
      await page.getByTestId('intake-added').filter({ hasText: brand }).waitFor();
      await expect.poll(() => lines.count()).toBe(1);
      await shot(page, 'accepted');

      const product = await server.ctx.db
        .selectFrom('products')
        .innerJoin('product_variants', 'product_variants.product_id', 'products.id')
        .select(['products.medicine_id', 'product_variants.price', 'product_variants.on_hand'])
        .where('products.shop_id', '=', shopId)
        .executeTakeFirstOrThrow();
      expect(product).toEqual({ medicine_id: strong.id, price: 150, on_hand: 12 });
    },
  );
});
