import { createHash, timingSafeEqual } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { registerErrorHandler } from './error-handler.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function digest(value: string) {
  return createHash('sha256').update(value).digest();
}

/**
 * Who may read /metrics. With METRICS_TOKEN: requests carrying `Authorization: Bearer <token>`.
 * Without it: only requests made on this machine and not relayed by a proxy (a reverse proxy on the
 * same host connects from 127.0.0.1 too, but adds X-Forwarded-For / Forwarded).
 */
export function assertMayReadMetrics(request: FastifyRequest, token: string | undefined) {
  if (token) {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match || !timingSafeEqual(digest(match[1]!), digest(token))) {
      throw new AppError('UNAUTHENTICATED', { reason: 'metrics_token' });
    }
    return;
  }
  const local = LOOPBACK.has(request.socket.remoteAddress ?? '');
  const proxied =
    request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  if (!local || proxied) throw new AppError('FORBIDDEN', { reason: 'metrics_local_only' });
}

function metricsRoute(app: FastifyInstance, ctx: AppContext) {
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    assertMayReadMetrics(request, ctx.config.METRICS_TOKEN);
    const body = await ctx.metrics.registry.metrics();
    return reply.header('content-type', ctx.metrics.registry.contentType).send(body);
  });
}

/**
 * Times every request by its route pattern (`/api/v1/shops/:id`, never the raw URL, so ids do not
 * multiply the series) and serves /metrics. Requests matching no route count as `<unmatched>`.
 */
export function registerHttpMetrics(app: FastifyInstance, ctx: AppContext) {
  const histogram = ctx.metrics.httpRequestDuration;
  app.addHook('onRequest', async (request) => {
    // Names the HTTP server span by its route when traces are on (a no-op otherwise).
    const route = request.routeOptions.url;
    if (route) {
      const span = trace.getActiveSpan();
      span?.setAttribute('http.route', route);
      span?.updateName(`${request.method} ${route}`);
    }
  });
  app.addHook('onResponse', async (request, reply) => {
    histogram.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? '<unmatched>',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
  metricsRoute(app, ctx);
}

/** A worker-only process has no API server: it answers /metrics on METRICS_PORT instead. */
export async function startMetricsServer(ctx: AppContext): Promise<() => Promise<void>> {
  if (ctx.config.METRICS_PORT === 0) return async () => undefined;
  const app = Fastify({ logger: false });
  registerErrorHandler(app);
  metricsRoute(app, ctx);
  const url = await app.listen({ host: ctx.config.HOST, port: ctx.config.METRICS_PORT });
  ctx.logger.info({ url: `${url}/metrics` }, 'worker metrics listening');
  return () => app.close();
}
