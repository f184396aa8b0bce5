/** What a notification is about. Each kind has templates (bn/en) and belongs to one preference group. */
export const notificationKinds = [
  'order_placed',
  'order_accepted',
  'order_shipped',
  'order_rider',
  'order_delivered',
  'order_cancelled',
  'prescription_submitted',
  'prescription_approved',
  'prescription_rejected',
  'prescription_request_submitted',
  'prescription_request_proposed',
  'refill_due',
  'payment_received',
  'payment_failed',
  'payment_refunded',
  'return_update',
  'shop_approved',
  'shop_rejected',
  'shop_suspended',
  'shop_reinstated',
  'product_hidden',
  'shop_review',
  'low_stock',
  'batch_expiring',
  'daily_summary',
  'password_reset',
  'phone_otp',
  'email_verification',
  'registration_code',
  'registration_attempt',
  'account_unlock',
  'welcome',
  'support_answered',
  'bag_reminder',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const channels = ['in_app', 'email', 'sms'] as const;
export type Channel = (typeof channels)[number];
/** Delivery channels: the preference channels, and push to the browsers the user allowed. */
export type DeliveryChannel = Channel | 'push';

/**
 * Preference groups users choose channels for. `security` (codes and links) is not a preference:
 * it goes to the channel the user asked for. Transactional groups always keep in-app on; marketing
 * is opt-in (every channel off until the user turns one on).
 */
export const preferenceGroups = [
  'orders',
  'payments',
  'shop',
  'stock',
  'account',
  'marketing',
] as const;
export type PreferenceGroup = (typeof preferenceGroups)[number];
export type ChannelChoice = Record<Channel, boolean>;

export const groupOf: Record<NotificationKind, PreferenceGroup | 'security'> = {
  order_placed: 'orders',
  order_accepted: 'orders',
  order_shipped: 'orders',
  // The rider the shop gave while the order is on its way: a name and a number to call.
  order_rider: 'orders',
  order_delivered: 'orders',
  order_cancelled: 'orders',
  prescription_submitted: 'orders',
  prescription_approved: 'orders',
  prescription_rejected: 'orders',
  prescription_request_submitted: 'orders',
  prescription_request_proposed: 'orders',
  refill_due: 'orders',
  payment_received: 'payments',
  payment_failed: 'payments',
  payment_refunded: 'payments',
  // Each step of a return of delivered items, to its customer and its shop's owner.
  return_update: 'orders',
  shop_approved: 'shop',
  shop_rejected: 'shop',
  shop_suspended: 'shop',
  shop_reinstated: 'shop',
  product_hidden: 'shop',
  shop_review: 'shop',
  low_stock: 'stock',
  batch_expiring: 'stock',
  daily_summary: 'shop',
  password_reset: 'security',
  phone_otp: 'security',
  email_verification: 'security',
  registration_code: 'security',
  registration_attempt: 'security',
  account_unlock: 'security',
  welcome: 'account',
  // A person answered the customer's question (transactional: in-app always on).
  support_answered: 'orders',
  // An abandoned bag's one reminder: email and SMS follow the order choices (docs/notifications.md).
  bag_reminder: 'orders',
};

export const transactionalGroups: readonly PreferenceGroup[] = ['orders', 'payments', 'shop'];

export const defaultChoices: Record<PreferenceGroup, ChannelChoice> = {
  orders: { in_app: true, email: true, sms: true },
  payments: { in_app: true, email: true, sms: true },
  shop: { in_app: true, email: true, sms: true },
  stock: { in_app: true, email: true, sms: false },
  account: { in_app: true, email: false, sms: false },
  marketing: { in_app: false, email: false, sms: false },
};

/** The transactional floor: in-app cannot be switched off for orders, payments and shop decisions. */
export function effectiveChoice(
  group: PreferenceGroup,
  stored: Partial<ChannelChoice> | undefined,
) {
  const choice: ChannelChoice = { ...defaultChoices[group], ...stored };
  if (transactionalGroups.includes(group)) choice.in_app = true;
  return choice;
}
