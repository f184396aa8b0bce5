import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import * as inbox from './notifications.inbox.ts';
import {
  idParams,
  listQuery,
  listResponse,
  notificationSchema,
  preferencesBody,
  preferencesResponse,
  streamQuery,
} from './notifications.schema.ts';
import { pushRoutes } from './notifications.push-routes.ts';
import { openStream, Streams } from './notifications.stream.ts';

const signedIn = ['customer', 'seller', 'admin'] as const;

export function notificationRoutes(app: HttpApp, ctx: AppContext) {
  const streams = new Streams(app);
  app.get(
    '/notifications',
    {
      config: { auth: signedIn },
      schema: {
        tags: ['notifications'],
        summary: "The signed-in user's in-app notifications, newest first",
        querystring: listQuery,
        response: { 200: listResponse, ...errorResponses },
      },
    },
    async (request) => inbox.listInbox(ctx, currentUser(request), request.query),
  );

  app.get(
    '/notifications/unread-count',
    {
      config: { auth: signedIn },
      schema: {
        tags: ['notifications'],
        summary: 'How many notifications are unread',
        response: { 200: z.object({ count: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => ({ count: await inbox.unreadCount(ctx, currentUser(request)) }),
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { auth: signedIn },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of your notifications read',
        params: idParams,
        response: { 200: notificationSchema, ...errorResponses },
      },
    },
    async (request) => inbox.markRead(ctx, currentUser(request), request.params.id),
  );

  app.post(
    '/notifications/read-all',
    {
      config: { auth: signedIn },
      schema: {
        tags: ['notifications'],
        summary: 'Mark all your notifications read',
        response: { 200: z.object({ updated: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => inbox.markAllRead(ctx, currentUser(request)),
  );

  app.post(
    '/notifications/stream-ticket',
    {
      config: { auth: signedIn },
      schema: {
        tags: ['notifications'],
        summary: 'A one-use ticket (valid 60 s) to open the notification stream',
        response: {
          200: z.object({ ticket: z.string(), expiresIn: z.number().int() }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      inbox.issueStreamTicket(ctx, currentUser(request), request.server.accountState),
  );

  app.get(
    '/notifications/stream',
    {
      // The ticket is the credential: EventSource cannot send an Authorization header.
      config: { auth: 'public' },
      schema: {
        tags: ['notifications'],
        summary:
          'Server-sent events: `unread` ({count}) on connect, `notification` for each new one. ' +
          'Open with a ticket from POST /notifications/stream-ticket.',
        querystring: streamQuery,
      },
    },
    async (request, reply) => {
      const owner = await inbox.redeemStreamTicket(
        ctx,
        request.query.ticket,
        request.server.accountState,
      );
      await openStream(ctx, streams, request, reply, owner);
    },
  );

  app.get(
    '/me/notification-preferences',
    {
      config: { auth: signedIn },
      schema: {
        tags: ['notifications'],
        summary: 'Which channels each kind of notification goes to',
        response: { 200: preferencesResponse, ...errorResponses },
      },
    },
    async (request) => ({ items: await inbox.getPreferences(ctx, currentUser(request)) }),
  );

  app.put(
    '/me/notification-preferences',
    {
      config: { auth: signedIn },
      schema: {
        tags: ['notifications'],
        summary: 'Change channels per kind (marketing is opt-in; transactional in-app stays on)',
        body: preferencesBody,
        response: { 200: preferencesResponse, ...errorResponses },
      },
    },
    async (request) => ({
      items: await inbox.updatePreferences(ctx, currentUser(request), request.body),
    }),
  );

  pushRoutes(app, ctx);
}
