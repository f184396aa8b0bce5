import { z } from 'zod';
import { MAX_CART_LINES } from './cart.service.ts';

/** Whole positive numbers only: negative, fractional and absurd quantities fail validation (400). */
export const quantitySchema = z.number().int().min(1).max(1000);
export const cartItemInput = z.object({ variantId: z.uuid(), quantity: quantitySchema });
export const variantParams = z.object({ variantId: z.uuid() });

export const cartLineSchema = z.object({
  variantId: z.string(),
  productId: z.string(),
  shopId: z.string(),
  shopName: z.string(),
  name: z.string(),
  variantLabel: z.string().nullable(),
  quantity: z.number(),
  unitPrice: z.number().describe('poisha'),
  compareAtPrice: z.number().nullable(),
  lineTotal: z.number(),
  available: z.boolean(),
  onHand: z.number(),
});
export const cartChangeSchema = z.object({
  variantId: z.string(),
  kind: z.enum(['price_changed', 'quantity_reduced', 'unavailable']),
  was: z.number().optional(),
  now: z.number().optional(),
});
export const cartSchema = z.object({
  items: z.array(cartLineSchema),
  subtotal: z.number(),
  changes: z.array(cartChangeSchema).describe('what changed since the customer last saw each line'),
});
export const mergeBody = z.object({
  items: z.array(cartItemInput).max(MAX_CART_LINES),
  replace: z.boolean().default(false),
});
export const mergeResponse = cartSchema.extend({
  adjustments: z.array(
    z.object({
      variantId: z.string(),
      result: z.enum(['added', 'reduced', 'dropped']),
      quantity: z.number(),
    }),
  ),
});
export const favoriteParams = z.object({ kind: z.enum(['product', 'shop']), id: z.uuid() });
export const favoritesSchema = z.object({
  items: z.array(
    z.object({
      kind: z.enum(['product', 'shop']),
      id: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      shopId: z.string().nullable(),
      shopName: z.string().nullable().describe("a product's shop"),
      price: z.number().nullable().describe('poisha: the cheapest variant (products on sale)'),
      compareAtPrice: z.number().nullable(),
      unit: z.string().nullable().describe('what the price is for (kg, piece, …)'),
      inStock: z.boolean().nullable(),
      thumbUrl: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
