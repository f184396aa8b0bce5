import type { FastifyReply } from 'fastify';
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
  proposalBody,
  requestFileParams,
  requestListQuery,
  requestPage,
  requestParams,
  requestSchema,
  reviewBody,
  shopParams,
} from './prescriptions.schema.ts';
import * as service from './prescriptions.service.ts';
import * as requests from './requests.service.ts';

const tags = ['prescriptions'];

/** A prescription file: shown inline, never cached by a browser or proxy, never content-sniffed. */
function sendPrivateFile(reply: FastifyReply, file: { contentType: string; data: Buffer }) {
  return reply
    .type(file.contentType)
    .header('cache-control', 'private, no-store')
    .header('content-disposition', 'inline')
    .header('x-content-type-options', 'nosniff')
    .send(file.data);
}

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
      return sendPrivateFile(reply, file);
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

  registerRequestRoutes(app, ctx);
}

function registerRequestRoutes(app: HttpApp, ctx: AppContext) {
  const rtags = ['prescriptions: requests'];
  app.post(
    '/prescription-requests',
    {
      config: { auth: ['customer'] },
      preHandler: rateLimit(ctx, requestLimits.imageUpload),
      schema: {
        tags: rtags,
        summary:
          'Send a prescription to a pharmacy without choosing items (multipart: fields shopId, note?; one or more files)',
        consumes: ['multipart/form-data'],
        response: { 201: requestSchema, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { files, fields } = await readUploads(request);
      return reply
        .status(201)
        .send(
          await requests.createRequest(
            ctx,
            user,
            { shopId: fields.shopId, note: fields.note },
            files,
          ),
        );
    },
  );
  app.get(
    '/prescription-requests',
    {
      config: { auth: ['customer'] },
      schema: {
        tags: rtags,
        summary: "The customer's prescription requests, newest first",
        querystring: requestListQuery,
        response: { 200: requestPage, ...errorResponses },
      },
    },
    async (request) => requests.listMine(ctx.db, currentUser(request), request.query),
  );
  app.get(
    '/shops/:id/prescription-requests',
    {
      config: { auth: ['seller'] },
      schema: {
        tags: rtags,
        summary: "A pharmacy's prescription requests (its owner), newest first",
        params: shopParams,
        querystring: requestListQuery,
        response: { 200: requestPage, ...errorResponses },
      },
    },
    async (request) =>
      requests.listForShop(ctx.db, currentUser(request), request.params.id, request.query),
  );
  app.get(
    '/prescription-requests/:id',
    {
      config: { auth: ['customer', 'seller'] },
      schema: {
        tags: rtags,
        summary: 'One request with its files and the proposal (its customer and the pharmacy)',
        params: requestParams,
        response: { 200: requestSchema, ...errorResponses },
      },
    },
    async (request) => requests.getRequest(ctx.db, currentUser(request), request.params.id),
  );
  app.get(
    '/prescription-requests/:id/files/:fileId',
    {
      config: { auth: ['customer', 'seller'] },
      schema: {
        tags: rtags,
        summary: 'One file of a request (its customer and the pharmacy only; never cached)',
        params: requestFileParams,
      },
    },
    async (request, reply) => {
      const file = await requests.requestFile(
        ctx,
        currentUser(request),
        request.params.id,
        request.params.fileId,
      );
      return sendPrivateFile(reply, file);
    },
  );
  app.put(
    '/prescription-requests/:id/proposal',
    {
      config: { auth: ['seller'] },
      schema: {
        tags: rtags,
        summary:
          "The pharmacy's proposal: its own products and quantities (replaces an earlier one)",
        params: requestParams,
        body: proposalBody,
        response: { 200: requestSchema, ...errorResponses },
      },
    },
    async (request) =>
      requests.propose(ctx.db, currentUser(request), request.params.id, request.body),
  );
  app.post(
    '/prescription-requests/:id/confirm',
    {
      config: { auth: ['customer'] },
      schema: {
        tags: rtags,
        summary: 'The customer accepts the proposal: its items go to the bag',
        params: requestParams,
        response: { 200: requestSchema, ...errorResponses },
      },
    },
    async (request) => requests.confirm(ctx.db, currentUser(request), request.params.id),
  );
  app.post(
    '/prescription-requests/:id/close',
    {
      config: { auth: ['customer', 'seller'] },
      schema: {
        tags: rtags,
        summary: 'Close an unconfirmed request (the pharmacy declines, the customer cancels)',
        params: requestParams,
        response: { 200: requestSchema, ...errorResponses },
      },
    },
    async (request) => requests.closeRequest(ctx.db, currentUser(request), request.params.id),
  );
}
