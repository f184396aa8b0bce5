/** The provider layer of payments: one interface, one implementation per way to pay. */

export type PaymentProviderName = 'cod' | 'bkash' | 'nagad' | 'sslcommerz';

/** pending: nothing final yet (buyer still on the provider's page, or the provider has no answer yet). */
export type PaymentStatus = 'pending' | 'paid' | 'failed' | 'cancelled';

export type PaymentCustomer = {
  name: string;
  /** E.164, e.g. +8801711000000 */
  phone: string;
  email?: string;
  address?: string;
  city?: string;
  postcode?: string;
  /** Buyer's IP (Nagad wants it in X-KM-IP-V4). */
  ip?: string;
};

/**
 * Where the provider sends the buyer back. bKash and Nagad have ONE return URL and put the outcome in the
 * query string: they use `success` for every outcome. SSLCommerz uses all three, plus `ipn`.
 */
export type CallbackUrls = { success: string; failure: string; cancel: string; ipn?: string };

export type InitiateInput = {
  /**
   * Our id for this payment attempt. Must suit every provider: alphanumeric, 5–20 characters (Nagad's
   * orderId rule; SSLCommerz allows ≤ 30, bKash's merchantInvoiceNumber ≤ 255).
   */
  merchantTxnId: string;
  amountPoisha: number;
  currency: 'BDT';
  customer: PaymentCustomer;
  callbackUrls: CallbackUrls;
  description?: string;
};

export type InitiateResult = {
  /** Where to send the buyer's browser; null when nothing is paid online (cash on delivery). */
  redirectUrl: string | null;
  /** The provider's id for this attempt (bKash paymentID, Nagad paymentReferenceId, SSLCommerz sessionkey). */
  providerRef: string;
};

/** What arrived on a callback route, untouched: query string and (form) body. */
export type CallbackData = {
  query: Record<string, string | undefined>;
  body?: Record<string, string | undefined>;
};

/** What we expect, from our own records of the attempt. Callbacks are checked against it. */
export type ExpectedPayment = { merchantTxnId: string; amountPoisha: number; providerRef?: string };

export type PaymentResult = {
  status: PaymentStatus;
  merchantTxnId: string;
  providerRef: string;
  /** The provider's transaction id once money moved (bKash trxID, Nagad issuerPaymentRefNo, SSLCommerz bank_tran_id). */
  providerTxnId?: string;
  /** Amount as confirmed by the provider's server (not by the browser). */
  amountPoisha: number;
  currency: 'BDT';
  raw: unknown;
};

export type RefundInput = {
  merchantTxnId: string;
  providerRef: string;
  providerTxnId: string;
  amountPoisha: number;
  reason: string;
  /** Our id for this refund (idempotency on our side; some providers echo it). */
  refundId: string;
};

export type RefundResult = {
  /** manual: money must be returned by hand (cash on delivery, providers without a refund API). */
  status: 'refunded' | 'processing' | 'manual';
  refundRef?: string;
  raw: unknown;
};

export interface PaymentProvider {
  readonly name: PaymentProviderName;
  initiate(input: InitiateInput): Promise<InitiateResult>;
  /**
   * Verifies a return/IPN callback with the provider's server and against `expected`. Idempotent: a repeated
   * callback for the same attempt gives the same result. Throws PAYMENT_CALLBACK_REJECTED when the callback
   * or the provider's answer does not match (other transaction, amount, signature).
   */
  handleCallback(data: CallbackData, expected: ExpectedPayment): Promise<PaymentResult>;
  /** Asks the provider for the attempt's current state (e.g. after a timeout or a lost callback). */
  query(ref: { merchantTxnId: string; providerRef: string }): Promise<PaymentResult>;
  refund(input: RefundInput): Promise<RefundResult>;
}
