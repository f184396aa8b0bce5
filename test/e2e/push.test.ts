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
 * push service (the local one, which checks VAPID and decrypts) receives the update in Bengali; the
 * service worker shows a pushed message; signing out stops it. Headless Chromium has no push
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

        const page = await newPhonePage(server.browser);
        await page.context().grantPermissions(['notifications'], { origin: server.baseUrl });
        await page.addInitScript(`(() => {
          const made = ${JSON.stringify({ endpoint: sub.endpoint, keys: sub.keys })};
          let current = null;
          PushManager.prototype.getSubscription = async function () { return current; };
          PushManager.prototype.subscribe = async function (options) {
            const key = new Uint8Array(options.applicationServerKey);
            window.__pushKey = btoa(String.fromCharCode(...key))
              .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
            current = {
              endpoint: made.endpoint,
              options: { applicationServerKey: key.buffer, userVisibleOnly: options.userVisibleOnly },
              toJSON: () => ({ endpoint: made.endpoint, expirationTime: null, keys: made.keys }),
              unsubscribe: async () => { current = null; window.__pushUnsubscribed = true; return true; },
            };
            return current;
          };
        })();`);
        await page.goto(`${server.baseUrl}/orders/${order.id}`);
        await signIn(page, b);
        const offer = page.getByTestId('push-opt-in');
        await expect.poll(() => offer.getAttribute('data-state')).toBe('off');
        await shot(page, 'offer');
        await offer.getByRole('button', { name: 'নোটিফিকেশন চালু করুন' }).click();
        await offer.waitFor({ state: 'detached' });
        expect(await page.evaluate(() => (window as { __pushKey?: string }).__pushKey)).toBe(key);
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

        // The service worker shows what is pushed (delivered here through DevTools, as the
        // browser's push service would) with the link to open.
        const cdp = await page.context().newCDPSession(page);
        const registrationId = new Promise<string>((resolve) =>
          cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => {
            const mine = e.registrations.find((r) => r.scopeURL.startsWith(server.baseUrl));
            if (mine) resolve(mine.registrationId);
          }),
        );
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.deliverPushMessage', {
          origin: server.baseUrl,
          registrationId: await registrationId,
          data: JSON.stringify(payload),
        });
        await expect
          .poll(() =>
            page.evaluate(async () => {
              const reg = await navigator.serviceWorker.ready;
              return (await reg.getNotifications()).map((n) => ({ title: n.title, body: n.body }));
            }),
          )
          .toEqual([{ title: payload.title, body: payload.body }]);

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
        expect(
          await page.evaluate(
            () => (window as { __pushUnsubscribed?: boolean }).__pushUnsubscribed,
          ),
        ).toBe(true);
        await page.context().close();
      } finally {
        await close();
      }
    },
    120_000,
  );
});
