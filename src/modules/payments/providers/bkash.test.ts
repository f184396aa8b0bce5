import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.ts';
import { BKASH_SANDBOX_CREDENTIALS, createBkashSandbox } from '../sandbox/bkash.ts';
import { actOnPaymentPage } from '../sandbox/buyer.ts';
import type { Sandbox } from '../sandbox/common.ts';
import { BkashProvider } from './bkash.ts';
import type { InitiateInput } from './types.ts';

const sandbox = createBkashSandbox();
let server: Sandbox;
let provider: BkashProvider;

beforeAll(async () => {
  server = await sandbox.start();
  provider = new BkashProvider({
    baseUrl: server.url,
    ...BKASH_SANDBOX_CREDENTIALS,
    // Below the sandbox's 5 s hang (the timeout tests), above a slow, busy machine's answers.
    timeoutMs: 4000,
  });
});
afterAll(() => server.close());

let seq = 0;
function order(amountPoisha = 15050): InitiateInput {
  return {
    merchantTxnId: `BK${Date.now()}${seq++}`,
    amountPoisha,
    currency: 'BDT',
    customer: { name: 'Rahim', phone: '+8801770618575' },
    callbackUrls: {
      success: 'https://shop.example/api/v1/payments/bkash/return',
      failure: 'https://shop.example/fail',
      cancel: 'https://shop.example/cancel',
    },
  };
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a rejection');
}

describe('bKash tokenized checkout against the sandbox', () => {
  it('pays: create → buyer approves → callback executes; amount comes from bKash', async () => {
    const input = order();
    const init = await provider.initiate(input);
    expect(init.redirectUrl).toContain('/checkout-page?paymentID=');
    const back = await actOnPaymentPage(init.redirectUrl!, 'approve');
    expect(back.kind).toBe('redirect');
    if (back.kind !== 'redirect') return;
    expect(back.location.startsWith(input.callbackUrls.success)).toBe(true);
    expect(back.query.status).toBe('success');

    const expected = {
      merchantTxnId: input.merchantTxnId,
      amountPoisha: 15050,
      providerRef: init.providerRef,
    };
    const result = await provider.handleCallback({ query: back.query }, expected);
    expect(result).toMatchObject({
      status: 'paid',
      amountPoisha: 15050,
      providerRef: init.providerRef,
    });
    expect(result.providerTxnId).toBeTruthy();

    // duplicate callback: execute answers 2062 "already completed", the client falls back to query
    const again = await provider.handleCallback({ query: back.query }, expected);
    expect(again.status).toBe('paid');
    expect(again.providerTxnId).toBe(result.providerTxnId);

    const refund = await provider.refund({
      merchantTxnId: input.merchantTxnId,
      providerRef: init.providerRef,
      providerTxnId: result.providerTxnId!,
      amountPoisha: 5000,
      reason: 'one item out of stock',
      refundId: 'R1',
    });
    expect(refund.status).toBe('refunded');
    // more than what is left is refused in the refund v2 error shape
    const err = await rejection(
      provider.refund({
        merchantTxnId: input.merchantTxnId,
        providerRef: init.providerRef,
        providerTxnId: result.providerTxnId!,
        amountPoisha: 10100,
        reason: 'too much',
        refundId: 'R2',
      }),
    );
    expect(err.code).toBe('PAYMENT_PROVIDER_REJECTED');
    expect(err.details).toMatchObject({ httpStatus: 400, providerCode: '2074' });
  });

  it('reports failure and cancel from bKash, not from the browser', async () => {
    for (const [decision, status] of [
      ['fail', 'failed'],
      ['cancel', 'cancelled'],
    ] as const) {
      const input = order();
      const init = await provider.initiate(input);
      const back = await actOnPaymentPage(init.redirectUrl!, decision);
      if (back.kind !== 'redirect') throw new Error('expected redirect');
      const result = await provider.handleCallback(
        { query: back.query },
        { merchantTxnId: input.merchantTxnId, amountPoisha: 15050 },
      );
      expect(result.status).toBe(status);
    }
  });

  it('does not trust a forged "success" for a cancelled payment', async () => {
    const input = order();
    const init = await provider.initiate(input);
    const back = await actOnPaymentPage(init.redirectUrl!, 'cancel');
    if (back.kind !== 'redirect') throw new Error('expected redirect');
    const forged = { ...back.query, status: 'success' };
    const result = await provider.handleCallback(
      { query: forged },
      { merchantTxnId: input.merchantTxnId, amountPoisha: 15050 },
    );
    expect(result.status).toBe('cancelled');
  });

  it('rejects a callback whose payment is for another amount or another order', async () => {
    const cheap = order(1000);
    const init = await provider.initiate(cheap);
    const back = await actOnPaymentPage(init.redirectUrl!, 'approve');
    if (back.kind !== 'redirect') throw new Error('expected redirect');
    // our record says 150.50 but the bKash payment was for 10.00
    const err = await rejection(
      provider.handleCallback(
        { query: back.query },
        { merchantTxnId: cheap.merchantTxnId, amountPoisha: 15050 },
      ),
    );
    expect(err.code).toBe('PAYMENT_CALLBACK_REJECTED');
    expect(err.details.reason).toBe('amount mismatch');
    // a paymentID of another order pasted onto our callback
    const other = await rejection(
      provider.handleCallback(
        { query: back.query },
        { merchantTxnId: 'SOMEOTHER1', amountPoisha: 1000 },
      ),
    );
    expect(other.details.reason).toBe('invoice mismatch');
  });

  it('queries after execute times out', async () => {
    const input = order();
    const init = await provider.initiate(input);
    const back = await actOnPaymentPage(init.redirectUrl!, 'approve');
    if (back.kind !== 'redirect') throw new Error('expected redirect');
    sandbox.faults.hangNext('execute'); // bKash completes the payment but the answer never arrives
    const result = await provider.handleCallback(
      { query: back.query },
      { merchantTxnId: input.merchantTxnId, amountPoisha: 15050, providerRef: init.providerRef },
    );
    expect(result.status).toBe('paid');
    expect(result.providerTxnId).toBeTruthy();
  });

  it('query of an attempt the buyer abandoned stays pending', async () => {
    const input = order();
    const init = await provider.initiate(input);
    const result = await provider.query({
      merchantTxnId: input.merchantTxnId,
      providerRef: init.providerRef,
    });
    expect(result.status).toBe('pending');
    expect(result.amountPoisha).toBe(15050);
  });

  it('caches the token, and grants again after the sandbox expires it', async () => {
    const client = new BkashProvider({ baseUrl: server.url, ...BKASH_SANDBOX_CREDENTIALS }).client;
    await client.idToken();
    await client.idToken();
    expect(client.tokenRequests).toBe(1);
    sandbox.expireTokens();
    await expect(client.queryPayment('TR0011NOPE')).rejects.toMatchObject({
      details: { httpStatus: 401 },
    });
    await expect(client.queryPayment('TR0011NOPE')).rejects.toMatchObject({
      details: { providerCode: '2002' },
    });
    expect(client.tokenRequests).toBe(2);
  });

  it('shares tokens through a store and renews an expired one with refresh_token', async () => {
    const store = new Map<string, string>();
    const tokenStore = {
      get: async (k: string) => store.get(k) ?? null,
      set: async (k: string, v: string) => void store.set(k, v),
    };
    const config = { baseUrl: server.url, ...BKASH_SANDBOX_CREDENTIALS, tokenStore };
    const first = new BkashProvider(config).client;
    const second = new BkashProvider(config).client; // another process
    const token = await first.idToken();
    expect(await second.idToken()).toBe(token);
    expect(second.tokenRequests).toBe(0);

    const key = [...store.keys()][0]!;
    store.set(key, JSON.stringify({ ...JSON.parse(store.get(key)!), expiresAt: 0 }));
    const third = new BkashProvider(config).client;
    const refreshesBefore = sandbox.refreshCount();
    const renewed = await third.idToken();
    expect(renewed).not.toBe(token);
    expect(sandbox.refreshCount()).toBe(refreshesBefore + 1);
    // the renewed token works
    await expect(third.queryPayment('TR0011NOPE')).rejects.toMatchObject({
      details: { providerCode: '2002' },
    });
  });

  it('rejects bad credentials like the gateway', async () => {
    const badKey = new BkashProvider({
      baseUrl: server.url,
      ...BKASH_SANDBOX_CREDENTIALS,
      appKey: 'nope',
    });
    const e1 = await rejection(badKey.initiate(order()));
    expect(e1.details).toMatchObject({ providerCode: '2001' });
    const badPass = new BkashProvider({
      baseUrl: server.url,
      ...BKASH_SANDBOX_CREDENTIALS,
      password: 'x',
    });
    const e2 = await rejection(badPass.initiate(order()));
    expect(e2.details).toMatchObject({ httpStatus: 401 });
  });
});
