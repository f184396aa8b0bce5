import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  refillBody,
  refillLineSchema,
  refillListQuery,
  refillPage,
  refillParams,
} from './prescriptions.schema.ts';
import * as refills from './refills.service.ts';

const tags = ['prescriptions: refill reminders'];
const path = '/orders/:id/items/:itemId/refill-reminder';

export function refillRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    path,
    {
      config: { auth: ['customer'] },
      schema: {
        tags,
        summary: "An order line's refill reminder, with the prefilled days per pack (the buyer)",
        params: refillParams,
        response: { 200: refillLineSchema, ...errorResponses },
      },
    },
    async (request) =>
      refills.getReminder(ctx.db, currentUser(request), request.params.id, request.params.itemId),
  );
  app.post(
    path,
    {
      config: { auth: ['customer'] },
      schema: {
        tags,
        summary:
          'Opt in to a refill reminder on a delivered medicine line, or change its days per pack (the buyer)',
        params: refillParams,
        body: refillBody,
        response: { 200: refillLineSchema, ...errorResponses },
      },
    },
    async (request) =>
      refills.optIn(
        ctx.db,
        currentUser(request),
        request.params.id,
        request.params.itemId,
        request.body ?? {},
      ),
  );
  app.delete(
    path,
    {
      config: { auth: ['customer'] },
      schema: {
        tags,
        summary: 'Stop the refill reminder of an order line (the buyer)',
        params: refillParams,
        response: { 200: refillLineSchema, ...errorResponses },
      },
    },
    async (request) =>
      refills.optOut(ctx.db, currentUser(request), request.params.id, request.params.itemId),
  );
  app.get(
    '/refill-reminders',
    {
      config: { auth: ['customer'] },
      schema: {
        tags,
        summary: "The customer's active refill reminders, newest first",
        querystring: refillListQuery,
        response: { 200: refillPage, ...errorResponses },
      },
    },
    async (request) => refills.listMine(ctx.db, currentUser(request), request.query),
  );
}
