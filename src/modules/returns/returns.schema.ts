import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { shopTypes } from '../shops/index.ts';
import { returnReasons, returnStatuses } from './returns.tables.ts';

const text = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().max(max));

const itemId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const createReturnBody = z.strictObject({
  lines: z
    .array(z.strictObject({ orderItemId: itemId, quantity: z.number().int().min(1).max(10_000) }))
    .max(100),
  reason: z.enum(returnReasons),
  note: text(1000).nullish(),
  refundMsisdn: z
    .string()
    .max(40)
    .nullish()
    .describe('bKash number for the refund of a cash-on-delivery order (required then)'),
});
export type CreateReturnBody = z.infer<typeof createReturnBody>;

/** The steps people take; the refund steps are the platform's. */
export const movableStatuses = [
  'accepted',
  'refused',
  'cancelled',
  'picked_up',
  'checked',
] as const;
export const transitionBody = z.strictObject({
  to: z.enum(movableStatuses),
  reason: text(500).nullish(),
  lines: z
    .array(z.strictObject({ id: itemId, resellable: z.boolean() }))
    .max(100)
    .optional()
    .describe('checked: every line of the return, resellable or not'),
});
export type TransitionBody = z.infer<typeof transitionBody>;

export const idParams = z.object({ id: z.uuid() });
export const photoParams = z.object({
  id: z.uuid(),
  photoId: z.uuid(),
  size: z.enum(['large', 'thumb']),
});

export const returnListQuery = z.object({
  status: z.enum(returnStatuses).optional(),
  shopId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorParam,
});
export type ReturnListQuery = z.infer<typeof returnListQuery>;

export const returnSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  orderNumber: z.string(),
  shopId: z.string(),
  customerId: z.string(),
  status: z.enum(returnStatuses),
  reason: z.enum(returnReasons),
  note: z.string().nullable(),
  refundMethod: z.enum(['provider', 'manual', 'bkash_number']),
  refundMsisdn: z.string().nullable().describe('masked for the seller'),
  linesAmount: z.number().describe('poisha'),
  refundAmount: z.number().nullable().describe('poisha, set when checked'),
  lines: z.array(
    z.object({
      id: z.number(),
      orderItemId: z.number(),
      name: z.string(),
      variantLabel: z.string().nullable(),
      quantity: z.number(),
      unitPrice: z.number(),
      amount: z.number(),
      resellable: z.boolean().nullable(),
    }),
  ),
  photos: z.array(z.object({ id: z.string(), url: z.string(), thumbUrl: z.string() })),
  events: z.array(
    z.object({
      from: z.string().nullable(),
      to: z.string(),
      actorRole: z.string(),
      reason: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  refund: z
    .object({
      id: z.string(),
      amount: z.number(),
      method: z.string(),
      status: z.enum(['pending', 'refunded', 'manual', 'failed']),
      providerRef: z.string().nullable(),
      refundedAt: z.string().nullable(),
    })
    .nullable(),
  nextSteps: z.array(z.enum(returnStatuses)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const returnPage = z.object({
  items: z.array(returnSchema),
  nextCursor: z.string().nullable(),
});

export const orderReturnsSchema = returnPage.extend({
  window: z.object({
    endsAt: z.string().nullable().describe('when the return window closes (null: not delivered)'),
    open: z.boolean(),
  }),
  available: z.array(z.object({ orderItemId: z.number(), quantity: z.number() })),
});

export const refundSchema = z.object({
  id: z.string(),
  paymentId: z.string(),
  orderId: z.string(),
  returnId: z.string().nullable(),
  provider: z.string(),
  amount: z.number(),
  method: z.string(),
  msisdn: z.string().nullable(),
  status: z.enum(['pending', 'refunded', 'manual', 'failed']),
  providerRef: z.string().nullable(),
  failure: z.string().nullable(),
  createdAt: z.string(),
  refundedAt: z.string().nullable(),
});
export const refundList = z.object({ items: z.array(refundSchema) });
export const refundListQuery = z.object({
  status: z.enum(['pending', 'refunded', 'manual', 'failed']).optional(),
});
export const markPaidBody = z.strictObject({
  reference: text(200).pipe(z.string().min(1)),
});

export const windowsSchema = z.object({
  windows: z.array(z.object({ shopType: z.string(), hours: z.number().int() })),
});
export const windowsBody = z.strictObject({
  windows: z
    .array(
      z.strictObject({ shopType: z.enum(shopTypes), hours: z.number().int().min(0).max(2160) }),
    )
    .min(1)
    .max(50),
});
export type WindowsBody = z.infer<typeof windowsBody>;
