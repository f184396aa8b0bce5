import { z } from 'zod';
import { errorMessage } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { CouponOutcome, ShopPromotions } from './pricing.ts';

/** The `couponCode` field of the quote and the checkout. */
export const couponCodeField = z
  .string()
  .min(1)
  .max(40)
  .optional()
  .describe("a coupon code (a shop's or the platform's); spaces and case do not matter");

export const shopPromotionsSchema = z.object({
  discount: z.number().describe("the coupon's discount on this shop's goods, poisha"),
  fundedBy: z.enum(['shop', 'platform']).nullable(),
  deliveryDiscount: z.number().describe('delivery charge waived (free delivery over a threshold)'),
  freeDeliveryFrom: z
    .number()
    .nullable()
    .describe("the shop's free-delivery threshold on the goods, poisha"),
  flashSales: z.array(
    z.object({
      variantId: z.string(),
      applied: z.boolean().describe('false: the line is over the limit and pays the regular price'),
      price: z.number(),
      listPrice: z.number(),
      endsAt: z.string(),
      maxQuantity: z.number().describe('units this customer may still buy at the flash price'),
    }),
  ),
});

export const couponOutcomeSchema = z
  .object({
    code: z.string(),
    applied: z.boolean(),
    fundedBy: z.enum(['shop', 'platform']).nullable(),
    discount: z.number(),
    problem: z.object({ code: z.string(), message: z.string() }).nullable(),
  })
  .nullable();

export function presentShopPromotions(p: ShopPromotions | undefined) {
  return {
    discount: p?.discount ?? 0,
    fundedBy: !p?.couponId
      ? null
      : p.platformDiscount > 0
        ? ('platform' as const)
        : ('shop' as const),
    deliveryDiscount: p?.deliveryDiscount ?? 0,
    freeDeliveryFrom: p?.freeDeliveryFrom ?? null,
    flashSales: (p?.flash ?? []).map((f) => ({
      variantId: f.variantId,
      applied: f.applied,
      price: f.price,
      listPrice: f.listPrice,
      endsAt: f.endsAt.toISOString(),
      maxQuantity: f.maxQuantity,
    })),
  };
}

export function presentCoupon(c: CouponOutcome | null, locale: Locale) {
  if (!c) return null;
  return {
    code: c.code,
    applied: c.applied,
    fundedBy: c.fundedBy,
    discount: c.discount,
    problem: c.problem && {
      code: c.problem.code,
      message: errorMessage(c.problem.code, locale, c.problem.details),
    },
  };
}
