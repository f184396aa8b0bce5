import { randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { randomPhone } from '../helpers/factories.ts';
import {
  codeFrom,
  lastSmsTo,
  PASSWORD,
  randomIp,
  registerUser,
  startRegistration,
} from '../helpers/identity.ts';

/**
 * OWASP API2 (broken authentication): forged and replayed tokens, and guessing. Each attack is
 * one test. (Login lockouts per account and per IP, the OTP five-tries rule and refresh rotation
 * are also tested in src/modules/identity/identity.{auth,verification}.test.ts.)
 */

let t: TestApp;
let user: Awaited<ReturnType<typeof registerUser>>;

beforeAll(async () => {
  t = await createTestApp();
  user = await registerUser(t.app);
});
afterAll(() => t?.close());

const me = (token: string) =>
  t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });

async function expectRefused(token: string) {
  const res = await me(token);
  expect(res.statusCode).toBe(401);
  expect(res.json().error.code).toBe('UNAUTHENTICATED');
}

/** A token with our claims, signed HS256 with `key`. */
function forge(
  claims: Record<string, unknown>,
  key: Uint8Array,
  options: { issuer?: string; audience?: string; expires?: string | number } = {},
) {
  return new SignJWT({ role: 'customer', ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.user.id)
    .setIssuer(options.issuer ?? 'haat')
    .setAudience(options.audience ?? 'haat-api')
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '10m')
    .sign(key);
}

describe('JWT attacks', () => {
  it('the genuine token works (control)', async () => {
    expect((await me(user.accessToken)).statusCode).toBe(200);
    expect((await me(await forge({}, t.ctx.jwtSecret))).statusCode).toBe(200);
  });

  it('alg:none token is refused', async () => {
    const token = new UnsecuredJWT({ role: 'admin' })
      .setSubject(user.user.id)
      .setIssuer('haat')
      .setAudience('haat-api')
      .setExpirationTime('10m')
      .encode();
    await expectRefused(token);
  });

  it('token signed with a wrong key is refused', async () => {
    await expectRefused(await forge({}, new TextEncoder().encode('x'.repeat(48))));
  });

  it('expired token is refused', async () => {
    await expectRefused(
      await forge({}, t.ctx.jwtSecret, { expires: Math.floor(Date.now() / 1000) - 60 }),
    );
  });

  it('token for another audience is refused', async () => {
    await expectRefused(await forge({}, t.ctx.jwtSecret, { audience: 'some-other-api' }));
  });

  it('token from another issuer is refused', async () => {
    await expectRefused(await forge({}, t.ctx.jwtSecret, { issuer: 'evil' }));
  });

  it('tampered payload (role raised to admin, signature kept) is refused', async () => {
    const [header, payload, signature] = user.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const raised = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
    const token = `${header}.${raised}.${signature}`;
    await expectRefused(token);
    const admin = await t.app.inject({
      url: '/api/v1/admin/orders',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(admin.statusCode).toBe(401);
  });

  it('RS256/HS256 confusion: a token whose header names another algorithm is refused', async () => {
    const [, payload, signature] = user.accessToken.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'HS512', typ: 'JWT' })).toString('base64url');
    await expectRefused(`${header}.${payload}.${signature}`);
  });

  it('a disabled account cannot use its tokens: /me refused, refresh refused and revoked', async () => {
    const victim = await registerUser(t.app);
    await t.ctx.db
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('id', '=', victim.user.id)
      .execute();
    expect((await me(victim.accessToken)).statusCode).toBe(401);
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: victim.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
    expect(refresh.json().error.code).toBe('REFRESH_INVALID');
  });

  it('refresh token reuse revokes the whole family (the thief and the owner are both out)', async () => {
    const victim = await registerUser(t.app);
    const refresh = (token: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: token },
      });
    const rotated = await refresh(victim.refreshToken);
    expect(rotated.statusCode).toBe(200);
    // The stolen, already-used token comes back.
    expect((await refresh(victim.refreshToken)).statusCode).toBe(401);
    // The owner's newer token is now dead too.
    expect((await refresh(rotated.json().refreshToken)).statusCode).toBe(401);
  });
});

describe('brute force and guessing', () => {
  const post = (url: string, payload: Record<string, unknown>, ip: string) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, remoteAddress: ip });

  it('OTP guessing: 20 concurrent wrong guesses spend at most the 5 tries, then the right code fails', async () => {
    const phone = randomPhone();
    const { registrationId } = await startRegistration(t.app, {
      name: 'Victim',
      phone,
      password: PASSWORD,
    });
    const code = codeFrom((await lastSmsTo(t.ctx, phone))!.body);
    const wrong = code === '111111' ? '222222' : '111111';
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/register/verify',
          payload: { registrationId, code: wrong },
          remoteAddress: randomIp(),
        }),
      ),
    );
    expect(answers.every((a) => a.statusCode === 400 || a.statusCode === 429)).toBe(true);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/verify',
      payload: { registrationId, code },
      remoteAddress: randomIp(),
    });
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('OTP_TOO_MANY_ATTEMPTS');
    const row = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('phone', '=', phone)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('password-reset code guessing: after the allowed tries the right code no longer resets', async () => {
    const victim = await registerUser(t.app, { email: undefined });
    const ip = randomIp();
    expect(
      (await post('/auth/password/forgot', { identifier: victim.body.phone }, ip)).statusCode,
    ).toBe(202);
    const code = codeFrom((await lastSmsTo(t.ctx, victim.user.phone))!.body);
    for (let i = 0; i < 8; i++) {
      const guess = String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');
      const res = await post(
        '/auth/password/reset',
        { phone: victim.body.phone, code: guess, newPassword: 'attacker-password-1' },
        randomIp(),
      );
      expect([400, 429]).toContain(res.statusCode);
    }
    const right = await post(
      '/auth/password/reset',
      { phone: victim.body.phone, code, newPassword: 'attacker-password-1' },
      randomIp(),
    );
    expect(right.statusCode).not.toBe(204);
    const login = await post(
      '/auth/login',
      { identifier: victim.body.phone, password: PASSWORD },
      ip,
    );
    expect(login.statusCode).toBe(200);
  });

  it('credential stuffing across accounts from one IP is cut off with 429 and Retry-After', async () => {
    const ip = randomIp();
    let last = await post(
      '/auth/login',
      { identifier: `${randomUUID()}@x.test`, password: 'x' },
      ip,
    );
    for (let i = 0; i < 30 && last.statusCode !== 429; i++) {
      last = await post('/auth/login', { identifier: `${randomUUID()}@x.test`, password: 'x' }, ip);
    }
    expect(last.statusCode).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    // The genuine user from another address is not locked out by it.
    const ok = await post(
      '/auth/login',
      { identifier: user.body.email, password: PASSWORD },
      randomIp(),
    );
    expect(ok.statusCode).toBe(200);
  });

  it.skipIf(!process.env.REDIS_URL)(
    'login lockout holds across API processes (counters in Redis, not in one process)',
    async () => {
      const namespace = `shared-${randomUUID()}`;
      const one = await createTestApp({ REDIS_NAMESPACE: namespace });
      const two = await createTestApp({ REDIS_NAMESPACE: namespace });
      try {
        const victim = await registerUser(one.app);
        const login = (app: TestApp, password: string) =>
          app.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { identifier: victim.body.email, password },
            remoteAddress: randomIp(),
          });
        // Failures alternate between the two processes, as behind a load balancer.
        for (let i = 0; i < 6; i++) await login(i % 2 ? two : one, 'wrong-password-1');
        const right = await login(two, PASSWORD);
        expect(right.statusCode).toBe(429);
      } finally {
        await one.close();
        await two.close();
      }
    },
  );
});
