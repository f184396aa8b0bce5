import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export const productKinds = ['medicine', 'grocery', 'electronics', 'food', 'general'] as const;
export type ProductKind = (typeof productKinds)[number];
export const productUnits = [
  'piece',
  'kg',
  'g',
  'litre',
  'ml',
  'dozen',
  'pack',
  'strip',
  'box',
] as const;
export type ProductUnit = (typeof productUnits)[number];
export const productStatuses = ['draft', 'active', 'archived'] as const;
export type ProductStatus = (typeof productStatuses)[number];
/** The reasons a seller may give for a stock change. */
export const stockReasons = ['restock', 'sale', 'cancellation', 'return', 'correction'] as const;
/** Every reason the ledger records: also the write-off of an expired batch (system only). */
export const ledgerReasons = [...stockReasons, 'expiry'] as const;
export type StockReason = (typeof ledgerReasons)[number];
export type ImageStatus = 'processing' | 'ready' | 'failed';

type Timestamps = { created_at: Generated<Date>; updated_at: Generated<Date> };

export interface CategoriesTable extends Timestamps {
  id: Generated<string>;
  parent_id: string | null;
  slug: string;
  name_bn: string;
  name_en: string;
  icon: string | null;
  sort_order: Generated<number>;
}

export interface ProductsTable extends Timestamps {
  id: Generated<string>;
  shop_id: string;
  category_id: string | null;
  sku: string;
  kind: ProductKind;
  name_bn: string | null;
  name_en: string | null;
  description_bn: string | null;
  description_en: string | null;
  unit: ProductUnit;
  attributes: JSONColumnType<Record<string, unknown>, string, string>;
  status: ColumnType<ProductStatus, ProductStatus | undefined, ProductStatus>;
  hidden_at: Date | null;
  hidden_by: string | null;
  hidden_reason: string | null;
  /** The medicine master entry a pharmacy's product is (src/modules/pharmacy). */
  medicine_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ProductVariantsTable extends Timestamps {
  id: Generated<string>;
  product_id: string;
  shop_id: string;
  sku: string;
  label: string | null;
  price: number;
  compare_at_price: number | null;
  on_hand: Generated<number>;
  low_stock_threshold: Generated<number>;
  position: Generated<number>;
}

export interface StockMovementsTable {
  id: Generated<number>;
  variant_id: string;
  product_id: string;
  shop_id: string;
  actor_user_id: string | null;
  reason: StockReason;
  delta: number;
  on_hand_after: number;
  note: string | null;
  reference: string | null;
  created_at: Generated<Date>;
}

export interface ProductImagesTable extends Timestamps {
  id: Generated<string>;
  product_id: string;
  position: Generated<number>;
  status: ColumnType<ImageStatus, ImageStatus | undefined, ImageStatus>;
  original_format: string;
  width: number | null;
  height: number | null;
  /** Times the sweep re-enqueued a resize that never ran (src/modules/catalog/images.sweep.ts). */
  process_attempts: Generated<number>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    categories: CategoriesTable;
    products: ProductsTable;
    product_variants: ProductVariantsTable;
    stock_movements: StockMovementsTable;
    product_images: ProductImagesTable;
  }
}
