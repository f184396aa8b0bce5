import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  coordinatesQuery,
  listPlacesQuery,
  nearestResponse,
  placeIdParams,
  placeSchema,
  placeWithAncestorsSchema,
  searchPlacesQuery,
} from './geo.schema.ts';
import * as service from './geo.service.ts';

export function geoRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/geo/places',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['geo'],
        summary: 'Places by level and/or parent, sorted by English name',
        querystring: listPlacesQuery,
        response: { 200: z.object({ items: z.array(placeSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await service.listPlaces(ctx.db, request.query) }),
  );

  app.get(
    '/geo/places/:id',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['geo'],
        summary: 'One place with its ancestors (division first)',
        params: placeIdParams,
        response: { 200: placeWithAncestorsSchema, ...errorResponses },
      },
    },
    async (request) => service.getPlace(ctx.db, request.params.id),
  );

  app.get(
    '/geo/nearest',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['geo'],
        summary: 'Nearest area or upazila to a point in Bangladesh',
        querystring: coordinatesQuery,
        response: { 200: nearestResponse, ...errorResponses },
      },
    },
    async (request) => service.nearest(ctx.db, request.query.lat, request.query.lng),
  );

  app.get(
    '/geo/search',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['geo'],
        summary: 'Places by name in Bengali, English or Banglish ("rongpur", "রংপুর", "Chittagong")',
        querystring: searchPlacesQuery,
        response: {
          200: z.object({ items: z.array(placeWithAncestorsSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await service.searchPlaces(ctx.db, request.query) }),
  );
}
