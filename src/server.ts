import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountStates } from './modules/identity/index.ts';
import { modules } from './modules/index.ts';
import { paymentProviderNames, usableProviders } from './modules/payments/index.ts';
import { registerSeoRoutes } from './modules/seo/index.ts';
import type { Config } from './platform/config.ts';
import type { AppContext } from './platform/context.ts';
import { databaseReachable } from './platform/db/migrate.ts';
import { registerAuth } from './platform/http/auth.ts';
import {
  clientErrorHandler,
  frameworkErrorHandler,
  registerErrorHandler,
} from './platform/http/error-handler.ts';
import { registerHttpMetrics } from './platform/http/metrics.ts';
import { indexHtmlReader, pageChunkLinks, withLinks } from './platform/http/page-chunks.ts';
import type { HttpApp } from './platform/http/types.ts';

export type ServerOptions = {
  serveWeb?: boolean;
  /** True once shutdown began: /ready answers 503 so load balancers stop sending traffic. */
  draining?: () => boolean;
  /** URLs per sitemap file before /sitemap.xml becomes an index (default 50,000). */
  sitemapPageSize?: number;
};

export async function buildServer(ctx: AppContext, options: ServerOptions = {}): Promise<HttpApp> {
  const { config } = ctx;
  const app = Fastify({
    loggerInstance: ctx.logger as FastifyBaseLogger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    // While draining, a keep-alive connection is closed after its response, so shutdown need not
    // wait for the client (or nginx) to drop it.
    if (options.draining?.()) void reply.header('connection', 'close');
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', tileOrigin(config.MAP_TILE_URL)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Haat API',
        version: '1',
        description:
          'Marketplace API for Bangladesh\'s local shops. Errors: `{ "error": { "code", "message", "details" } }`; ' +
          'messages follow Accept-Language (bn default, en).',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerAuth(app, ctx.jwtSecret, accountStates(ctx));
  registerErrorHandler(app);
  registerHttpMetrics(app, ctx);

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_request, reply) => {
    if (options.draining?.()) return reply.status(503).send({ status: 'draining' });
    const [database, queue] = await Promise.all([databaseReachable(ctx.db), ctx.queue.ping()]);
    const ready = database && queue;
    return reply.status(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'unavailable',
      database: database ? 'up' : 'down',
      queue: queue ? `up (${ctx.queue.kind})` : `down (${ctx.queue.kind})`,
    });
  });

  await app.register(
    async (api) => {
      api.get(
        '/config',
        {
          config: { auth: 'public' },
          schema: {
            tags: ['platform'],
            summary: 'Public settings the web app needs',
            response: {
              200: z.object({
                mapTileUrl: z.string(),
                locales: z.array(z.string()),
                defaultLocale: z.string(),
                paymentProviders: z
                  .array(z.enum(paymentProviderNames))
                  .describe(
                    'payment methods this installation can take, in the order to offer them',
                  ),
              }),
            },
          },
        },
        async () => ({
          mapTileUrl: config.MAP_TILE_URL,
          locales: ['bn', 'en'],
          defaultLocale: 'bn',
          paymentProviders: usableProviders(config),
        }),
      );
      for (const module of modules) await module.routes?.(api, ctx);
    },
    { prefix: '/api/v1' },
  );

  if (options.serveWeb ?? true) {
    const dist = path.resolve(config.WEB_DIST_DIR);
    const built = await serveWebApp(app, dist);
    await registerSeoRoutes(app, ctx, {
      webDir: built ? dist : null,
      sitemapPageSize: options.sitemapPageSize,
    });
  }
  return app;
}

/**
 * TRUST_PROXY for Fastify. A hop count becomes a function trusting the first `hops` addresses
 * from the connection inwards (Fastify's own numeric option trusts nothing); the API must then be
 * reachable only through those proxies. Address lists are checked against each hop's address.
 */
export function trustProxyOption(value: Config['TRUST_PROXY']) {
  if (typeof value !== 'number') return value;
  const hops = value;
  return (_address: string, hop: number) => hop < hops;
}

function tileOrigin(template: string): string {
  try {
    return new URL(template.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    return "'self'";
  }
}

/**
 * Files the browser must check with the server on every use: the service worker (a cached copy
 * would keep phones on an old version) and the web app manifest.
 */
const REVALIDATED = new Set(['sw.js', 'manifest.webmanifest']);

/**
 * Serves the built React app; unknown non-API paths get index.html so client routes work on reload.
 * The public pages (home, products, shops, categories) are answered by the seo module instead,
 * with their tags in index.html. False when there is no build.
 */
async function serveWebApp(app: HttpApp, dist: string): Promise<boolean> {
  if (!existsSync(path.join(dist, 'index.html'))) {
    app.log.warn({ dist }, 'web app not built (npm run build:web); serving the API only');
    return false;
  }
  // wildcard: false registers one route per built file; everything else falls through to index.html.
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    // No route for `/`: the home page is the seo module's (index.html with its tags).
    index: false,
    // The build writes .br/.gz next to each asset: sent to browsers that accept them.
    preCompressed: true,
    setHeaders: (res, filePath) => {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        void res.header('cache-control', 'public, max-age=31536000, immutable');
      } else if (REVALIDATED.has(path.basename(filePath).replace(/\.(br|gz)$/, ''))) {
        void res.header('cache-control', 'no-cache');
      }
    },
  });
  const chunkLinks = pageChunkLinks(dist);
  const indexHtml = indexHtmlReader(dist);
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.callNotFound();
    }
    void reply.header('cache-control', 'no-cache');
    // A landing page (the bag, an order) names its chunks in the HTML; other paths get the file.
    const links = await chunkLinks(request.url.split('?')[0]!);
    const html = links ? await indexHtml() : null;
    if (html === null) return reply.sendFile('index.html');
    return reply.type('text/html; charset=utf-8').send(withLinks(html, links));
  });
  return true;
}
