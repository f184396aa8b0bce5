import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  approvedShopWithProduct,
  fakeSpeechRecognition,
  hasChromium,
  newPhonePage,
  screenshotter,
  webServerForFile,
} from './support.ts';

/**
 * A guest and the assistant at 360×740, in Bengali: the chat panel's microphone sends what it
 * heard (a fake SpeechRecognition injected before the app loads), and "2 ta dao" puts the item in
 * the browser's own bag, which the cart page shows. Screenshots: test-artifacts/assistant-guest-*.
 */

const server = webServerForFile('assistant-guest');
const shot = screenshotter('assistant-guest');

describe('a guest and the assistant (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'asks by voice, says "2 ta dao", and finds 2 in the bag without signing in',
    async () => {
      const name = `হাঁসের ডিম ${randomUUID().slice(0, 4)}`;
      const made = await approvedShopWithProduct(server, {
        product: { nameBn: name, nameEn: 'Duck eggs', unit: 'dozen' },
      });
      const page = await newPhonePage(server.browser);
      try {
        await page.addInitScript(
          (loc) => localStorage.setItem('haat.location', JSON.stringify(loc)),
          { lat: made.shop.lat, lng: made.shop.lng, source: 'gps' },
        );
        await page.addInitScript(fakeSpeechRecognition('hasher dim ache?'));
        await page.goto(`${server.baseUrl}/`);
        await page.getByTestId('chat-open').click();
        const panel = page.getByTestId('chat-panel');
        await panel.getByTestId('voice-input').click();
        await panel.getByTestId('chat-user').filter({ hasText: 'hasher dim ache?' }).waitFor();
        const card = panel.getByTestId('chat-product-card').filter({ hasText: name });
        await card.waitFor();
        expect(
          await page.evaluate(() => (window as unknown as { __voiceLangs: string[] }).__voiceLangs),
        ).toEqual(['bn-BD']);

        const input = panel.getByTestId('chat-input');
        await input.fill('2 ta dao');
        await input.press('Enter');
        await panel.getByTestId('chat-assistant').filter({ hasText: 'ব্যাগে রাখা হলো' }).waitFor();
        await shot(page, 'added');

        await page.goto(`${server.baseUrl}/cart`);
        const line = page.getByTestId('cart-line').filter({ hasText: name });
        await line.waitFor();
        expect(await line.textContent()).toContain('× ২');
        // Nothing was written for a guest on the server.
        const rows = await server.ctx.db
          .selectFrom('cart_items')
          .select('customer_id')
          .where('variant_id', '=', made.variantId)
          .execute();
        expect(rows).toEqual([]);
        await shot(page, 'cart');
      } finally {
        await page.context().close();
      }
    },
    120_000,
  );
});
