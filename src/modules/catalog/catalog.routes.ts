import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { auditActor } from '../../platform/http/audit-actor.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { currentUser } from '../../platform/http/auth.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  adminProductListSchema,
  adminProductQuery,
  categoryCreateBody,
  categoryDetailSchema,
  categoryNodeSchema,
  categoryReorderBody,
  categorySchema,
  categoryUpdateBody,
  hideBody,
  listQuery,
  productCreateBody,
  productListSchema,
  productParams,
  productSchema,
  productSaveBody,
  productUpdateBody,
  shopParams,
  stockAdjustmentBody,
  stockLedgerSchema,
  variantInput,
  variantParams,
  variantSchema,
  variantUpdateBody,
} from './catalog.schema.ts';
import {
  categoryDetail,
  categoryTree,
  createCategory,
  deleteCategory,
  reorderCategories,
  updateCategory,
} from './categories.service.ts';
import { adminProducts, setHidden } from './moderation.service.ts';
import { MAX_IMAGE_BYTES } from './images.service.ts';
import {
  archiveProduct,
  createProduct,
  getProduct,
  listShopProducts,
  updateProduct,
} from './products.service.ts';
import { saveProduct } from './product-save.service.ts';
import { stockLedger } from './stock.service.ts';
import { registerCsvRoutes, registerImageRoutes } from './uploads.routes.ts';
import { registerBatchRoutes } from './batches/batches.routes.ts';
import {
  addVariant,
  adjustVariantStock,
  deleteVariant,
  updateVariant,
  variantOfManagedProduct,
} from './variants.service.ts';

const sellerOrAdmin = ['seller', 'admin'] as const;
const adminOnly = ['admin'] as const;
const ok = z.object({ ok: z.literal(true) });

export async function catalogRoutes(parent: HttpApp, ctx: AppContext) {
  // Encapsulated so multipart parsing applies to these routes only.
  await parent.register(async (app: HttpApp) => {
    await app.register(multipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 10 } });
    registerCategoryRoutes(app, ctx);
    registerProductRoutes(app, ctx);
    registerImageRoutes(app, ctx);
    registerCsvRoutes(app, ctx);
    registerBatchRoutes(app, ctx);
  });
}

function registerCategoryRoutes(app: HttpApp, ctx: AppContext) {
  const tags = ['catalog: categories'];
  app.get(
    '/categories',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'The whole category tree',
        response: { 200: z.object({ items: z.array(categoryNodeSchema) }) },
      },
    },
    async () => ({ items: await categoryTree(ctx.db) }),
  );
  app.get(
    '/categories/:idOrSlug',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'One category with its ancestors and children',
        params: z.object({ idOrSlug: z.string().min(1).max(80) }),
        response: { 200: categoryDetailSchema, ...errorResponses },
      },
    },
    async (request) => categoryDetail(ctx.db, request.params.idOrSlug),
  );
  app.post(
    '/categories',
    {
      config: { auth: adminOnly },
      schema: {
        tags,
        summary: 'Create a category (admin)',
        body: categoryCreateBody,
        response: { 201: categorySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCategory(ctx.db, request.body, auditActor(request))),
  );
  app.patch(
    '/categories/:id',
    {
      config: { auth: adminOnly },
      schema: {
        tags,
        summary:
          'Rename or move a category (admin); products stay in it and their search documents follow',
        params: productParams,
        body: categoryUpdateBody,
        response: { 200: categorySchema, ...errorResponses },
      },
    },
    async (request) => updateCategory(ctx.db, request.params.id, request.body, auditActor(request)),
  );
  app.delete(
    '/categories/:id',
    {
      config: { auth: adminOnly },
      schema: {
        tags,
        summary: 'Delete an empty category (admin); CATEGORY_NOT_EMPTY says what is in the way',
        params: productParams,
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await deleteCategory(ctx.db, request.params.id, auditActor(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/categories/reorder',
    {
      config: { auth: adminOnly },
      schema: {
        tags,
        summary: 'Put the children of one parent in a new order (admin); answers the whole tree',
        body: categoryReorderBody,
        response: { 200: z.object({ items: z.array(categoryNodeSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await reorderCategories(ctx.db, request.body, auditActor(request)),
    }),
  );
}

function registerProductRoutes(app: HttpApp, ctx: AppContext) {
  const tags = ['catalog: products'];
  app.post(
    '/products',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Create a product in your shop, with at least one variant',
        body: productCreateBody,
        response: { 201: productSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProduct(ctx.db, currentUser(request), request.body)),
  );
  app.get(
    '/products/:id',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'A product (public when active and its shop approved; owner/admin always)',
        params: productParams,
        response: { 200: productSchema, ...errorResponses },
      },
    },
    async (request) => getProduct(ctx.db, request.user, request.params.id),
  );
  app.patch(
    '/products/:id',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Update a product',
        params: productParams,
        body: productUpdateBody,
        response: { 200: productSchema, ...errorResponses },
      },
    },
    async (request) => updateProduct(ctx.db, currentUser(request), request.params.id, request.body),
  );
  app.put(
    '/products/:id',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Save a product with its whole variant list, all or nothing',
        params: productParams,
        body: productSaveBody,
        response: { 200: productSchema, ...errorResponses },
      },
    },
    async (request) => saveProduct(ctx.db, currentUser(request), request.params.id, request.body),
  );
  app.delete(
    '/products/:id',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Archive a product (kept for order history)',
        params: productParams,
        response: { 200: productSchema, ...errorResponses },
      },
    },
    async (request) => archiveProduct(ctx.db, currentUser(request), request.params.id),
  );
  app.get(
    '/shops/:id/products',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: "A shop's products, newest first (owner/admin also see drafts and archived)",
        params: shopParams,
        querystring: listQuery,
        response: { 200: productListSchema, ...errorResponses },
      },
    },
    async (request) => listShopProducts(ctx.db, request.user, request.params.id, request.query),
  );
  app.get(
    '/admin/products',
    {
      config: { auth: adminOnly },
      schema: {
        tags: [...tags, 'admin'],
        summary: 'Every product of every shop, newest first, by name/SKU, shop or hidden state',
        querystring: adminProductQuery,
        response: { 200: adminProductListSchema, ...errorResponses },
      },
    },
    async (request) => adminProducts(ctx.db, request.query),
  );
  app.post(
    '/admin/products/:id/hide',
    {
      config: { auth: adminOnly },
      schema: {
        tags: [...tags, 'admin'],
        summary:
          'Hide a product with a reason: gone from public pages, search and checkout; its shop sees the reason',
        params: productParams,
        body: hideBody,
        response: { 200: productSchema, ...errorResponses },
      },
    },
    async (request) =>
      setHidden(ctx.db, request.params.id, true, request.body.reason, {
        ...auditActor(request),
        actorId: currentUser(request).id,
      }),
  );
  app.post(
    '/admin/products/:id/unhide',
    {
      config: { auth: adminOnly },
      schema: {
        tags: [...tags, 'admin'],
        summary: 'Show a hidden product again',
        params: productParams,
        response: { 200: productSchema, ...errorResponses },
      },
    },
    async (request) =>
      setHidden(ctx.db, request.params.id, false, undefined, {
        ...auditActor(request),
        actorId: currentUser(request).id,
      }),
  );

  app.post(
    '/products/:id/variants',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Add a variant',
        params: productParams,
        body: variantInput,
        response: { 201: variantSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addVariant(ctx.db, currentUser(request), request.params.id, request.body)),
  );
  app.patch(
    '/products/:id/variants/:variantId',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Update a variant (stock changes go through stock adjustments)',
        params: variantParams,
        body: variantUpdateBody,
        response: { 200: variantSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateVariant(
        ctx.db,
        currentUser(request),
        request.params.id,
        request.params.variantId,
        request.body,
      ),
  );
  app.delete(
    '/products/:id/variants/:variantId',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Delete a variant (not the last one)',
        params: variantParams,
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await deleteVariant(
        ctx.db,
        currentUser(request),
        request.params.id,
        request.params.variantId,
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/products/:id/variants/:variantId/stock-adjustments',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'Change stock on hand; recorded in the ledger. Never goes below zero.',
        params: variantParams,
        body: stockAdjustmentBody,
        response: {
          201: z.object({ onHand: z.number(), movementId: z.number() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await adjustVariantStock(
            ctx.db,
            currentUser(request),
            request.params.id,
            request.params.variantId,
            request.body,
          ),
        ),
  );
  app.get(
    '/products/:id/variants/:variantId/stock-adjustments',
    {
      config: { auth: sellerOrAdmin },
      schema: {
        tags,
        summary: 'The stock ledger of a variant, newest first',
        params: variantParams,
        querystring: listQuery.omit({ status: true }),
        response: { 200: stockLedgerSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, variantId } = request.params;
      await variantOfManagedProduct(ctx.db, currentUser(request), id, variantId);
      return stockLedger(ctx.db, variantId, request.query);
    },
  );
}
