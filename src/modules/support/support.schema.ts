import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';

export const threadStatuses = ['open', 'answered', 'closed'] as const;

export const threadParams = z.object({ id: z.uuid() });

export const threadListQuery = z.object({
  status: z.enum(threadStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: cursorParam,
});

export const createThreadBody = z.strictObject({
  subject: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(4000),
  /** A question about one of your orders goes to its shop's inbox. */
  orderId: z.uuid().optional(),
  /** A question about a shop's products goes to that shop's inbox; neither: Haat support. */
  shopId: z.uuid().optional(),
});

export const postMessageBody = z.strictObject({
  text: z.string().trim().min(1).max(4000),
  /** The person answering may close the thread with the answer; the customer may close it too. */
  close: z.boolean().optional(),
});

export const messagesQuery = z.object({
  /** Only messages after this id (polling for new ones). */
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const supportMessage = z.object({
  id: z.number(),
  authorRole: z.enum(['customer', 'seller', 'admin', 'assistant']),
  text: z.string(),
  createdAt: z.string(),
});

export const threadSchema = z.object({
  id: z.string(),
  inbox: z.enum(['shop', 'admin']),
  shopId: z.string().nullable(),
  orderId: z.string().nullable(),
  status: z.enum(threadStatuses),
  reason: z.string(),
  subject: z.string(),
  customerId: z.string().nullable(),
  sessionId: z.string().nullable(),
  transcript: z.array(z.object({ role: z.string(), text: z.string(), at: z.string() })),
  firstResponseAt: z.string().nullable(),
  firstResponseSeconds: z.number().nullable(),
  lastMessageAt: z.string(),
  createdAt: z.string(),
});

export const threadPage = z.object({
  items: z.array(threadSchema),
  nextCursor: z.string().nullable(),
});
export const messagePage = z.object({ items: z.array(supportMessage) });
