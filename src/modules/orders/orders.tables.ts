import type { ColumnType, Generated } from 'kysely';
import type { PaymentProviderName } from '../payments/index.ts';

export const orderStatuses = [
  'pending_payment',
  'placed',
  'accepted',
  'packed',
  'out_for_delivery',
  'delivered',
  'cancelled',
  'rejected',
  'returned',
  'refunded',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export type ActorRole = 'customer' | 'seller' | 'admin' | 'system';

/** An order with a prescription-only line: required → submitted → approved | rejected. */
export const prescriptionStatuses = ['required', 'submitted', 'approved', 'rejected'] as const;
export type PrescriptionStatus = (typeof prescriptionStatuses)[number];

export type AddressSnapshot = {
  label: string;
  recipientName: string;
  phone: string;
  addressLine: string;
  landmark: string | null;
  placeId: number | null;
  lat: number;
  lng: number;
};

export interface AddressesTable {
  id: Generated<string>;
  customer_id: string;
  label: string;
  recipient_name: string;
  phone: string;
  address_line: string;
  landmark: string | null;
  place_id: number | null;
  lat: number;
  lng: number;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CheckoutsTable {
  id: Generated<string>;
  customer_id: string;
  idempotency_key: string;
  request_hash: string;
  created_at: Generated<Date>;
}

export interface OrdersTable {
  id: Generated<string>;
  number: string;
  checkout_id: string;
  customer_id: string;
  shop_id: string;
  status: OrderStatus;
  payment_method: PaymentProviderName;
  delivery_method: 'own' | 'courier';
  delivery_zone: string | null;
  distance_m: number | null;
  weight_grams: number;
  subtotal: number;
  delivery_charge: number;
  cod_charge: number;
  total: number;
  address: ColumnType<AddressSnapshot, string, string>;
  stock_released: Generated<boolean>;
  expires_at: Date | null;
  /** Null when no line needs a prescription (see src/modules/prescriptions). */
  prescription_status: ColumnType<
    PrescriptionStatus | null,
    PrescriptionStatus | null | undefined,
    PrescriptionStatus | null
  >;
  /** Set when the shop was closed at placement: when it opens (the time to accept counts from then). */
  shop_opens_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The rider carrying it, as the seller gave them (migration 0038): shown while on its way. */
  rider_name: ColumnType<string | null, string | null | undefined, string | null>;
  rider_phone: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OrderItemsTable {
  id: Generated<number>;
  order_id: string;
  product_id: string;
  variant_id: string;
  name: string;
  variant_label: string | null;
  unit_price: number;
  quantity: number;
  line_total: number;
  /** The commission in effect when the order was placed (src/modules/money); never changed. */
  commission_bp: Generated<number>;
  commission_fixed: Generated<number>;
  commission_rule_id: Generated<string | null>;
}

export interface OrderEventsTable {
  id: Generated<number>;
  order_id: string;
  from_status: OrderStatus | null;
  to_status: OrderStatus;
  actor_user_id: string | null;
  actor_role: ActorRole;
  reason: string | null;
  created_at: Generated<Date>;
}

export const paymentRecordStatuses = [
  'pending',
  'paid',
  'failed',
  'cancelled',
  'refund_pending',
  'refunded',
  'refund_manual',
] as const;
export type PaymentRecordStatus = (typeof paymentRecordStatuses)[number];

export interface PaymentsTable {
  id: Generated<string>;
  order_id: string;
  provider: PaymentProviderName;
  merchant_txn_id: string;
  provider_ref: string | null;
  provider_txn_id: string | null;
  redirect_url: string | null;
  amount: number;
  currency: Generated<string>;
  status: PaymentRecordStatus;
  refund_ref: string | null;
  flagged_reason: string | null;
  raw: ColumnType<unknown, string | null, string | null>;
  captured_at: Date | null;
  refunded_at: Date | null;
  /** Reconciliation: how often the provider was asked, and when it may be asked next. */
  reconcile_checks: Generated<number>;
  reconcile_next_at: Generated<Date | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export const advanceStatuses = [
  'pending',
  'paid',
  'failed',
  'cancelled',
  'refund_pending',
  'refunded',
  'refund_manual',
] as const;
export type AdvanceStatus = (typeof advanceStatuses)[number];

/** The advance a risky COD order pays by bKash before the shop sees it (migration 0044). */
export interface OrderAdvancesTable {
  id: Generated<string>;
  order_id: string;
  provider: 'bkash';
  merchant_txn_id: string;
  amount: number;
  status: Generated<AdvanceStatus>;
  provider_ref: string | null;
  provider_txn_id: string | null;
  redirect_url: string | null;
  refund_ref: string | null;
  flagged_reason: string | null;
  raw: ColumnType<unknown, string | null, string | null>;
  captured_at: Date | null;
  refunded_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    addresses: AddressesTable;
    checkouts: CheckoutsTable;
    orders: OrdersTable;
    order_items: OrderItemsTable;
    order_events: OrderEventsTable;
    payments: PaymentsTable;
    order_advances: OrderAdvancesTable;
    /** Read-only view (migration 0037): payments a return refunded part of. */
    orders_partly_refunded_payments: { payment_id: string; refunded: string };
  }
}
