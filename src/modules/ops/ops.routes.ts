import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { failedJobsQuery, failedJobsResponse, retryParams, retryResponse } from './ops.schema.ts';

/** Dead letters: jobs that used up their attempts stay in their queue until an admin retries them. */
export function opsRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/admin/jobs/failed',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['operations'],
        summary: 'Jobs that failed every attempt (newest first)',
        querystring: failedJobsQuery,
        response: { 200: failedJobsResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { queue, limit } = request.query;
      const items = await ctx.queue.listFailed(queue, limit);
      return {
        queue,
        items: items.map((job) => ({ ...job, failedAt: job.failedAt?.toISOString() ?? null })),
      };
    },
  );

  app.post(
    '/admin/jobs/:queue/:id/retry',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['operations'],
        summary: 'Run a failed job again with a fresh set of attempts',
        params: retryParams,
        response: { 202: retryResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { queue, id } = request.params;
      if (!(await ctx.queue.retry(queue, id)))
        throw new AppError('FAILED_JOB_NOT_FOUND', { queue, id });
      ctx.logger.info({ queue, jobId: id, by: request.user?.id }, 'failed job retried');
      return reply.status(202).send({ queue, id, retried: true as const });
    },
  );
}
