import { describe, expect, it } from 'vitest';
import { optOutToken } from '../../src/modules/cart/reminders.settings.ts';
import { dhakaToday } from '../../src/modules/festivals/index.ts';
import { setFestivalDates } from '../../src/modules/festivals/festivals.service.ts';
import { addDays } from '../../src/modules/festivals/festivals.dates.ts';
import { createUser } from '../helpers/factories.ts';
import { createShop } from '../helpers/shops.ts';
import { hasChromium, newPhonePage, screenshotter, signIn, webServerForFile } from './support.ts';

/**
 * Festivals and bag reminders in the browser at 360×740, in Bengali. The file's own database has
 * Ramadan moved (as an admin would after the moon is sighted) to start today, so the home page
 * wears a festival theme with today's iftar time, and a seller sees Ramadan's suggested campaign.
 * A bag reminder's link turns reminders off. Screenshots: test-artifacts/festivals-*.png.
 */

const server = webServerForFile('festivals');
const shot = screenshotter('festivals');

async function ramadanFromToday() {
  const admin = await createUser(server.ctx, { role: 'admin' });
  const today = dhakaToday();
  await setFestivalDates(
    server.ctx.db,
    { actorId: admin.id, actorRole: 'admin' },
    'ramadan',
    Number(today.slice(0, 4)),
    { startsOn: today, mainDay: today, endsOn: addDays(today, 20) },
  );
  return today;
}

describe('festivals in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    "the home page's festival banner, a seller's campaign, a reminder's opt-out link",
    async () => {
      const today = await ramadanFromToday();

      const page = await newPhonePage(server.browser);
      await page.goto(server.baseUrl);
      const banner = page.getByTestId('festival-banner');
      await banner.waitFor();
      expect(await banner.getAttribute('class')).toMatch(
        /festival-(ramadan|eid|boishakh|puja|national)/,
      );
      await page.getByTestId('iftar-time').getByText('ইফতার').waitFor();
      await shot(page, 'home');

      const seller = await createUser(server.ctx, { role: 'seller' });
      const shop = (await createShop(server, seller)) as { id: string };
      await page.goto(`${server.baseUrl}/seller/shops/${shop.id}/festivals`);
      await signIn(page, seller);
      const list = page.getByTestId('shop-festivals');
      await list.waitFor();
      const code = `RAMADAN${Number(today.slice(2, 4))}`;
      await list.getByText(code, { exact: false }).first().waitFor();
      await shot(page, 'seller');
      // One tap makes the suggested coupon a real one of the shop's.
      const campaign = page.getByTestId('festival-campaign').filter({ hasText: code }).first();
      await campaign.getByTestId('festival-coupon-create').click();
      await campaign.getByTestId('festival-coupon-made').waitFor();
      const made = await server.ctx.db
        .selectFrom('coupons')
        .select(['code', 'kind', 'value'])
        .where('shop_id', '=', shop.id)
        .execute();
      expect(made).toEqual([{ code, kind: 'percent', value: expect.any(Number) }]);
      expect(made[0]!.value).toBeGreaterThanOrEqual(100);

      const customer = await createUser(server.ctx);
      const visitor = await newPhonePage(server.browser);
      await visitor.goto(
        `${server.baseUrl}/bag-reminders/off?token=${encodeURIComponent(optOutToken(server.ctx, customer.id))}`,
      );
      // Opening the link changes nothing; the button does.
      await visitor.getByRole('button', { name: 'বন্ধ করুন' }).waitFor();
      const before = await server.ctx.db
        .selectFrom('bag_reminder_settings')
        .select('opted_out_at')
        .where('user_id', '=', customer.id)
        .executeTakeFirst();
      expect(before?.opted_out_at ?? null).toBeNull();
      await visitor.getByRole('button', { name: 'বন্ধ করুন' }).click();
      await visitor.getByText('আর কোনো ব্যাগের রিমাইন্ডার আসবে না').waitFor();
      await expect
        .poll(async () =>
          Boolean(
            (
              await server.ctx.db
                .selectFrom('bag_reminder_settings')
                .select('opted_out_at')
                .where('user_id', '=', customer.id)
                .executeTakeFirst()
            )?.opted_out_at,
          ),
        )
        .toBe(true);
      await shot(visitor, 'opt-out');
    },
    180_000,
  );

  it.skipIf(!hasChromium)(
    'a restaurant starts the iftar offer with one tap: a coupon valid only around iftar',
    async () => {
      const today = await ramadanFromToday();
      const seller = await createUser(server.ctx, { role: 'seller' });
      const shop = (await createShop(server, seller)) as { id: string };
      await server.ctx.db
        .updateTable('shops')
        .set({ type: 'restaurant' })
        .where('id', '=', shop.id)
        .execute();
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/seller/shops/${shop.id}/festivals`);
      await signIn(page, seller);
      const offer = page.getByTestId('iftar-offer');
      await offer.waitFor();
      const code = `IFTAR${Number(today.slice(2, 4))}`;
      await offer.getByText(code, { exact: false }).waitFor();
      await offer.getByRole('button', { name: 'ইফতার অফার চালু করুন' }).click();
      await offer.getByTestId('iftar-coupon-made').waitFor();
      await shot(page, 'iftar-offer');
      const made = await server.ctx.db
        .selectFrom('coupons')
        .select(['code', 'time_window'])
        .where('shop_id', '=', shop.id)
        .execute();
      expect(made).toEqual([{ code, time_window: 'iftar' }]);

      // The offers page lists it with its rule, and the editor shows the box ticked.
      await page.goto(`${server.baseUrl}/seller/shops/${shop.id}/promotions`);
      const row = page.getByTestId('coupon-row').filter({ hasText: code });
      await row.getByText('শুধু ইফতারের সময়ে').waitFor();
      await row.getByTestId('coupon-edit').click();
      expect(await row.locator('input[name="iftarOnly"]').isChecked()).toBe(true);
    },
    180_000,
  );
});
