import { z } from 'zod';

export const receiptParams = z.object({ id: z.uuid() });

export const receiptQuery = z.object({
  lang: z
    .enum(['bn', 'en'])
    .optional()
    .describe(
      "Receipt language; default: Accept-Language, else the caller's saved language, else bn",
    ),
});
