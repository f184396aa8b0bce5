import type { Generated } from 'kysely';

export const returnStatuses = [
  'requested',
  'accepted',
  'refused',
  'cancelled',
  'picked_up',
  'checked',
  'refunded',
  'refund_manual',
  'refund_failed',
] as const;
export type ReturnStatus = (typeof returnStatuses)[number];

export const returnReasons = [
  'damaged',
  'wrong_item',
  'not_as_described',
  'expired',
  'missing_parts',
  'changed_mind',
  'other',
] as const;
export type ReturnReason = (typeof returnReasons)[number];

/** provider: the original provider refunds; manual: an admin does (Nagad); bkash_number: COD. */
export type RefundMethod = 'provider' | 'manual' | 'bkash_number';
export type RefundStatus = 'pending' | 'refunded' | 'manual' | 'failed';
export type ReturnActorRole = 'customer' | 'seller' | 'admin' | 'system';

export interface ReturnRequestsTable {
  id: Generated<string>;
  order_id: string;
  customer_id: string;
  shop_id: string;
  status: Generated<ReturnStatus>;
  reason_code: ReturnReason;
  note: string | null;
  refund_method: RefundMethod;
  refund_msisdn: string | null;
  /** Poisha: the returned lines' unit price × quantity. */
  lines_amount: number;
  /** Poisha: what is refunded (set at the check; lines, plus delivery when the whole order). */
  refund_amount: number | null;
  decided_at: Date | null;
  picked_up_at: Date | null;
  checked_at: Date | null;
  refunded_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReturnLinesTable {
  id: Generated<number>;
  return_id: string;
  order_item_id: number;
  quantity: number;
  unit_price: number;
  amount: number;
  resellable: boolean | null;
}

export interface ReturnEventsTable {
  id: Generated<number>;
  return_id: string;
  from_status: ReturnStatus | null;
  to_status: ReturnStatus;
  actor_user_id: string | null;
  actor_role: ReturnActorRole;
  reason: string | null;
  created_at: Generated<Date>;
}

export interface ReturnPhotosTable {
  id: Generated<string>;
  return_id: string;
  position: number;
  width: number;
  height: number;
  created_at: Generated<Date>;
}

export interface PaymentRefundsTable {
  id: Generated<string>;
  payment_id: string;
  return_id: string | null;
  amount: number;
  method: RefundMethod;
  msisdn: string | null;
  status: Generated<RefundStatus>;
  /** Our id for the refund, sent to the provider (idempotency on its side). */
  provider_refund_id: string;
  provider_ref: string | null;
  failure: string | null;
  paid_by: string | null;
  created_at: Generated<Date>;
  refunded_at: Date | null;
  updated_at: Generated<Date>;
}

/** Read-only views of the orders and payments (migration 0033). */
export interface ReturnsOrdersView {
  id: string;
  number: string;
  customer_id: string;
  shop_id: string;
  shop_owner_id: string;
  shop_type: string;
  status: string;
  payment_method: string;
  subtotal: number;
  total: number;
}
export interface ReturnsOrderItemsView {
  id: number;
  order_id: string;
  product_id: string;
  variant_id: string;
  name: string;
  variant_label: string | null;
  unit_price: number;
  quantity: number;
  line_total: number;
  prescription_required: boolean;
  /** The line's share of its order's coupon (poisha). */
  discount: number;
}
export interface ReturnsPaymentsView {
  id: string;
  order_id: string;
  provider: string;
  merchant_txn_id: string;
  provider_ref: string | null;
  provider_txn_id: string | null;
  amount: number;
  status: string;
  created_at: Date;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    return_requests: ReturnRequestsTable;
    return_lines: ReturnLinesTable;
    return_events: ReturnEventsTable;
    return_photos: ReturnPhotosTable;
    payment_refunds: PaymentRefundsTable;
    returns_orders: ReturnsOrdersView;
    returns_order_items: ReturnsOrderItemsView;
    returns_payments: ReturnsPaymentsView;
  }
}
