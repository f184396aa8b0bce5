import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { auditActor } from '../../platform/http/audit-actor.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses, errorResponseSchema } from '../../platform/http/error-schema.ts';
import { requestLocale } from '../../platform/http/error-handler.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { normalizeText } from '../../platform/text.ts';
import { providerUsable, type PaymentGateway } from '../payments/index.ts';
import * as addresses from './addresses.service.ts';
import { handleCallback, UnconfirmedPayment } from './capture.service.ts';
import { checkout } from './checkout.service.ts';
import { presentQuote, priceCart } from './quote.service.ts';
import {
  addressBody,
  addressSchema,
  checkoutBody,
  checkoutHeaders,
  idParams,
  listQuery,
  orderPage,
  orderDetailSchema,
  orderSchema,
  paymentListQuery,
  paymentRowSchema,
  providers,
  quoteBody,
  quoteSchema,
  riderBody,
  shopTodaySchema,
  waitingInShopsSchema,
  transitionBody,
} from './orders.schema.ts';
import * as orders from './orders.service.ts';
import { setRider } from './rider.service.ts';

const customer = { auth: ['customer'] } as const;

export function orderRoutes(app: HttpApp, ctx: AppContext, gateway: PaymentGateway) {
  app.get(
    '/me/addresses',
    {
      config: customer,
      schema: {
        tags: ['orders'],
        summary: 'Saved delivery addresses',
        response: { 200: z.object({ items: z.array(addressSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await addresses.listAddresses(ctx.db, currentUser(request).id) }),
  );
  app.post(
    '/me/addresses',
    {
      config: customer,
      schema: {
        tags: ['orders'],
        summary: 'Save an address (pin, gazetteer place, landmark)',
        body: addressBody,
        response: { 201: addressSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addresses.createAddress(ctx.db, currentUser(request).id, request.body)),
  );
  app.put(
    '/me/addresses/:id',
    {
      config: customer,
      schema: {
        tags: ['orders'],
        summary: 'Replace an address (owner only)',
        params: idParams,
        body: addressBody,
        response: { 200: addressSchema, ...errorResponses },
      },
    },
    async (request) =>
      addresses.updateAddress(ctx.db, currentUser(request).id, request.params.id, request.body),
  );
  app.delete(
    '/me/addresses/:id',
    {
      config: customer,
      schema: {
        tags: ['orders'],
        summary: 'Delete an address (owner only)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await addresses.deleteAddress(ctx.db, currentUser(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/checkout/quote',
    {
      config: customer,
      schema: {
        tags: ['orders'],
        summary:
          'Price the cart before ordering: per shop current items, delivery options with charges, COD, totals',
        body: quoteBody,
        response: { 200: quoteSchema, 422: errorResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const quote = await priceCart(ctx.db, currentUser(request).id, request.body, (p) =>
        providerUsable(ctx.config, p),
      );
      return presentQuote(quote, requestLocale(request));
    },
  );
  app.post(
    '/checkout',
    {
      config: customer,
      schema: {
        tags: ['orders'],
        summary: 'Place one order per shop from the cart; Idempotency-Key required',
        headers: checkoutHeaders,
        body: checkoutBody,
        response: {
          201: z.object({ checkoutId: z.string(), orders: z.array(orderSchema) }),
          200: z.object({ checkoutId: z.string(), orders: z.array(orderSchema) }),
          422: errorResponseSchema,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const result = await checkout(
        ctx,
        gateway,
        user.id,
        request.headers['idempotency-key'],
        request.body,
        // The browser's own address, for the provider's way back when PUBLIC_URL is not set.
        `${request.protocol}://${request.host}`,
      );
      const list = await orders.listByCheckout(ctx.db, result.checkoutId);
      return reply
        .status(result.replayed ? 200 : 201)
        .send({ checkoutId: result.checkoutId, orders: list });
    },
  );

  app.get(
    '/orders',
    {
      config: customer,
      schema: {
        tags: ['orders'],
        summary: "The customer's orders, newest first",
        querystring: listQuery,
        response: { 200: orderPage, ...errorResponses },
      },
    },
    async (request) => orders.listForCustomer(ctx.db, currentUser(request).id, request.query),
  );
  app.get(
    '/orders/:id',
    {
      config: { auth: ['customer', 'seller', 'admin'] },
      schema: {
        tags: ['orders'],
        summary: 'One order with items and timeline',
        params: idParams,
        response: { 200: orderDetailSchema, ...errorResponses },
      },
    },
    async (request) => orders.getOrder(ctx.db, currentUser(request), request.params.id),
  );
  app.post(
    '/orders/:id/transitions',
    {
      config: { auth: ['customer', 'seller', 'admin'] },
      schema: {
        tags: ['orders'],
        summary: 'Move an order one step (who may: see docs/orders.md)',
        params: idParams,
        body: transitionBody,
        response: { 200: orderDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      orders.moveOrder(
        ctx,
        gateway,
        currentUser(request),
        request.params.id,
        request.body.to,
        request.body.reason ? normalizeText(request.body.reason) : null,
      ),
  );
  app.put(
    '/orders/:id/rider',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags: ['orders'],
        summary:
          "The rider carrying the order (its shop's owner, admin; while packed or on its way): name, phone",
        params: idParams,
        body: riderBody,
        response: { 200: orderDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      setRider(ctx.db, currentUser(request), auditActor(request), request.params.id, request.body),
  );
  app.get(
    '/me/shops/waiting-orders',
    {
      config: { auth: ['seller'] },
      schema: {
        tags: ['orders'],
        summary:
          "The signed-in seller's shops with orders waiting for them (to accept, pack, hand over)",
        response: { 200: waitingInShopsSchema, ...errorResponses },
      },
    },
    async (request) => orders.waitingInMyShops(ctx.db, currentUser(request)),
  );
  app.get(
    '/shops/:id/orders/today',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags: ['orders'],
        summary:
          "A shop's day so far (Asia/Dhaka): orders placed and delivered, sales, work waiting",
        params: idParams,
        response: { 200: shopTodaySchema, ...errorResponses },
      },
    },
    async (request) => orders.shopToday(ctx.db, currentUser(request), request.params.id),
  );
  app.get(
    '/shops/:id/orders',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags: ['orders'],
        summary: "A shop's order queue (?status=)",
        params: idParams,
        querystring: listQuery,
        response: { 200: orderPage, ...errorResponses },
      },
    },
    async (request) =>
      orders.listForShop(ctx.db, currentUser(request), request.params.id, request.query),
  );
  app.get(
    '/admin/orders',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['orders', 'admin'],
        summary: 'All orders',
        querystring: listQuery.extend({ shopId: z.uuid().optional() }),
        response: { 200: orderPage, ...errorResponses },
      },
    },
    async (request) => orders.listAll(ctx.db, request.query),
  );
  app.get(
    '/admin/payments',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['payments', 'admin'],
        summary: 'All payments (flagged ones carry flaggedReason)',
        querystring: paymentListQuery,
        response: {
          200: z.object({ items: z.array(paymentRowSchema), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => orders.listPayments(ctx.db, request.query),
  );

  // Provider callbacks: form bodies (SSLCommerz) need a parser, scoped to these routes.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );
    const params = z.object({ provider: providers });
    const data = (request: { query: unknown; body: unknown }) => ({
      query: (request.query ?? {}) as Record<string, string>,
      body: (request.body && typeof request.body === 'object' ? request.body : {}) as Record<
        string,
        string
      >,
    });
    const providerOf = (request: { params: unknown }) => params.parse(request.params).provider;
    // What providers append to the return URL (bKash: paymentID, status; Nagad: payment_ref_id,
    // order_id, status…). Named fields are documented; any other field must still be one string.
    const optional = z.string().max(500).optional();
    const callbackQuery = z
      .object({
        paymentID: optional,
        status: optional,
        signature: optional,
        payment_ref_id: optional,
        order_id: optional,
        merchant: optional,
        status_code: optional,
        message: optional,
      })
      .catchall(z.string());
    const browserReturn = async (
      request: { params: unknown; query: unknown; body: unknown },
      reply: { redirect: (u: string) => unknown },
    ) => {
      try {
        const r = await handleCallback(ctx, gateway, providerOf(request), data(request));
        return reply.redirect(`/orders/${r.orderId}?payment=${r.paymentStatus}`);
      } catch (error) {
        // Outcome unknown (provider timed out or answered garbage): the buyer sees the order and
        // is told not to pay twice; reconciliation settles it.
        if (error instanceof UnconfirmedPayment) {
          return reply.redirect(`/orders/${error.orderId}?payment=unconfirmed`);
        }
        return reply.redirect('/orders?payment=error');
      }
    };
    scope.get(
      '/payments/:provider/callback',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['payments'],
          summary: "Buyer's browser back from the provider (verified with the provider)",
          params,
          querystring: callbackQuery,
        },
      },
      browserReturn,
    );
    scope.post(
      '/payments/:provider/callback',
      {
        config: { auth: 'public' },
        schema: { tags: ['payments'], summary: 'Browser return by form POST (SSLCommerz)', params },
      },
      browserReturn,
    );
    scope.post(
      '/payments/:provider/ipn',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['payments'],
          summary: 'Server-to-server notification (SSLCommerz IPN)',
          params,
          response: {
            200: z.object({ orderId: z.string(), paymentStatus: z.string() }),
            ...errorResponses,
          },
        },
      },
      async (request) => handleCallback(ctx, gateway, providerOf(request), data(request)),
    );
  });
}
