import { z } from 'zod';

/** Documented shape of every error response. */
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. OUT_OF_STOCK'),
      message: z
        .string()
        .describe('Message in the language chosen by Accept-Language (bn default)'),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .describe('Error')
  .meta({ id: 'Error' }); // one component in the API description, referenced by every route

/** Common error responses to spread into a route's `response` schema. */
export const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  429: errorResponseSchema,
} as const;
