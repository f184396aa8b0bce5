/**
 * Why a payment needs an admin. The stored `flagged_reason` stays readable text (it is the record an
 * admin or an auditor reads in the database); this module is the one place that writes those texts
 * and reads them back as stable codes, which the admin's pages show in the reader's language.
 */
export const PAYMENT_FLAG_CODES = [
  'paid_while_closed',
  'no_provider_transaction',
  'no_refund_api',
  'refund_failed',
  'other',
] as const;
export type PaymentFlagCode = (typeof PAYMENT_FLAG_CODES)[number];
export type PaymentFlag = {
  code: PaymentFlagCode;
  /** paid_while_closed: the order's status when the money came. */
  orderStatus?: string;
  /** refund_failed: the provider's own words; other: the text as stored. */
  detail?: string;
};

const PAID_WHILE = 'paid while the order was ';
const REFUND_FAILED = 'refund failed: ';

export const flagTexts = {
  paidWhileClosed: (orderStatus: string) => `${PAID_WHILE}${orderStatus}`,
  noProviderTransaction: 'no provider transaction to refund',
  noRefundApi: 'the provider has no refund API: return the money by hand',
  refundFailed: (providerMessage: string) => `${REFUND_FAILED}${providerMessage}`,
};

/** The codes in a stored reason ("paid while the order was cancelled; refund failed: timeout"). */
export function paymentFlags(reason: string | null): PaymentFlag[] {
  if (!reason) return [];
  return reason.split('; ').map((part): PaymentFlag => {
    if (part.startsWith(PAID_WHILE))
      return { code: 'paid_while_closed', orderStatus: part.slice(PAID_WHILE.length) };
    if (part === flagTexts.noProviderTransaction) return { code: 'no_provider_transaction' };
    if (part === flagTexts.noRefundApi) return { code: 'no_refund_api' };
    if (part.startsWith(REFUND_FAILED))
      return { code: 'refund_failed', detail: part.slice(REFUND_FAILED.length) };
    return { code: 'other', detail: part };
  });
}
