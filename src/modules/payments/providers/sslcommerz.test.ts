import SSLCommerzPayment from 'sslcommerz-lts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.ts';
import { actOnPaymentPage } from '../sandbox/buyer.ts';
import { sandboxApp, type Sandbox } from '../sandbox/common.ts';
import { createSslcommerzSandbox, SSLCOMMERZ_SANDBOX_STORE } from '../sandbox/sslcommerz.ts';
import { sslcommerzSign, SslcommerzProvider } from './sslcommerz.ts';
import type { InitiateInput } from './types.ts';

const sandbox = createSslcommerzSandbox();
let server: Sandbox;
let merchant: Sandbox;
let provider: SslcommerzProvider;
/** IPNs received by our fake merchant, by tran_id. */
const ipns = new Map<string, Record<string, string>[]>();

beforeAll(async () => {
  server = await sandbox.start();
  const app = sandboxApp();
  app.post('/ipn', async (req) => {
    const body = req.body as Record<string, string>;
    ipns.set(body.tran_id!, [...(ipns.get(body.tran_id!) ?? []), body]);
    return 'ok';
  });
  merchant = await (async () => {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    return { app, url, close: () => app.close() };
  })();
  provider = new SslcommerzProvider({
    baseUrl: server.url,
    storeId: SSLCOMMERZ_SANDBOX_STORE.storeId,
    storePassword: SSLCOMMERZ_SANDBOX_STORE.storePassword,
    // Below the sandbox's 5 s hang (the timeout tests), above a slow, busy machine's answers.
    timeoutMs: 4000,
  });
});
afterAll(async () => {
  await server.close();
  await merchant.close();
});

let seq = 0;
function order(amountPoisha = 125075, withIpn = true): InitiateInput {
  return {
    merchantTxnId: `SC${Date.now()}${seq++}`,
    amountPoisha,
    currency: 'BDT',
    customer: { name: 'সালমা বেগম', phone: '+8801911000000', email: 'salma@example.com' },
    callbackUrls: {
      success: 'https://shop.example/pay/ok',
      failure: 'https://shop.example/pay/fail',
      cancel: 'https://shop.example/pay/cancel',
      ipn: withIpn ? `${merchant.url}/ipn` : undefined,
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

async function pay(input: InitiateInput, decision: 'approve' | 'fail' | 'cancel') {
  const init = await provider.initiate(input);
  const back = await actOnPaymentPage(init.redirectUrl!, decision);
  if (back.kind !== 'post') throw new Error('expected an auto-POST form');
  return { init, back };
}

describe('SSLCommerz v4 against the sandbox', () => {
  it('pays: init → buyer approves → IPN + browser POST, both verified, validated once', async () => {
    const input = order();
    const { init, back } = await pay(input, 'approve');
    expect(back.action).toBe(input.callbackUrls.success);
    const ipn = ipns.get(input.merchantTxnId)?.[0];
    expect(ipn).toMatchObject({ status: 'VALID', amount: '1250.75', tran_id: input.merchantTxnId });
    const expected = {
      merchantTxnId: input.merchantTxnId,
      amountPoisha: 125075,
      providerRef: init.providerRef,
    };

    const fromIpn = await provider.handleCallback({ query: {}, body: ipn }, expected);
    expect(fromIpn).toMatchObject({ status: 'paid', amountPoisha: 125075 });
    expect(fromIpn.providerTxnId).toBe(ipn!.bank_tran_id);
    expect((fromIpn.raw as Record<string, string>).status).toBe('VALID');
    // the browser's POST to success_url comes second: validation now says VALIDATED, still paid
    const fromBrowser = await provider.handleCallback({ query: {}, body: back.fields }, expected);
    expect(fromBrowser.status).toBe('paid');
    expect((fromBrowser.raw as Record<string, string>).status).toBe('VALIDATED');

    const refund = await provider.refund({
      merchantTxnId: input.merchantTxnId,
      providerRef: init.providerRef,
      providerTxnId: fromIpn.providerTxnId!,
      amountPoisha: 25075,
      reason: 'item returned',
      refundId: 'RF1',
    });
    expect(refund.status).toBe('processing');
    expect((await provider.refundStatus(refund.refundRef!)).status).toBe('refunded');
  });

  it('reports failure and cancel, posting to fail_url and cancel_url', async () => {
    for (const [decision, status, url] of [
      ['fail', 'failed', 'failure'],
      ['cancel', 'cancelled', 'cancel'],
    ] as const) {
      const input = order();
      const { back } = await pay(input, decision);
      expect(back.action).toBe(input.callbackUrls[url]);
      const result = await provider.handleCallback(
        { query: {}, body: back.fields },
        { merchantTxnId: input.merchantTxnId, amountPoisha: 125075 },
      );
      expect(result.status).toBe(status);
    }
  });

  it('rejects a tampered IPN: changed amount, changed status, bad verify_sign, other order', async () => {
    const input = order();
    const { back } = await pay(input, 'fail');
    const expected = { merchantTxnId: input.merchantTxnId, amountPoisha: 125075 };
    const turnedValid = { ...back.fields, status: 'VALID' };
    expect(
      (await rejection(provider.handleCallback({ query: {}, body: turnedValid }, expected))).details
        .reason,
    ).toBe('bad verify_sign');
    const noSign = { ...back.fields, verify_sign: '' };
    expect(
      (await rejection(provider.handleCallback({ query: {}, body: noSign }, expected))).details
        .reason,
    ).toBe('bad verify_sign');
    // signed with a guessed password
    const forged: Record<string, string> = { ...back.fields, status: 'VALID' };
    forged.verify_sign = sslcommerzSign(forged, forged.verify_key!, 'guess');
    expect(
      (await rejection(provider.handleCallback({ query: {}, body: forged }, expected))).code,
    ).toBe('PAYMENT_CALLBACK_REJECTED');

    const paid = order(1000);
    const ok = await pay(paid, 'approve');
    const cheaper = { ...ok.back.fields, amount: '1.00' };
    expect(
      (
        await rejection(
          provider.handleCallback(
            { query: {}, body: cheaper },
            { merchantTxnId: paid.merchantTxnId, amountPoisha: 1000 },
          ),
        )
      ).details.reason,
    ).toBe('bad verify_sign');
    // genuine IPN, but our order is for more than what was paid
    const short = await rejection(
      provider.handleCallback(
        { query: {}, body: ok.back.fields },
        { merchantTxnId: paid.merchantTxnId, amountPoisha: 125075 },
      ),
    );
    expect(short.details.reason).toBe('amount mismatch');
    const other = await rejection(
      provider.handleCallback({ query: {}, body: ok.back.fields }, expected),
    );
    expect(other.details.reason).toBe('tran_id of another order');
  });

  it('finds the payment by transaction query when the validation call times out and no IPN came', async () => {
    const input = order(125075, false);
    const { init, back } = await pay(input, 'approve');
    sandbox.faults.hangNext('validation');
    const err = await rejection(
      provider.handleCallback(
        { query: {}, body: back.fields },
        { merchantTxnId: input.merchantTxnId, amountPoisha: 125075 },
      ),
    );
    expect(err.code).toBe('PAYMENT_PROVIDER_UNAVAILABLE');
    const result = await provider.query({
      merchantTxnId: input.merchantTxnId,
      providerRef: init.providerRef,
    });
    expect(result).toMatchObject({ status: 'paid', amountPoisha: 125075 });
    const untouched = order();
    const idle = await provider.initiate(untouched);
    expect(
      (
        await provider.query({
          merchantTxnId: untouched.merchantTxnId,
          providerRef: idle.providerRef,
        })
      ).status,
    ).toBe('pending');
  });

  it('refuses bad store credentials and out-of-range amounts', async () => {
    const bad = new SslcommerzProvider({
      baseUrl: server.url,
      storeId: SSLCOMMERZ_SANDBOX_STORE.storeId,
      storePassword: 'x',
    });
    const e1 = await rejection(bad.initiate(order()));
    expect(e1.details.providerMessage).toMatch(/Store Credential Error/);
    const e2 = await rejection(provider.initiate(order(999)));
    expect(e2.details.providerMessage).toMatch(/Invalid Amount/);
    await expect(bad.query({ merchantTxnId: 'SC1234567', providerRef: '' })).rejects.toMatchObject({
      details: { providerCode: 'FAILED' },
    });
  });
});

describe('official sslcommerz-lts client against the sandbox', () => {
  it('inits (multipart) and validates', async () => {
    const client = new SSLCommerzPayment(
      SSLCOMMERZ_SANDBOX_STORE.storeId,
      SSLCOMMERZ_SANDBOX_STORE.storePassword,
      false,
    );
    // It has no base URL option: its endpoint URLs are instance fields computed in the constructor,
    // so they are re-pointed here (each method also takes a full URL as its second argument).
    for (const key of [
      'initURL',
      'validationURL',
      'refundURL',
      'refundQueryURL',
      'transactionQueryBySessionIdURL',
      'transactionQueryByTransactionIdURL',
    ] as const) {
      client[key] = client[key].replace('https://sandbox.sslcommerz.com', server.url);
    }
    const tranId = `LTS${Date.now()}`;
    const init = await client.init({
      total_amount: 100,
      currency: 'BDT',
      tran_id: tranId,
      success_url: 'https://shop.example/ok',
      fail_url: 'https://shop.example/fail',
      cancel_url: 'https://shop.example/cancel',
      ipn_url: `${merchant.url}/ipn`,
      shipping_method: 'NO',
      product_name: 'চাল ৫ কেজি',
      product_category: 'grocery',
      product_profile: 'general',
      cus_name: 'Customer',
      cus_email: 'c@example.com',
      cus_add1: 'Dhaka',
      cus_city: 'Dhaka',
      cus_postcode: '1000',
      cus_country: 'Bangladesh',
      cus_phone: '01711111111',
    });
    expect(init).toMatchObject({ status: 'SUCCESS' });
    const page = String(init.GatewayPageURL);
    expect(page.startsWith(server.url)).toBe(true);
    const back = await actOnPaymentPage(page, 'approve');
    if (back.kind !== 'post') throw new Error('expected an auto-POST form');
    expect(back.fields.amount).toBe('100.00');
    const validated = await client.validate({ val_id: back.fields.val_id! });
    expect(validated).toMatchObject({
      status: 'VALID',
      tran_id: tranId,
      amount: '100.00',
      currency: 'BDT',
    });
    const again = await client.validate({ val_id: back.fields.val_id! });
    expect(again.status).toBe('VALIDATED');
    const q = await client.transactionQueryByTransactionId({ tran_id: tranId });
    expect(q).toMatchObject({ APIConnect: 'DONE', no_of_trans_found: 1 });
    const bogus = await client.validate({ val_id: 'nope' });
    expect(bogus.status).toBe('INVALID_TRANSACTION');
  });
});
