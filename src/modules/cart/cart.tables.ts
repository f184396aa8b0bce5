import type { Generated } from 'kysely';

export interface CartItemsTable {
  customer_id: string;
  variant_id: string;
  quantity: number;
  /** Unit price when the customer last saw it: checkout reports a change against this. */
  price_seen: number;
  added_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface FavoritesTable {
  customer_id: string;
  kind: 'product' | 'shop';
  target_id: string;
  created_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    cart_items: CartItemsTable;
    favorites: FavoritesTable;
  }
}
