import { z } from 'zod';
import { cursorParam } from '../../../platform/http/cursor.ts';
import { normalizeText } from '../../../platform/text.ts';

const uuid = z.uuid();
/** Money in poisha (1 taka = 100 poisha). */
const poisha = z.number().int().min(0).max(1_000_000_000_00);
const batchNumber = z
  .string()
  .transform((v) => normalizeText(v))
  .pipe(z.string().min(1).max(40));
/** Any of the formats parseExpiry understands (ISO, 31/03/2027, 03/2027, MAR-27, Bengali digits). */
const expiry = z
  .string()
  .min(1)
  .max(40)
  .describe('Expiry date: 2027-03-31, 31/03/2027, 03/2027, …');

export const batchParams = z.object({ id: uuid, batchId: uuid });
export const batchShopParams = z.object({ id: uuid });

export const batchCreateBody = z.strictObject({
  variantId: uuid.optional().describe('Needed when the product has several variants'),
  batchNumber: batchNumber.nullable().optional(),
  expiry,
  quantity: z.number().int().min(1).max(1_000_000),
  costPoisha: poisha.nullable().optional().describe('Purchase cost of one unit'),
  fromUnbatched: z
    .boolean()
    .optional()
    .describe('Record units already in stock without a batch (stock on hand does not change)'),
});

export const batchUpdateBody = z.strictObject({
  batchNumber: batchNumber.nullable().optional(),
  expiry: expiry.optional(),
  quantity: z
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .optional()
    .describe('Units of the batch in stock now; the difference goes to the ledger as a correction'),
  costPoisha: poisha.nullable().optional(),
});

export const batchListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorParam,
});

export const batchStatus = z.enum(['ok', 'near_expiry', 'expired', 'empty']);

export const batchSchema = z.object({
  id: z.string(),
  productId: z.string(),
  variantId: z.string(),
  batchNumber: z.string().nullable(),
  expiryDate: z.string().describe('YYYY-MM-DD, the last day it may be sold (Asia/Dhaka)'),
  daysLeft: z
    .number()
    .describe('Days from today (Asia/Dhaka) to the expiry date; negative when past'),
  status: batchStatus,
  quantity: z.number(),
  costPoisha: z.number().nullable(),
  writtenOffQuantity: z.number(),
  writtenOffAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const batchVariantSummary = z.object({
  variantId: z.string(),
  sku: z.string(),
  label: z.string().nullable(),
  pricePoisha: z.number(),
  onHand: z.number(),
  inBatches: z.number(),
  unbatched: z.number().describe('Stock with no batch recorded (sold after the batches)'),
  expired: z.number().describe('Units in expired batches not yet written off (never sold)'),
  sellable: z.number(),
});

export const batchListSchema = z.object({
  items: z.array(batchSchema),
  nextCursor: z.string().nullable(),
  enabled: z.boolean().describe('Whether batches can be added in this shop'),
  today: z.string(),
  variants: z.array(batchVariantSummary),
});

export const batchTrackingBody = z.strictObject({ enabled: z.boolean() });
export const batchTrackingSchema = z.object({
  enabled: z.boolean(),
  pharmacy: z.boolean().describe('Pharmacies always keep batches'),
});

const value = { quantity: z.number(), valuePoisha: z.number(), batches: z.number() };
export const batchReportSchema = z.object({
  today: z.string(),
  months: z.array(z.object({ month: z.string().describe('YYYY-MM of the expiry date'), ...value })),
  expired: z.object(value).describe('Past expiry, still on hand until the write-off'),
  writtenOff: z.object(value).describe('Written off as expired, all time'),
  unbatched: z.object({ quantity: z.number(), valuePoisha: z.number() }),
  total: z.object({ quantity: z.number(), valuePoisha: z.number() }),
  valuedAtPrice: z.number().describe('Batches with no purchase cost, valued at the selling price'),
  nearExpiry: z.array(
    z.object({
      batchId: z.string(),
      productId: z.string(),
      productName: z.string(),
      variantId: z.string(),
      sku: z.string(),
      batchNumber: z.string().nullable(),
      expiryDate: z.string(),
      daysLeft: z.number(),
      quantity: z.number(),
      valuePoisha: z.number(),
    }),
  ),
});

export const batchImportRow = z.object({
  row: z.number(),
  sku: z.string().nullable(),
  batchNumber: z.string().nullable(),
  result: z.enum(['created', 'updated', 'unchanged', 'rejected']),
  code: z.string().optional(),
  message: z.string().optional(),
});
export const batchImportSchema = z.object({
  summary: z.object({
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    rejected: z.number(),
  }),
  rows: z.array(batchImportRow),
});

export type BatchCreate = z.infer<typeof batchCreateBody>;
export type BatchUpdate = z.infer<typeof batchUpdateBody>;
export type BatchDto = z.infer<typeof batchSchema>;
