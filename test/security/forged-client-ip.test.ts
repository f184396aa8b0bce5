import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, randomEmail, TEST_PASSWORD } from '../helpers/factories.ts';
import { nginxAvailable, startNginx, type RunningNginx } from '../helpers/nginx.ts';

/**
 * Spoofed client addresses: the per-IP limits and the audit log use `request.ip`, which comes
 * from X-Forwarded-For when TRUST_PROXY allows it. A caller writes whatever it likes into that
 * header; only the hops Haat is told to trust (a count or their addresses) may be believed.
 * Callers here connect from different loopback addresses (127.0.0.2, 127.0.0.3, …) so that the
 * address a proxy saw differs from the proxy's own (127.0.0.1).
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

type Answer = { status: number; retryAfter?: string; code?: string };

/** POST /auth/login from the loopback address `from`, with a forged X-Forwarded-For. */
function login(
  base: string,
  from: string,
  body: { identifier: string; password: string },
  forwardedFor?: string,
): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}/api/v1/auth/login`,
      {
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'] as string | undefined,
            code: text.startsWith('{') ? JSON.parse(text).error?.code : undefined,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const wrongLogin = () => ({ identifier: randomEmail(), password: 'not-the-password' });

/** 30 failed logins from one caller, each for another account and with another forged address. */
async function floodLogins(base: string, from: string, forwardedFor: (n: number) => string) {
  const statuses: number[] = [];
  for (let n = 1; n <= 30; n++) {
    const res = await login(base, from, wrongLogin(), forwardedFor(n));
    statuses.push(res.status);
    if (res.status === 429) {
      expect(res.code).toBe('RATE_LIMITED');
      expect(Number(res.retryAfter)).toBeGreaterThan(0);
    }
  }
  return statuses;
}

// 20 failed logins per IP per 15 minutes (docs/identity.md).
const LIMITED_AFTER_20 = [...Array(20).fill(401), ...Array(10).fill(429)];

describe.skipIf(!nginxAvailable)('forged client IP through nginx', () => {
  it(
    'forged X-Forwarded-For through nginx does not escape the login limit',
    { timeout: 120_000 },
    async () => {
      const { nginx } = await behindNginx();
      const statuses = await floodLogins(
        nginx.base,
        '127.0.0.2',
        (n) => `203.0.113.${n}, 127.0.0.1`,
      );
      expect(statuses).toEqual(LIMITED_AFTER_20);
      // Another caller behind the same nginx keeps its own allowance: the limit is per client,
      // not one bucket for everyone nginx forwards.
      expect((await login(nginx.base, '127.0.0.3', wrongLogin())).status).toBe(401);
    },
  );

  it('forged X-Forwarded-For does not reach the audit log', { timeout: 120_000 }, async () => {
    const { t, nginx } = await behindNginx();
    const user = await createUser(t.ctx);
    const wrong = { identifier: user.email, password: 'wrong-password' };
    expect((await login(nginx.base, '127.0.0.4', wrong, '203.0.113.66')).status).toBe(401);
    const right = { identifier: user.email, password: TEST_PASSWORD };
    expect((await login(nginx.base, '127.0.0.4', right, '203.0.113.67, 10.9.9.9')).status).toBe(
      200,
    );
    const rows = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'ip'])
      .where('target_id', '=', user.id)
      .where('action', 'in', ['login.failed', 'login.succeeded'])
      .orderBy('id')
      .execute();
    // The address nginx saw, neither what the caller wrote nor nginx's own (127.0.0.1).
    expect(rows).toEqual([
      { action: 'login.failed', ip: '127.0.0.4' },
      { action: 'login.succeeded', ip: '127.0.0.4' },
    ]);
  });
});

describe('forged client IP straight at the app', () => {
  it('forged X-Forwarded-For does not escape the login limit with TRUST_PROXY as a hop count', async () => {
    // One trusted hop: only the entry the proxy added (the rightmost) is the client, whatever
    // the caller put in front of it.
    const { url } = await listeningApp('1');
    const statuses = await floodLogins(url, '127.0.0.1', (n) => `203.0.113.${n}, 198.51.100.7`);
    expect(statuses).toEqual(LIMITED_AFTER_20);
    // The hop count is really used: another client of the proxy has its own allowance.
    expect((await login(url, '127.0.0.1', wrongLogin(), '198.51.100.8')).status).toBe(401);
  });

  it('forged X-Forwarded-For is ignored from an address that is not a trusted proxy', async () => {
    // Only 127.0.0.5 is a proxy; the attacker (127.0.0.6) is not, so its header means nothing.
    const { url } = await listeningApp('127.0.0.5');
    const statuses = await floodLogins(url, '127.0.0.6', (n) => `203.0.113.${n}`);
    expect(statuses).toEqual(LIMITED_AFTER_20);
    // From the trusted proxy the header names the client.
    expect((await login(url, '127.0.0.5', wrongLogin(), '127.0.0.6')).status).toBe(429);
    expect((await login(url, '127.0.0.5', wrongLogin(), '198.51.100.9')).status).toBe(401);
  });

  it('TRUST_PROXY=true (trust every hop) is refused at start', async () => {
    await expect(createTestApp({ TRUST_PROXY: 'true' })).rejects.toThrow(/TRUST_PROXY/);
  });
});
