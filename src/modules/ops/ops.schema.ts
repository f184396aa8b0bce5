import { z } from 'zod';

const queueName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/i)
  .describe('Queue name, e.g. events or scheduled.<name>');

export const failedJobsQuery = z.object({
  queue: queueName.default('events'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const failedJobSchema = z.object({
  id: z.string(),
  name: z.string(),
  data: z.unknown(),
  attemptsMade: z.number().int(),
  failedReason: z.string(),
  failedAt: z.string().nullable(),
});

export const failedJobsResponse = z.object({ queue: z.string(), items: z.array(failedJobSchema) });

export const retryParams = z.object({ queue: queueName, id: z.string().min(1).max(200) });
export const retryResponse = z.object({
  queue: z.string(),
  id: z.string(),
  retried: z.literal(true),
});
