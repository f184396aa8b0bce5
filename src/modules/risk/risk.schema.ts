import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { riskActions, riskLevels, riskReasonCodes } from './risk.score.ts';

export const idParams = z.object({ id: z.uuid() });

const decision = z.enum([...riskActions, 'refuse']);
const history = z.object({
  delivered: z.number().int(),
  refused: z.number().int(),
  returned: z.number().int(),
  cancelledAfterDispatch: z.number().int(),
});

export const orderRiskSchema = z.object({
  orderId: z.uuid(),
  score: z.number().int().min(0).max(100),
  level: z.enum(riskLevels),
  decision: decision.describe("what the shop's policy asks of this order as cash on delivery"),
  paymentMethod: z.string(),
  reasons: z.array(
    z.object({
      code: z.enum(riskReasonCodes),
      points: z.number().int(),
      figures: z.record(z.string(), z.number()),
      message: z.string(),
    }),
  ),
  history: history.describe('earlier orders to the delivery phone on every shop (figures only)'),
  courier: z
    .object({ delivered: z.number().int(), cancelled: z.number().int(), total: z.number().int() })
    .nullable()
    .describe("the courier fraud-check service's record, when one is configured"),
  assessedAt: z.string(),
  storedAtCheckout: z.boolean(),
});

export const queueRiskQuery = z.object({
  orderIds: z
    .string()
    .max(40 * 100)
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(z.uuid()).max(100))
    .describe('comma-separated order ids (at most 100)'),
});
export const queueRiskSchema = z.object({
  items: z.array(
    z.object({
      orderId: z.uuid(),
      score: z.number().int(),
      level: z.enum(riskLevels),
      decision,
    }),
  ),
});

export const policySchema = z.strictObject({
  mediumAction: z.enum(riskActions),
  highAction: z.enum(riskActions),
  largeOrderPoisha: z.number().int().min(1).max(1_000_000_000).nullable(),
  largeOrderAction: z.enum(riskActions),
});

const reasonText = z
  .string()
  .max(2000)
  .transform((v) => v.normalize('NFC').trim())
  .pipe(z.string().min(1).max(500));

export const blockBody = z.strictObject({ phone: z.string().max(40), reason: reasonText });
export const blockSchema = z.object({
  id: z.uuid(),
  phone: z.string(),
  reason: z.string(),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  liftedBy: z.uuid().nullable(),
  liftedAt: z.string().nullable(),
});
export const blockListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorParam,
  all: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('also the lifted entries'),
  phone: z.string().max(40).optional(),
});
export const blockPage = z.object({
  items: z.array(blockSchema),
  nextCursor: z.string().nullable(),
});

export const otpBody = z.strictObject({ phone: z.string().max(40) });
export const otpSentSchema = z.object({ phone: z.string(), expiresInMinutes: z.number().int() });
export const verifyBody = z.strictObject({ phone: z.string().max(40), code: z.string().max(12) });
export const verifiedSchema = z.object({ phone: z.string(), verifiedAt: z.string() });
