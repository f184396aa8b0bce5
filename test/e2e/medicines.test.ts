import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { masterOf } from '../../src/modules/pharmacy/pharmacy.seed.ts';
import { linkToMaster } from '../../src/modules/pharmacy/product-link.ts';
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
 * The medicine master in the browser, in Bengali on a phone: an admin finds an entry and makes it
 * prescription-only with a reason; a medicine's product page lists other brands of the same
 * medicine with ৳ prices. Screenshots: test-artifacts/medicines-*.png.
 */

const server = webServerForFile('medicines');
const shot = screenshotter('medicines');

/** Letters only, so the master search answers this test's entries alone. */
const uniqueWord = () =>
  `Zq${randomUUID()
    .replace(/-/g, '')
    .slice(0, 8)
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`;

async function entry(brand: string, generic: string, unitPrice: number) {
  return server.ctx.db
    .insertInto('medicines')
    .values({
      brand,
      generic_name: generic,
      strength: '20 mg',
      dosage_form: 'Tablet',
      manufacturer_name: 'Test Pharma Ltd.',
      price_basis: 'unit',
      unit_price: unitPrice,
      prescription_class: 'otc',
      class_reason: 'test',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

describe('medicine master (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)('an admin makes an entry prescription-only with a reason', async () => {
    const brand = uniqueWord();
    const m = await entry(brand, `${uniqueWord()}prazole`, 500);
    const admin = await createUser(server.ctx, { role: 'admin' });
    const page = await newPhonePage(server.browser);
    await page.goto(`${server.baseUrl}/admin/medicines?q=${brand}`);
    await signIn(page, admin);
    await page.getByTestId('admin-medicines').waitFor();
    await page.locator('input[name="q"]').fill(brand);
    await page.getByRole('button', { name: 'খুঁজুন' }).click();
    await page.getByTestId('medicine-row').first().getByRole('button').click();
    const card = page.getByTestId('medicine-entry');
    await card.waitFor();
    await card.locator('select[name="prescriptionClass"]').selectOption('rx');
    await card.locator('input[name="reason"]').fill('ফার্মাসিস্টের পর্যালোচনা');
    await card.getByRole('button', { name: 'শ্রেণি সংরক্ষণ করুন' }).click();
    await page.getByTestId('medicine-class').filter({ hasText: 'প্রেসক্রিপশন লাগবে' }).waitFor();
    await shot(page, '01-class-changed');
    const row = await server.ctx.db
      .selectFrom('medicines')
      .select(['prescription_class', 'class_reason', 'class_overridden'])
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      prescription_class: 'rx',
      class_reason: 'ফার্মাসিস্টের পর্যালোচনা',
      class_overridden: true,
    });
    await page.context().close();
  });

  it.skipIf(!hasChromium)('a medicine page lists other brands of the same medicine', async () => {
    const generic = `${uniqueWord()}prazole`;
    const [mine, other] = [
      await entry(uniqueWord(), generic, 700),
      await entry(uniqueWord(), generic, 600),
    ];
    const medicineProduct = (name: string) => ({
      nameEn: name,
      nameBn: name,
      kind: 'medicine',
      unit: 'strip',
      attributes: { genericName: generic, prescriptionRequired: false },
      variants: [
        {
          sku: `M-${randomUUID().slice(0, 8)}`,
          label: '১ পাতা (১০টি)',
          price: 6000,
          initialStock: 9,
        },
      ],
    });
    const here = await approvedShopWithProduct(server, { product: medicineProduct(mine.brand) });
    const there = await approvedShopWithProduct(server, { product: medicineProduct(other.brand) });
    for (const [productId, m] of [
      [here.productId, mine],
      [there.productId, other],
    ] as const) {
      await server.ctx.db.transaction().execute((tx) => linkToMaster(tx, productId, masterOf(m)));
    }
    const page = await newPhonePage(server.browser);
    await page.goto(`${server.baseUrl}/products/${here.productId}`);
    const section = page.getByTestId('other-brands');
    await section.waitFor();
    expect(await section.getByRole('heading').textContent()).toBe('একই ওষুধের অন্য ব্র্যান্ড');
    const item = section.getByTestId('other-brand');
    expect(await item.count()).toBe(1);
    const text = await item.first().textContent();
    expect(text).toContain(other.brand);
    expect(text).toContain('৳'); // capped at 10 × ৳6.00 MRP: ৳৬০.০০
    expect(text).toContain('৬০');
    await shot(page, '02-other-brands');
    await page.context().close();
  });
});
