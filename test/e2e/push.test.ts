import { describe, expect, it } from 'vitest';
import { createPushServiceSandbox } from '../../src/platform/messaging/sandbox/push-service.ts';
import { addToCart, buyer, checkout, moveOrder } from '../helpers/shopping.ts';
import {
  approvedShopWithProduct,
  hasChromium,
  newPhonePage,
  screenshotter,
  signIn,
  webServerForFile,
} from './support.ts';

/**
 * Order updates as notifications: the customer says yes on the order's page, the browser's
 * permission is granted, the subscription reaches the server, the seller accepts the order and the
 * push service (the local one, which checks VAPID and decrypts) receives the update in Bengali;
 * signing out stops it (test/e2e/offline.test.ts shows the service worker displaying a push). Headless Chromium has no push
 * service of its own (subscribing would try Google's), so `pushManager.subscribe` is given the
 * local push service's subscription; everything around it is the app's real code.
 * Screenshots: test-artifacts/push-*.png.
 */
const server = webServerForFile('push');
const shot = screenshotter('push');

describe('web push in the browser', () => {
  it.skipIf(!hasChromium)(
    'a customer turns on notifications, gets the accepted order, and sign-out stops them',
    async () => {
      (server.ctx.config as { PUSH_ENDPOINT_HOSTS: string[] }).PUSH_ENDPOINT_HOSTS = ['127.0.0.1'];
      const push = createPushServiceSandbox();
      const { close } = await push.start();
      try {
        const s = await approvedShopWithProduct(server);
        const b = await buyer(server.ctx, server.app, s.shopId);
        await addToCart(server.app, b, s.variantId);
        const order = (await checkout(server.app, b)).json().orders[0] as { id: string };
        const key = (await server.app.inject({ url: '/api/v1/push/public-key' })).json()
          .publicKey as string;
        const sub = push.subscribe(key);

        // The app's service worker runs here (other browser tests block it).
        const page = await newPhonePage(server.browser, { serviceWorkers: 'allow' });
        await page.context().grantPermissions(['notifications'], { origin: server.baseUrl });
        // The browser's subscription lives across page loads, as a real one does (localStorage here).
        await page.addInitScript(`(() => {
          const made = ${JSON.stringify({ endpoint: sub.endpoint, keys: sub.keys })};
          const fromB64 = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
          const subscription = (key) => ({
            endpoint: made.endpoint,
            options: { applicationServerKey: fromB64(key).buffer, userVisibleOnly: true },
            toJSON: () => ({ endpoint: made.endpoint, expirationTime: null, keys: made.keys }),
            unsubscribe: async () => {
              localStorage.removeItem('test.pushKey');
              localStorage.setItem('test.pushUnsubscribed', '1');
              return true;
            },
          });
          PushManager.prototype.getSubscription = async function () {
            const key = localStorage.getItem('test.pushKey');
            return key ? subscription(key) : null;
          };
          PushManager.prototype.subscribe = async function (options) {
            const key = btoa(String.fromCharCode(...new Uint8Array(options.applicationServerKey)));
            localStorage.setItem('test.pushKey', key);
            return subscription(key);
          };
        })();`);
        await page.goto(`${server.baseUrl}/orders/${order.id}`);
        await signIn(page, b);
        const offer = page.getByTestId('push-opt-in');
        await expect.poll(() => offer.getAttribute('data-state')).toBe('off');
        await shot(page, 'offer');
        await offer.getByRole('button', { name: 'নোটিফিকেশন চালু করুন' }).click();
        await offer.waitFor({ state: 'detached' });
        const given = await page.evaluate(() => localStorage.getItem('test.pushKey'));
        expect(Buffer.from(given!, 'base64').toString('base64url')).toBe(key);
        const saved = () =>
          server.ctx.db
            .selectFrom('push_subscriptions')
            .select('endpoint')
            .where('user_id', '=', b.id)
            .execute();
        expect(await saved()).toEqual([{ endpoint: sub.endpoint }]);

        expect((await moveOrder(server.app, s.seller, order.id, 'accepted')).statusCode).toBe(200);
        await expect
          .poll(() => push.received.filter((m) => m.subscriptionId === sub.id).length, {
            timeout: 20_000,
          })
          .toBe(1);
        const message = push.received.find((m) => m.subscriptionId === sub.id)!;
        const payload = message.payload as { title: string; body: string; url: string };
        expect(payload.url).toBe(`/orders/${order.id}`);
        expect(payload.title).toMatch(/[\u0980-\u09FF]/);

        await page.goto(`${server.baseUrl}/account`);
        const onCard = page.getByTestId('push-opt-in');
        await expect.poll(() => onCard.getAttribute('data-state')).toBe('on');
        await shot(page, 'account');
        await page.getByRole('button', { name: 'লগ আউট' }).click();
        await page
          .getByRole('heading', { name: 'লগ ইন করুন' })
          .or(page.locator('main h1'))
          .first()
          .waitFor();
        await expect.poll(saved).toEqual([]);
        expect(await page.evaluate(() => localStorage.getItem('test.pushUnsubscribed'))).toBe('1');
        await page.context().close();
      } finally {
        await close();
      }
    },
    120_000,
  );
});
