import { expect, it, describe } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { buyer } from '../helpers/shopping.ts';
import { multipartFile } from '../../src/modules/catalog/test-support.ts';
import { seedDemoMedicines } from '../../src/modules/pharmacy/index.ts';
import { namePharmacist, pharmacy, png } from '../../src/modules/prescriptions/test-support.ts';
import { hasChromium, newPhonePage, screenshotter, signIn, webServerForFile } from './support.ts';

/**
 * "Send your prescription" in the browser at 360×740, in Bengali: a customer's prescription
 * reaches the pharmacy; the pharmacist types its lines, the medicine matcher finds them among the
 * shop's products, and the proposal goes back to the customer. Screenshots:
 * test-artifacts/prescription-requests-*.png.
 */

const server = webServerForFile('prescription-requests');
const shot = screenshotter('prescription-requests');

describe('send your prescription in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    "the pharmacist builds the proposal from the prescription's lines through the matcher",
    async () => {
      const t = server as unknown as TestApp;
      // The master the matcher reads (the demo list has Angilock 50 mg tablets).
      await seedDemoMedicines(server.ctx.db);
      const shop = await pharmacy(t);
      await namePharmacist(t, shop);
      const customer = await buyer(server.ctx, server.app, shop.shopId);

      const file = multipartFile(await png(), 'rx.png', 'image/png');
      const boundary = file.headers['content-type']!.split('boundary=')[1]!;
      const sent = await server.app.inject({
        method: 'POST',
        url: '/api/v1/prescription-requests',
        headers: { ...customer.auth, ...file.headers },
        payload: Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="shopId"\r\n\r\n${shop.shopId}\r\n`,
          ),
          file.payload,
        ]),
      });
      expect(sent.statusCode).toBe(201);
      const requestId = sent.json().id as string;

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/prescriptions/${requestId}`);
      await signIn(page, shop.seller);
      const builder = page.getByTestId('proposal-builder');
      await builder.waitFor();
      await builder.getByTestId('proposal-lines').fill('angilok 50mg tab\nzzqx unknown drug');
      await builder.getByTestId('proposal-read-lines').click();
      // The line with a typo is found among the shop's products; the unknown one is named.
      await expect
        .poll(async () => {
          const values = await builder
            .getByTestId('proposal-row')
            .locator('input[type="number"]')
            .evaluateAll((inputs) => inputs.map((i) => Number((i as HTMLInputElement).value)));
          return values.filter((v) => v > 0).length;
        })
        .toBe(1);
      const notFound = builder.getByText(/আপনার পণ্যে পাওয়া যায়নি/);
      await notFound.waitFor();
      expect(await notFound.textContent()).toContain('zzqx unknown drug');
      await shot(page, 'matched');
      await builder.getByTestId('send-proposal').click();

      await expect
        .poll(async () => {
          const res = await server.app.inject({
            method: 'GET',
            url: `/api/v1/prescription-requests/${requestId}`,
            headers: customer.auth,
          });
          return JSON.stringify(res.json());
        })
        .toContain(shop.rx.variantId);
    },
    180_000,
  );
});
