import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { asciiDigits } from '../../platform/text.ts';
import {
  advanceStatuses,
  orderStatuses,
  paymentRecordStatuses,
  prescriptionStatuses,
} from './orders.tables.ts';
import { PAYMENT_FLAG_CODES } from './payment-flags.ts';
import { nextStepCodes } from './tracking.ts';
import { couponCodeField, couponOutcomeSchema, shopPromotionsSchema } from '../promotions/index.ts';

export const providers = z.enum(['cod', 'bkash', 'nagad', 'sslcommerz']);
export const idParams = z.object({ id: z.uuid() });
const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorParam,
});
/**
 * An order number as people type or read it out, in the one form numbers are stored in
 * (HT-2612-000042): Bengali digits become ASCII digits, a leading '#' and spaces go, any case, any
 * dash. "#ht-২৬১২-০০০০৪২", "ht 2612 000042" and "HT2612000042" all find HT-2612-000042.
 */
export function normalizeOrderNumber(input: string): string {
  const s = asciiDigits(input.normalize('NFKC'))
    .trim()
    .replace(/^#+/, '')
    .replace(/[\s\u2010-\u2015\u2212_.]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toUpperCase();
  const parts = /^HT-?(\d{4})-?(\d{3,10})$/.exec(s);
  return parts ? `HT-${parts[1]}-${parts[2]}` : s;
}
/** One order by its number, typed in either digit system, any case, with or without '#'. */
const orderNumberQuery = z
  .string()
  .max(40)
  .transform(normalizeOrderNumber)
  .pipe(z.string().min(1))
  .optional()
  .describe('one order by its number: any case, ASCII or Bengali digits, with or without #');
export const listQuery = pageQuery.extend({
  status: z.enum(orderStatuses).optional(),
  number: orderNumberQuery,
});
/** The admin's payment list: newest first, by status, provider or one order's number. */
export const paymentListQuery = pageQuery.extend({
  status: z.enum(paymentRecordStatuses).optional(),
  provider: providers.optional(),
  orderNumber: orderNumberQuery,
});
export type PaymentListQuery = z.infer<typeof paymentListQuery>;
export const addressBody = z.object({
  label: z.string().trim().min(1).max(40),
  recipientName: z.string().trim().min(1).max(100),
  phone: z.string().min(5).max(30),
  addressLine: z.string().trim().min(3).max(300),
  landmark: z.string().trim().max(200).nullish(),
  placeId: z.number().int().positive().nullish(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export const addressSchema = addressBody.extend({
  id: z.string(),
  landmark: z.string().nullable(),
  placeId: z.number().nullable(),
  createdAt: z.string(),
});
export const quoteBody = z.object({
  addressId: z.uuid(),
  payment: providers.describe('default payment method for every shop'),
  shops: z
    .array(
      z.object({
        shopId: z.uuid(),
        delivery: z.enum(['own', 'courier']).optional(),
        payment: providers.optional(),
      }),
    )
    .max(50)
    .optional(),
  couponCode: couponCodeField,
});
export const checkoutBody = quoteBody.extend({
  expectedTotal: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('grand total in poisha from POST /checkout/quote; another total → 409 QUOTE_CHANGED'),
  codAdvance: z
    .boolean()
    .optional()
    .describe(
      'pay by bKash the advance a shop asks of a risky COD order (409 COD_ADVANCE_REQUIRED otherwise); the rest is paid at the door',
    ),
});
const method = z.enum(['own', 'courier']);
const problem = z.object({ code: z.string(), message: z.string() }).nullable();
export const quoteSchema = z.object({
  shops: z.array(
    z.object({
      shopId: z.string(),
      shopName: z.string(),
      items: z.array(
        z.object({
          variantId: z.string(),
          productId: z.string(),
          name: z.string(),
          variantLabel: z.string().nullable(),
          quantity: z.number(),
          unitPrice: z.number(),
          priceSeen: z.number(),
          lineTotal: z.number(),
          available: z.boolean(),
          onHand: z.number(),
        }),
      ),
      prescriptionRequired: z
        .boolean()
        .describe('a prescription-only medicine: upload a prescription after ordering'),
      shopOpensAt: z
        .string()
        .nullable()
        .describe('the shop is closed now and opens then (it takes the order when it opens)'),
      changes: z.array(
        z.object({
          variantId: z.string(),
          kind: z.enum(['price_changed', 'quantity_reduced', 'unavailable']),
          was: z.number().optional(),
          now: z.number().optional(),
        }),
      ),
      subtotal: z.number(),
      weightGrams: z.number(),
      deliveryOptions: z.array(
        z.object({
          method,
          available: z.boolean(),
          chargePoisha: z.number().optional(),
          distanceM: z.number().optional(),
          zone: z.string().nullable().optional(),
          reason: z.enum(['disabled', 'outside_radius', 'no_rate']).optional(),
        }),
      ),
      delivery: z
        .object({
          method,
          chargePoisha: z.number(),
          distanceM: z.number(),
          zone: z.string().nullable(),
          typicalTime: z
            .object({ minMinutes: z.number(), maxMinutes: z.number() })
            .describe('how long this delivery typically takes once it leaves the shop'),
        })
        .nullable(),
      payment: providers,
      cod: z.object({
        available: z.boolean(),
        chargePoisha: z.number(),
        chargeIfCashPoisha: z.number(),
      }),
      total: z.number(),
      promotions: shopPromotionsSchema,
      problem,
    }),
  ),
  cartChanged: z.boolean(),
  canPlace: z.boolean(),
  total: z.number(),
  coupon: couponOutcomeSchema.describe('the coupon code sent, and what it gave or why not'),
});
export const checkoutHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(100)
    .regex(/^[\x21-\x7e]+$/),
});
/** The delivery address as it was when the order was placed (later edits do not change it). */
export const orderAddressSchema = z.object({
  label: z.string(),
  recipientName: z.string(),
  phone: z.string(),
  addressLine: z.string(),
  landmark: z.string().nullable(),
  placeId: z.number().nullable(),
  lat: z.number(),
  lng: z.number(),
});
export const orderSchema = z.object({
  id: z.string(),
  number: z.string().describe('Human-readable, e.g. HT-2612-000042'),
  status: z.enum(orderStatuses),
  customerId: z.string(),
  shopId: z.string(),
  shopName: z.string(),
  paymentMethod: providers,
  delivery: z.object({
    method: z.enum(['own', 'courier']),
    zone: z.string().nullable(),
    distanceM: z.number().nullable(),
    weightGrams: z.number(),
  }),
  subtotal: z.number().describe('poisha'),
  deliveryCharge: z.number().describe('poisha'),
  codCharge: z.number().describe('poisha'),
  discount: z.number().describe("poisha: the coupon's discount on the goods"),
  deliveryDiscount: z.number().describe('poisha: the delivery charge waived (free delivery)'),
  total: z.number().describe('poisha'),
  address: orderAddressSchema,
  expiresAt: z.string().nullable().describe('when an unpaid online order lets its stock go'),
  prescriptionStatus: z
    .enum(prescriptionStatuses)
    .nullable()
    .describe(
      'null: no prescription needed; otherwise the order cannot be accepted until it is approved',
    ),
  createdAt: z.string(),
  payment: z
    .object({
      id: z.string(),
      provider: providers,
      status: z.enum(paymentRecordStatuses),
      amount: z.number(),
      redirectUrl: z.string().nullable(),
    })
    .nullable(),
  advance: z
    .object({
      provider: z.literal('bkash'),
      status: z.enum(advanceStatuses),
      amount: z.number().describe('poisha paid before delivery'),
      redirectUrl: z.string().nullable().describe("bKash's page, while the order waits for it"),
      dueAtDoor: z.number().describe('poisha still to collect at the door: total − advance'),
    })
    .nullable()
    .describe('the advance a risky COD order paid by bKash (docs/risk.md); null for most orders'),
});
/** One order with its lines, its timeline and the steps the caller may take next. */
export const orderDetailSchema = orderSchema.extend({
  items: z.array(
    z.object({
      id: z.number().describe('the order item id a review refers to'),
      productId: z.string(),
      variantId: z.string(),
      name: z.string(),
      variantLabel: z.string().nullable(),
      unitPrice: z.number(),
      quantity: z.number(),
      lineTotal: z.number(),
      prescriptionRequired: z.boolean().describe('a prescription-only medicine'),
    }),
  ),
  timeline: z.array(
    z.object({
      from: z.enum(orderStatuses).nullable(),
      to: z.enum(orderStatuses),
      actorRole: z.string(),
      actorUserId: z.string().nullable(),
      reason: z.string().nullable(),
      at: z.string(),
    }),
  ),
  nextSteps: z.array(z.enum(orderStatuses)),
  tracking: z
    .object({
      eta: z
        .object({ from: z.string(), to: z.string() })
        .nullable()
        .describe('expected delivery window (whole hours); null before placement and once ended'),
      deliveredAt: z.string().nullable().describe('when it was delivered (also once returned)'),
      nextStep: z.enum(nextStepCodes).describe('what happens next, as a code'),
      shopPhone: z.string().nullable().describe("the shop's phone, E.164"),
      rider: z
        .object({ name: z.string().nullable(), phone: z.string() })
        .nullable()
        .describe('who carries it: for the customer only while it is on its way'),
    })
    .describe('for the order page: when it should arrive, what happens next, whom to call'),
});
/** A row of the admin's payment list. */
export const paymentRowSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  orderNumber: z.string(),
  provider: providers,
  merchantTxnId: z.string(),
  providerRef: z.string().nullable(),
  providerTxnId: z.string().nullable(),
  amount: z.number(),
  status: z.enum(paymentRecordStatuses),
  flaggedReason: z.string().nullable(),
  /** flaggedReason as stable codes, for a page to say in its reader's language. */
  flags: z.array(
    z.object({
      code: z.enum(PAYMENT_FLAG_CODES),
      orderStatus: z.string().optional(),
      detail: z.string().optional(),
    }),
  ),
  refundRef: z.string().nullable(),
  capturedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const orderPage = z.object({
  items: z.array(orderSchema),
  nextCursor: z.string().nullable(),
});
/** PUT /orders/{id}/rider: who carries the order; no phone (null or blank) clears it. */
export const riderBody = z.object({
  name: z.string().trim().max(100).nullish(),
  phone: z
    .string()
    .max(30)
    .nullable()
    .describe('a Bangladeshi mobile: 01…, +8801…, Bengali digits'),
});
export const transitionBody = z.object({
  to: z.enum(orderStatuses),
  reason: z.string().trim().max(500).nullish(),
});

/** GET /shops/{id}/orders/today: the seller's day at a glance. */
export const waitingInShopsSchema = z.object({
  items: z.array(
    z.object({
      shopId: z.string(),
      waiting: z.object({ placed: z.number(), accepted: z.number(), packed: z.number() }),
    }),
  ),
});

export const shopTodaySchema = z.object({
  date: z.string().describe('the Asia/Dhaka calendar day, YYYY-MM-DD'),
  ordersPlaced: z.number(),
  ordersDelivered: z.number(),
  salesPoisha: z.number().describe('value of the orders delivered today'),
  waiting: z
    .object({ placed: z.number(), accepted: z.number(), packed: z.number() })
    .describe('orders now waiting to be accepted, packed or handed to delivery'),
});
