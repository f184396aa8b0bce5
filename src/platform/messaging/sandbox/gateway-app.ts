import Fastify, { type FastifyInstance } from 'fastify';

/** Fastify app that also reads urlencoded form bodies, as SMS gateways accept them. */
export function gatewayApp(): FastifyInstance {
  const app = Fastify({ logger: false });
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  return app;
}

export async function startGateway(app: FastifyInstance, port = 0, host = '127.0.0.1') {
  const url = await app.listen({ port, host });
  return { url, close: () => app.close() };
}
