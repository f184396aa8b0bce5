import { z } from 'zod';
import type { AppContext } from '../../../platform/context.ts';
import { errorResponses } from '../../../platform/http/error-schema.ts';
import { currentUser } from '../../../platform/http/auth.ts';
import { requestLocale } from '../../../platform/http/error-handler.ts';
import type { HttpApp } from '../../../platform/http/types.ts';
import { readSingleFile } from '../upload.ts';
import { importBatchesCsv, MAX_BATCH_CSV_BYTES } from './batches.csv.ts';
import { batchReport, batchReportCsv } from './batches.report.ts';
import { sendDownload } from '../../../platform/http/download.ts';
import {
  batchCreateBody,
  batchImportSchema,
  batchListQuery,
  batchListSchema,
  batchParams,
  batchReportSchema,
  batchSchema,
  batchShopParams,
  batchTrackingBody,
  batchTrackingSchema,
  batchUpdateBody,
} from './batches.schema.ts';
import {
  addBatch,
  batchTracking,
  listBatches,
  removeBatch,
  setBatchTracking,
  updateBatch,
} from './batches.service.ts';

const sellerOrAdmin = ['seller', 'admin'] as const;
const ok = z.object({ ok: z.literal(true) });

/** Batches with expiry dates (pharmacies, and shops that turn them on). Owner or admin only. */
export function registerBatchRoutes(app: HttpApp, ctx: AppContext) {
  const tags = ['catalog: batches'];
  app.get(
    '/products/:id/batches',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: "A product's batches, earliest expiry first, and how each variant's stock splits",
        params: batchShopParams,
        querystring: batchListQuery,
        response: { 200: batchListSchema, ...errorResponses },
      },
    },
    async (request) => listBatches(ctx.db, currentUser(request), request.params.id, request.query),
  );
  app.post(
    '/products/:id/batches',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary:
          'Add a batch: new stock (a restock in the ledger), or units already in stock with fromUnbatched',
        params: batchShopParams,
        body: batchCreateBody,
        response: { 201: batchSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addBatch(ctx.db, currentUser(request), request.params.id, request.body)),
  );
  app.patch(
    '/products/:id/batches/:batchId',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary:
          'Change a batch; a new quantity is the count now on the shelf (a ledger correction)',
        params: batchParams,
        body: batchUpdateBody,
        response: { 200: batchSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateBatch(
        ctx.db,
        currentUser(request),
        request.params.id,
        request.params.batchId,
        request.body,
      ),
  );
  app.delete(
    '/products/:id/batches/:batchId',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Remove a batch; its units leave stock (a ledger correction)',
        params: batchParams,
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await removeBatch(ctx.db, currentUser(request), request.params.id, request.params.batchId);
      return { ok: true as const };
    },
  );
  app.get(
    '/shops/:id/batch-tracking',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Whether the shop keeps batches',
        params: batchShopParams,
        response: { 200: batchTrackingSchema, ...errorResponses },
      },
    },
    async (request) => batchTracking(ctx.db, currentUser(request), request.params.id),
  );
  app.put(
    '/shops/:id/batch-tracking',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Turn batches on or off for a shop that is not a pharmacy',
        params: batchShopParams,
        body: batchTrackingBody,
        response: { 200: batchTrackingSchema, ...errorResponses },
      },
    },
    async (request) =>
      setBatchTracking(ctx.db, currentUser(request), request.params.id, request.body.enabled),
  );
  app.get(
    '/shops/:id/batches/report',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Stock value by expiry month, expired, written off, and batches near expiry',
        params: batchShopParams,
        response: { 200: batchReportSchema, ...errorResponses },
      },
    },
    async (request) => batchReport(ctx.db, currentUser(request), request.params.id),
  );
  app.get(
    '/shops/:id/batches/report.csv',
    {
      config: { auth: sellerOrAdmin },
      schema: { tags, summary: 'The expiry report as CSV', params: batchShopParams },
    },
    async (request, reply) => {
      const report = await batchReport(ctx.db, currentUser(request), request.params.id);
      return sendDownload(reply, {
        type: 'text/csv; charset=utf-8',
        filename: 'haat-expiry-report.csv',
        body: batchReportCsv(report),
      });
    },
  );
  app.post(
    '/shops/:id/batches/import',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary:
          'Add or set batches from a CSV (multipart field "file"; columns sku, batch_number, expiry, quantity, cost)',
        consumes: ['multipart/form-data'],
        params: batchShopParams,
        response: { 200: batchImportSchema, ...errorResponses },
      },
    },
    async (request) => {
      const data = await readSingleFile(request, MAX_BATCH_CSV_BYTES, {
        code: 'CSV_TOO_LARGE',
        details: { maxRows: 5000, maxMb: MAX_BATCH_CSV_BYTES / 1024 / 1024 },
      });
      return importBatchesCsv(
        ctx.db,
        currentUser(request),
        request.params.id,
        data,
        requestLocale(request),
      );
    },
  );
}
