import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { pushEndpointAllowed } from '../../platform/messaging/webpush.ts';
import {
  listSubscriptions,
  pushAllowsHttp,
  pushHosts,
  removeSubscription,
  saveSubscription,
  vapidKeys,
} from './notifications.push.ts';

const signedIn = ['customer', 'seller', 'admin'] as const;
const base64url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/);

/** What `PushSubscription.toJSON()` gives in the browser (expirationTime is ignored). */
const subscriptionBody = z.object({
  endpoint: z.string().url().max(1000),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    // An uncompressed P-256 point (65 bytes → 87 characters) and a 16-byte secret (22).
    p256dh: base64url.min(80).max(100),
    auth: base64url.min(16).max(30),
  }),
});
const endpointBody = z.object({ endpoint: z.string().url().max(1000) });
const subscriptionItem = z.object({
  id: z.string(),
  service: z.string().describe("the push service's host (the browser's vendor)"),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastSentAt: z.string().nullable(),
});

/** Web push: the server's public key, and the signed-in user's subscribed browsers. */
export function pushRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/push/public-key',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['notifications'],
        summary: "The server's VAPID public key, for pushManager.subscribe",
        response: { 200: z.object({ publicKey: z.string() }), ...errorResponses },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return { publicKey: (await vapidKeys(ctx)).publicKey };
    },
  );

  app.get(
    '/me/push-subscriptions',
    {
      config: { auth: signedIn },
      schema: {
        tags: ['notifications'],
        summary: 'The browsers that show your order updates as notifications',
        response: { 200: z.object({ items: z.array(subscriptionItem) }), ...errorResponses },
      },
    },
    async (request) => {
      const rows = await listSubscriptions(ctx, currentUser(request).id);
      return {
        items: rows.map((r) => ({
          id: r.id,
          service: new URL(r.endpoint).hostname,
          userAgent: r.user_agent,
          createdAt: r.created_at.toISOString(),
          lastSentAt: r.last_sent_at?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/me/push-subscriptions',
    {
      config: { auth: signedIn },
      schema: {
        tags: ['notifications'],
        summary: "Show this browser your order updates (after the browser's permission)",
        body: subscriptionBody,
        response: { 201: z.object({ id: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!pushEndpointAllowed(body.endpoint, pushHosts(ctx), pushAllowsHttp(ctx)))
        throw new AppError('PUSH_ENDPOINT_NOT_ALLOWED');
      const row = await saveSubscription(
        ctx,
        currentUser(request).id,
        { endpoint: body.endpoint, keys: body.keys },
        request.headers['user-agent'] ?? null,
      );
      return reply.code(201).send({ id: row.id });
    },
  );

  app.delete(
    '/me/push-subscriptions',
    {
      config: { auth: signedIn },
      schema: {
        tags: ['notifications'],
        summary: 'Stop notifications in this browser (on sign-out too)',
        body: endpointBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeSubscription(ctx, currentUser(request).id, request.body.endpoint);
      return reply.code(204).send(null);
    },
  );
}
