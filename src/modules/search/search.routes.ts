import type { AppContext } from '../../platform/context.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { rateLimit, requestLimits } from '../../platform/http/rate-limit.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  boundsQuery,
  boundsResponse,
  nearbyProductsQuery,
  searchQuery,
  searchResponse,
  suggestQuery,
  suggestResponse,
} from './search.schema.ts';
import * as service from './search.service.ts';

export function searchRoutes(app: HttpApp, ctx: AppContext) {
  const searchLimit = rateLimit(ctx, requestLimits.search);
  const suggestLimit = rateLimit(ctx, requestLimits.suggest);
  app.get(
    '/search',
    {
      config: { auth: 'public' },
      preHandler: searchLimit,
      schema: {
        tags: ['search'],
        summary:
          'Products by text (Bengali, English, Banglish) and filters; within radius m of lat/lng ' +
          '(default 1000, max 50000) when a point is given. Prices in poisha.',
        querystring: searchQuery,
        response: { 200: searchResponse, ...errorResponses },
      },
    },
    async (request) => service.search(ctx.db, request.query),
  );

  app.get(
    '/search/suggest',
    {
      config: { auth: 'public' },
      preHandler: suggestLimit,
      schema: {
        tags: ['search'],
        summary: 'Autocomplete: product names, categories and shops for a partial query',
        querystring: suggestQuery,
        response: { 200: suggestResponse, ...errorResponses },
      },
    },
    async (request) => service.suggest(ctx.db, request.query.q, request.query.limit),
  );

  app.get(
    '/products/nearby',
    {
      config: { auth: 'public' },
      preHandler: searchLimit,
      schema: {
        tags: ['search'],
        summary: 'Products of approved shops within radius m of a point, nearest first',
        querystring: nearbyProductsQuery,
        response: { 200: searchResponse, ...errorResponses },
      },
    },
    async (request) => service.search(ctx.db, request.query),
  );

  app.get(
    '/shops/in-bounds',
    {
      config: { auth: 'public' },
      preHandler: searchLimit,
      schema: {
        tags: ['search'],
        summary: 'Approved shops inside a map bounding box (at most 500, nearest the centre first)',
        querystring: boundsQuery,
        response: { 200: boundsResponse, ...errorResponses },
      },
    },
    async (request) => service.inBounds(ctx.db, request.query),
  );
}
