import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { createShop } from '../helpers/shops.ts';

/**
 * Traces end to end: the app runs in a child process through bin/haat.js (the SDK must load before
 * anything it instruments, which a vitest worker cannot arrange) and exports OTLP/HTTP JSON to a
 * receiver started here. One admin request must yield HTTP, PostgreSQL and worker-job spans that
 * share one trace id, carried through the outbox and the queue.
 */
type Span = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  scope: string;
  attributes?: { key: string; value: { stringValue?: string } }[];
};

const spans: Span[] = [];
/** Everything the receiver got, as text (to look for secrets in any attribute). */
let exported = '';
let receiver: FastifyInstance;
let child: ChildProcess | undefined;
let t: TestApp;
let admin: TestUser;
let baseUrl = '';
const JWT_SECRET = randomBytes(32).toString('hex');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  receiver = Fastify();
  receiver.post('/v1/traces', async (request) => {
    const body = request.body as {
      resourceSpans: { scopeSpans: { scope: { name: string }; spans: Omit<Span, 'scope'>[] }[] }[];
    };
    for (const rs of body.resourceSpans)
      for (const ss of rs.scopeSpans)
        for (const span of ss.spans) spans.push({ ...span, scope: ss.scope.name });
    exported += JSON.stringify(body);
    return {};
  });
  const otlp = await receiver.listen({ host: '127.0.0.1', port: 0 });

  // A database of its own: another file's worker would relay this request's outbox event from a
  // shared one, and the job's span would be in that process, not in the child traced here.
  t = await createIsolatedTestApp({ JWT_SECRET });
  admin = await createUser(t.ctx, { role: 'admin' });

  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: t.ctx.config.DATABASE_URL,
    // No REDIS_URL: the in-process queue keeps this child's jobs away from every other test's.
    JWT_SECRET,
    OTEL_EXPORTER_OTLP_ENDPOINT: otlp,
    OTEL_BSP_SCHEDULE_DELAY: '100',
    OTEL_SERVICE_NAME: 'haat-test',
  };
  child = spawn(process.execPath, ['bin/haat.js', 'serve'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 170_000;
  while (Date.now() < deadline) {
    const up = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    await sleep(100);
  }
  throw new Error('app did not start');
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((resolve) => child!.once('exit', resolve));
  }
  await receiver?.close();
  await t?.close();
});

it('follows one request through HTTP, PostgreSQL, the outbox and the worker job', async () => {
  const seller = await createUser(t.ctx, { role: 'seller' });
  const shop = await createShop(t, seller);
  const res = await fetch(`${baseUrl}/api/v1/admin/shops/${shop.id}/approve`, {
    method: 'POST',
    headers: { authorization: admin.auth.authorization },
  });
  expect(res.status).toBe(200);

  const route = 'POST /api/v1/admin/shops/:id/approve';
  let trace: Span[] = [];
  // Up to a minute: the worker relays the outbox on its own schedule, slower on a loaded machine.
  for (let i = 0; i < 600; i++) {
    const server = spans.find((s) => s.name === route);
    trace = server ? spans.filter((s) => s.traceId === server.traceId) : [];
    if (trace.some((s) => s.name === 'process events shop.approved')) break;
    await sleep(100);
  }
  const names = trace.map((s) => s.name);
  expect(names).toContain(route);
  expect(names).toContain('process events shop.approved');
  expect(names).toContain('publish events');
  const scopes = new Set(trace.map((s) => s.scope));
  expect(scopes).toContain('@opentelemetry/instrumentation-http');
  expect(scopes).toContain('@opentelemetry/instrumentation-pg');

  // The request's own queries hang under the HTTP span; the job's (the SMS and mail written for
  // the seller) under the job span.
  const byId = new Map(trace.map((s) => [s.spanId, s]));
  const ancestors = (span: Span) => {
    const names: string[] = [];
    for (let p = byId.get(span.parentSpanId ?? ''); p; p = byId.get(p.parentSpanId ?? ''))
      names.push(p.name);
    return names;
  };
  const pg = trace.filter((s) => s.scope === '@opentelemetry/instrumentation-pg');
  expect(
    pg.some((s) => ancestors(s).includes(route) && !ancestors(s).includes('publish events')),
  ).toBe(true);
  expect(pg.some((s) => ancestors(s).includes('process events shop.approved'))).toBe(true);
  const job = trace.find((s) => s.name === 'process events shop.approved')!;
  expect(ancestors(job)).toContain(route);
}, 120_000);

it('records no token, ticket or code from a URL in a span', async () => {
  const token = `eyJhbGciOiJIUzI1NiJ9.${randomBytes(24).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
  const ticket = randomBytes(24).toString('base64url');
  await fetch(`${baseUrl}/reset-password?token=${token}&lang=bn`);
  await fetch(`${baseUrl}/api/v1/notifications/stream?ticket=${ticket}`);
  await fetch(`${baseUrl}/api/v1/auth/links/${token}`);
  const attribute = (span: Span, key: string) =>
    span.attributes?.find((a) => a.key === key)?.value.stringValue;
  let seen: Span[] = [];
  for (let i = 0; i < 300 && seen.length < 3; i++) {
    seen = spans.filter((s) =>
      ['/reset-password', '/api/v1/notifications/stream', '/api/v1/auth/links/[redacted]'].includes(
        attribute(s, 'url.path') ?? '',
      ),
    );
    await sleep(100);
  }
  expect(seen).toHaveLength(3);
  expect(seen.map((s) => attribute(s, 'url.query')).filter(Boolean)).toEqual(
    expect.arrayContaining([expect.stringContaining('token=REDACTED')]),
  );
  for (const secret of [token, ticket, token.split('.')[2]!]) {
    expect(exported).not.toContain(secret);
  }
}, 60_000);
