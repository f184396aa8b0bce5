import type { ColumnType, Generated } from 'kysely';
import type { DeliveryChannel, NotificationKind, PreferenceGroup } from './notifications.kinds.ts';

export interface NotificationsTable {
  id: Generated<string>;
  /** int8, read as a number by the pool (src/platform/db). */
  seq: ColumnType<number, never, never>;
  user_id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  read_at: Date | null;
  created_at: Generated<Date>;
}

export interface NotificationDeliveriesTable {
  id: Generated<number>;
  event_id: number;
  channel: DeliveryChannel;
  recipient_id: string;
  kind: string;
  status: ColumnType<'sending' | 'sent' | 'failed', 'sending' | undefined>;
  attempts: Generated<number>;
  error: string | null;
  /** When the channel was last claimed (a stale 'sending' claim is taken over). */
  claimed_at: Generated<Date>;
  created_at: Generated<Date>;
  sent_at: Date | null;
}

export interface NotificationPreferencesTable {
  user_id: string;
  group_name: PreferenceGroup;
  in_app: boolean;
  email: boolean;
  sms: boolean;
  updated_at: Generated<Date>;
}

/** Read-only views over users and shops (migration 0007). */
export interface NotificationRecipientsView {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  locale: 'bn' | 'en';
  role: 'customer' | 'seller' | 'admin';
  disabled_at: Date | null;
}

export interface NotificationShopsView {
  id: string;
  owner_id: string;
  name_bn: string;
  name_en: string;
}

/** A browser that allowed Haat's notifications (migration 0039). */
export interface PushSubscriptionsTable {
  id: Generated<string>;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  user_agent: string | null;
  created_at: Generated<Date>;
  last_sent_at: Date | null;
}

export interface PushVapidKeysTable {
  id: Generated<boolean>;
  public_key: string;
  private_key: string;
  created_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    notifications: NotificationsTable;
    notification_deliveries: NotificationDeliveriesTable;
    notification_preferences: NotificationPreferencesTable;
    notification_recipients: NotificationRecipientsView;
    notification_shops: NotificationShopsView;
    push_subscriptions: PushSubscriptionsTable;
    push_vapid_keys: PushVapidKeysTable;
  }
}
