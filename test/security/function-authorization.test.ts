import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteAuth } from '../../src/platform/http/auth.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';

/**
 * OWASP API5 (broken function level authorization), walked over EVERY API route as registered: the
 * roles each route declares (`config.auth`, required by the server) are enforced before anything
 * else runs, for anonymous callers, customers and sellers. A new route is covered without a change
 * here. Path parameters get a random uuid: the role check answers before the route looks anything up.
 */

let t: TestApp;
let users: Record<'customer' | 'seller' | 'admin', TestUser>;
let routes: { method: string; url: string; auth: RouteAuth }[];

beforeAll(async () => {
  t = await createTestApp();
  const [customer, seller, admin] = await Promise.all([
    createUser(t.ctx, { role: 'customer' }),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'admin' }),
  ]);
  users = { customer: customer!, seller: seller!, admin: admin! };
  routes = t.app.routeAuth.filter((r) => !r.url.includes('*'));
});
afterAll(() => t?.close());

const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, () => randomUUID());

async function call(route: { method: string; url: string }, user?: TestUser) {
  const res = await t.app.inject({
    method: route.method as 'GET',
    url: concrete(route.url),
    headers: user?.auth ?? {},
    ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}),
  });
  return {
    status: res.statusCode,
    code: (res.json() as { error?: { code?: string } }).error?.code,
  };
}

/** Routes a role may not call, with the answer each gave; empty when all refuse correctly. */
async function wrongAnswers(
  role: 'anonymous' | 'customer' | 'seller',
  expected: { status: number; code: string },
) {
  const refused = routes.filter((r) =>
    role === 'anonymous' ? r.auth !== 'public' : r.auth !== 'public' && !r.auth.includes(role),
  );
  expect(refused.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  for (const route of refused) {
    const answer = await call(route, role === 'anonymous' ? undefined : users[role]);
    if (answer.status !== expected.status || answer.code !== expected.code) {
      wrong.push(`${route.method} ${route.url} → ${answer.status} ${answer.code}`);
    }
  }
  return { wrong, checked: refused.length };
}

describe('function-level authorization (every route)', () => {
  it('every API route declares who may call it', () => {
    expect(routes.length).toBeGreaterThan(90);
    for (const r of routes) expect(r.auth === 'public' || r.auth.length > 0).toBe(true);
  });

  it('anonymous callers get 401 UNAUTHENTICATED on every signed-in route', async () => {
    const { wrong, checked } = await wrongAnswers('anonymous', {
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });

  it('a customer gets 403 FORBIDDEN on every seller and admin route', async () => {
    const { wrong, checked } = await wrongAnswers('customer', { status: 403, code: 'FORBIDDEN' });
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it('a seller gets 403 FORBIDDEN on every admin and customer-only route', async () => {
    const { wrong, checked } = await wrongAnswers('seller', { status: 403, code: 'FORBIDDEN' });
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it('every /admin route is for admins only', () => {
    const admin = routes.filter((r) => r.url.startsWith('/api/v1/admin/'));
    expect(admin.length).toBeGreaterThan(10);
    const open = admin.filter((r) => r.auth === 'public' || r.auth.join() !== 'admin');
    expect(open.map((r) => `${r.method} ${r.url} ${JSON.stringify(r.auth)}`)).toEqual([]);
  });

  it('privilege escalation by header: a role claimed outside the token is ignored', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/orders',
      headers: { ...users.customer.auth, 'x-role': 'admin', 'x-user-role': 'admin' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });
});
