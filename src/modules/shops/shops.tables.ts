import type { ColumnType, Generated } from 'kysely';

export const shopTypes = [
  'grocery',
  'pharmacy',
  'restaurant',
  'electronics',
  'hardware',
  'fashion',
  'other',
] as const;
export type ShopType = (typeof shopTypes)[number];

export const shopStatuses = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type ShopStatus = (typeof shopStatuses)[number];

export type OpeningHours = { day: number; open: string; close: string }[];

export interface ShopsTable {
  id: Generated<string>;
  owner_id: string;
  name_bn: string;
  name_en: string;
  slug: string;
  type: ShopType;
  phone: string;
  address: string;
  place_id: number | null;
  lat: number;
  lng: number;
  // jsonb: written as a JSON string, read back parsed.
  opening_hours: ColumnType<OpeningHours, string | undefined, string>;
  delivery_radius_m: ColumnType<number, number | undefined, number>;
  trade_licence: string | null;
  drug_licence: string | null;
  /** Business Identification Number (13 ASCII digits), printed on receipts when VAT-registered. */
  bin: ColumnType<string | null, string | null | undefined, string | null>;
  vat_registered: ColumnType<boolean, boolean | undefined, boolean>;
  /** Percent, e.g. "15.00" (numeric comes back as a string). */
  vat_rate: ColumnType<string | null, string | null | undefined, string | null>;
  status: ColumnType<ShopStatus, ShopStatus | undefined, ShopStatus>;
  rejection_reason: string | null;
  suspension_reason: string | null;
  suspended_at: Date | null;
  approved_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** Read-only view over users: the owner fields the shops module needs. */
export interface ShopOwnersView {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  locale: 'bn' | 'en';
}

declare module '../../platform/db/database.ts' {
  interface Database {
    shops: ShopsTable;
    shop_owners: ShopOwnersView;
  }
}
