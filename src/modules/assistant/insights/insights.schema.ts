import { z } from 'zod';

export const insightsQuery = z.object({
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .default(30)
    .describe('The period: the last this many days, up to now (1–365, default 30)'),
});

const count = z.number().int().min(0);
const ratio = z.number().min(0).max(1);

export const insightsSchema = z.object({
  days: z.number().int(),
  from: z.string().describe('Start of the period (ISO 8601, inclusive)'),
  to: z.string().describe('End of the period (ISO 8601, now)'),
  conversations: count.describe('Conversations with at least one user message in the period'),
  userMessages: count.describe('Messages users wrote in the period'),
  handoffs: count.describe('Support threads the assistant opened in the period'),
  handoffRate: ratio.describe('Share of the conversations handed to a person (0 when none)'),
  intents: z
    .array(
      z.object({
        intent: z.string(),
        count,
        share: ratio.describe('Of the user messages'),
        avgConfidence: z.number().nullable(),
      }),
    )
    .describe('User messages by understood intent, most frequent first'),
  byLang: z.array(z.object({ lang: z.enum(['bn', 'en']), count })),
  handoffReasons: z.array(
    z.object({
      reason: z
        .string()
        .describe('asked, payment, complaint, medical, low_confidence, repeated_failure'),
      count,
    }),
  ),
  handoffInboxes: z.array(z.object({ inbox: z.enum(['shop', 'admin']), count })),
  lowConfidenceShare: ratio.describe(
    'Share of the user messages understood with less confidence than the hand-over threshold',
  ),
  unansweredOpen: count.describe('Unanswered questions not yet dismissed (any age)'),
});
export type AssistantInsights = z.infer<typeof insightsSchema>;
