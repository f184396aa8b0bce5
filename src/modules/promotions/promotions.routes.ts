import type { AppContext } from '../../platform/context.ts';
import { auditActor } from '../../platform/http/audit-actor.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { createCoupon, listCoupons, listShopCoupons, updateCoupon } from './coupons.service.ts';
import {
  createFlashSale,
  getFreeDelivery,
  listFlashSales,
  productFlashSales,
  putFreeDelivery,
  updateFlashSale,
} from './flash-sales.service.ts';
import {
  couponBody,
  couponPatch,
  couponSchema,
  couponsPage,
  flashSaleBody,
  flashSalePatch,
  flashSaleSchema,
  flashSalesPage,
  freeDeliveryBody,
  freeDeliverySchema,
  idParams,
  listQuery,
  productFlashParams,
  productFlashSales as productFlashSalesSchema,
  shopItemParams,
} from './promotions.schema.ts';

const tags = ['promotions'];
const adminTags = [...tags, 'admin'];
const shopRoles = ['seller', 'admin'] as const;

export function promotionRoutes(app: HttpApp, ctx: AppContext) {
  const db = ctx.db;

  // Shop coupons (funded by the shop): its seller, or an admin.
  app.get(
    '/shops/:id/coupons',
    {
      config: { auth: shopRoles },
      schema: {
        tags,
        summary: "The shop's coupons, newest first",
        params: idParams,
        querystring: listQuery,
        response: { 200: couponsPage, ...errorResponses },
      },
    },
    async (request) => listShopCoupons(db, currentUser(request), request.params.id, request.query),
  );
  app.post(
    '/shops/:id/coupons',
    {
      config: { auth: shopRoles },
      schema: {
        tags,
        summary: 'Make a coupon the shop pays for (percent or fixed, with its rules)',
        params: idParams,
        body: couponBody,
        response: { 201: couponSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createCoupon(
            db,
            currentUser(request),
            request.params.id,
            request.body,
            auditActor(request),
          ),
        ),
  );
  app.patch(
    '/shops/:id/coupons/:itemId',
    {
      config: { auth: shopRoles },
      schema: {
        tags,
        summary: "Edit a shop coupon's rules, or switch it off or on",
        params: shopItemParams,
        body: couponPatch,
        response: { 200: couponSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateCoupon(
        db,
        currentUser(request),
        request.params.id,
        request.params.itemId,
        request.body,
        auditActor(request),
      ),
  );
  app.delete(
    '/shops/:id/coupons/:itemId',
    {
      config: { auth: shopRoles },
      schema: {
        tags,
        summary: 'Switch a shop coupon off (its uses stay on record)',
        params: shopItemParams,
        response: { 200: couponSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateCoupon(
        db,
        currentUser(request),
        request.params.id,
        request.params.itemId,
        {
          active: false,
        },
        auditActor(request),
      ),
  );

  // Platform coupons (funded by the platform): admins.
  app.get(
    '/admin/coupons',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: "The platform's coupons, newest first",
        querystring: listQuery,
        response: { 200: couponsPage, ...errorResponses },
      },
    },
    async (request) => listCoupons(db, null, request.query),
  );
  app.post(
    '/admin/coupons',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Make a coupon the platform pays for (valid at every shop)',
        body: couponBody,
        response: { 201: couponSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createCoupon(db, currentUser(request), null, request.body, auditActor(request)),
        ),
  );
  app.patch(
    '/admin/coupons/:id',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: "Edit a platform coupon's rules, or switch it off or on",
        params: idParams,
        body: couponPatch,
        response: { 200: couponSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateCoupon(
        db,
        currentUser(request),
        null,
        request.params.id,
        request.body,
        auditActor(request),
      ),
  );
  app.delete(
    '/admin/coupons/:id',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Switch a platform coupon off',
        params: idParams,
        response: { 200: couponSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateCoupon(
        db,
        currentUser(request),
        null,
        request.params.id,
        { active: false },
        auditActor(request),
      ),
  );

  // Flash sales.
  app.get(
    '/shops/:id/flash-sales',
    {
      config: { auth: shopRoles },
      schema: {
        tags,
        summary: "The shop's flash sales, newest first",
        params: idParams,
        querystring: listQuery,
        response: { 200: flashSalesPage, ...errorResponses },
      },
    },
    async (request) => listFlashSales(db, currentUser(request), request.params.id, request.query),
  );
  app.post(
    '/shops/:id/flash-sales',
    {
      config: { auth: shopRoles },
      schema: {
        tags,
        summary: 'Schedule a flash price on an item, with a stock cap and a per-customer limit',
        params: idParams,
        body: flashSaleBody,
        response: { 201: flashSaleSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createFlashSale(
            db,
            currentUser(request),
            request.params.id,
            request.body,
            auditActor(request),
          ),
        ),
  );
  app.patch(
    '/shops/:id/flash-sales/:itemId',
    {
      config: { auth: shopRoles },
      schema: {
        tags,
        summary: 'Edit a flash sale, or switch it off or on',
        params: shopItemParams,
        body: flashSalePatch,
        response: { 200: flashSaleSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateFlashSale(
        db,
        currentUser(request),
        request.params.id,
        request.params.itemId,
        request.body,
        auditActor(request),
      ),
  );
  app.delete(
    '/shops/:id/flash-sales/:itemId',
    {
      config: { auth: shopRoles },
      schema: {
        tags,
        summary: 'Switch a flash sale off',
        params: shopItemParams,
        response: { 200: flashSaleSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateFlashSale(
        db,
        currentUser(request),
        request.params.id,
        request.params.itemId,
        {
          active: false,
        },
        auditActor(request),
      ),
  );
  app.get(
    '/products/:id/flash-sales',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: "A product's flash sales running now or coming (price and countdown)",
        params: productFlashParams,
        response: { 200: productFlashSalesSchema, ...errorResponses },
      },
    },
    async (request) => productFlashSales(db, request.params.id),
  );

  // Free delivery over a threshold.
  app.get(
    '/shops/:id/free-delivery',
    {
      config: { auth: shopRoles },
      schema: {
        tags,
        summary: "The shop's free-delivery threshold",
        params: idParams,
        response: { 200: freeDeliverySchema, ...errorResponses },
      },
    },
    async (request) => getFreeDelivery(db, currentUser(request), request.params.id),
  );
  app.put(
    '/shops/:id/free-delivery',
    {
      config: { auth: shopRoles },
      schema: {
        tags,
        summary:
          'Free delivery when the goods reach a total (the shop pays the delivery); null: off',
        params: idParams,
        body: freeDeliveryBody,
        response: { 200: freeDeliverySchema, ...errorResponses },
      },
    },
    async (request) =>
      putFreeDelivery(db, currentUser(request), request.params.id, request.body.minSubtotal),
  );
}
