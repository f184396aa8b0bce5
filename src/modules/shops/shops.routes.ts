import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { auditActor } from '../../platform/http/audit-actor.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  adminListQuery,
  adminShopSchema,
  createShopBody,
  nearbyQuery,
  nearbyShopSchema,
  rejectBody,
  shopIdParams,
  shopSchema,
  suspendBody,
  updateShopBody,
} from './shops.schema.ts';
import * as service from './shops.service.ts';

export function shopRoutes(app: HttpApp, ctx: AppContext) {
  app.post(
    '/shops',
    {
      config: { auth: ['seller'] },
      schema: {
        tags: ['shops'],
        summary: 'Register a shop (status pending until an admin approves it)',
        body: createShopBody,
        response: { 201: shopSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createShop(ctx.db, currentUser(request), request.body)),
  );

  app.get(
    '/shops/mine',
    {
      config: { auth: ['seller'] },
      schema: {
        tags: ['shops'],
        summary: "The signed-in seller's shops, any status",
        response: { 200: z.object({ items: z.array(shopSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await service.listMine(ctx.db, currentUser(request)) }),
  );

  app.get(
    '/shops/nearby',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['shops'],
        summary: 'Approved shops within radius metres (default 1000, max 50000), nearest first',
        querystring: nearbyQuery,
        response: { 200: z.object({ items: z.array(nearbyShopSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { lat, lng, radius } = request.query;
      return { items: await service.nearbyShops(ctx.db, lat, lng, radius) };
    },
  );

  app.get(
    '/shops/:id',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['shops'],
        summary: 'One shop: public when approved; the owner and admins see any status',
        params: shopIdParams,
        response: { 200: shopSchema, ...errorResponses },
      },
    },
    async (request) => service.getShop(ctx.db, request.user, request.params.id),
  );

  app.patch(
    '/shops/:id',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags: ['shops'],
        summary: 'Edit a shop (its owner or an admin); status is not editable here',
        params: shopIdParams,
        body: updateShopBody,
        response: { 200: shopSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateShop(
        ctx.db,
        currentUser(request),
        request.params.id,
        request.body,
        auditActor(request),
      ),
  );

  app.get(
    '/admin/shops',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['shops', 'admin'],
        summary: 'Shops by status with their owners, oldest first',
        querystring: adminListQuery,
        response: {
          200: z.object({ items: z.array(adminShopSchema), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => service.adminList(ctx.db, request.query),
  );

  app.post(
    '/admin/shops/:id/approve',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['shops', 'admin'],
        summary: 'Approve a shop; the seller is told by SMS and email',
        params: shopIdParams,
        response: { 200: shopSchema, ...errorResponses },
      },
    },
    async (request) => {
      const shop = await service.approveShop(ctx.db, request.params.id, auditActor(request));
      ctx.metrics.business.shopsApproved.inc();
      return shop;
    },
  );

  app.post(
    '/admin/shops/:id/reject',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['shops', 'admin'],
        summary: 'Reject a pending shop with a reason; the seller is told by SMS and email',
        params: shopIdParams,
        body: rejectBody,
        response: { 200: shopSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.rejectShop(ctx.db, request.params.id, request.body.reason, auditActor(request)),
  );

  app.post(
    '/admin/shops/:id/suspend',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['shops', 'admin'],
        summary:
          'Suspend an approved shop with a reason: hidden from search, nearby, its page and checkout; the seller is told',
        params: shopIdParams,
        body: suspendBody,
        response: { 200: shopSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.suspendShop(ctx.db, request.params.id, request.body.reason, auditActor(request)),
  );

  app.post(
    '/admin/shops/:id/reinstate',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['shops', 'admin'],
        summary: 'Reinstate a suspended shop; the seller is told',
        params: shopIdParams,
        response: { 200: shopSchema, ...errorResponses },
      },
    },
    async (request) => service.reinstateShop(ctx.db, request.params.id, auditActor(request)),
  );
}
