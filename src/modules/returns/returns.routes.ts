import multipart from '@fastify/multipart';
import type { AppContext } from '../../platform/context.ts';
import { auditActor } from '../../platform/http/audit-actor.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { rateLimit, requestLimits } from '../../platform/http/rate-limit.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { MAX_IMAGE_BYTES, readImageFile } from '../catalog/index.ts';
import { paymentGateway } from '../orders/index.ts';
import { addReturnPhoto, returnPhotoFile } from './photos.service.ts';
import { listRefunds, markRefundPaid } from './refunds.service.ts';
import {
  createReturnBody,
  idParams,
  markPaidBody,
  orderReturnsSchema,
  photoParams,
  refundList,
  refundListQuery,
  refundSchema,
  returnListQuery,
  returnPage,
  returnSchema,
  transitionBody,
  windowsBody,
  windowsSchema,
} from './returns.schema.ts';
import * as returns from './returns.service.ts';
import { moveReturn } from './transitions.service.ts';
import { getWindows, putWindows } from './windows.service.ts';

const tags = ['returns'];
const adminTags = [...tags, 'admin'];

export async function returnRoutes(parent: HttpApp, ctx: AppContext) {
  // Encapsulated so multipart parsing applies to these routes only (as in reviews).
  await parent.register(async (app: HttpApp) => {
    await app.register(multipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 10 } });
    registerRoutes(app, ctx);
  });
}

function registerRoutes(app: HttpApp, ctx: AppContext) {
  const gateway = paymentGateway(ctx);
  app.post(
    '/orders/:id/returns',
    {
      config: { auth: ['customer'] },
      schema: {
        tags,
        summary: 'Ask to return delivered lines of your order (within its return window)',
        params: idParams,
        body: createReturnBody,
        response: { 201: returnSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await returns.createReturn(ctx, currentUser(request), request.params.id, request.body),
        ),
  );
  app.get(
    '/orders/:id/returns',
    {
      config: { auth: ['customer', 'seller', 'admin'] },
      schema: {
        tags,
        summary: "An order's returns, its return window and what may still be returned",
        params: idParams,
        response: { 200: orderReturnsSchema, ...errorResponses },
      },
    },
    async (request) => returns.orderReturns(ctx.db, currentUser(request), request.params.id),
  );
  app.get(
    '/returns/:id',
    {
      config: { auth: ['customer', 'seller', 'admin'] },
      schema: {
        tags,
        summary: 'One return with its lines, photos, timeline and refund',
        params: idParams,
        response: { 200: returnSchema, ...errorResponses },
      },
    },
    async (request) => returns.getReturn(ctx.db, currentUser(request), request.params.id),
  );
  app.post(
    '/returns/:id/transitions',
    {
      config: { auth: ['customer', 'seller', 'admin'] },
      schema: {
        tags,
        summary: 'Move a return one step (see docs/returns.md)',
        params: idParams,
        body: transitionBody,
        response: { 200: returnSchema, ...errorResponses },
      },
    },
    async (request) =>
      moveReturn(ctx, gateway, currentUser(request), request.params.id, request.body),
  );
  app.post(
    '/returns/:id/photos',
    {
      config: { auth: ['customer'] },
      preHandler: rateLimit(ctx, requestLimits.imageUpload),
      schema: {
        tags,
        summary: 'Add a photo to your requested return (multipart, one file; at most 5)',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: returnSchema, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const data = await readImageFile(request);
      return reply.status(201).send(await addReturnPhoto(ctx, user, request.params.id, data));
    },
  );
  app.get(
    '/returns/:id/photos/:photoId/:size',
    {
      config: { auth: ['customer', 'seller', 'admin'] },
      schema: {
        tags,
        summary: 'A return photo (WebP: large 1200, thumb 200 px)',
        params: photoParams,
      },
    },
    async (request, reply) => {
      const { id, photoId, size } = request.params;
      const data = await returnPhotoFile(ctx, currentUser(request), id, photoId, size);
      return reply.type('image/webp').header('cache-control', 'private, no-store').send(data);
    },
  );
  app.get(
    '/shops/:id/returns',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: "A shop's returns, newest first (?status=)",
        params: idParams,
        querystring: returnListQuery.omit({ shopId: true }),
        response: { 200: returnPage, ...errorResponses },
      },
    },
    async (request) =>
      returns.shopReturns(ctx.db, currentUser(request), request.params.id, request.query),
  );
  app.get(
    '/admin/returns',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'All returns (?status=&shopId=)',
        querystring: returnListQuery,
        response: { 200: returnPage, ...errorResponses },
      },
    },
    async (request) => returns.allReturns(ctx.db, currentUser(request), request.query),
  );
  app.get(
    '/admin/refunds',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Partial refunds (?status=manual|failed: to pay by hand)',
        querystring: refundListQuery,
        response: { 200: refundList, ...errorResponses },
      },
    },
    async (request) => listRefunds(ctx, request.query.status),
  );
  app.post(
    '/admin/refunds/:id/mark-paid',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'A manual or failed refund was paid by hand, with its reference (audited)',
        params: idParams,
        body: markPaidBody,
        response: { 200: refundSchema, ...errorResponses },
      },
    },
    async (request) =>
      markRefundPaid(ctx, auditActor(request), request.params.id, request.body.reference),
  );
  app.get(
    '/admin/return-windows',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Return window hours per shop type',
        response: { 200: windowsSchema, ...errorResponses },
      },
    },
    async () => getWindows(ctx.db),
  );
  app.put(
    '/admin/return-windows',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Change return window hours of shop types (audited; 0: no returns)',
        body: windowsBody,
        response: { 200: windowsSchema, ...errorResponses },
      },
    },
    async (request) => putWindows(ctx.db, auditActor(request), request.body),
  );
}
