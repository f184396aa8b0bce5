import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { matchBody, matchParams, matchResponse } from './match.schema.ts';
import { matchLines } from './match.service.ts';

const tags = ['pharmacy'];

export function matchRoutes(app: HttpApp, ctx: AppContext) {
  app.post(
    '/shops/:id/medicines/match',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: 'Match messy medicine lines against the master catalog (pharmacy owner or admin)',
        description:
          'Each line gets ranked candidates (at most 5) with a confidence and reasons, and a status: ' +
          '"auto" when one entry is clearly meant, "review" when a person must pick, "none" when nothing fits.',
        params: matchParams,
        body: matchBody,
        response: { 200: matchResponse, ...errorResponses },
      },
    },
    async (request) => matchLines(ctx, currentUser(request), request.params.id, request.body.lines),
  );
}
