import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buy,
  emptyBag,
  riskBuyer,
  riskShop,
  type RiskShop,
} from '../../src/modules/risk/test-support.ts';
import { createUser, randomPhone } from '../helpers/factories.ts';
import {
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  toBengaliDigits,
  webServerForFile,
} from './support.ts';

/**
 * The cash-on-delivery risk pages in the browser, in Bengali at 360 px, with the checkout's guard
 * on (the test helpers leave it off): the seller sees each COD order's level in the queue and its
 * reasons on the opened order, and changes the shop's COD policy in the settings form (what the
 * API then answers, and what the next checkout is held to); an admin blocks a phone on
 * /admin/risk-blocks and lifts it again. Screenshots: test-artifacts/risk-*.png.
 */

const server = webServerForFile('risk', { env: { RISK_COD_GUARD: 'on' } });
const shot = screenshotter('risk');

const bnNumber = new Intl.NumberFormat('bn-BD');
const unique = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

type Risk = {
  score: number;
  level: string;
  reasons: { code: string; points: number; message: string }[];
};

async function orderRisk(shop: RiskShop, orderId: string): Promise<Risk> {
  const res = await server.app.inject({
    method: 'GET',
    url: `/api/v1/orders/${orderId}/risk`,
    headers: { ...shop.seller.auth, 'accept-language': 'bn' },
  });
  expect(res.statusCode).toBe(200);
  return res.json() as Risk;
}

/**
 * A new customer's COD order from `shop`, delivered `metresNorth` of it: orders of the same items to
 * pins within 30 m of each other in minutes are duplicates (a reason of their own).
 */
async function placeCod(
  shop: RiskShop,
  metresNorth: number,
  opts: { landmark?: string | null } = {},
) {
  const near = { lat: shop.lat + metresNorth / 111_000, lng: shop.lng };
  const b = await riskBuyer(server.ctx, server.app, near, opts);
  const placed = await buy(server.app, b, shop);
  expect(placed.statusCode, placed.body).toBe(201);
  const order = placed.json().orders[0] as { id: string; number: string };
  return { buyer: b, ...order };
}

describe('cash-on-delivery risk in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    "the seller sees the queue's risk badges and an order's reasons, and sets the shop's COD policy",
    async () => {
      const shop = await riskShop(server.ctx, server.app, unique('Mosur dal'));
      // A new account's first order to its own phone: first order (15) + account opened today
      // (10) = 25, low. Without a landmark (+8): 33, medium.
      const careful = await placeCod(shop, 0);
      const vague = await placeCod(shop, 300, { landmark: null });
      const lowRisk = await orderRisk(shop, careful.id);
      const mediumRisk = await orderRisk(shop, vague.id);
      expect(lowRisk.level).toBe('low');
      expect(mediumRisk.level).toBe('medium');
      expect(mediumRisk.reasons.map((r) => r.code)).toContain('missing_landmark');

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/seller/shops/${shop.shopId}/orders`);
      await signIn(page, shop.seller);
      const rowOf = (id: string) =>
        page.locator(`[data-testid="order-row"][data-order-id="${id}"]`);
      const vagueRow = rowOf(vague.id);
      const vagueBadge = vagueRow.getByTestId('risk-badge');
      await vagueBadge.waitFor();
      expect(await vagueBadge.getAttribute('data-level')).toBe('medium');
      expect(await vagueBadge.textContent()).toBe(
        `মাঝারি ঝুঁকি · ${toBengaliDigits(String(mediumRisk.score))}`,
      );
      const carefulBadge = rowOf(careful.id).getByTestId('risk-badge');
      expect(await carefulBadge.getAttribute('data-level')).toBe('low');
      expect(await carefulBadge.textContent()).toBe(
        `কম ঝুঁকি · ${toBengaliDigits(String(lowRisk.score))}`,
      );
      await shot(page, '01-queue');

      // The order opened: its level, what the policy asks, and every reason with its points.
      await vagueRow.getByRole('button', { name: vague.number }).click();
      const panel = vagueRow.getByTestId('risk-panel');
      await panel.waitFor();
      expect(await panel.getByTestId('risk-badge').getAttribute('data-level')).toBe('medium');
      expect(await panel.textContent()).toContain('আপনার নিয়মে: ক্যাশ অন ডেলিভারি চলবে');
      const reasons = panel.getByTestId('risk-reasons').locator('li');
      await expect
        .poll(() => reasons.allTextContents())
        .toEqual(
          mediumRisk.reasons.map(
            (r) => `${r.message} (${r.points > 0 ? '+' : ''}${bnNumber.format(r.points)})`,
          ),
        );
      expect(await reasons.allTextContents()).toContain(
        `ঠিকানায় কোনো চিহ্ন (ল্যান্ডমার্ক) নেই (+${toBengaliDigits('8')})`,
      );
      await shot(page, '02-order');

      // The shop's COD policy: medium risk pays the delivery charge first, high risk prepays,
      // orders above ৳2,000 at least the delivery charge first.
      await page.goto(`${server.baseUrl}/seller/shops/${shop.shopId}/settings`);
      const form = page.getByTestId('risk-policy');
      await form.locator('select[name="mediumAction"]').waitFor();
      expect(await form.locator('select[name="mediumAction"]').inputValue()).toBe('accept');
      await form.locator('select[name="mediumAction"]').selectOption('advance');
      await form.locator('select[name="highAction"]').selectOption('prepaid');
      await form.locator('input[name="largeOrderTaka"]').fill('2000');
      await form.locator('select[name="largeOrderAction"]').selectOption('advance');
      await form.getByRole('button', { name: 'সংরক্ষণ করুন' }).click();
      await form.getByText('সংরক্ষণ করা হয়েছে।').waitFor();
      await shot(page, '03-policy');

      const saved = await server.app.inject({
        method: 'GET',
        url: `/api/v1/shops/${shop.shopId}/risk-policy`,
        headers: shop.seller.auth,
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toEqual({
        mediumAction: 'advance',
        highAction: 'prepaid',
        largeOrderPoisha: 200_000,
        largeOrderAction: 'advance',
      });
      // Read again, the form shows the saved policy.
      await page.reload();
      await form.locator('select[name="mediumAction"]').waitFor();
      expect(await form.locator('select[name="mediumAction"]').inputValue()).toBe('advance');
      expect(await form.locator('select[name="highAction"]').inputValue()).toBe('prepaid');
      expect(await form.locator('input[name="largeOrderTaka"]').inputValue()).toBe('2000');
      expect(await form.locator('select[name="largeOrderAction"]').inputValue()).toBe('advance');

      // The checkout is held to it: a medium-risk COD order now needs the delivery charge first.
      const next = await riskBuyer(
        server.ctx,
        server.app,
        { lat: shop.lat + 600 / 111_000, lng: shop.lng },
        { landmark: null },
      );
      const refused = await buy(server.app, next, shop);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'COD_ADVANCE_REQUIRED',
        details: { shopId: shop.shopId, level: 'medium' },
      });
      await page.context().close();
    },
    180_000,
  );

  it.skipIf(!hasChromium)(
    'an admin blocks a phone on the block list and lifts it; cash on delivery follows',
    async () => {
      const shop = await riskShop(server.ctx, server.app, unique('Atta'));
      const phone = randomPhone();
      const account = await createUser(server.ctx, { phone });
      const b = await riskBuyer(server.ctx, server.app, shop, { account });
      const admin = await createUser(server.ctx, { role: 'admin' });
      const local = phone.replace(/^\+88/, '');

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/admin/risk-blocks`);
      await signIn(page, admin);
      await page.getByRole('heading', { name: 'বন্ধ নম্বরের তালিকা' }).waitFor();
      // Typed in Bengali digits, as a phone's keyboard may give it.
      await page.getByLabel('মোবাইল নম্বর').fill(toBengaliDigits(local));
      await page.getByLabel('কারণ').fill('পাঁচটি পার্সেল দরজা থেকে ফেরত');
      await page.getByRole('button', { name: 'বন্ধ করুন' }).click();
      const entry = page.getByTestId('risk-block').filter({ hasText: local });
      await entry.waitFor();
      expect(await entry.textContent()).toContain('পাঁচটি পার্সেল দরজা থেকে ফেরত');
      await shot(page, '04-blocked');

      const listed = async () => {
        const res = await server.app.inject({
          method: 'GET',
          url: `/api/v1/admin/risk/blocks?all=true&phone=${encodeURIComponent(phone)}`,
          headers: admin.auth,
        });
        expect(res.statusCode).toBe(200);
        return res.json().items as { id: string; phone: string; liftedAt: string | null }[];
      };
      const [block] = await listed();
      expect(block).toMatchObject({ phone, liftedAt: null });
      const refused = await buy(server.app, b, shop);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'COD_NOT_ALLOWED',
        details: { level: 'blocked' },
      });

      // Lifted: gone from the list of blocks in force, kept under "show lifted".
      await entry.getByRole('button', { name: 'বন্ধ তুলে নিন' }).click();
      await expect.poll(() => entry.count()).toBe(0);
      await page.getByLabel('তুলে নেওয়াগুলোও দেখান').check();
      await entry.waitFor();
      expect(await entry.textContent()).toContain('তুলে নেওয়া হয়েছে');
      expect(await entry.getByRole('button', { name: 'বন্ধ তুলে নিন' }).count()).toBe(0);
      await shot(page, '05-lifted');
      const [lifted] = await listed();
      expect(lifted!.id).toBe(block!.id);
      expect(lifted!.liftedAt).not.toBeNull();

      await emptyBag(server.ctx, b);
      const placed = await buy(server.app, b, shop);
      expect(placed.statusCode, placed.body).toBe(201);
      await page.context().close();
    },
    120_000,
  );
});
