import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { shopTypes } from '../shops/index.ts';
import { commissionScopes } from './money.tables.ts';

export const idParams = z.object({ id: z.uuid() });

const poisha = z.number().int().min(0).max(100_000_000);
const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 time with offset');

export const ruleInput = z
  .strictObject({
    scope: z.enum(commissionScopes),
    shopType: z.enum(shopTypes).nullish(),
    categoryId: z.uuid().nullish(),
    shopId: z.uuid().nullish(),
    rateBp: z.number().int().min(0).max(10_000).describe('basis points of the line total'),
    fixedFee: poisha.default(0).describe('poisha per order line'),
    effectiveFrom: instant,
    effectiveTo: instant.nullish(),
  })
  .refine(
    (r) =>
      (r.scope === 'shop_type') === !!r.shopType &&
      (r.scope === 'category') === !!r.categoryId &&
      (r.scope === 'shop') === !!r.shopId,
    { message: 'name exactly the target of the scope (shopType, categoryId or shopId)' },
  )
  .refine((r) => !r.effectiveTo || new Date(r.effectiveTo) > new Date(r.effectiveFrom), {
    message: 'effectiveTo must be after effectiveFrom',
  });
export const rulesBody = z.strictObject({ rules: z.array(ruleInput).max(500) });
export type RulesBody = z.infer<typeof rulesBody>;

export const ruleSchema = z.object({
  id: z.uuid(),
  scope: z.enum(commissionScopes),
  shopType: z.string().nullable(),
  categoryId: z.uuid().nullable(),
  shopId: z.uuid().nullable(),
  rateBp: z.number().int(),
  fixedFee: z.number().int(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
});
export const rulesSchema = z.object({ rules: z.array(ruleSchema) });

export const ledgerQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorParam,
  from: instant.optional().describe('entries at or after this time'),
  to: instant.optional().describe('entries before this time'),
});
export type LedgerQuery = z.infer<typeof ledgerQuery>;

export const ledgerEntrySchema = z.object({
  id: z.number().int(),
  transactionId: z.number().int(),
  kind: z.string().describe('payment.captured, refund.due, refund.paid, adjustment'),
  account: z.enum(['payable', 'receivable', 'cod_cash']),
  amount: z.number().int().describe('poisha; positive debit, negative credit'),
  memo: z.string(),
  orderId: z.uuid().nullable(),
  createdAt: z.string(),
});
export const ledgerPage = z.object({
  items: z.array(ledgerEntrySchema),
  nextCursor: z.string().nullable(),
});

export const balanceSchema = z.object({
  shopId: z.uuid(),
  currency: z.literal('BDT'),
  payable: z.number().int().describe('poisha the platform owes the shop'),
  receivable: z.number().int().describe('poisha the shop owes the platform (charges)'),
  codCash: z.number().int().describe('poisha of customers’ cash the shop holds'),
  net: z.number().int().describe('payable − receivable − codCash: positive, the platform pays'),
});

export const adjustmentBody = z.strictObject({
  amount: z
    .number()
    .int()
    .min(-100_000_000)
    .max(100_000_000)
    .refine((n) => n !== 0, { message: 'not zero' })
    .describe('poisha: positive credits the shop, negative charges it'),
  reason: z
    .string()
    .max(1000)
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().min(3).max(500)),
  key: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,100}$/)
    .optional()
    .describe('idempotency key: the same key posts once'),
});
export const adjustmentSchema = z.object({
  transactionId: z.number().int(),
  replayed: z.boolean(),
  balance: balanceSchema,
});
