import { randomBytes, type KeyObject } from 'node:crypto';
import {
  asRecord,
  assertMerchantTxnId,
  callbackRejected,
  providerFetch,
  rejected,
  str,
  invalidAnswer,
} from './http.ts';
import { poishaToTaka, takaToPoisha } from './money.ts';
import {
  decryptSensitive,
  dhakaStamp,
  encryptSensitive,
  privateKeyFrom,
  publicKeyFrom,
  sign,
  verifySignature,
} from './nagad-crypto.ts';
import type {
  CallbackData,
  ExpectedPayment,
  InitiateInput,
  InitiateResult,
  PaymentProvider,
  PaymentResult,
  PaymentStatus,
  RefundResult,
} from './types.ts';

export type NagadClientType =
  'PC_WEB' | 'MOBILE_WEB' | 'MOBILE_APP' | 'WALLET_WEB_VIEW' | 'BILL_KEY';

/**
 * Nagad merchant checkout. baseUrl ends in /api/dfs, e.g.
 * http://sandbox.mynagad.com:10080/remote-payment-gateway-1.0/api/dfs or https://api.mynagad.com/api/dfs.
 */
export type NagadConfig = {
  baseUrl: string;
  merchantId: string;
  /** Merchant's Nagad account number (accountNumber on initialize). */
  merchantAccount?: string;
  merchantPrivateKey: string | KeyObject;
  nagadPublicKey: string | KeyObject;
  clientType?: NagadClientType;
  /** Our server's public IPv4 for X-KM-IP-V4 when the buyer's is unknown. */
  serverIp?: string;
  timeoutMs?: number;
};

export class NagadProvider implements PaymentProvider {
  readonly name = 'nagad' as const;
  private readonly privateKey: KeyObject;
  private readonly nagadKey: KeyObject;
  private readonly timeoutMs: number;

  constructor(private readonly config: NagadConfig) {
    this.privateKey = privateKeyFrom(config.merchantPrivateKey);
    this.nagadKey = publicKeyFrom(config.nagadPublicKey);
    this.timeoutMs = config.timeoutMs ?? 30_000;
  }

  private headers(ip?: string) {
    return {
      'X-KM-Api-Version': 'v-0.2.0',
      'X-KM-IP-V4': ip ?? this.config.serverIp ?? '127.0.0.1',
      'X-KM-Client-Type': this.config.clientType ?? 'PC_WEB',
    };
  }

  private url(path: string) {
    return this.config.baseUrl.replace(/\/$/, '') + path;
  }

  /** Encrypts for Nagad and signs the very same JSON string. */
  private seal(payload: Record<string, string>) {
    const json = JSON.stringify(payload);
    return {
      sensitiveData: encryptSensitive(json, this.nagadKey),
      signature: sign(json, this.privateKey),
    };
  }

  /** Decrypts Nagad's answer and checks Nagad's signature over it. */
  private open(data: Record<string, unknown>): Record<string, unknown> {
    const sensitive = str(data.sensitiveData);
    const signature = str(data.signature);
    if (!sensitive || !signature)
      throw rejected('nagad', { reason: 'answer without sensitiveData' });
    let json: string;
    try {
      json = decryptSensitive(sensitive, this.privateKey);
    } catch {
      throw rejected('nagad', { reason: 'answer could not be decrypted' });
    }
    if (!verifySignature(json, signature, this.nagadKey)) {
      throw rejected('nagad', { reason: 'bad signature on answer' });
    }
    return asRecord(JSON.parse(json));
  }

  private async post(path: string, body: Record<string, unknown>, ip?: string) {
    const answer = await providerFetch('nagad', this.url(path), {
      headers: this.headers(ip),
      body,
      timeoutMs: this.timeoutMs,
    });
    return checkNagad(answer.status, answer.body);
  }

  async initiate(input: InitiateInput): Promise<InitiateResult> {
    assertMerchantTxnId('nagad', input.merchantTxnId);
    const { merchantId } = this.config;
    const orderId = input.merchantTxnId;
    const dateTime = dhakaStamp();
    const init = await this.post(
      `/check-out/initialize/${merchantId}/${orderId}`,
      {
        accountNumber: this.config.merchantAccount,
        dateTime,
        ...this.seal({
          merchantId,
          datetime: dateTime,
          orderId,
          challenge: randomBytes(20).toString('hex'), // 40 characters
        }),
      },
      input.customer.ip,
    );
    const opened = this.open(init);
    const paymentReferenceId = str(opened.paymentReferenceId);
    const challenge = str(opened.challenge);
    if (!paymentReferenceId || !challenge)
      throw rejected('nagad', { reason: 'initialize incomplete' });

    const complete = await this.post(
      `/check-out/complete/${paymentReferenceId}`,
      {
        ...this.seal({
          merchantId,
          orderId,
          currencyCode: '050', // ISO 4217 numeric for BDT
          amount: poishaToTaka(input.amountPoisha),
          challenge, // Nagad's challenge from initialize, not ours
        }),
        merchantCallbackURL: input.callbackUrls.success,
        additionalMerchantInfo: input.description ? { description: input.description } : {},
      },
      input.customer.ip,
    );
    const callBackUrl = str(complete.callBackUrl);
    if (complete.status !== 'Success' || !callBackUrl) {
      throw rejected('nagad', {
        reason: 'complete failed',
        providerMessage: str(complete.message),
      });
    }
    return { redirectUrl: callBackUrl, providerRef: paymentReferenceId };
  }

  /**
   * Browser return: GET merchantCallbackURL?merchant=…&order_id=…&payment_ref_id=…&status=…&status_code=….
   * Nothing in it is signed, so it only tells us which payment to look up: the verify API decides.
   */
  async handleCallback(data: CallbackData, expected: ExpectedPayment): Promise<PaymentResult> {
    const ref = data.query.payment_ref_id;
    if (!ref) throw callbackRejected('nagad', 'missing payment_ref_id');
    if (data.query.order_id && data.query.order_id !== expected.merchantTxnId) {
      throw callbackRejected('nagad', 'order_id of another order');
    }
    if (expected.providerRef && expected.providerRef !== ref) {
      throw callbackRejected('nagad', 'payment_ref_id of another attempt');
    }
    const result = await this.query({ merchantTxnId: expected.merchantTxnId, providerRef: ref });
    if (result.merchantTxnId !== expected.merchantTxnId) {
      throw callbackRejected('nagad', 'order mismatch', { got: result.merchantTxnId });
    }
    if (result.status === 'paid' && result.amountPoisha !== expected.amountPoisha) {
      throw callbackRejected('nagad', 'amount mismatch', { got: result.amountPoisha });
    }
    return result;
  }

  async query(ref: { merchantTxnId: string; providerRef: string }): Promise<PaymentResult> {
    const answer = await providerFetch(
      'nagad',
      this.url(`/verify/payment/${encodeURIComponent(ref.providerRef)}`),
      { method: 'GET', headers: this.headers(), timeoutMs: this.timeoutMs },
    );
    const data = checkNagad(answer.status, answer.body);
    const amount = str(data.amount);
    return {
      status: nagadStatus(str(data.status)),
      merchantTxnId: str(data.orderId) ?? '',
      providerRef: str(data.paymentRefId) ?? ref.providerRef,
      providerTxnId: str(data.issuerPaymentRefNo),
      amountPoisha: amount ? takaToPoisha(amount) : 0,
      currency: 'BDT',
      raw: data,
    };
  }

  /** No public Nagad refund API was found: refunds are made from the merchant portal by hand. */
  async refund(): Promise<RefundResult> {
    return { status: 'manual', raw: null };
  }
}

/** Only Success and Aborted are documented; other values map to failed when clearly final, else pending. */
function nagadStatus(status: string | undefined): PaymentStatus {
  switch (status) {
    case 'Success':
      return 'paid';
    case 'Aborted':
    case 'Cancelled':
      return 'cancelled';
    case 'Failed':
    case 'Rejected':
      return 'failed';
    default:
      return 'pending';
  }
}

/** Nagad errors: {reason, message, devMessage} (reason is the code, e.g. 16_0006_058 bad signature). */
export function checkNagad(status: number, body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidAnswer('nagad', status);
  }
  const data = asRecord(body);
  if (status >= 200 && status < 300 && data.reason === undefined) return data;
  throw rejected('nagad', {
    httpStatus: status,
    providerCode: str(data.reason),
    providerMessage: str(data.message),
  });
}
