import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, randomEmail, TEST_PASSWORD } from '../helpers/factories.ts';
import { nginxAvailable, startNginx, type RunningNginx } from '../helpers/nginx.ts';

/**
 * Spoofed client addresses: the per-IP limits and the audit log use `request.ip`, which comes
 * from X-Forwarded-For when TRUST_PROXY allows it. A caller writes whatever it likes into that
 * header; only the hops Haat is told to trust (a count or their addresses) may be believed.
 */

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A real app on a loopback port, with the given TRUST_PROXY. */
async function listeningApp(trustProxy: string): Promise<{ t: TestApp; url: string }> {
  const t = await createTestApp({ TRUST_PROXY: trustProxy });
  cleanups.push(() => t.close());
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = t.app.server.address() as AddressInfo;
  return { t, url: `http://127.0.0.1:${port}` };
}

/** The app as shipped behind the shipped nginx config (TRUST_PROXY=1). */
async function behindNginx(): Promise<{ t: TestApp; nginx: RunningNginx }> {
  const { t, url } = await listeningApp('1');
  const nginx = await startNginx([new URL(url).host]);
  cleanups.push(() => nginx.stop());
  return { t, nginx };
}

function login(base: string, identifier: string, password: string, forwardedFor: string) {
  return fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ identifier, password }),
  });
}

/** 30 failed logins, each for another account and from another forged address; the statuses. */
async function floodLogins(base: string, forwardedFor: (n: number) => string) {
  const statuses: number[] = [];
  for (let n = 1; n <= 30; n++) {
    const res = await login(base, randomEmail(), 'not-the-password', forwardedFor(n));
    statuses.push(res.status);
    if (res.status === 429) {
      const body = (await res.json()) as { error: { code: string } };
      expect(body.error.code).toBe('RATE_LIMITED');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } else await res.body?.cancel();
  }
  return statuses;
}

describe.skipIf(!nginxAvailable)('forged client IP through nginx', () => {
  it(
    'forged X-Forwarded-For through nginx does not escape the login limit',
    { timeout: 120_000 },
    async () => {
      const { nginx } = await behindNginx();
      const statuses = await floodLogins(nginx.base, (n) => `203.0.113.${n}, 127.0.0.1`);
      // 20 failures per IP per 15 minutes: every attempt comes from nginx's one client address.
      expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
      expect(statuses.slice(20)).toEqual(Array(10).fill(429));
    },
  );

  it(
    'forged X-Forwarded-For does not reach the audit log',
    { timeout: 120_000 },
    async () => {
      const { t, nginx } = await behindNginx();
      const user = await createUser(t.ctx);
      const failed = await login(nginx.base, user.email, 'wrong-password', '203.0.113.66');
      expect(failed.status).toBe(401);
      const ok = await login(nginx.base, user.email, TEST_PASSWORD, '203.0.113.67, 10.9.9.9');
      expect(ok.status).toBe(200);
      const rows = await t.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'ip'])
        .where('target_id', '=', user.id)
        .where('action', 'in', ['login.failed', 'login.succeeded'])
        .orderBy('id')
        .execute();
      // The address nginx saw (this test, on loopback), not what the caller wrote.
      expect(rows).toEqual([
        { action: 'login.failed', ip: '127.0.0.1' },
        { action: 'login.succeeded', ip: '127.0.0.1' },
      ]);
    },
  );
});

describe('forged client IP straight at the app', () => {
  it('forged X-Forwarded-For does not escape the login limit with TRUST_PROXY as a hop count', async () => {
    // One trusted hop: only the entry the proxy added (the rightmost) counts, whatever the caller
    // put in front of it.
    const { url } = await listeningApp('1');
    const statuses = await floodLogins(url, (n) => `203.0.113.${n}, 198.51.100.7`);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
  });

  it('forged X-Forwarded-For is ignored from an address that is not a trusted proxy', async () => {
    // Only 10.0.0.5 is a proxy; this caller (127.0.0.1) is not, so its header means nothing.
    const { url } = await listeningApp('10.0.0.5');
    const statuses = await floodLogins(url, (n) => `203.0.113.${n}`);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
  });

  it('TRUST_PROXY=true (trust every hop) is refused at start', async () => {
    await expect(createTestApp({ TRUST_PROXY: 'true' })).rejects.toThrow(/TRUST_PROXY/);
  });
});
