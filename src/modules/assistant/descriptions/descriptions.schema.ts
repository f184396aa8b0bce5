import { z } from 'zod';

export const draftParams = z.object({ id: z.uuid() });
export const draftBody = z
  .strictObject({
    lang: z.enum(['bn', 'en', 'both']).default('both'),
    count: z.number().int().min(1).max(5).default(3),
  })
  .default({ lang: 'both', count: 3 });
export const draftResponse = z.object({
  items: z.array(
    z.object({
      lang: z.enum(['bn', 'en']),
      text: z.string(),
      source: z.enum(['template', 'llm']).describe('Offline templates, or the configured LLM'),
    }),
  ),
});
