/** Read-only views of other modules' tables (migration 0035). */
export interface FinanceOrdersView {
  id: string;
  number: string;
  shop_id: string;
  created_at: Date;
}
export interface FinanceOrderLinesView {
  id: number;
  order_id: string;
  name: string;
  variant_label: string | null;
  quantity: number;
  line_total: number;
  commission_bp: number;
  commission_fixed: number;
}
export interface FinanceShopsView {
  id: string;
  name_bn: string;
  name_en: string;
  address: string;
  phone: string;
  bin: string | null;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    finance_orders: FinanceOrdersView;
    finance_order_lines: FinanceOrderLinesView;
    finance_shops: FinanceShopsView;
  }
}
