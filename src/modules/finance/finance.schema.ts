import { z } from 'zod';

export const idParams = z.object({ id: z.uuid() });

const boundary = z
  .string()
  .max(40)
  .describe('a date YYYY-MM-DD (midnight in Asia/Dhaka) or an ISO 8601 time with offset');
export const periodQuery = z.object({
  from: boundary.describe('start of the period, inclusive: YYYY-MM-DD (Dhaka) or ISO time'),
  to: boundary.describe('end of the period, exclusive: YYYY-MM-DD (Dhaka) or ISO time'),
});
const lang = z.enum(['bn', 'en']).optional().describe('default: Accept-Language, else bn');
export const exportQuery = periodQuery.extend({ lang });

const words = z.object({ bn: z.string(), en: z.string() });
const poisha = z.number().int();

export const statementSchema = z.object({
  shopId: z.uuid(),
  shop: z.object({ nameBn: z.string(), nameEn: z.string() }),
  from: z.string(),
  to: z.string(),
  currency: z.literal('BDT'),
  openingBalance: poisha.describe("the shop's net at `from` (payable − receivable − COD cash)"),
  closingBalance: poisha.describe("the shop's net at `to`"),
  totals: z.object({
    sales: poisha,
    commission: poisha,
    deliveryFees: poisha,
    refunds: poisha,
    codCash: poisha.describe('cash collected on delivery that the shop holds (net)'),
    adjustments: poisha,
    payouts: poisha,
    other: poisha,
    netChange: poisha.describe(
      'sales − commission − deliveryFees − refunds − codCash + adjustments − payouts + other',
    ),
  }),
  entries: z.array(
    z.object({
      id: z.number().int(),
      transactionId: z.number().int(),
      at: z.string(),
      kind: z.string(),
      kindLabel: words,
      account: z.enum(['payable', 'receivable', 'cod_cash']),
      accountLabel: words,
      orderId: z.uuid().nullable(),
      orderNumber: z.string().nullable(),
      memo: z.string(),
      memoLabel: words,
      debit: poisha,
      credit: poisha,
      balance: poisha.describe("the shop's net after this entry"),
    }),
  ),
});

export const invoicesQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const invoiceListSchema = z.object({
  items: z.array(
    z.object({ month: z.string(), number: z.string(), commission: poisha.describe('net, poisha') }),
  ),
});
export const invoiceParams = z.object({
  id: z.uuid(),
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .describe('YYYY-MM (Asia/Dhaka)'),
});
export const invoiceQuery = z.object({ lang });

export const summarySchema = z.object({
  from: z.string(),
  to: z.string(),
  currency: z.literal('BDT'),
  commissionEarned: poisha.describe('commission in the period, net of reversals'),
  deliveryFees: poisha.describe('courier delivery fees kept in the period'),
  refundsDue: poisha.describe('refunds that became due in the period'),
  refundsPaid: poisha.describe('refunds paid in the period'),
  refundsOwed: poisha.describe('refunds owed to customers and not yet paid, at `to`'),
  shops: z.object({
    payable: poisha.describe('what the platform owes all shops, at `to`'),
    receivable: poisha,
    codCash: poisha.describe("customers' cash all shops hold, at `to`"),
    net: poisha,
  }),
  topShops: z.array(
    z.object({
      shopId: z.uuid(),
      nameBn: z.string(),
      nameEn: z.string(),
      payable: poisha,
      receivable: poisha,
      codCash: poisha,
      net: poisha,
    }),
  ),
});
