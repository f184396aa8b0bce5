import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';

/** Review text: NFC, trimmed, line breaks kept; stored and returned verbatim (HTML is just text). */
const reviewText = z
  .string()
  .max(8000)
  .transform((v) => v.normalize('NFC').trim())
  .pipe(z.string().max(2000));

export const createReviewBody = z.object({
  // Strict: 0, 6, 2.5 and "5" are all refused (no coercion on JSON bodies).
  orderItemId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  rating: z.number().int().min(1).max(5),
  text: reviewText.nullable().optional(),
});

export const replyBody = z.object({ text: reviewText.pipe(z.string().min(1)) });
export const moderationBody = z.object({
  reason: z
    .string()
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().min(1).max(500)),
});

export const idParams = z.object({ id: z.uuid() });
export const photoParams = z.object({
  id: z.uuid(),
  photoId: z.uuid(),
  size: z.enum(['large', 'thumb']),
});
export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: cursorParam,
});

const photoSchema = z.object({
  id: z.string(),
  width: z.number(),
  height: z.number(),
  large: z.string(),
  thumb: z.string(),
});
const replySchema = z.object({ text: z.string(), createdAt: z.string() }).nullable();

export const adminListQuery = listQuery.extend({
  hidden: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .describe('true: only hidden reviews; false: only visible ones; unset: all'),
});

export const reviewSchema = z.object({
  id: z.string(),
  orderItemId: z.number(),
  productId: z.string(),
  shopId: z.string(),
  rating: z.number(),
  text: z.string().nullable(),
  reply: replySchema,
  hidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  photos: z.array(photoSchema),
  createdAt: z.string(),
});

export const aggregateSchema = z.object({
  average: z.number().nullable().describe('Mean of visible ratings, 2 decimals; null without any'),
  count: z.number(),
  histogram: z.object({
    '1': z.number(),
    '2': z.number(),
    '3': z.number(),
    '4': z.number(),
    '5': z.number(),
  }),
});

export const reviewPage = z.object({
  aggregate: aggregateSchema,
  items: z.array(
    z.object({
      id: z.string(),
      productId: z.string(),
      shopId: z.string(),
      rating: z.number(),
      text: z.string().nullable(),
      authorName: z.string(),
      reply: replySchema,
      photos: z.array(photoSchema),
      createdAt: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const adminReviewPage = z.object({
  items: z.array(reviewSchema),
  nextCursor: z.string().nullable(),
});
