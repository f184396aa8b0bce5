import type { Generated } from 'kysely';

export const commissionScopes = ['default', 'shop_type', 'category', 'shop'] as const;
export type CommissionScope = (typeof commissionScopes)[number];

export interface CommissionRulesTable {
  id: Generated<string>;
  scope: CommissionScope;
  shop_type: string | null;
  category_id: string | null;
  shop_id: string | null;
  /** Basis points of the line total (100 = 1 %). */
  rate_bp: number;
  /** Poisha per order line, on top of the percentage. */
  fixed_fee: number;
  effective_from: Date;
  effective_to: Date | null;
  updated_by: string | null;
  created_at: Generated<Date>;
}

export const accountKinds = [
  'shop_payable',
  'shop_receivable',
  'shop_cod_cash',
  'platform_commission',
  'provider_clearing',
  'refunds',
  'discounts',
  'delivery_fees',
  'adjustments',
  'payouts_in_transit',
] as const;
export type AccountKind = (typeof accountKinds)[number];

export interface LedgerAccountsTable {
  id: Generated<number>;
  key: string;
  kind: AccountKind;
  shop_id: string | null;
  provider: string | null;
  funder: string | null;
  created_at: Generated<Date>;
}

export interface LedgerTransactionsTable {
  id: Generated<number>;
  kind: string;
  source_id: string;
  order_id: string | null;
  shop_id: string | null;
  memo: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface LedgerEntriesTable {
  id: Generated<number>;
  transaction_id: number;
  account_id: number;
  /** Poisha; positive is a debit, negative a credit. */
  amount: number;
  created_at: Generated<Date>;
}

/** Read-only views of other modules' tables (migration 0030). */
export interface MoneyOrdersView {
  id: string;
  shop_id: string;
  shop_type: string;
  payment_method: string;
  delivery_method: 'own' | 'courier';
  subtotal: number;
  delivery_charge: number;
  cod_charge: number;
  total: number;
  status: string;
  created_at: Date;
  /** The part of the order's discount the platform pays (migration 0041, promotions). */
  platform_discount: number;
  /** The coupon's whole discount on the goods (migration 0045). */
  discount: number;
}
export interface MoneyOrderLinesView {
  id: number;
  order_id: string;
  line_total: number;
  commission_bp: number;
  commission_fixed: number;
  /** The line's share of the coupon's discount (migration 0045). */
  discount: number;
}
export interface MoneyPaymentsView {
  id: string;
  order_id: string;
  provider: string;
  amount: number;
  status: string;
}

/** Return windows per shop type, in hours after delivery (migration 0032). */
export interface ReturnWindowsTable {
  shop_type: string;
  hours: number;
  updated_by: string | null;
  updated_at: Generated<Date>;
}
/** Each delivered order's last delivery and when its return window closes (migration 0032). */
export interface OrderReturnWindowsView {
  order_id: string;
  shop_id: string;
  shop_type: string;
  delivered_at: Date;
  window_ends_at: Date;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    commission_rules: CommissionRulesTable;
    ledger_accounts: LedgerAccountsTable;
    ledger_transactions: LedgerTransactionsTable;
    ledger_entries: LedgerEntriesTable;
    money_orders: MoneyOrdersView;
    money_order_lines: MoneyOrderLinesView;
    money_payments: MoneyPaymentsView;
    money_products: { id: string; category_id: string | null };
    money_categories: { id: string; parent_id: string | null };
    money_shops: { id: string; type: string; owner_id: string };
    return_windows: ReturnWindowsTable;
    order_return_windows: OrderReturnWindowsView;
  }
}
