import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { auditActor } from '../../platform/http/audit-actor.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { suggestedCampaigns } from './campaigns.service.ts';
import {
  campaignList,
  campaignQuery,
  festivalDatesBody,
  festivalList,
  festivalParams,
  festivalQuery,
  festivalSchema,
  iftarQuery,
  iftarSchema,
} from './festivals.schema.ts';
import { listFestivals, resetFestivalDates, setFestivalDates } from './festivals.service.ts';
import { iftarOn } from './iftar.ts';

const tags = ['festivals'];

export function festivalRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/festivals',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary:
          'The festival calendar (a year, or what is under way or coming), the storefront theme',
        querystring: festivalQuery,
        response: { 200: festivalList, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return listFestivals(ctx.db, request.query);
    },
  );

  app.get(
    '/festivals/iftar',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Approximate iftar time in Dhaka on a date (computed sunset)',
        querystring: iftarQuery,
        response: { 200: iftarSchema, ...errorResponses },
      },
    },
    async (request) => iftarOn(request.query.date),
  );

  app.put(
    '/admin/festivals/:key/:year',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: [...tags, 'admin'],
        summary: "Set a moon-dependent festival's dates for a year (audited)",
        params: festivalParams,
        body: festivalDatesBody,
        response: { 200: festivalSchema, ...errorResponses },
      },
    },
    async (request) =>
      setFestivalDates(
        ctx.db,
        auditActor(request),
        request.params.key,
        request.params.year,
        request.body,
      ),
  );

  app.delete(
    '/admin/festivals/:key/:year',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: [...tags, 'admin'],
        summary: "Drop an admin's dates: the built-in calendar applies again (audited)",
        params: festivalParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await resetFestivalDates(
        ctx.db,
        auditActor(request),
        request.params.key,
        request.params.year,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/shops/:id/festival-campaigns',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: 'Suggested campaigns for the festivals ahead (owner, admin)',
        params: z.object({ id: z.uuid() }),
        querystring: campaignQuery,
        response: { 200: campaignList, ...errorResponses },
      },
    },
    async (request) =>
      suggestedCampaigns(ctx.db, currentUser(request), request.params.id, request.query.days),
  );
}
