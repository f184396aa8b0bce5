import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { OutboxEvent } from '../../platform/outbox.ts';
import {
  effectiveChoice,
  groupOf,
  type DeliveryChannel,
  type PreferenceGroup,
} from './notifications.kinds.ts';
import * as repo from './notifications.repo.ts';
import { deliver, type Notice } from './notifications.service.ts';

/**
 * The outbox topics notifications listen to, and the payload each must carry. Modules emit these
 * with `emitEvent(tx, topic, payload)` in their own transaction. Money is integer poisha (number or
 * decimal string, since JSON has no bigint).
 */
const uuid = z.uuid();
const poisha = z.union([z.number().int(), z.string().regex(/^-?\d+$/)]);
const order = z.object({
  orderId: z.string().min(1),
  orderNumber: z.union([z.string().min(1), z.number().int()]).transform(String),
  shopId: uuid,
  customerId: uuid,
});
const payment = z.object({
  orderId: z.string().min(1),
  orderNumber: z.union([z.string().min(1), z.number().int()]).transform(String),
  customerId: uuid,
  amountPoisha: poisha,
});

/** A step of a return of delivered items (src/modules/returns): `return.<status>`. */
const returnStep = order.extend({
  returnId: uuid,
  status: z.string().min(1),
  refundAmountPoisha: poisha.nullable().optional(),
  reason: z.string().optional(),
});

export const topicPayloads = {
  'user.registered': z.object({ userId: uuid }),
  'shop.approved': z.object({ shopId: uuid, ownerId: uuid }),
  'shop.rejected': z.object({ shopId: uuid, ownerId: uuid, reason: z.string() }),
  'shop.suspended': z.object({ shopId: uuid, ownerId: uuid, reason: z.string() }),
  'shop.reinstated': z.object({ shopId: uuid, ownerId: uuid }),
  'product.hidden': z.object({
    shopId: uuid,
    productId: uuid,
    productNameBn: z.string().nullable(),
    productNameEn: z.string().nullable(),
    reason: z.string(),
  }),
  'shop.review_required': z.object({ shopId: uuid, ownerId: uuid, fields: z.array(z.string()) }),
  'order.placed': order.extend({ totalPoisha: poisha }),
  'order.accepted': order,
  'order.shipped': order,
  'order.rider_assigned': order.extend({
    riderName: z.string().nullable(),
    riderPhone: z.string().min(1),
  }),
  'order.delivered': order,
  'order.cancelled': order.extend({ reason: z.string().optional() }),
  'prescription.submitted': order,
  'prescription.approved': order,
  'prescription.rejected': order.extend({ reason: z.string().min(1) }),
  'prescription_request.submitted': z.object({ requestId: uuid, shopId: uuid, customerId: uuid }),
  'prescription_request.proposed': z.object({ requestId: uuid, shopId: uuid, customerId: uuid }),
  'refill.due': z.object({
    reminderId: uuid,
    customerId: uuid,
    shopId: uuid,
    productId: uuid,
    productName: z.string().min(1),
    runsOutOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
  'payment.received': payment,
  'payment.failed': payment,
  'payment.refunded': payment,
  'seller.daily_summary': z.object({
    shopId: uuid,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    ordersPlaced: z.number().int().min(0),
    ordersDelivered: z.number().int().min(0),
    salesPoisha: poisha,
  }),
  'stock.low': z.object({
    shopId: uuid,
    productId: z.string().min(1),
    productName: z.string().min(1),
    onHand: z.number().int(),
  }),
  'stock.batch_expiring': z.object({
    shopId: uuid,
    productId: z.string().min(1),
    productName: z.string().min(1),
    batchNumber: z.string().nullable(),
    expiryDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    daysLeft: z.number().int(),
    quantity: z.number().int(),
  }),

  'support.answered': z.object({ threadId: uuid, customerId: uuid, subject: z.string() }),
  'cart.reminder': z.object({
    customerId: uuid,
    itemCount: z.number().int().min(1),
    optOutUrl: z.string().url(),
  }),
  'return.requested': returnStep,
  'return.accepted': returnStep,
  'return.refused': returnStep,
  'return.cancelled': returnStep,
  'return.picked_up': returnStep,
  'return.checked': returnStep,
  'return.refunded': returnStep,
  'return.refund_manual': returnStep,
  'return.refund_failed': returnStep,
} as const;
export type NotificationTopic = keyof typeof topicPayloads;
type Payload<T extends NotificationTopic> = z.infer<(typeof topicPayloads)[T]>;

async function shopNames(ctx: AppContext, shopId: string) {
  const shop = await repo.findShop(ctx.db, shopId);
  return (
    shop && { shopId, shopNameBn: shop.name_bn, shopNameEn: shop.name_en, ownerId: shop.owner_id }
  );
}

type Resolver<P> = (ctx: AppContext, p: P) => Promise<Notice[]>;

const orderStep =
  (
    kind: 'order_accepted' | 'order_shipped' | 'order_delivered',
  ): Resolver<Payload<'order.accepted'>> =>
  async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop ? [{ userId: p.customerId, kind, data: { ...p, ...shop } }] : [];
  };

const paymentNotice =
  (
    kind: 'payment_received' | 'payment_failed' | 'payment_refunded',
  ): Resolver<Payload<'payment.received'>> =>
  async (_ctx, p) => [{ userId: p.customerId, kind, data: p }];

/** Each step of a return: its customer and its shop's owner hear about it. */
const returnNotice: Resolver<Payload<'return.requested'>> = async (ctx, p) => {
  const shop = await shopNames(ctx, p.shopId);
  if (!shop) return [];
  const data = {
    orderId: p.orderId,
    orderNumber: p.orderNumber,
    returnId: p.returnId,
    status: p.status,
    refundAmountPoisha: p.refundAmountPoisha ?? null,
    ...(p.reason ? { reason: p.reason } : {}),
    shopId: shop.shopId,
    shopNameBn: shop.shopNameBn,
    shopNameEn: shop.shopNameEn,
  };
  return [
    { userId: p.customerId, kind: 'return_update', data: { ...data, audience: 'customer' } },
    { userId: shop.ownerId, kind: 'return_update', data: { ...data, audience: 'seller' } },
  ];
};

/**
 * An abandoned bag's reminder: in-app, then one message outside the app, by the customer's order
 * choices: email when they take order emails and have an address, else SMS when they take order SMS
 * (one nudge, not two; no browser push).
 */
const bagReminder: Resolver<Payload<'cart.reminder'>> = async (ctx, p) => {
  const user = await repo.findRecipient(ctx.db, p.customerId);
  if (!user) return [];
  const choice = effectiveChoice(
    groupOf.bag_reminder as PreferenceGroup,
    (await repo.storedPreferences(ctx.db, user.id)).get(groupOf.bag_reminder as PreferenceGroup),
  );
  const outside: DeliveryChannel[] =
    choice.email && user.email ? ['email'] : choice.sms && user.phone ? ['sms'] : [];
  return [
    {
      userId: user.id,
      kind: 'bag_reminder',
      data: { itemCount: p.itemCount, optOutUrl: p.optOutUrl },
      channels: ['in_app', ...outside],
    },
  ];
};

/** Who hears about each topic, and with which template. */
const resolvers: { [T in NotificationTopic]: Resolver<Payload<T>> } = {
  'user.registered': async (ctx, p) => {
    const user = await repo.findRecipient(ctx.db, p.userId);
    return user ? [{ userId: user.id, kind: 'welcome', data: { role: user.role } }] : [];
  },
  'shop.approved': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop ? [{ userId: shop.ownerId, kind: 'shop_approved', data: shop }] : [];
  },
  'shop.rejected': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop
      ? [{ userId: shop.ownerId, kind: 'shop_rejected', data: { ...shop, reason: p.reason } }]
      : [];
  },
  'shop.suspended': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop
      ? [{ userId: shop.ownerId, kind: 'shop_suspended', data: { ...shop, reason: p.reason } }]
      : [];
  },
  'shop.reinstated': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop ? [{ userId: shop.ownerId, kind: 'shop_reinstated', data: shop }] : [];
  },
  'product.hidden': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop ? [{ userId: shop.ownerId, kind: 'product_hidden', data: p }] : [];
  },
  'shop.review_required': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop
      ? [{ userId: shop.ownerId, kind: 'shop_review', data: { ...shop, fields: p.fields } }]
      : [];
  },
  'order.placed': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    if (!shop) return [];
    const data = { ...p, ...shop };
    return [
      { userId: p.customerId, kind: 'order_placed', data: { ...data, audience: 'customer' } },
      { userId: shop.ownerId, kind: 'order_placed', data: { ...data, audience: 'seller' } },
    ];
  },
  'order.accepted': orderStep('order_accepted'),
  'order.shipped': orderStep('order_shipped'),
  'order.rider_assigned': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop ? [{ userId: p.customerId, kind: 'order_rider', data: { ...p, ...shop } }] : [];
  },
  'order.delivered': orderStep('order_delivered'),
  'order.cancelled': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    if (!shop) return [];
    const data = { ...p, ...shop };
    // A rejected prescription: the customer hears it (with the pharmacist's reason) from
    // prescription.rejected, not twice.
    if (p.reason === 'prescription_rejected') return [];
    return [
      { userId: p.customerId, kind: 'order_cancelled', data },
      // A COD order the shop let lapse: the seller hears that it is gone and its stock is back.
      ...(p.reason === 'not_accepted_in_time'
        ? [
            {
              userId: shop.ownerId,
              kind: 'order_cancelled' as const,
              data: { ...data, audience: 'seller' as const },
            },
          ]
        : []),
    ];
  },
  'prescription.submitted': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop
      ? [{ userId: shop.ownerId, kind: 'prescription_submitted', data: { ...p, ...shop } }]
      : [];
  },
  'prescription.approved': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop
      ? [{ userId: p.customerId, kind: 'prescription_approved', data: { ...p, ...shop } }]
      : [];
  },
  'prescription.rejected': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop
      ? [{ userId: p.customerId, kind: 'prescription_rejected', data: { ...p, ...shop } }]
      : [];
  },
  'prescription_request.submitted': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop
      ? [
          {
            userId: shop.ownerId,
            kind: 'prescription_request_submitted',
            data: { requestId: p.requestId, ...shop },
          },
        ]
      : [];
  },
  'prescription_request.proposed': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop
      ? [
          {
            userId: p.customerId,
            kind: 'prescription_request_proposed',
            data: { requestId: p.requestId, ...shop },
          },
        ]
      : [];
  },
  'refill.due': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop
      ? [
          {
            userId: p.customerId,
            kind: 'refill_due',
            data: {
              productId: p.productId,
              productName: p.productName,
              runsOutOn: p.runsOutOn,
              ...shop,
            },
          },
        ]
      : [];
  },
  'payment.received': paymentNotice('payment_received'),
  'payment.failed': paymentNotice('payment_failed'),
  'payment.refunded': paymentNotice('payment_refunded'),
  'seller.daily_summary': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop ? [{ userId: shop.ownerId, kind: 'daily_summary', data: { ...p, ...shop } }] : [];
  },
  'stock.low': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop ? [{ userId: shop.ownerId, kind: 'low_stock', data: p }] : [];
  },
  'stock.batch_expiring': async (ctx, p) => {
    const shop = await shopNames(ctx, p.shopId);
    return shop ? [{ userId: shop.ownerId, kind: 'batch_expiring', data: p }] : [];
  },

  'support.answered': async (_ctx, p) => [
    {
      userId: p.customerId,
      kind: 'support_answered',
      data: { threadId: p.threadId, subject: p.subject },
    },
  ],
  'cart.reminder': bagReminder,
  'return.requested': returnNotice,
  'return.accepted': returnNotice,
  'return.refused': returnNotice,
  'return.cancelled': returnNotice,
  'return.picked_up': returnNotice,
  'return.checked': returnNotice,
  'return.refunded': returnNotice,
  'return.refund_manual': returnNotice,
  'return.refund_failed': returnNotice,
};

/** Handles one outbox event: a payload that does not match its contract is logged and dropped. */
export async function handleEvent(ctx: AppContext, event: OutboxEvent): Promise<void> {
  const topic = event.topic as NotificationTopic;
  const parsed = topicPayloads[topic].safeParse(event.payload);
  if (!parsed.success) {
    ctx.logger.error(
      { topic, eventId: event.id, issues: parsed.error.issues },
      'notification event payload does not match its contract; dropped',
    );
    return;
  }
  const resolve = resolvers[topic] as Resolver<unknown>;
  const notices = await resolve(ctx, parsed.data);
  const failures: unknown[] = [];
  for (const notice of notices) {
    await deliver(ctx, event.id, notice).catch((err: unknown) => failures.push(err));
  }
  if (failures.length > 0) throw failures[0];
}

export function registerNotificationHandlers(ctx: AppContext) {
  for (const topic of Object.keys(topicPayloads)) {
    ctx.events.on(topic, (event) => handleEvent(ctx, event));
  }
}
