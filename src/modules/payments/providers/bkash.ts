import { AppError } from '../../../platform/errors.ts';
import type { KeyValueStore } from '../../../platform/kv/index.ts';
import {
  asRecord,
  assertMerchantTxnId,
  callbackRejected,
  invalidAnswer,
  isOutcomeUnknown,
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

/**
 * bKash Tokenized Checkout v1.2.0-beta (paths as in bKash's own WooCommerce plugin, ApiComm.php).
 * baseUrl is the host root, e.g. https://tokenized.sandbox.bka.sh or https://tokenized.pay.bka.sh:
 * checkout calls live under /v1.2.0-beta/tokenized/checkout, refund v2 directly under the host root.
 */
export type BkashConfig = {
  baseUrl: string;
  username: string;
  password: string;
  appKey: string;
  appSecret: string;
  /** bKash's own plugin uses 30 s. */
  timeoutMs?: number;
  /** Shared token cache (Redis in production) so several processes don't each grant tokens. */
  tokenStore?: Pick<KeyValueStore, 'get' | 'set'>;
};

export const BKASH_CHECKOUT_PATH = '/v1.2.0-beta/tokenized/checkout';
const OK = '0000';
/** "already completed" codes: a repeated execute means the first one went through. */
const ALREADY_COMPLETED = new Set(['2062', '2117']);

type Token = { idToken: string; refreshToken: string; expiresAt: number; refreshUntil: number };

export class BkashClient {
  private readonly timeoutMs: number;
  private memoryToken: Token | null = null;
  private inflight: Promise<Token> | null = null;
  /** Counts token grant/refresh calls (bKash reports limits on refreshes per hour). */
  tokenRequests = 0;

  constructor(private readonly config: BkashConfig) {
    this.timeoutMs = config.timeoutMs ?? 30_000;
  }

  private url(path: string) {
    return this.config.baseUrl.replace(/\/$/, '') + path;
  }

  /** id_token, granted once and reused until shortly before it expires; refreshed with refresh_token. */
  async idToken(): Promise<string> {
    const now = Date.now();
    const cached = this.memoryToken ?? (await this.loadSharedToken());
    if (cached && cached.expiresAt > now) return cached.idToken;
    const refreshable = cached && cached.refreshToken && cached.refreshUntil > now ? cached : null;
    this.inflight ??= (
      refreshable
        ? this.fetchToken(refreshable).catch(() => this.fetchToken(null)) // refresh refused: grant anew
        : this.fetchToken(null)
    ).finally(() => {
      this.inflight = null;
    });
    return (await this.inflight).idToken;
  }

  private async loadSharedToken(): Promise<Token | null> {
    const raw = await this.config.tokenStore?.get(this.tokenKey());
    return raw ? (JSON.parse(raw) as Token) : null;
  }

  private tokenKey() {
    return `bkash:token:${this.config.appKey}`;
  }

  private async fetchToken(previous: Token | null): Promise<Token> {
    this.tokenRequests++;
    const body: Record<string, string> = {
      app_key: this.config.appKey,
      app_secret: this.config.appSecret,
    };
    if (previous) body.refresh_token = previous.refreshToken;
    const answer = await providerFetch(
      'bkash',
      this.url(`${BKASH_CHECKOUT_PATH}/token/${previous ? 'refresh' : 'grant'}`),
      {
        headers: { username: this.config.username, password: this.config.password },
        body,
        timeoutMs: this.timeoutMs,
      },
    );
    const data = checkBkash(answer.status, answer.body);
    const idToken = str(data.id_token);
    if (!idToken) throw rejected('bkash', { reason: 'no id_token' });
    const expiresIn = Number(data.expires_in ?? 3600);
    const now = Date.now();
    const token: Token = {
      idToken,
      refreshToken: str(data.refresh_token) ?? '',
      // Renew a minute early so a token never expires between our check and bKash's.
      expiresAt: now + Math.max(expiresIn - 60, 1) * 1000,
      // Refresh tokens are reported to live about 28 days; we renew by refresh within a day, then grant.
      refreshUntil: now + 24 * 3600 * 1000,
    };
    this.memoryToken = token;
    await this.config.tokenStore?.set(this.tokenKey(), JSON.stringify(token), expiresIn * 1000);
    return token;
  }

  private call(path: string, body: Record<string, unknown>, root = false) {
    return this.request(root ? path : `${BKASH_CHECKOUT_PATH}${path}`, body);
  }

  /**
   * One authorized call to a path under the host root (the same token serves the checkout and the
   * disbursement APIs). A body means POST, none GET.
   */
  async request(path: string, body?: Record<string, unknown>) {
    const headers = { authorization: await this.idToken(), 'x-app-key': this.config.appKey };
    const answer = await providerFetch('bkash', this.url(path), {
      method: body ? 'POST' : 'GET',
      headers,
      body,
      timeoutMs: this.timeoutMs,
    });
    if (answer.status === 401) this.memoryToken = null; // token revoked/expired early: re-grant next time
    return checkBkash(answer.status, answer.body);
  }

  create(input: {
    payerReference: string;
    callbackURL: string;
    amount: string;
    merchantInvoiceNumber: string;
  }) {
    return this.call('/create', { mode: '0011', currency: 'BDT', intent: 'sale', ...input });
  }
  execute(paymentID: string) {
    return this.call('/execute', { paymentID });
  }
  queryPayment(paymentID: string) {
    return this.call('/payment/status', { paymentID });
  }
  /** Path as in bKash's plugin; other clients use general/searchTran (unverified which is current). */
  searchTransaction(trxID: string) {
    return this.call('/general/searchTransaction', { trxID });
  }
  refund(input: {
    paymentId: string;
    trxId: string;
    refundAmount: string;
    sku: string;
    reason: string;
  }) {
    return this.call('/v2/tokenized-checkout/refund/payment/transaction', input, true);
  }
  refundStatus(input: { paymentId: string; trxId: string }) {
    return this.call('/v2/tokenized-checkout/refund/payment/status', input, true);
  }
}

/**
 * bKash errors come in four shapes; HTTP 200 is not success by itself:
 * 200 + statusCode ≠ "0000"; {errorCode, errorMessage}; gateway {message}; refund v2 {internalCode, externalCode, ...}.
 */
export function checkBkash(status: number, body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidAnswer('bkash', status);
  }
  const data = asRecord(body);
  const code = str(data.statusCode) ?? str(data.errorCode) ?? str(data.externalCode);
  const message =
    str(data.statusMessage) ??
    str(data.errorMessage) ??
    str(data.errorMessageEn) ??
    str(data.message);
  const gatewayOnly = code === undefined && message !== undefined && Object.keys(data).length === 1;
  if (status >= 200 && status < 300 && (code === undefined || code === OK) && !gatewayOnly) {
    return data;
  }
  throw rejected('bkash', { httpStatus: status, providerCode: code, providerMessage: message });
}

function bkashStatus(transactionStatus: string | undefined): PaymentStatus {
  switch (transactionStatus) {
    case 'Completed':
      return 'paid';
    case 'Cancelled':
      return 'cancelled';
    case 'Failed':
    case 'Expired':
      return 'failed';
    default:
      return 'pending'; // Initiated, Authorized, or anything we don't know yet
  }
}

export class BkashProvider implements PaymentProvider {
  readonly name = 'bkash' as const;
  readonly client: BkashClient;

  constructor(config: BkashConfig) {
    this.client = new BkashClient(config);
  }

  async initiate(input: InitiateInput): Promise<InitiateResult> {
    assertMerchantTxnId('bkash', input.merchantTxnId);
    const created = await this.client.create({
      // payerReference pre-fills the wallet number on bKash's page.
      payerReference: input.customer.phone.replace(/^\+88/, ''),
      callbackURL: input.callbackUrls.success,
      amount: poishaToTaka(input.amountPoisha),
      merchantInvoiceNumber: input.merchantTxnId,
    });
    const paymentID = str(created.paymentID);
    const bkashURL = str(created.bkashURL);
    if (!paymentID || !bkashURL) throw rejected('bkash', { reason: 'create without paymentID' });
    return { redirectUrl: bkashURL, providerRef: paymentID };
  }

  /**
   * Browser return: GET callbackURL?paymentID=…&status=success|failure|cancel (a `signature` param may be
   * appended; bKash publishes no way to verify it, so it is ignored). On success we execute, and fall back
   * to query when execute times out or says "already completed" (duplicate callback). The amount and
   * invoice come from bKash's answer, never from the browser.
   */
  async handleCallback(data: CallbackData, expected: ExpectedPayment): Promise<PaymentResult> {
    const paymentID = data.query.paymentID;
    const status = data.query.status;
    if (!paymentID) throw callbackRejected('bkash', 'missing paymentID');
    if (expected.providerRef && expected.providerRef !== paymentID) {
      throw callbackRejected('bkash', 'paymentID of another attempt');
    }
    if (status !== 'success') {
      // Whatever the browser says, bKash's own record decides; failure/cancel just skip execute.
      const result = await this.query({
        merchantTxnId: expected.merchantTxnId,
        providerRef: paymentID,
      });
      return this.checkExpected(result, expected);
    }
    let answer: Record<string, unknown>;
    try {
      answer = await this.client.execute(paymentID);
    } catch (err) {
      const code = err instanceof AppError ? str(err.details.providerCode) : undefined;
      if (!isOutcomeUnknown(err) && !(code && ALREADY_COMPLETED.has(code))) {
        if (code === '2056' || code === '2023' || code === '2002') {
          // invalid state / insufficient balance / unknown payment: ask bKash what it actually is
          const result = await this.query({
            merchantTxnId: expected.merchantTxnId,
            providerRef: paymentID,
          });
          return this.checkExpected(result, expected);
        }
        throw err;
      }
      answer = await this.client.queryPayment(paymentID);
    }
    return this.checkExpected(this.toResult(paymentID, answer), expected);
  }

  private checkExpected(result: PaymentResult, expected: ExpectedPayment): PaymentResult {
    if (result.merchantTxnId !== expected.merchantTxnId) {
      throw callbackRejected('bkash', 'invoice mismatch', { got: result.merchantTxnId });
    }
    if (result.status === 'paid' && result.amountPoisha !== expected.amountPoisha) {
      throw callbackRejected('bkash', 'amount mismatch', { got: result.amountPoisha });
    }
    return result;
  }

  private toResult(paymentID: string, data: Record<string, unknown>): PaymentResult {
    // execute names it merchantInvoiceNumber, query names it merchantInvoice.
    const invoice = str(data.merchantInvoiceNumber) ?? str(data.merchantInvoice) ?? '';
    const amount = str(data.amount);
    return {
      status: bkashStatus(str(data.transactionStatus)),
      merchantTxnId: invoice,
      providerRef: str(data.paymentID) ?? paymentID,
      providerTxnId: str(data.trxID),
      amountPoisha: amount ? takaToPoisha(amount) : 0,
      currency: 'BDT',
      raw: data,
    };
  }

  async query(ref: { merchantTxnId: string; providerRef: string }): Promise<PaymentResult> {
    return this.toResult(ref.providerRef, await this.client.queryPayment(ref.providerRef));
  }

  async refund(input: RefundInput): Promise<RefundResult> {
    const data = await this.client.refund({
      paymentId: input.providerRef,
      trxId: input.providerTxnId,
      refundAmount: poishaToTaka(input.amountPoisha),
      sku: input.refundId,
      reason: input.reason.slice(0, 255),
    });
    // Response shape of refund v2 is not in our sources beyond its error format; bKash's older refund API
    // answered {refundTrxID, transactionStatus}; v2 clients read refundTrxId/refundTransactionStatus.
    const state = str(data.refundTransactionStatus) ?? str(data.transactionStatus);
    return {
      status: state === 'Completed' ? 'refunded' : 'processing',
      refundRef: str(data.refundTrxId) ?? str(data.refundTrxID),
      raw: data,
    };
  }
}
