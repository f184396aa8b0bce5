import { z } from 'zod';
import { orderStatuses } from './orders.tables.ts';

export const providers = z.enum(['cod', 'bkash', 'nagad', 'sslcommerz']);
export const idParams = z.object({ id: z.uuid() });
export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  status: z.enum(orderStatuses).optional(),
});
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
export const checkoutBody = z.object({
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
});
export const checkoutHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(100)
    .regex(/^[\x21-\x7e]+$/),
});
export const orderSchema = z.looseObject({
  id: z.string(),
  number: z.string(),
  status: z.enum(orderStatuses),
  shopId: z.string(),
  total: z.number(),
  payment: z
    .object({
      id: z.string(),
      provider: providers,
      status: z.string(),
      amount: z.number(),
      redirectUrl: z.string().nullable(),
    })
    .nullable(),
});
export const orderPage = z.object({
  items: z.array(orderSchema),
  nextCursor: z.string().nullable(),
});
export const transitionBody = z.object({
  to: z.enum(orderStatuses),
  reason: z.string().trim().max(500).nullish(),
});
