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

/** The reminder sent for a customer's bag, by the bag's state (migration 0042). */
export interface BagRemindersTable {
  customer_id: string;
  /** md5 of the bag's lines (variant:quantity, sorted): a changed bag is a new bag. */
  bag_state: string;
  sent_at: Date;
}

/** A customer's opt-out and quiet hours (minutes after midnight, Asia/Dhaka). */
export interface BagReminderSettingsTable {
  user_id: string;
  opted_out_at: Date | null;
  quiet_from: Generated<number>;
  quiet_to: Generated<number>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    cart_items: CartItemsTable;
    favorites: FavoritesTable;
    bag_reminders: BagRemindersTable;
    bag_reminder_settings: BagReminderSettingsTable;
  }
}
