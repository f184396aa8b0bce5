import type { AppContext } from '../../../platform/context.ts';
import { currentUser } from '../../../platform/http/auth.ts';
import { errorResponses } from '../../../platform/http/error-schema.ts';
import type { HttpApp } from '../../../platform/http/types.ts';
import { draftBody, draftParams, draftResponse } from './descriptions.schema.ts';
import { descriptionDrafts } from './descriptions.service.ts';

export function descriptionRoutes(app: HttpApp, ctx: AppContext) {
  app.post(
    '/products/:id/description-drafts',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags: ['catalog', 'assistant'],
        summary:
          'Description drafts (bn and/or en) from the product’s facts, for its seller to edit and save',
        params: draftParams,
        body: draftBody,
        response: { 200: draftResponse, ...errorResponses },
      },
    },
    async (request) =>
      descriptionDrafts(
        ctx,
        currentUser(request),
        request.params.id,
        request.body ?? {
          lang: 'both',
          count: 3,
        },
      ),
  );
}
