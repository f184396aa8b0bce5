import { z } from 'zod';

/** Lines per request and characters per line (docs/pharmacy.md, "Matching messy medicine lines"). */
export const MAX_MATCH_LINES = 1000;
export const MAX_LINE_LENGTH = 300;

export const matchParams = z.object({ id: z.uuid() });

// Counts and lengths are checked by the service, so that a too long list gets its own error code.
export const matchBody = z.object({ lines: z.array(z.string()) }).strict();

const candidateSchema = z.object({
  medicineId: z.string(),
  brand: z.string(),
  generic: z.string(),
  strength: z.string(),
  form: z.string(),
  manufacturer: z.string(),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()),
});

const quantitySchema = z
  .object({
    quantity: z.number().int(),
    unit: z.enum(['strip', 'box', 'piece', 'bottle']).nullable(),
  })
  .nullable();

export const matchResponse = z.object({
  results: z.array(
    z.object({
      line: z.string(),
      status: z.enum(['auto', 'review', 'none']),
      candidates: z.array(candidateSchema),
      quantity: quantitySchema,
    }),
  ),
});
export type MatchResponse = z.infer<typeof matchResponse>;
