import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createUser } from '../helpers/factories.ts';
import { randomPointInBangladesh } from '../helpers/shops.ts';
import { addToCart, buyer, checkout } from '../helpers/shopping.ts';
import {
  approvedShopWithProduct,
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  webServerForFile,
} from './support.ts';

/**
 * The assistant in the browser at 360×740, in Bengali: a customer asks in Banglish for a product,
 * adds it through the assistant, asks for a person; the seller answers from the console's inbox
 * and the customer sees the answer in the chat. Screenshots: test-artifacts/assistant-*.png.
 */

const server = webServerForFile('assistant');
const shot = screenshotter('assistant');

describe('the assistant in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'Banglish search, add through the assistant, hand over; the seller answers and the customer sees it',
    async () => {
      const made = await approvedShopWithProduct(server, {
        // A place of its own: other files' egg shops stand at the default address.
        shop: { nameBn: `মুদি ${randomUUID().slice(0, 4)}`, ...randomPointInBangladesh() },
        product: { nameBn: 'দেশি মুরগির ডিম', nameEn: 'Deshi chicken eggs', unit: 'dozen' },
      });
      const customer = await createUser(server.ctx, { name: 'রহিম উদ্দিন' });
      const here = { lat: made.shop.lat, lng: made.shop.lng, source: 'gps' };

      const page = await newPhonePage(server.browser);
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.stack ?? e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.addInitScript((loc) => {
        localStorage.setItem('haat.location', JSON.stringify(loc));
      }, here);
      await page.goto(`${server.baseUrl}/login`);
      await signIn(page, customer);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));

      await page.getByTestId('chat-open').click();
      const input = page.getByTestId('chat-input');
      await input.fill('dim ache?');
      await input.press('Enter');
      const card = page.getByTestId('chat-product-card').first();
      await card.waitFor().catch(async (error: unknown) => {
        await shot(page, 'no-card');
        const frame = /(http:\/\/[^\s)]+\.js):(\d+):(\d+)/.exec(problems.join('\n'));
        if (frame) {
          const code =
            (await (await fetch(frame[1]!)).text()).split('\n')[Number(frame[2]) - 1] ?? '';
          const col = Number(frame[3]);
          problems.push(`AT: ${code.slice(Math.max(0, col - 400), col + 200)}`);
        }
        throw new Error(`no product card: ${problems.join(' | ')}`, {
          cause: error,
        });
      });
      expect(await card.textContent()).toContain('দেশি মুরগির ডিম');
      expect(await card.textContent()).toContain('৳');
      await shot(page, 'search');

      await input.fill('2 ta dao');
      await input.press('Enter');
      await page.getByTestId('chat-assistant').filter({ hasText: 'ব্যাগে যোগ হয়েছে' }).waitFor();
      await expect
        .poll(
          async () =>
            (
              await server.ctx.db
                .selectFrom('cart_items')
                .select('quantity')
                .where('customer_id', '=', customer.id)
                .where('variant_id', '=', made.variantId)
                .executeTakeFirst()
            )?.quantity,
        )
        .toBe(2);

      await input.fill('আমি একজন মানুষের সাথে কথা বলতে চাই');
      await input.press('Enter');
      await page.getByTestId('chat-waiting').waitFor();
      await shot(page, 'handoff');

      // The seller answers from the console.
      const sellerPage = await newPhonePage(server.browser);
      await sellerPage.goto(`${server.baseUrl}/seller/support`);
      await signIn(sellerPage, made.seller);
      await sellerPage.getByTestId('support-thread-row').first().getByRole('link').click();
      await sellerPage.getByTestId('support-message').first().waitFor();
      const answer = 'জি, ডিম আছে। আধা ঘণ্টায় পাঠাচ্ছি।';
      await sellerPage.getByTestId('support-reply').fill(answer);
      await sellerPage.getByRole('button', { name: 'পাঠান', exact: true }).click();
      await sellerPage.getByTestId('support-message').filter({ hasText: answer }).waitFor();
      await shot(sellerPage, 'seller-inbox');

      // The customer sees it in the chat without doing anything.
      await page.getByTestId('chat-agent').filter({ hasText: answer }).waitFor({ timeout: 20_000 });
      await shot(page, 'answered');
      await sellerPage.context().close();
      await page.context().close();
    },
    120_000,
  );

  it.skipIf(!hasChromium)(
    'the seller answers "amar order kothay?" with a suggested reply; the customer sees it',
    async () => {
      const made = await approvedShopWithProduct(server, {
        shop: { nameBn: `দোকান ${randomUUID().slice(0, 4)}` },
      });
      const customer = await buyer(server.ctx, server.app, made.shopId);
      await addToCart(server.app, customer, made.variantId);
      const placed = await checkout(server.app, customer);
      expect(placed.statusCode, placed.body).toBe(201);
      const orderId = (placed.json() as { orders: { id: string }[] }).orders[0]!.id;
      const { number } = (
        await server.app.inject({
          method: 'GET',
          url: `/api/v1/orders/${orderId}`,
          headers: customer.auth,
        })
      ).json() as { number: string };

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/login`);
      await signIn(page, customer);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.getByTestId('chat-open').click();
      const input = page.getByTestId('chat-input');
      await input.fill('amar order kothay? manusher sathe kotha bolte chai');
      await input.press('Enter');
      await page.getByTestId('chat-waiting').waitFor();

      const sellerPage = await newPhonePage(server.browser);
      await sellerPage.goto(`${server.baseUrl}/seller/support`);
      await signIn(sellerPage, made.seller);
      await sellerPage.getByTestId('support-thread-row').first().getByRole('link').click();
      await sellerPage.getByText('প্রস্তাবিত উত্তর').waitFor();
      const suggestion = sellerPage.getByTestId('suggestion').filter({ hasText: number });
      await suggestion.waitFor();
      const text = (await suggestion.textContent())!;
      expect(text).toContain('অবস্থা');
      await suggestion.click();
      const reply = sellerPage.getByTestId('support-reply');
      expect(await reply.inputValue()).toBe(text);
      // Editable before sending.
      await reply.press('End');
      await reply.pressSequentially(' ধন্যবাদ।');
      const sent = `${text} ধন্যবাদ।`;
      expect(await reply.inputValue()).toBe(sent);
      await shot(sellerPage, 'suggested-reply');
      await sellerPage.getByRole('button', { name: 'পাঠান', exact: true }).click();
      await sellerPage.getByTestId('support-message').filter({ hasText: sent }).waitFor();

      await page
        .getByTestId('chat-agent')
        .filter({ hasText: 'ধন্যবাদ।' })
        .filter({ hasText: number })
        .waitFor({ timeout: 20_000 });
      await shot(page, 'suggested-answer');
      await sellerPage.context().close();
      await page.context().close();
    },
    120_000,
  );
});
