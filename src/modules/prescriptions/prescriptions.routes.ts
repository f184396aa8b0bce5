import multipart from '@fastify/multipart';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { rateLimit, requestLimits } from '../../platform/http/rate-limit.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { normalizeText } from '../../platform/text.ts';
import {
  MAX_PRESCRIPTION_BYTES,
  MAX_PRESCRIPTION_FILES,
  readUploads,
} from './prescriptions.files.ts';
import { getPharmacist, setPharmacist } from './pharmacist.service.ts';
import {
  fileParams,
  orderParams,
  pharmacistBody,
  pharmacistSchema,
  prescriptionSchema,
  reviewBody,
  shopParams,
} from './prescriptions.schema.ts';
import * as service from './prescriptions.service.ts';

const tags = ['prescriptions'];

export async function prescriptionRoutes(parent: HttpApp, ctx: AppContext) {
  // Encapsulated so multipart parsing applies to these routes only (as in the catalog).
  await parent.register(async (app: HttpApp) => {
    await app.register(multipart, {
      limits: { fileSize: MAX_PRESCRIPTION_BYTES, files: MAX_PRESCRIPTION_FILES, fields: 5 },
    });
    registerRoutes(app, ctx);
  });
}

function registerRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/shops/:id/pharmacist',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: "A pharmacy's registered pharmacist (public for an approved shop)",
        params: shopParams,
        response: { 200: pharmacistSchema, ...errorResponses },
      },
    },
    async (request) => getPharmacist(ctx.db, request.user, request.params.id),
  );
  app.put(
    '/shops/:id/pharmacist',
    {
      config: { auth: ['seller'] },
      schema: {
        tags,
        summary: "Name the pharmacy's registered pharmacist (the shop's owner)",
        params: shopParams,
        body: pharmacistBody,
        response: { 200: pharmacistSchema, ...errorResponses },
      },
    },
    async (request) => setPharmacist(ctx.db, currentUser(request), request.params.id, request.body),
  );

  app.get(
    '/orders/:id/prescriptions',
    {
      config: { auth: ['customer', 'seller'] },
      schema: {
        tags,
        summary: "An order's prescription: status, files, the pharmacist's decision",
        params: orderParams,
        response: { 200: prescriptionSchema, ...errorResponses },
      },
    },
    async (request) => service.orderPrescription(ctx.db, currentUser(request), request.params.id),
  );
  app.post(
    '/orders/:id/prescriptions',
    {
      config: { auth: ['customer'] },
      preHandler: rateLimit(ctx, requestLimits.imageUpload),
      schema: {
        tags,
        summary:
          'Upload the prescription (the buyer; multipart, one or more files: JPEG, PNG, WebP or PDF)',
        consumes: ['multipart/form-data'],
        params: orderParams,
        response: { 201: prescriptionSchema, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { files } = await readUploads(request);
      return reply
        .status(201)
        .send(await service.uploadForOrder(ctx, user, request.params.id, files));
    },
  );
  app.get(
    '/orders/:id/prescriptions/:fileId',
    {
      config: { auth: ['customer', 'seller'] },
      schema: {
        tags,
        summary: 'One prescription file (the buyer and the shop only; never cached)',
        params: fileParams,
      },
    },
    async (request, reply) => {
      const file = await service.fileForOrder(
        ctx,
        currentUser(request),
        request.params.id,
        request.params.fileId,
      );
      return reply
        .type(file.contentType)
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'inline')
        .header('x-content-type-options', 'nosniff')
        .send(file.data);
    },
  );
  app.post(
    '/orders/:id/prescription-review',
    {
      config: { auth: ['seller'] },
      schema: {
        tags,
        summary:
          "The pharmacist's decision (the shop's owner): approve lets the order be accepted; reject (with a reason) cancels and refunds it",
        params: orderParams,
        body: reviewBody,
        response: { 200: prescriptionSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.reviewPrescription(ctx, currentUser(request), request.params.id, {
        decision: request.body.decision,
        reason: request.body.reason ? normalizeText(request.body.reason) : null,
      }),
  );
}
