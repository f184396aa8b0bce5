import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.ts';
import { actOnPaymentPage } from '../sandbox/buyer.ts';
import { createNagadSandbox, NAGAD_SANDBOX_MERCHANT } from '../sandbox/nagad.ts';
import { NagadProvider } from './nagad.ts';
import {
  decryptSensitive,
  encryptSensitive,
  privateKeyFrom,
  publicKeyFrom,
  sign,
  verifySignature,
} from './nagad-crypto.ts';
import type { InitiateInput } from './types.ts';

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const sandbox = createNagadSandbox({
  merchants: [{ merchantId: NAGAD_SANDBOX_MERCHANT.merchantId, publicKey: merchant.publicKey }],
});
let baseUrl: string;
let close: () => Promise<void>;
let provider: NagadProvider;

beforeAll(async () => {
  const s = await sandbox.start();
  baseUrl = s.baseUrl;
  close = s.close;
  provider = new NagadProvider({
    baseUrl,
    merchantId: NAGAD_SANDBOX_MERCHANT.merchantId,
    merchantAccount: NAGAD_SANDBOX_MERCHANT.account,
    merchantPrivateKey: merchant.privateKey,
    nagadPublicKey: sandbox.nagadPublicKey,
    timeoutMs: 5000,
  });
});
afterAll(() => close());

let seq = 0;
function order(amountPoisha = 5055): InitiateInput {
  return {
    merchantTxnId: `NG${Date.now()}${seq++}`,
    amountPoisha,
    currency: 'BDT',
    customer: { name: 'Karim', phone: '+8801711428036', ip: '203.0.113.9' },
    callbackUrls: {
      success: 'https://shop.example/api/v1/payments/nagad/return',
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

async function payAndReturn(input: InitiateInput, decision: 'approve' | 'fail' | 'cancel') {
  const init = await provider.initiate(input);
  const back = await actOnPaymentPage(init.redirectUrl!, decision);
  if (back.kind !== 'redirect') throw new Error('expected a redirect');
  return { init, back };
}

describe('Nagad crypto', () => {
  it('encrypts/decrypts PKCS#1 v1.5 and signs/verifies; keys also as bare base64', () => {
    const bareKey = merchant.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    const barePub = merchant.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const json = JSON.stringify({ orderId: 'ABC12345', amount: '50.55', name: 'রহিম' });
    const sealed = encryptSensitive(json, publicKeyFrom(barePub));
    expect(decryptSensitive(sealed, privateKeyFrom(bareKey))).toBe(json);
    const signature = sign(json, privateKeyFrom(bareKey));
    expect(verifySignature(json, signature, merchant.publicKey)).toBe(true);
    expect(verifySignature(json.replace('50.55', '5.55'), signature, merchant.publicKey)).toBe(
      false,
    );
    expect(() => decryptSensitive(sealed, sandbox.nagadPublicKey as never)).toThrow();
  });
});

describe('Nagad checkout against the sandbox', () => {
  it('pays: initialize → complete → buyer approves → callback → verify', async () => {
    const input = order();
    const { init, back } = await payAndReturn(input, 'approve');
    expect(back.location.startsWith(input.callbackUrls.success)).toBe(true);
    expect(back.query).toMatchObject({
      status: 'Success',
      status_code: '00_000_00',
      order_id: input.merchantTxnId,
    });
    const expected = {
      merchantTxnId: input.merchantTxnId,
      amountPoisha: 5055,
      providerRef: init.providerRef,
    };
    const result = await provider.handleCallback({ query: back.query }, expected);
    expect(result).toMatchObject({ status: 'paid', amountPoisha: 5055 });
    expect(result.providerTxnId).toBeTruthy();
    // duplicate callback gives the same answer
    expect(await provider.handleCallback({ query: back.query }, expected)).toMatchObject({
      status: 'paid',
      providerTxnId: result.providerTxnId,
    });
    expect((await provider.refund()).status).toBe('manual');
  });

  it('reports failure and cancel (Aborted)', async () => {
    for (const [decision, status] of [
      ['fail', 'failed'],
      ['cancel', 'cancelled'],
    ] as const) {
      const input = order();
      const { back } = await payAndReturn(input, decision);
      const result = await provider.handleCallback(
        { query: back.query },
        { merchantTxnId: input.merchantTxnId, amountPoisha: 5055 },
      );
      expect(result.status).toBe(status);
    }
  });

  it('ignores a forged status and rejects wrong amount or another order', async () => {
    const input = order();
    const { back } = await payAndReturn(input, 'cancel');
    const forged = { ...back.query, status: 'Success', status_code: '00_000_00' };
    const expected = { merchantTxnId: input.merchantTxnId, amountPoisha: 5055 };
    expect((await provider.handleCallback({ query: forged }, expected)).status).toBe('cancelled');

    const cheap = order(1000);
    const paid = await payAndReturn(cheap, 'approve');
    const err = await rejection(
      provider.handleCallback(
        { query: paid.back.query },
        { merchantTxnId: cheap.merchantTxnId, amountPoisha: 5055 },
      ),
    );
    expect(err.details.reason).toBe('amount mismatch');
    // the other order's payment_ref_id pasted onto our order's callback
    const swapped = { ...paid.back.query, order_id: input.merchantTxnId };
    const err2 = await rejection(provider.handleCallback({ query: swapped }, expected));
    expect(err2.details.reason).toBe('order mismatch');
  });

  it('finds the result by verify when the callback never arrives', async () => {
    const input = order();
    const { init } = await payAndReturn(input, 'approve'); // browser closed: redirect not followed
    const result = await provider.query({
      merchantTxnId: input.merchantTxnId,
      providerRef: init.providerRef,
    });
    expect(result.status).toBe('paid');
    const untouched = await provider.initiate(order());
    expect(
      (await provider.query({ merchantTxnId: 'x', providerRef: untouched.providerRef })).status,
    ).toBe('pending');
  });

  it('rejects a bad merchant signature, a duplicate orderId and missing headers', async () => {
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forger = new NagadProvider({
      baseUrl,
      merchantId: NAGAD_SANDBOX_MERCHANT.merchantId,
      merchantPrivateKey: stranger.privateKey,
      nagadPublicKey: sandbox.nagadPublicKey,
    });
    const bad = await rejection(forger.initiate(order()));
    expect(bad.details).toMatchObject({ providerCode: '16_0006_058' });

    const input = order();
    await provider.initiate(input);
    const dup = await rejection(provider.initiate(input));
    expect(dup.details).toMatchObject({ providerCode: '16_0006_083' });

    const res = await fetch(
      `${baseUrl}/check-out/initialize/${NAGAD_SANDBOX_MERCHANT.merchantId}/ABCDE12345`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      },
    );
    expect(await res.json()).toMatchObject({ reason: '16_0006_064' });
  });

  it('rejects an answer not signed by Nagad', async () => {
    const nagadKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const impostor = createNagadSandbox({
      merchants: [{ merchantId: NAGAD_SANDBOX_MERCHANT.merchantId, publicKey: merchant.publicKey }],
      nagadKeys,
      answerSigningKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
    });
    const s = await impostor.start();
    try {
      const client = new NagadProvider({
        baseUrl: s.baseUrl,
        merchantId: NAGAD_SANDBOX_MERCHANT.merchantId,
        merchantPrivateKey: merchant.privateKey,
        nagadPublicKey: nagadKeys.publicKey,
      });
      const err = await rejection(client.initiate(order()));
      expect(err.code).toBe('PAYMENT_PROVIDER_REJECTED');
      expect(err.details.reason).toBe('bad signature on answer');
    } finally {
      await s.close();
    }
  });
});
