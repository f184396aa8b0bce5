import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOnPaymentPage } from '../../src/modules/payments/index.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { addToCart, buyer, store } from '../helpers/shopping.ts';

/**
 * The provider sends the buyer back to the address their browser used for the checkout when no
 * PUBLIC_URL is set (a demo opened at http://192.168.1.5:3000 on a phone), so they land where their
 * session is; with PUBLIC_URL set, always there, whatever Host a request claims.
 */

let demo: TestApp;
let configured: TestApp;
beforeAll(async () => {
  demo = await createTestApp({ PUBLIC_URL: undefined } as unknown as Record<string, string>);
  configured = await createTestApp({ PUBLIC_URL: 'https://haat.example.com' });
});
afterAll(async () => {
  await demo?.close();
  await configured?.close();
});

/** Checks out one item with bKash, the browser at `host`; where the sandbox sends it back. */
async function wayBack(t: TestApp, host: string) {
  const s = await store(t.ctx, t.app, 5);
  const b = await buyer(t.ctx, t.app, s.shopId);
  await addToCart(t.app, b, s.variantId);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/checkout',
    headers: { ...b.auth, host, 'idempotency-key': `k-${s.shopId}` },
    payload: { addressId: b.addressId, payment: 'bkash' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const outcome = await actOnPaymentPage(res.json().orders[0].payment.redirectUrl, 'cancel');
  if (outcome.kind !== 'redirect') throw new Error(outcome.kind);
  return new URL(outcome.location);
}

describe("the way back from a provider's page", () => {
  it('without PUBLIC_URL: the address the browser used', async () => {
    const back = await wayBack(demo, '192.168.1.5:3000');
    expect(back.origin).toBe('http://192.168.1.5:3000');
    expect(back.pathname).toBe('/api/v1/payments/bkash/callback');
  });

  it('with PUBLIC_URL: always PUBLIC_URL, whatever the Host header says', async () => {
    const back = await wayBack(configured, 'evil.example.org');
    expect(back.origin).toBe('https://haat.example.com');
  });
});
