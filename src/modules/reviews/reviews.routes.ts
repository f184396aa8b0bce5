import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { rateLimit, requestLimits } from '../../platform/http/rate-limit.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { MAX_IMAGE_BYTES, readImageFile } from '../catalog/index.ts';
import { addPhoto, photoFile } from './photos.service.ts';
import {
  adminListQuery,
  adminReviewPage,
  createReviewBody,
  idParams,
  listQuery,
  moderationBody,
  photoParams,
  replyBody,
  reviewPage,
  reviewSchema,
} from './reviews.schema.ts';
import * as reviews from './reviews.service.ts';

const tags = ['reviews'];

export async function reviewRoutes(parent: HttpApp, ctx: AppContext) {
  // Encapsulated so multipart parsing applies to these routes only (as in the catalog).
  await parent.register(async (app: HttpApp) => {
    await app.register(multipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 10 } });
    registerRoutes(app, ctx);
  });
}

function registerRoutes(app: HttpApp, ctx: AppContext) {
  app.post(
    '/reviews',
    {
      config: { auth: ['customer'] },
      schema: {
        tags,
        summary: 'Review an item of a delivered order (once per item)',
        body: createReviewBody,
        response: { 201: reviewSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reviews.createReview(ctx.db, currentUser(request), request.body)),
  );
  app.get(
    '/orders/:id/reviews',
    {
      config: { auth: ['customer'] },
      schema: {
        tags,
        summary: 'Your own reviews of the items of one of your orders',
        params: idParams,
        response: { 200: z.object({ items: z.array(reviewSchema) }), ...errorResponses },
      },
    },
    async (request) => reviews.orderReviews(ctx.db, currentUser(request), request.params.id),
  );
  app.post(
    '/reviews/:id/photos',
    {
      config: { auth: ['customer'] },
      preHandler: rateLimit(ctx, requestLimits.imageUpload),
      schema: {
        tags,
        summary: 'Add a photo to your review (multipart, one file; at most 3)',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: reviewSchema, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const data = await readImageFile(request);
      return reply.status(201).send(await addPhoto(ctx, user, request.params.id, data));
    },
  );
  app.get(
    '/reviews/:id/photos/:photoId/:size',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'A review photo (WebP: large 1200, thumb 200 px)',
        params: photoParams,
      },
    },
    async (request, reply) => {
      const { id, photoId, size } = request.params;
      const file = await photoFile(ctx, request.user, id, photoId, size);
      return reply
        .type('image/webp')
        .header('cache-control', file.public ? 'public, max-age=86400' : 'private, no-store')
        .send(file.data);
    },
  );
  app.post(
    '/reviews/:id/reply',
    {
      config: { auth: ['seller'] },
      schema: {
        tags,
        summary: "The shop's one public reply",
        params: idParams,
        body: replyBody,
        response: { 200: reviewSchema, ...errorResponses },
      },
    },
    async (request) =>
      reviews.reply(ctx.db, currentUser(request), request.params.id, request.body.text),
  );
  app.get(
    '/admin/reviews',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: [...tags, 'admin'],
        summary: 'Reviews to moderate, newest first (hidden=true: the hidden ones)',
        querystring: adminListQuery,
        response: { 200: adminReviewPage, ...errorResponses },
      },
    },
    async (request) => reviews.listForAdmin(ctx.db, request.query),
  );
  for (const action of ['hide', 'unhide'] as const) {
    app.post(
      `/admin/reviews/:id/${action}`,
      {
        config: { auth: ['admin'] },
        schema: {
          tags,
          summary: action === 'hide' ? 'Hide an abusive review' : 'Show a hidden review again',
          params: idParams,
          body: moderationBody,
          response: { 200: reviewSchema, ...errorResponses },
        },
      },
      async (request) =>
        reviews.setHidden(
          ctx.db,
          currentUser(request),
          request.params.id,
          action === 'hide',
          request.body.reason,
        ),
    );
  }
  for (const subject of ['product', 'shop'] as const) {
    app.get(
      `/${subject}s/:id/reviews`,
      {
        config: { auth: 'public' },
        schema: {
          tags,
          summary: `Visible reviews of a ${subject}, newest first, with the rating aggregate`,
          params: idParams,
          querystring: listQuery,
          response: { 200: reviewPage, ...errorResponses },
        },
      },
      async (request) => reviews.listReviews(ctx.db, subject, request.params.id, request.query),
    );
  }
}
