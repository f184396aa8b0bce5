/**
 * Payments: the provider layer (no routes or tables yet; orders/checkout builds on it).
 * Other modules import from here only.
 */
export type * from './providers/types.ts';
export { paymentErrors } from './payments.errors.ts';
export { poishaToTaka, takaToPoisha } from './providers/money.ts';
export { BkashProvider, BkashClient, type BkashConfig } from './providers/bkash.ts';
export {
  BkashPayoutClient,
  BKASH_PAYOUT_PATH,
  type B2cInput,
  type B2cOutcome,
} from './providers/bkash-payout.ts';
export { sendBkashPayout } from './payouts.ts';
export { fetchSettlementReport, parseSettlementCsv, type SettlementLine } from './settlement.ts';
export { NagadProvider, type NagadConfig, type NagadClientType } from './providers/nagad.ts';
export { SslcommerzProvider, type SslcommerzConfig } from './providers/sslcommerz.ts';
export { CashOnDeliveryProvider } from './providers/cod.ts';
export { createBkashSandbox, BKASH_SANDBOX_CREDENTIALS } from './sandbox/bkash.ts';
export {
  BKASH_SANDBOX_FAILING_RECEIVER,
  BKASH_SANDBOX_PAYOUT_BALANCE,
} from './sandbox/bkash-payout.ts';
export { createNagadSandbox, NAGAD_SANDBOX_MERCHANT } from './sandbox/nagad.ts';
export { createSslcommerzSandbox, SSLCOMMERZ_SANDBOX_STORE } from './sandbox/sslcommerz.ts';
export { actOnPaymentPage } from './sandbox/buyer.ts';
// For other modules' provider clients and sandboxes (the courier fraud check in risk).
export { providerFetch } from './providers/http.ts';
export { createBareSandbox, type BareSandbox } from './sandbox/common.ts';
export {
  PaymentGateway,
  paymentProviderNames,
  providerUsable,
  sandboxEnabled,
  usableProviders,
} from './gateway.ts';
