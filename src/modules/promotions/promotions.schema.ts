import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';

export const idParams = z.object({ id: z.uuid() });
export const shopItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

const poisha = z.number().int().min(1).max(100_000_000_00);
const when = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const paymentMethod = z.enum(['cod', 'bkash', 'nagad', 'sslcommerz']);
const timeWindow = z
  .enum(['iftar'])
  .nullable()
  .describe(
    "a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar " +
      '(Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt',
  );

const code = z
  .string()
  .max(64)
  .transform((v) => v.normalize('NFKC').replace(/\s+/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^[A-Z0-9][A-Z0-9_-]{2,31}$/, '3–32 letters, digits, - or _')
      .describe('e.g. EID10; stored in capitals'),
  );

const couponFields = {
  code,
  kind: z.enum(['percent', 'fixed']),
  value: z
    .number()
    .int()
    .min(1)
    .describe('percent: basis points (1000 = 10 %, at most 10000); fixed: poisha'),
  minBag: z.number().int().min(0).max(100_000_000_00).default(0).describe('poisha of goods'),
  maxDiscount: poisha.nullable().default(null).describe('a cap on a percent discount, poisha'),
  maxUses: z.number().int().min(1).max(10_000_000).nullable().default(null),
  perCustomer: z.number().int().min(1).max(1000).nullable().default(null),
  startsAt: when,
  endsAt: when,
  firstOrderOnly: z.boolean().default(false),
  paymentMethods: z
    .array(paymentMethod)
    .min(1)
    .max(4)
    .nullable()
    .default(null)
    .describe('only these payment methods (e.g. ["bkash"]); null: any'),
  timeWindow: timeWindow.default(null),
  active: z.boolean().default(true),
};

export const couponBody = z.strictObject(couponFields);
export type CouponBody = z.infer<typeof couponBody>;
export const couponPatch = z
  .strictObject({
    minBag: couponFields.minBag.unwrap().optional(),
    maxDiscount: poisha.nullable().optional(),
    maxUses: z.number().int().min(1).max(10_000_000).nullable().optional(),
    perCustomer: z.number().int().min(1).max(1000).nullable().optional(),
    startsAt: when.optional(),
    endsAt: when.optional(),
    firstOrderOnly: z.boolean().optional(),
    paymentMethods: z.array(paymentMethod).min(1).max(4).nullable().optional(),
    timeWindow: timeWindow.optional(),
    active: z.boolean().optional(),
  })
  .describe('the code, kind and value of a coupon are fixed once made');
export type CouponPatch = z.infer<typeof couponPatch>;

export const couponSchema = z.object({
  id: z.string(),
  shopId: z.string().nullable(),
  code: z.string(),
  kind: z.enum(['percent', 'fixed']),
  value: z.number(),
  fundedBy: z.enum(['shop', 'platform']),
  minBag: z.number(),
  maxDiscount: z.number().nullable(),
  maxUses: z.number().nullable(),
  used: z.number(),
  perCustomer: z.number().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  firstOrderOnly: z.boolean(),
  paymentMethods: z.array(z.string()).nullable(),
  timeWindow: timeWindow,
  active: z.boolean(),
  createdAt: z.string(),
});

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorParam,
});
export const couponsPage = z.object({
  items: z.array(couponSchema),
  nextCursor: z.string().nullable(),
});

export const flashSaleBody = z.strictObject({
  variantId: z.uuid(),
  price: poisha.describe('the flash price, poisha (below the regular price)'),
  stockCap: z.number().int().min(1).max(1_000_000).describe('units sold at this price in all'),
  perCustomer: z.number().int().min(1).max(1000).describe('units one customer may buy at it'),
  startsAt: when,
  endsAt: when,
});
export type FlashSaleBody = z.infer<typeof flashSaleBody>;
export const flashSalePatch = z.strictObject({
  price: poisha.optional(),
  stockCap: z.number().int().min(1).max(1_000_000).optional(),
  perCustomer: z.number().int().min(1).max(1000).optional(),
  startsAt: when.optional(),
  endsAt: when.optional(),
  active: z.boolean().optional(),
});
export type FlashSalePatch = z.infer<typeof flashSalePatch>;

export const flashSaleSchema = z.object({
  id: z.string(),
  shopId: z.string(),
  variantId: z.string(),
  productId: z.string(),
  name: z.string(),
  listPrice: z.number().describe("the variant's regular price now"),
  price: z.number(),
  stockCap: z.number(),
  sold: z.number(),
  perCustomer: z.number(),
  startsAt: z.string(),
  endsAt: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
});
export const flashSalesPage = z.object({
  items: z.array(flashSaleSchema),
  nextCursor: z.string().nullable(),
});

export const productFlashParams = z.object({ id: z.uuid() });
export const productFlashSales = z.object({
  items: z.array(
    flashSaleSchema.pick({
      id: true,
      variantId: true,
      listPrice: true,
      price: true,
      stockCap: true,
      sold: true,
      perCustomer: true,
      startsAt: true,
      endsAt: true,
    }),
  ),
});

export const freeDeliveryBody = z.strictObject({
  minSubtotal: poisha.nullable().describe('goods total from which delivery is free; null: off'),
});
export const freeDeliverySchema = z.object({ minSubtotal: z.number().nullable() });
