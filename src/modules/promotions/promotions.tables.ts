import type { ColumnType, Generated } from 'kysely';

export type CouponKind = 'percent' | 'fixed';
export type Funder = 'shop' | 'platform';
/** 'iftar': valid only from an hour before the day's iftar (Dhaka) to half an hour after. */
export type CouponTimeWindow = 'iftar';

export interface CouponsTable {
  id: Generated<string>;
  /** Null: a platform coupon (funded by the platform, valid at every shop). */
  shop_id: string | null;
  code: string;
  kind: CouponKind;
  /** percent: basis points (1000 = 10 %); fixed: poisha. */
  value: number;
  funded_by: Funder;
  min_bag: Generated<number>;
  max_discount: number | null;
  max_uses: number | null;
  used: Generated<number>;
  per_customer: number | null;
  starts_at: Date;
  ends_at: Date;
  first_order_only: Generated<boolean>;
  payment_methods: string[] | null;
  /** A time of day the coupon is limited to each day (migration 0046); null: any time. */
  time_window: ColumnType<CouponTimeWindow | null, CouponTimeWindow | null | undefined>;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CouponRedemptionsTable {
  id: Generated<string>;
  coupon_id: string;
  customer_id: string;
  checkout_id: string;
  /** 1 for the customer's first use of the coupon, 2 for the second… (unique per coupon). */
  use_number: number;
  discount: number;
  created_at: Generated<Date>;
}

export interface FlashSalesTable {
  id: Generated<string>;
  shop_id: string;
  variant_id: string;
  price: number;
  stock_cap: number;
  sold: Generated<number>;
  per_customer: number;
  starts_at: Date;
  ends_at: Date;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface FlashSalePurchasesTable {
  id: Generated<string>;
  flash_sale_id: string;
  customer_id: string;
  order_id: string;
  quantity: number;
  created_at: Generated<Date>;
}

export interface ShopFreeDeliveryTable {
  shop_id: string;
  min_subtotal: number;
  updated_at: Generated<Date>;
}

type Added<T> = ColumnType<T, T | undefined, T>;

declare module '../orders/orders.tables.ts' {
  interface OrdersTable {
    /** The coupon's discount on the goods (migration 0041); `platform_discount` of it is the platform's. */
    discount: Added<number>;
    platform_discount: Added<number>;
    /** The delivery charge the customer did not pay (the shop's free delivery over a threshold). */
    delivery_discount: Added<number>;
    coupon_id: Added<string | null>;
  }
  interface OrderItemsTable {
    /** The regular price when a flash sale set `unit_price`; null otherwise. */
    list_price: Added<number | null>;
    flash_sale_id: Added<string | null>;
    /** This line's share of the order's coupon discount. */
    discount: Added<number>;
  }
}

declare module '../../platform/db/database.ts' {
  interface Database {
    coupons: CouponsTable;
    coupon_redemptions: CouponRedemptionsTable;
    flash_sales: FlashSalesTable;
    flash_sale_purchases: FlashSalePurchasesTable;
    shop_free_delivery: ShopFreeDeliveryTable;
  }
}
