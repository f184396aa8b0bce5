import { createHash, timingSafeEqual } from 'node:crypto';
import {
  asRecord,
  assertMerchantTxnId,
  callbackRejected,
  providerFetch,
  rejected,
  str,
} from './http.ts';
import { poishaToTaka, takaToPoisha } from './money.ts';
import type {
  CallbackData,
  ExpectedPayment,
  InitiateInput,
  InitiateResult,
  PaymentProvider,
  PaymentResult,
  PaymentStatus,
  RefundInput,
  RefundResult,
} from './types.ts';

/** SSLCommerz v4. baseUrl: https://sandbox.sslcommerz.com or https://securepay.sslcommerz.com. */
export type SslcommerzConfig = {
  baseUrl: string;
  storeId: string;
  storePassword: string;
  /** Limit the gateway page to some methods, e.g. "bkash" or "dbblmobilebanking" (Rocket). */
  multiCardName?: string;
  timeoutMs?: number;
};

const md5 = (s: string) => createHash('md5').update(s, 'utf8').digest('hex');

/**
 * verify_sign as documented (and as the official PHP sample computes it): take the fields named in
 * verify_key, add store_passwd = md5(store password), sort by key, join "k=v&…", md5. MD5 with a shared
 * secret is weak, so a good signature is necessary but not sufficient: VALID payments are also checked
 * with the validation API. (Newer gateways also send verify_sign_sha2; it is not in our sources.)
 */
export function sslcommerzSign(
  fields: Record<string, string | undefined>,
  verifyKey: string,
  storePassword: string,
) {
  const pairs: [string, string][] = verifyKey
    .split(',')
    .filter(Boolean)
    .map((k) => [k, fields[k] ?? '']);
  pairs.push(['store_passwd', md5(storePassword)]);
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return md5(pairs.map(([k, v]) => `${k}=${v}`).join('&'));
}

export function sslcommerzSignatureValid(
  fields: Record<string, string | undefined>,
  storePassword: string,
): boolean {
  const { verify_sign: sign, verify_key: key } = fields;
  if (!sign || !key) return false;
  const expected = Buffer.from(sslcommerzSign(fields, key, storePassword));
  const given = Buffer.from(sign.toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function sslStatus(status: string | undefined): PaymentStatus {
  switch (status) {
    case 'VALID':
    case 'VALIDATED':
      return 'paid';
    case 'CANCELLED':
      return 'cancelled';
    case 'FAILED':
    case 'EXPIRED':
    case 'INVALID_TRANSACTION':
      return 'failed';
    default:
      return 'pending'; // PENDING, UNATTEMPTED (buyer still on the page), unknown
  }
}

export class SslcommerzProvider implements PaymentProvider {
  readonly name = 'sslcommerz' as const;
  private readonly timeoutMs: number;

  constructor(private readonly config: SslcommerzConfig) {
    this.timeoutMs = config.timeoutMs ?? 30_000;
  }

  private url(path: string, params?: Record<string, string>) {
    const base = this.config.baseUrl.replace(/\/$/, '') + path;
    if (!params) return base;
    const q = new URLSearchParams({
      ...params,
      store_id: this.config.storeId,
      store_passwd: this.config.storePassword,
      v: '1',
      format: 'json',
    });
    return `${base}?${q}`;
  }

  private async get(path: string, params: Record<string, string>) {
    const answer = await providerFetch('sslcommerz', this.url(path, params), {
      method: 'GET',
      timeoutMs: this.timeoutMs,
    });
    if (answer.status !== 200 || !answer.body) {
      throw rejected('sslcommerz', { httpStatus: answer.status });
    }
    return asRecord(answer.body);
  }

  async initiate(input: InitiateInput): Promise<InitiateResult> {
    assertMerchantTxnId('sslcommerz', input.merchantTxnId);
    const c = input.customer;
    const form = new URLSearchParams({
      store_id: this.config.storeId,
      store_passwd: this.config.storePassword,
      total_amount: poishaToTaka(input.amountPoisha),
      currency: input.currency,
      tran_id: input.merchantTxnId,
      success_url: input.callbackUrls.success,
      fail_url: input.callbackUrls.failure,
      cancel_url: input.callbackUrls.cancel,
      product_name: (input.description ?? 'Order').slice(0, 255),
      product_category: 'general',
      product_profile: 'general',
      cus_name: c.name,
      // SSLCommerz requires an email; buyers who gave none get an address that cannot receive mail.
      cus_email: c.email ?? 'no-email@haat.invalid',
      cus_add1: c.address ?? 'N/A',
      cus_city: c.city ?? 'Dhaka',
      cus_postcode: c.postcode ?? '1000',
      cus_country: 'Bangladesh',
      cus_phone: c.phone,
      // We deliver ourselves (shop rider or courier booked separately): no shipping by the gateway.
      shipping_method: 'NO',
      num_of_item: '1',
    });
    if (input.callbackUrls.ipn) form.set('ipn_url', input.callbackUrls.ipn);
    if (this.config.multiCardName) form.set('multi_card_name', this.config.multiCardName);
    const answer = await providerFetch('sslcommerz', this.url('/gwprocess/v4/api.php'), {
      body: form,
      timeoutMs: this.timeoutMs,
    });
    const data = asRecord(answer.body);
    const page = str(data.GatewayPageURL);
    const sessionkey = str(data.sessionkey);
    if (data.status !== 'SUCCESS' || !page || !sessionkey) {
      throw rejected('sslcommerz', {
        httpStatus: answer.status,
        providerMessage: str(data.failedreason),
      });
    }
    return { redirectUrl: page, providerRef: sessionkey };
  }

  /**
   * IPN (server POST to ipn_url) and the browser's POST to success/fail/cancel_url carry the same fields.
   * Both are handled the same way: verify_sign, our tran_id, then for VALID the validation API, accepting
   * only when tran_id, amount and currency match our record. A repeated callback validates as VALIDATED.
   */
  async handleCallback(data: CallbackData, expected: ExpectedPayment): Promise<PaymentResult> {
    const fields = { ...data.query, ...data.body };
    if (!sslcommerzSignatureValid(fields, this.config.storePassword)) {
      throw callbackRejected('sslcommerz', 'bad verify_sign');
    }
    if (fields.tran_id !== expected.merchantTxnId) {
      throw callbackRejected('sslcommerz', 'tran_id of another order');
    }
    const status = sslStatus(fields.status);
    if (status !== 'paid') {
      return {
        status,
        merchantTxnId: expected.merchantTxnId,
        providerRef: expected.providerRef ?? '',
        amountPoisha: fields.amount ? takaToPoisha(fields.amount) : 0,
        currency: 'BDT',
        raw: fields,
      };
    }
    if (!fields.val_id) throw callbackRejected('sslcommerz', 'missing val_id');
    const v = await this.validate(fields.val_id);
    const vStatus = str(v.status);
    if (vStatus !== 'VALID' && vStatus !== 'VALIDATED') {
      throw callbackRejected('sslcommerz', 'validation refused', { status: vStatus });
    }
    if (v.tran_id !== expected.merchantTxnId)
      throw callbackRejected('sslcommerz', 'tran_id mismatch');
    if (v.currency !== 'BDT') throw callbackRejected('sslcommerz', 'currency mismatch');
    const amount = takaToPoisha(str(v.amount) ?? '');
    if (amount !== expected.amountPoisha) {
      throw callbackRejected('sslcommerz', 'amount mismatch', { got: amount });
    }
    return {
      status: 'paid',
      merchantTxnId: expected.merchantTxnId,
      providerRef: expected.providerRef ?? '',
      providerTxnId: str(v.bank_tran_id),
      amountPoisha: amount,
      currency: 'BDT',
      raw: v,
    };
  }

  /** Validation API: VALID the first time, VALIDATED after, INVALID_TRANSACTION otherwise. */
  validate(valId: string) {
    return this.get('/validator/api/validationserverAPI.php', { val_id: valId });
  }

  /** All attempts for our tran_id; paid if any was VALID/VALIDATED. */
  async query(ref: { merchantTxnId: string; providerRef: string }): Promise<PaymentResult> {
    const data = await this.get('/validator/api/merchantTransIDvalidationAPI.php', {
      tran_id: ref.merchantTxnId,
    });
    if (data.APIConnect !== 'DONE') {
      throw rejected('sslcommerz', { providerCode: str(data.APIConnect) });
    }
    const elements = Array.isArray(data.element) ? data.element.map(asRecord) : [];
    const paid = elements.find((e) => sslStatus(str(e.status)) === 'paid');
    const last = paid ?? elements[elements.length - 1];
    const amount = last ? str(last.amount) : undefined;
    return {
      status: last ? sslStatus(str(last.status)) : 'pending',
      merchantTxnId: ref.merchantTxnId,
      providerRef: ref.providerRef,
      providerTxnId: last ? str(last.bank_tran_id) : undefined,
      amountPoisha: amount ? takaToPoisha(amount) : 0,
      currency: 'BDT',
      raw: data,
    };
  }

  /**
   * Refund by bank_tran_id. Sources disagree on the reference field: the official npm client sends
   * `refe_id`; newer SSLCommerz docs add a mandatory `refund_trans_id` (our own refund id). We send both.
   * "success" means the request was accepted: the money moves later (check with refundStatus).
   */
  async refund(input: RefundInput): Promise<RefundResult> {
    const data = await this.get('/validator/api/merchantTransIDvalidationAPI.php', {
      bank_tran_id: input.providerTxnId,
      refund_amount: poishaToTaka(input.amountPoisha),
      refund_remarks: input.reason.slice(0, 255),
      refe_id: input.refundId,
      refund_trans_id: input.refundId,
    });
    if (data.APIConnect !== 'DONE' || (data.status !== 'success' && data.status !== 'processing')) {
      throw rejected('sslcommerz', {
        providerCode: str(data.APIConnect),
        providerMessage: str(data.errorReason),
      });
    }
    return { status: 'processing', refundRef: str(data.refund_ref_id), raw: data };
  }

  async refundStatus(refundRef: string): Promise<RefundResult> {
    const data = await this.get('/validator/api/merchantTransIDvalidationAPI.php', {
      refund_ref_id: refundRef,
    });
    if (data.APIConnect !== 'DONE')
      throw rejected('sslcommerz', { providerCode: str(data.APIConnect) });
    return { status: data.status === 'refunded' ? 'refunded' : 'processing', refundRef, raw: data };
  }
}
