import type { ColumnType, Generated } from 'kysely';

/** PostgreSQL `date` columns are read back as 'YYYY-MM-DD' text (see the `::text` casts in SQL). */
export interface StockBatchesTable {
  id: Generated<string>;
  variant_id: string;
  product_id: string;
  shop_id: string;
  batch_number: string | null;
  /** The last day the batch may be sold (Asia/Dhaka calendar date). */
  expiry_date: ColumnType<string, string, string>;
  quantity: number;
  cost_poisha: ColumnType<number | null, number | null | undefined, number | null>;
  written_off_quantity: Generated<number>;
  written_off_at: Date | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface StockBatchAllocationsTable {
  id: Generated<number>;
  order_id: string;
  order_item_id: number;
  variant_id: string;
  batch_id: string | null;
  quantity: number;
  released_at: Date | null;
  created_at: Generated<Date>;
}

export interface StockBatchAlertsTable {
  batch_id: string;
  threshold_days: number;
  notified: boolean;
  created_at: Generated<Date>;
}

export interface BatchTrackingShopsTable {
  shop_id: string;
  enabled_at: Generated<Date>;
}

declare module '../../../platform/db/database.ts' {
  interface Database {
    stock_batches: StockBatchesTable;
    stock_batch_allocations: StockBatchAllocationsTable;
    stock_batch_alerts: StockBatchAlertsTable;
    batch_tracking_shops: BatchTrackingShopsTable;
  }
}
