import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { requestLocale } from '../../platform/http/error-handler.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { rateLimit, requestLimits } from '../../platform/http/rate-limit.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  imageFileParams,
  imageOrderBody,
  imageParams,
  imageSchema,
  productParams,
  shopParams,
} from './catalog.schema.ts';
import { csvTemplate, MAX_CSV_BYTES, MAX_CSV_ROWS } from './csv.format.ts';
import { exportCsv, importCsv } from './csv.service.ts';
import {
  configureImageWork,
  deleteImage,
  imageFile,
  reorderImages,
  saveDataSize,
  uploadImage,
} from './images.service.ts';
import { managedShop } from './products.service.ts';
import { readImageFile, readSingleFile } from './upload.ts';
import { sendDownload } from '../../platform/http/download.ts';

const sellerOrAdmin = ['seller', 'admin'] as const;
const ok = z.object({ ok: z.literal(true) });

export function registerImageRoutes(app: HttpApp, ctx: AppContext) {
  configureImageWork(ctx.config);
  const tags = ['catalog: images'];
  app.post(
    '/products/:id/images',
    {
      config: { auth: sellerOrAdmin },
      preHandler: rateLimit(ctx, requestLimits.imageUpload),
      schema: {
        tags,
        summary: 'Upload an image (multipart field "file"); resized in the background',
        consumes: ['multipart/form-data'],
        params: productParams,
        response: { 202: imageSchema, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const data = await readImageFile(request);
      return reply.status(202).send(await uploadImage(ctx, user, request.params.id, data));
    },
  );
  app.patch(
    '/products/:id/images/order',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Reorder images: list every image id in the new order',
        params: productParams,
        body: imageOrderBody,
        response: { 200: z.object({ items: z.array(imageSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await reorderImages(
        ctx.db,
        currentUser(request),
        request.params.id,
        request.body.imageIds,
      ),
    }),
  );
  app.delete(
    '/products/:id/images/:imageId',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Delete an image and its files',
        params: imageParams,
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await deleteImage(ctx, currentUser(request), request.params.id, request.params.imageId);
      return { ok: true as const };
    },
  );
  app.get(
    '/products/:id/images/:imageId/:size',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary:
          'An image file (WebP): large 1200, medium 600, thumb 200 pixels wide; with `Save-Data: on` the next smaller size',
        params: imageFileParams,
      },
    },
    async (request, reply) => {
      const { id, imageId, size } = request.params;
      // A browser (or phone) that asks to save data gets the next smaller size; caches keep the
      // two answers apart.
      const saveData =
        String(request.headers['save-data'] ?? '')
          .trim()
          .toLowerCase() === 'on';
      const file = await imageFile(
        ctx,
        request.user,
        id,
        imageId,
        saveData ? saveDataSize[size] : size,
      );
      return reply
        .type('image/webp')
        .header('cache-control', file.public ? 'public, max-age=86400' : 'private, no-store')
        .header('vary', 'Save-Data')
        .send(file.data);
    },
  );
}

export function registerCsvRoutes(app: HttpApp, ctx: AppContext) {
  const tags = ['catalog: CSV'];
  app.get(
    '/shops/:id/products/csv-template',
    {
      config: { auth: sellerOrAdmin },
      schema: { tags, summary: 'An example CSV with every column', params: shopParams },
    },
    async (request, reply) => {
      await managedShop(ctx.db, currentUser(request), request.params.id);
      return sendDownload(reply, {
        type: 'text/csv; charset=utf-8',
        filename: 'haat-products-template.csv',
        body: csvTemplate(),
      });
    },
  );
  app.get(
    '/shops/:id/products/export.csv',
    {
      config: { auth: sellerOrAdmin },
      schema: { tags, summary: 'Every product variant of the shop as CSV', params: shopParams },
    },
    async (request, reply) => {
      const csv = await exportCsv(ctx.db, currentUser(request), request.params.id);
      return sendDownload(reply, {
        type: 'text/csv; charset=utf-8',
        filename: 'haat-products.csv',
        body: csv,
      });
    },
  );
  app.post(
    '/shops/:id/products/import',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Create or update products from a CSV (multipart field "file"); per-row report',
        consumes: ['multipart/form-data'],
        params: shopParams,
        response: {
          200: z.object({
            summary: z.object({
              created: z.number(),
              updated: z.number(),
              unchanged: z.number(),
              rejected: z.number(),
            }),
            rows: z.array(
              z.object({
                row: z.number(),
                productSku: z.string().nullable(),
                variantSku: z.string().nullable(),
                result: z.enum(['created', 'updated', 'unchanged', 'rejected']),
                reasons: z
                  .array(
                    z.object({
                      column: z.string(),
                      code: z.string(),
                      message: z.string(),
                      detail: z.string().optional(),
                    }),
                  )
                  .optional(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const data = await readSingleFile(request, MAX_CSV_BYTES, {
        code: 'CSV_TOO_LARGE',
        details: { maxRows: MAX_CSV_ROWS, maxMb: MAX_CSV_BYTES / 1024 / 1024 },
      });
      return importCsv(ctx.db, user, request.params.id, data, requestLocale(request));
    },
  );
}
