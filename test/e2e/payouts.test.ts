import { describe, expect, it } from 'vitest';
import { expectedSplit, moneyShop } from '../../src/modules/money/test-support.ts';
import { bkashOrder } from '../../src/modules/payouts/test-support.ts';
import { createUser } from '../helpers/factories.ts';
import {
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  toBengaliDigits,
  webServerForFile,
  bengaliTaka,
} from './support.ts';

/**
 * Payouts in the browser at 360×740, in Bengali: a seller with a delivered bKash order whose
 * return window has closed sets a bKash number on the payouts page; an admin opens the finance
 * page for that shop and runs its payout (bKash sandbox); the seller then sees the payout paid.
 * Screenshots: test-artifacts/payouts-*.png.
 */

const server = webServerForFile('payouts');
const shot = screenshotter('payouts');

/** "৳১,২৩৪.৫০" as the page writes it in Bengali, from poisha. */
describe('payouts in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'the seller sets a bKash number, the admin pays the shop, the seller sees the payout',
    async () => {
      const t = { app: server.app, ctx: server.ctx, close: async () => undefined };
      const shop = await moneyShop(server.ctx, server.app);
      const order = await bkashOrder(t, shop, { windowClosed: true });
      const share = (await expectedSplit(server.ctx, order.id)).share;
      const admin = await createUser(server.ctx, { role: 'admin' });

      // The seller: what is available now, and where to send it.
      const seller = await newPhonePage(server.browser);
      await seller.goto(`${server.baseUrl}/seller/shops/${shop.shopId}/payouts`);
      await signIn(seller, shop.seller);
      await seller.getByRole('heading', { name: 'পেআউট', exact: true }).waitFor();
      await expect
        .poll(() => seller.getByTestId('payouts-available').textContent())
        .toBe(bengaliTaka(share));
      await seller.getByTestId('no-payouts').waitFor();
      await seller.getByLabel('বিকাশ নম্বর').fill(toBengaliDigits('01712-345678'));
      await seller.getByTestId('save-payout-method').click();
      await seller.getByTestId('payout-method-saved').waitFor();
      await shot(seller, 'seller-before');
      const method = await server.ctx.db
        .selectFrom('payout_methods')
        .select(['kind', 'bkash_msisdn'])
        .where('shop_id', '=', shop.shopId)
        .executeTakeFirstOrThrow();
      expect(method).toEqual({ kind: 'bkash', bkash_msisdn: '+8801712345678' });

      // The admin: this shop's payable, paid now.
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/admin/finance?shopId=${shop.shopId}`);
      await signIn(page, admin);
      await page.getByRole('heading', { name: 'হিসাব-নিকাশ' }).waitFor();
      const row = page.locator(`[data-testid="payable-row"][data-shop-id="${shop.shopId}"]`);
      await row.getByText(bengaliTaka(share)).first().waitFor();
      // Below the default minimum (৳500): the admin asks for ৳1, typed in Bengali digits.
      await page.getByLabel('দোকানপ্রতি সর্বনিম্ন পরিমাণ (টাকা, ঐচ্ছিক)').fill('১');
      await page.getByTestId('run-payouts').click();
      await page.getByTestId('run-started').getByText(toBengaliDigits('1')).waitFor();
      const paid = page.locator('[data-testid="run-payout"][data-status="paid"]');
      await paid.waitFor();
      await expect.poll(() => paid.textContent()).toContain(bengaliTaka(share));
      await shot(page, 'admin-run');
      // Reconciliation of bKash: the ledger against the sandbox's report; the payout just made
      // matches (other test files' payments on the shared database may differ, so only it is checked).
      await page.getByTestId('reconcile').click();
      await page.getByTestId('reconciliation-result').waitFor();
      const trx = (
        await server.ctx.db
          .selectFrom('payouts')
          .select('provider_txn_id')
          .where('shop_id', '=', shop.shopId)
          .executeTakeFirstOrThrow()
      ).provider_txn_id!;
      expect(await page.getByTestId('reconciliation-result').textContent()).not.toContain(trx);

      // The seller sees it paid, and nothing more available.
      await seller.reload();
      await seller.locator('[data-testid="seller-payout"][data-status="paid"]').waitFor();
      await expect
        .poll(() => seller.getByTestId('payouts-available').textContent())
        .toBe(bengaliTaka(0));
      await shot(seller, 'seller-after');
      const payouts = await server.ctx.db
        .selectFrom('payouts')
        .select(['status', 'amount'])
        .where('shop_id', '=', shop.shopId)
        .execute();
      expect(payouts).toEqual([{ status: 'paid', amount: share }]);
    },
    180_000,
  );
});
