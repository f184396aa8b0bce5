import type { AppContext } from '../../../platform/context.ts';
import { errorResponses } from '../../../platform/http/error-schema.ts';
import type { HttpApp } from '../../../platform/http/types.ts';
import { insightsQuery, insightsSchema } from './insights.schema.ts';
import { insights } from './insights.service.ts';

const tags = ['assistant', 'admin'];

export function insightsRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/admin/assistant/insights',
    {
      config: { auth: ['admin'] },
      schema: {
        tags,
        summary:
          "The assistant's last days in figures: conversations, intents, languages, hand-overs by reason and inbox",
        querystring: insightsQuery,
        response: { 200: insightsSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return insights(ctx, request.query.days);
    },
  );
}
