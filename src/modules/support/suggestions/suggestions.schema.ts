import { z } from 'zod';

export const suggestionSources = ['knowledge', 'order', 'template', 'llm'] as const;

export const suggestionsResponse = z.object({
  suggestions: z
    .array(
      z.object({
        text: z.string(),
        lang: z.enum(['bn', 'en']),
        source: z
          .enum(suggestionSources)
          .describe(
            'A help article, the linked order, a written template for the reason, or the configured LLM',
          ),
      }),
    )
    .min(2)
    .max(4),
});
