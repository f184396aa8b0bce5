import multipart from '@fastify/multipart';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { rateLimit, requestLimits } from '../../platform/http/rate-limit.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { MAX_IMAGE_BYTES, readSingleFilePart } from '../catalog/index.ts';
import { parseListText } from './intake.parse.ts';
import {
  acceptBody,
  intakeListSchema,
  intakeLineSchema,
  intakeParams,
  intakeSchema,
  intakeTextBody,
  lineParams,
  listQuery,
  searchBody,
  shopParams,
} from './intake.schema.ts';
import * as intake from './intake.service.ts';
import { linesOfUpload } from './intake.upload.ts';

const tags = ['pharmacy: stocking from a list'];
const seller = ['seller'] as const;
const base = '/shops/:id/medicine-intakes';

export async function intakeRoutes(parent: HttpApp, ctx: AppContext) {
  // Encapsulated so multipart parsing applies to these routes only (as in the catalog).
  await parent.register(async (app: HttpApp) => {
    await app.register(multipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 5 } });
    registerRoutes(app, ctx);
  });
}

function registerRoutes(app: HttpApp, ctx: AppContext) {
  app.post(
    base,
    {
      config: { auth: seller },
      schema: {
        tags,
        summary:
          'Stock the pharmacy from a pasted list: sure lines are added, the rest wait for review',
        params: shopParams,
        body: intakeTextBody,
        response: { 201: intakeSchema, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      // The owner check before the text is read: others learn nothing about it.
      await intake.assertIntakeAccess(ctx, user, request.params.id);
      const { lines, delimited } = parseListText(request.body.text);
      const source = delimited ? 'csv' : 'text';
      return reply
        .status(201)
        .send(await intake.submitIntake(ctx, user, request.params.id, { source, lines }));
    },
  );
  app.post(
    `${base}/upload`,
    {
      config: { auth: seller },
      preHandler: rateLimit(ctx, requestLimits.imageUpload),
      schema: {
        tags,
        summary:
          'Stock the pharmacy from a file (multipart field "file"): a CSV or text export, or a photo of a list or invoice (OCR)',
        consumes: ['multipart/form-data'],
        params: shopParams,
        response: {
          201: intakeSchema,
          ...errorResponses,
          413: errorResponses[400],
          503: errorResponses[400],
        },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const file = await readSingleFilePart(request, MAX_IMAGE_BYTES, {
        code: 'IMAGE_TOO_LARGE',
        details: { maxMb: MAX_IMAGE_BYTES / 1024 / 1024 },
      });
      // The owner check before any decoding or OCR: others cannot make the server work.
      await intake.assertIntakeAccess(ctx, user, request.params.id);
      const list = await linesOfUpload(file, ctx.config.TESSERACT_PATH);
      return reply.status(201).send(await intake.submitIntake(ctx, user, request.params.id, list));
    },
  );
  app.get(
    base,
    {
      config: { auth: seller },
      schema: {
        tags,
        summary: "The shop's lists, newest first, with their counts",
        params: shopParams,
        querystring: listQuery,
        response: { 200: intakeListSchema, ...errorResponses },
      },
    },
    async (request) =>
      intake.listShopIntakes(ctx, currentUser(request), request.params.id, request.query),
  );
  app.get(
    `${base}/:intakeId`,
    {
      config: { auth: seller },
      schema: {
        tags,
        summary: 'A list: its lines with statuses, candidates (with MRP) and what was stocked',
        params: intakeParams,
        response: { 200: intakeSchema, ...errorResponses },
      },
    },
    async (request) =>
      intake.getIntake(ctx, currentUser(request), request.params.id, request.params.intakeId),
  );
  app.post(
    `${base}/:intakeId/lines/:lineId/accept`,
    {
      config: { auth: seller },
      schema: {
        tags,
        summary: 'Stock a waiting line as the chosen master entry (price capped at the MRP)',
        params: lineParams,
        body: acceptBody,
        response: { 200: intakeLineSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, intakeId, lineId } = request.params;
      return intake.acceptLine(ctx, currentUser(request), id, intakeId, lineId, request.body);
    },
  );
  app.post(
    `${base}/:intakeId/lines/:lineId/skip`,
    {
      config: { auth: seller },
      schema: {
        tags,
        summary: 'Leave a waiting line out',
        params: lineParams,
        response: { 200: intakeLineSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, intakeId, lineId } = request.params;
      return intake.skipLine(ctx, currentUser(request), id, intakeId, lineId);
    },
  );
  app.post(
    `${base}/:intakeId/lines/:lineId/search`,
    {
      config: { auth: seller },
      schema: {
        tags,
        summary: 'Search again for a waiting line with other words: new candidates',
        params: lineParams,
        body: searchBody,
        response: { 200: intakeLineSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, intakeId, lineId } = request.params;
      return intake.searchLine(ctx, currentUser(request), id, intakeId, lineId, request.body.query);
    },
  );
}
