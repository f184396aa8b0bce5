import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { payoutStatuses } from './payouts.tables.ts';

export const idParams = z.object({ id: z.uuid() });

const text = (min: number, max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((v) => v.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(min).max(max));
const digits = (re: RegExp, what: string) =>
  z
    .string()
    .max(60)
    .transform((v) =>
      v.replace(/[\s-]/g, '').replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6)),
    )
    .pipe(z.string().regex(re, what));

export const payoutMethodBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('bkash'),
    msisdn: z
      .string()
      .max(40)
      .describe('the bKash wallet number: 01XXXXXXXXX, +8801…, Bengali digits'),
  }),
  z.strictObject({
    kind: z.literal('bank'),
    accountName: text(2, 100),
    accountNumber: digits(/^\d{6,20}$/, '6–20 digits'),
    bankName: text(2, 100),
    branchName: text(1, 100).optional(),
    routingNumber: digits(/^\d{9}$/, 'the 9-digit routing number (BEFTN)'),
  }),
]);
export type PayoutMethodBody = z.infer<typeof payoutMethodBody>;

export const payoutMethodSchema = z.object({
  kind: z.enum(['bkash', 'bank']),
  msisdn: z.string().nullable(),
  accountName: z.string().nullable(),
  accountNumber: z.string().nullable(),
  bankName: z.string().nullable(),
  branchName: z.string().nullable(),
  routingNumber: z.string().nullable(),
  updatedAt: z.string(),
});
export const payoutMethodAnswer = z.object({ method: payoutMethodSchema.nullable() });

export const payoutSchema = z.object({
  id: z.uuid(),
  runId: z.uuid(),
  shopId: z.uuid(),
  shopName: z.string().nullable(),
  invoice: z.string(),
  amount: z.number().int().describe('poisha'),
  method: z.enum(['bkash', 'bank']),
  destination: z.string().describe('the wallet or account, masked'),
  status: z.enum(payoutStatuses),
  providerTxnId: z.string().nullable(),
  fee: z.number().int().nullable(),
  failureReason: z.string().nullable(),
  createdAt: z.string(),
  settledAt: z.string().nullable(),
});

export const shopPayoutsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorParam,
});
export const shopPayoutsAnswer = z.object({
  items: z.array(payoutSchema),
  nextCursor: z.string().nullable(),
  available: z.number().int().describe('poisha payable now (negative: the shop owes)'),
  pending: z
    .number()
    .int()
    .describe('poisha of orders still in their return window or undelivered'),
  inFlight: z.number().int().describe('poisha of payouts sent and not yet confirmed'),
  receivable: z.number().int(),
  codCash: z.number().int(),
  minimum: z.number().int().describe('the least paid in one payout'),
  nextPayoutAt: z.string().nullable().describe('the next scheduled run'),
  method: payoutMethodSchema.nullable(),
});

export const runBody = z.strictObject({
  key: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{8,100}$/)
    .describe('idempotency key: the same key is the same run'),
  minimum: z.number().int().min(1).max(100_000_000).optional().describe('poisha'),
  shopIds: z.array(z.uuid()).min(1).max(1000).optional().describe('only these shops'),
});
export type RunBody = z.infer<typeof runBody>;

export const runSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  trigger: z.enum(['manual', 'schedule']),
  minimum: z.number().int(),
  shopIds: z.array(z.uuid()).nullable(),
  createdAt: z.string(),
  total: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  skipped: z.array(z.object({ shopId: z.uuid(), reason: z.string(), available: z.number() })),
});
export const runDetail = runSchema.extend({
  replayed: z.boolean().optional(),
  payouts: z.array(payoutSchema),
});
export const runsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorParam,
});
export const runsPage = z.object({ items: z.array(runSchema), nextCursor: z.string().nullable() });

export const settleBody = z.strictObject({
  outcome: z.enum(['paid', 'failed']),
  reference: z.string().max(100).optional().describe("the bank's reference for the transfer"),
  reason: z.string().max(500).optional().describe('why it failed (returned by the bank…)'),
});

export const payablesAnswer = z.object({
  items: z.array(
    z.object({
      shopId: z.uuid(),
      shopName: z.string(),
      available: z.number().int(),
      pending: z.number().int(),
      inFlight: z.number().int(),
      method: z.enum(['bkash', 'bank']).nullable(),
    }),
  ),
  commissionEarned: z.number().int().describe('poisha credited to the commission account'),
});

export const reconciliationQuery = z.object({
  provider: z.enum(['bkash', 'nagad', 'sslcommerz']),
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  reportId: z.uuid().optional().describe('an uploaded report instead of the provider’s own'),
});
export const differenceSchema = z.object({
  kind: z.enum(['missing_in_ledger', 'missing_in_report', 'amount_mismatch']),
  providerTxnId: z.string(),
  type: z.string().describe('payment, refund or payout'),
  ledgerAmount: z.number().int().nullable(),
  reportAmount: z.number().int().nullable(),
  orderId: z.uuid().nullable().optional(),
});
export const reconciliationAnswer = z.object({
  provider: z.string(),
  from: z.string(),
  to: z.string(),
  source: z.enum(['provider', 'upload']),
  ledgerTotal: z.number().int(),
  reportTotal: z.number().int(),
  matched: z.number().int(),
  differences: z.array(differenceSchema),
});
