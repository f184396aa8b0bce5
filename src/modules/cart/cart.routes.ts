import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  cartItemInput,
  cartSchema,
  favoriteParams,
  favoritesSchema,
  mergeBody,
  mergeResponse,
  quantitySchema,
  variantParams,
} from './cart.schema.ts';
import * as cart from './cart.service.ts';
import * as favorites from './favorites.service.ts';

const customer = { auth: ['customer'] } as const;
const tags = ['cart'];

export function cartRoutes(app: HttpApp, ctx: AppContext) {
  const me = (request: Parameters<typeof currentUser>[0]) => currentUser(request).id;

  app.get(
    '/cart',
    {
      config: customer,
      schema: {
        tags,
        summary: 'The cart with current prices and what changed',
        response: { 200: cartSchema, ...errorResponses },
      },
    },
    async (request) => cart.getCart(ctx.db, me(request)),
  );

  app.put(
    '/cart',
    {
      config: customer,
      schema: {
        tags,
        summary: 'Replace the whole cart (quantities capped to stock are reported)',
        body: z.object({ items: mergeBody.shape.items }),
        response: { 200: mergeResponse, ...errorResponses },
      },
    },
    async (request) => cart.mergeCart(ctx.db, me(request), request.body.items, true),
  );

  app.delete(
    '/cart',
    {
      config: customer,
      schema: { tags, summary: 'Empty the cart', response: { 204: z.null(), ...errorResponses } },
    },
    async (request, reply) => {
      await cart.clearCart(ctx.db, me(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/cart/items',
    {
      config: customer,
      schema: {
        tags,
        summary: 'Add a quantity of a variant (checked against stock and the per-item limit)',
        body: cartItemInput,
        response: { 200: cartSchema, ...errorResponses },
      },
    },
    async (request) =>
      cart.addItem(ctx.db, me(request), request.body.variantId, request.body.quantity),
  );

  app.put(
    '/cart/items/:variantId',
    {
      config: customer,
      schema: {
        tags,
        summary: "Set a line's quantity",
        params: variantParams,
        body: z.object({ quantity: quantitySchema }),
        response: { 200: cartSchema, ...errorResponses },
      },
    },
    async (request) =>
      cart.setItem(ctx.db, me(request), request.params.variantId, request.body.quantity),
  );

  app.delete(
    '/cart/items/:variantId',
    {
      config: customer,
      schema: {
        tags,
        summary: 'Remove a line',
        params: variantParams,
        response: { 200: cartSchema, ...errorResponses },
      },
    },
    async (request) => cart.removeItem(ctx.db, me(request), request.params.variantId),
  );

  app.post(
    '/cart/merge',
    {
      config: customer,
      schema: {
        tags,
        summary: "Merge the browser's guest cart at login",
        body: mergeBody,
        response: { 200: mergeResponse, ...errorResponses },
      },
    },
    async (request) =>
      cart.mergeCart(ctx.db, me(request), request.body.items, request.body.replace),
  );

  app.get(
    '/favorites',
    {
      config: customer,
      schema: {
        tags: ['favorites'],
        summary: 'Favorite products and shops, newest first',
        response: { 200: favoritesSchema, ...errorResponses },
      },
    },
    async (request) => ({ items: await favorites.listFavorites(ctx.db, me(request)) }),
  );

  app.put(
    '/favorites/:kind/:id',
    {
      config: customer,
      schema: {
        tags: ['favorites'],
        summary: 'Add a favorite (idempotent)',
        params: favoriteParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await favorites.addFavorite(ctx.db, me(request), request.params.kind, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/favorites/:kind/:id',
    {
      config: customer,
      schema: {
        tags: ['favorites'],
        summary: 'Remove a favorite',
        params: favoriteParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await favorites.removeFavorite(ctx.db, me(request), request.params.kind, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
