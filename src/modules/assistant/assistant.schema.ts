import { z } from 'zod';

/** Longest message the assistant reads (characters, after trimming). */
export const MAX_TEXT_LENGTH = 1000;
/** Largest request body of the messages route (bytes). */
export const MAX_BODY_BYTES = 16 * 1024;
/** The header a guest's token travels in (both ways; the browser keeps it). */
export const GUEST_TOKEN_HEADER = 'x-guest-token';

const coordinate = (limit: number) =>
  z
    .number()
    .min(-limit)
    .max(limit)
    .transform((v) => Math.round(v * 1e7) / 1e7);

export const messageBody = z.strictObject({
  sessionId: z.uuid().optional(),
  text: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
  lat: coordinate(90).optional(),
  lng: coordinate(180).optional(),
});

const card = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('product'),
    productId: z.string(),
    variantId: z.string(),
    name: z.string(),
    price: z.number(),
    inStock: z.boolean(),
    shopId: z.string(),
    shopName: z.string(),
    distanceM: z.number().nullable(),
    rating: z.number().nullable(),
    prescriptionRequired: z.boolean(),
  }),
  z.object({
    type: z.literal('shop'),
    shopId: z.string(),
    name: z.string(),
    distanceM: z.number().nullable(),
    rating: z.number().nullable(),
    openNow: z.boolean().nullable(),
  }),
  z.object({
    type: z.literal('order'),
    orderId: z.string(),
    number: z.string(),
    status: z.string(),
    total: z.number(),
    shopName: z.string(),
  }),
  z.object({ type: z.literal('article'), articleId: z.string(), title: z.string() }),
]);

const action = z.discriminatedUnion('type', [
  z.object({ type: z.literal('link'), label: z.string(), href: z.string() }),
  z.object({ type: z.literal('reply'), label: z.string(), text: z.string() }),
  z.object({
    type: z.literal('add_to_bag'),
    label: z.string(),
    productId: z.string(),
    variantId: z.string(),
    name: z.string(),
    variantLabel: z.string().nullable(),
    price: z.number(),
    shopId: z.string(),
    shopName: z.string(),
    quantity: z.number(),
  }),
]);

export const replySchema = z.object({
  text: z.string(),
  lang: z.enum(['bn', 'en']),
  intent: z.string(),
  confidence: z.number(),
  cards: z.array(card),
  actions: z.array(action),
});

export const messageResponse = z.object({
  sessionId: z.string(),
  reply: replySchema,
  handoff: z.object({ threadId: z.string(), inbox: z.enum(['shop', 'admin']) }).nullable(),
});

export const sessionParams = z.object({ id: z.uuid() });

const supportMessage = z.object({
  id: z.number(),
  authorRole: z.enum(['customer', 'seller', 'admin', 'assistant']),
  text: z.string(),
  createdAt: z.string(),
});

export const sessionSchema = z.object({
  id: z.string(),
  lang: z.enum(['bn', 'en']),
  createdAt: z.string(),
  updatedAt: z.string(),
  messages: z.array(
    z.object({
      id: z.number(),
      role: z.enum(['user', 'assistant', 'agent']),
      text: z.string(),
      lang: z.enum(['bn', 'en']),
      intent: z.string().nullable(),
      confidence: z.number().nullable(),
      cards: z.array(card),
      actions: z.array(action),
      createdAt: z.string(),
    }),
  ),
  /** Support threads this conversation was handed over to, with the people's answers. */
  threads: z.array(
    z.object({
      id: z.string(),
      inbox: z.enum(['shop', 'admin']),
      status: z.enum(['open', 'answered', 'closed']),
      subject: z.string(),
      createdAt: z.string(),
      messages: z.array(supportMessage),
    }),
  ),
});
