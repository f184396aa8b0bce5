import type { ColumnType, Generated } from 'kysely';

export const payoutStatuses = ['pending', 'processing', 'sent', 'paid', 'failed'] as const;
export type PayoutStatus = (typeof payoutStatuses)[number];
export type PayoutMethodKind = 'bkash' | 'bank';

export interface PayoutMethodsTable {
  shop_id: string;
  kind: PayoutMethodKind;
  /** E.164 */
  bkash_msisdn: string | null;
  account_name: string | null;
  account_number: string | null;
  bank_name: string | null;
  branch_name: string | null;
  /** 9 digits (Bangladesh Bank routing number: bank, district, branch). */
  routing_number: string | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface PayoutRunsTable {
  id: Generated<string>;
  key: string;
  trigger: 'manual' | 'schedule';
  minimum: number;
  shop_ids: string[] | null;
  /** Shops at or above the minimum that were not paid, and why. */
  skipped: ColumnType<
    { shopId: string; reason: string; available: number }[],
    string | undefined,
    string
  >;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** Where the money went, as it was when the payout was made. */
export type Destination =
  | { kind: 'bkash'; msisdn: string }
  | {
      kind: 'bank';
      accountName: string;
      accountNumber: string;
      bankName: string;
      branchName: string | null;
      routingNumber: string;
    };

export interface PayoutsTable {
  id: Generated<string>;
  run_id: string;
  shop_id: string;
  /** bKash merchantInvoiceNumber / the bank file's reference: unique per payout. */
  invoice: string;
  amount: number;
  method: PayoutMethodKind;
  destination: ColumnType<Destination, string, string>;
  status: PayoutStatus;
  attempts: Generated<number>;
  lease_until: Date | null;
  provider_txn_id: string | null;
  fee: number | null;
  failure_reason: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  settled_at: Date | null;
}

export type ReportLine = {
  providerTxnId: string;
  type: string;
  /** Signed poisha from the platform's side: money in positive, refunds and payouts negative. */
  amount: number;
  invoice: string | null;
  time: string | null;
};

export interface ReconciliationReportsTable {
  id: Generated<string>;
  provider: 'bkash' | 'nagad' | 'sslcommerz';
  file_name: string | null;
  lines: ColumnType<ReportLine[], string, string>;
  uploaded_by: string | null;
  created_at: Generated<Date>;
}

export interface PayoutsPaymentRefsView {
  id: string;
  order_id: string;
  provider: string;
  provider_txn_id: string | null;
  refund_ref: string | null;
  amount: number;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    payout_methods: PayoutMethodsTable;
    payout_runs: PayoutRunsTable;
    payouts: PayoutsTable;
    payouts_payment_refs: PayoutsPaymentRefsView;
    reconciliation_reports: ReconciliationReportsTable;
    payouts_shops: { id: string; name_bn: string; name_en: string };
  }
}
