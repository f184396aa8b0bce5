import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { deliver, placeOrder } from '../../src/modules/money/test-support.ts';
import { buyer } from '../helpers/shopping.ts';
import {
  approvedShopWithProduct,
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  webServerForFile,
  bengaliTaka,
} from './support.ts';

/**
 * The seller's finance page in a real browser at 360×740, in Bengali: after a delivered cash order
 * the seller opens it from the shop console, sees the sale and the commission in this month's
 * statement, and downloads the statement as CSV. Screenshots: test-artifacts/finance-*.png.
 */

const server = webServerForFile('finance');
const shot = screenshotter('finance');

describe('the seller finance page (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'shows the delivered sale and its commission, and downloads the statement as CSV',
    async () => {
      const made = await approvedShopWithProduct(server, {
        shop: { nameBn: 'হিসাবি মুদি দোকান' },
        product: {
          nameBn: 'মসুর ডাল',
          variants: [{ sku: 'FIN-DAL', price: 12_000, initialStock: 50 }],
        },
      });
      // The shop's own rule, 10 % and 2 taka a line (a rule for this shop alone).
      await sql`
        INSERT INTO commission_rules (scope, shop_id, rate_bp, fixed_fee, effective_from)
        VALUES ('shop', ${made.shopId}, 1000, 200, '2020-01-01')`.execute(server.ctx.db);
      const b = await buyer(server.ctx, server.app, made.shopId);
      const order = await placeOrder(
        server.app,
        b,
        {
          seller: made.seller,
          shopId: made.shopId,
          variantId: made.variantId,
          productId: made.productId,
        },
        'cod',
        2,
      );
      await deliver(server.app, made.seller, order.id);
      const { number, total } = await server.ctx.db
        .selectFrom('orders')
        .select(['number', 'total'])
        .where('id', '=', order.id)
        .executeTakeFirstOrThrow();
      // 2 × 120 taka: 10 % is 24 taka, plus 2 taka.
      const commission = 2_600;

      const page = await newPhonePage(server.browser, { acceptDownloads: true });
      await page.goto(`${server.baseUrl}/seller`);
      await signIn(page, made.seller);
      await page.getByTestId('shop-finance-link').click();
      await page.getByRole('heading', { name: 'আয়-ব্যয়ের হিসাব' }).waitFor();
      await page.getByTestId('statement').waitFor();

      // The balance: the cash the shop holds, and the commission it owes (net, negative).
      expect(await page.getByTestId('balance-cod').textContent()).toBe(bengaliTaka(total));
      expect(await page.getByTestId('balance-net').textContent()).toBe(bengaliTaka(-commission));

      // The sale in this month's statement, in Bengali, and the commission among the totals.
      const sale = page.getByTestId('statement-entry').filter({ hasText: number });
      await expect.poll(() => sale.count()).toBe(2);
      expect(await sale.first().textContent()).toContain('বিক্রি · হাতে নগদ');
      expect(await sale.first().textContent()).toContain(bengaliTaka(total));
      const commissionRow = page.getByTestId('total-commission');
      expect(await commissionRow.textContent()).toBe(`কমিশন${bengaliTaka(commission)}`);
      expect(await page.getByTestId('total-sales').textContent()).toContain(bengaliTaka(total));
      expect(await page.getByTestId('statement-closing').textContent()).toBe(
        bengaliTaka(-commission),
      );
      // The slot the payouts component will fill is there.
      // The payouts part: cash on delivery, so the seller holds the money and owes the commission.
      await page.getByTestId('seller-payouts').waitFor();
      expect(await page.getByTestId('payouts-available').textContent()).toBe(bengaliTaka(-2600));
      await shot(page, '01-statement');

      // The CSV: a BOM, Bengali headers, the sale with its order number, amounts in taka.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-csv').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^haat-statement-\d{4}-\d{2}-01-.*-bn\.csv$/);
      const bytes = await readFile((await download.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe('তারিখ,ধরন,হিসাব,অর্ডার নম্বর,বিবরণ,ডেবিট (৳),ক্রেডিট (৳),ব্যালান্স (৳)');
      const saleLines = lines.filter((l) => l.includes(number));
      expect(saleLines).toHaveLength(2);
      expect(saleLines[0]).toMatch(
        new RegExp(
          `,বিক্রি,হাতে নগদ,${number},ডেলিভারিতে নগদ নেওয়া,${total / 100}\\.00,,-${total / 100}\\.00$`,
        ),
      );
      expect(saleLines[1]).toContain(`,বিক্রি,পাওনা,${number},`);
      expect(saleLines[1]!.endsWith(',-26.00')).toBe(true);
      expect(lines).toContain(',কমিশন,,,,,,26.00');

      // The monthly commission invoice is listed.
      await page.getByTestId('invoice').first().waitFor();
      expect(await page.getByTestId('invoice').first().textContent()).toContain(
        bengaliTaka(commission),
      );
      await shot(page, '02-invoices');
    },
    120_000,
  );
});
