import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { createContext, type AppContext } from '../../src/platform/context.ts';
import type { HttpApp } from '../../src/platform/http/types.ts';
import { loggerOptions } from '../../src/platform/logger.ts';
import { buildServer } from '../../src/server.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, randomEmail, randomPhone } from '../helpers/factories.ts';
import {
  codeFrom,
  lastMailTo,
  lastSmsTo,
  PASSWORD,
  randomIp,
  registerUser,
  rememberContext,
  startRegistration,
  tokenFrom,
} from '../helpers/identity.ts';

/**
 * Abuse of the identity flows by an outsider: SMS pumping (paid messages on demand), account
 * enumeration through registration, locking an owner out with wrong passwords, and credentials
 * leaking through URLs into the request log. Each attack is one test. SMS are counted in the dev
 * outbox table; the log is read from a captured pino stream.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://haat.example.com' });
});
afterAll(() => t?.close());

const post = (app: HttpApp, url: string, payload: unknown, ip = randomIp()) =>
  app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    payload: payload as object,
    remoteAddress: ip,
  });

async function smsCount(ctx: AppContext, phone: string) {
  const row = await ctx.db
    .selectFrom('dev_sms_outbox')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('to_phone', '=', phone)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function smsMetric(ctx: AppContext, outcome: string, reason: string) {
  const { values } = await ctx.metrics.business.sms.get();
  return values.find((v) => v.labels.outcome === outcome && v.labels.reason === reason)?.value ?? 0;
}

const registration = (phone: string) => ({
  name: 'Pump Target',
  phone,
  password: PASSWORD,
});

describe('SMS pumping', () => {
  it('SMS pumping: a sixth OTP to one number within the hour is refused and not sent', async () => {
    const victim = randomPhone();
    const refusedBefore = await smsMetric(t.ctx, 'refused', 'number');
    // Five registrations of the victim's number from five addresses: five codes.
    const started = [];
    for (let i = 0; i < 5; i++) {
      started.push(await startRegistration(t.app, registration(victim), randomIp()));
    }
    expect(await smsCount(t.ctx, victim)).toBe(5);
    // A sixth, by a resend (past its cooldown) or a new registration, from yet another address.
    await t.ctx.kv.delete(`cooldown:register:${started[0]!.registrationId}`);
    const resend = await post(t.app, '/auth/register/resend', {
      registrationId: started[0]!.registrationId,
    });
    expect(resend.statusCode).toBe(429);
    expect(resend.json().error).toMatchObject({ code: 'SMS_LIMIT', details: { limit: 'number' } });
    expect(Number(resend.headers['retry-after'])).toBeGreaterThan(0);
    const sixth = await post(t.app, '/auth/register', registration(victim), randomIp());
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('SMS_LIMIT');
    expect(sixth.json().error.message).toMatch(/SMS/);
    expect(await smsCount(t.ctx, victim)).toBe(5);
    expect(await smsMetric(t.ctx, 'refused', 'number')).toBe(refusedBefore + 2);
  });

  it('SMS pumping: registrations from one IP stop texting after the cap', async () => {
    const ip = randomIp();
    const phones = Array.from({ length: 11 }, () => randomPhone());
    for (const phone of phones.slice(0, 10)) {
      await startRegistration(t.app, registration(phone), ip);
    }
    const eleventh = await post(t.app, '/auth/register', registration(phones[10]!), ip);
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json().error).toMatchObject({ code: 'SMS_LIMIT', details: { limit: 'ip' } });
    expect(await smsCount(t.ctx, phones[10]!)).toBe(0);
    // The same number from another address still gets its code.
    await startRegistration(t.app, registration(phones[10]!), randomIp());
    expect(await smsCount(t.ctx, phones[10]!)).toBe(1);
  });

  it('SMS pumping: the global hourly cap holds across numbers', async () => {
    const small = await createTestApp({ SMS_LIMIT_GLOBAL_HOUR: '3' });
    try {
      const phones = Array.from({ length: 4 }, () => randomPhone());
      for (const phone of phones.slice(0, 3)) {
        await startRegistration(small.app, registration(phone), randomIp());
      }
      const fourth = await post(small.app, '/auth/register', registration(phones[3]!));
      expect(fourth.statusCode).toBe(429);
      expect(fourth.json().error).toMatchObject({
        code: 'SMS_LIMIT',
        details: { limit: 'global' },
      });
      expect(await smsCount(small.ctx, phones[3]!)).toBe(0);
      // A password reset code is held back too (the answer stays 202: it says nothing of accounts).
      const owner = await createUser(small.ctx);
      const forgot = await post(small.app, '/auth/password/forgot', { identifier: owner.phone });
      expect(forgot.statusCode).toBe(202);
      expect(await smsCount(small.ctx, owner.phone)).toBe(0);
      expect(await smsMetric(small.ctx, 'refused', 'global')).toBe(2);
      expect(await smsMetric(small.ctx, 'sent', 'none')).toBe(3);
    } finally {
      await small.close();
    }
  });
});

describe('account enumeration', () => {
  it('account enumeration: registering a taken phone answers exactly like a new one', async () => {
    const owner = await registerUser(t.app, { locale: 'en' });
    const attempt = (phone: string, email: string) =>
      post(t.app, '/auth/register', {
        name: 'Prober',
        phone,
        email,
        password: 'probe-password-2026',
      });
    const newPhone = randomPhone();
    const taken = await attempt(owner.user.phone, randomEmail());
    const fresh = await attempt(randomPhone(), randomEmail());
    const takenEmail = await attempt(newPhone, owner.user.email);
    for (const res of [taken, fresh, takenEmail]) {
      expect(res.statusCode).toBe(202);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.headers['content-type']).toBe(fresh.headers['content-type']);
      const body = res.json();
      expect(Object.keys(body).sort()).toEqual(['channel', 'expiresIn', 'registrationId']);
      expect(body).toMatchObject({ channel: 'phone', expiresIn: 600 });
      expect(body.registrationId).toMatch(/^[0-9a-f-]{36}$/);
    }
    // The owner is told (no code in it); whatever the prober guesses, no account comes of it.
    const notice = await lastSmsTo(t.ctx, owner.user.phone);
    expect(notice?.body).toMatch(/already have an account/);
    expect(notice?.body).not.toMatch(/\d{6}/);
    expect((await lastMailTo(t.ctx, owner.user.email))?.subject).toMatch(/tried to sign up/);
    const guess = await post(t.app, '/auth/register/verify', {
      registrationId: taken.json().registrationId,
      code: '123456',
    });
    expect(guess.statusCode).toBe(400);
    expect(guess.json().error.code).toBe('OTP_INVALID');
    // A new number with someone else's email still gets its account, without that email.
    const code = codeFrom((await lastSmsTo(t.ctx, newPhone))!.body);
    const created = await post(t.app, '/auth/register/verify', {
      registrationId: takenEmail.json().registrationId,
      code,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({ phone: newPhone, email: null });
  });
});

describe('lockout', () => {
  const login = (identifier: string, password: string) =>
    post(t.app, '/auth/login', { identifier, password });

  it('lockout: guesses through phone and email share one account bucket', async () => {
    const user = await registerUser(t.app);
    const local = user.user.phone.replace('+88', '');
    for (const identifier of [user.user.phone, user.user.email, local, user.user.email, local]) {
      expect((await login(identifier, 'wrong-password-x')).statusCode).toBe(401);
    }
    // Five guesses in all: the account is locked whichever identifier comes next.
    for (const identifier of [user.user.phone, user.user.email.toUpperCase()]) {
      const locked = await login(identifier, PASSWORD);
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error).toMatchObject({
        code: 'RATE_LIMITED',
        details: { unlock: true },
      });
    }
  });

  it('lockout: the locked-out owner gets in through the emailed unlock link', async () => {
    const user = await registerUser(t.app, { locale: 'en' });
    for (let i = 0; i < 5; i++) await login(user.user.email, 'wrong-password-x');
    expect((await login(user.user.email, PASSWORD)).statusCode).toBe(429);

    const sent = await post(t.app, '/auth/unlock/send', { identifier: user.user.email });
    expect(sent.statusCode).toBe(202);
    const mail = await lastMailTo(t.ctx, user.user.email);
    expect(mail?.text_body).toContain('https://haat.example.com/unlock?token=');
    const token = tokenFrom(mail!.text_body);
    // Stored hashed only.
    const stored = await t.ctx.db
      .selectFrom('link_tokens')
      .select('token_hash')
      .where('user_id', '=', user.user.id)
      .where('purpose', '=', 'unlock')
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);

    const unlocked = await post(t.app, '/auth/unlock', { token });
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().user.id).toBe(user.user.id);
    const me = await t.app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${unlocked.json().accessToken}` },
    });
    expect(me.statusCode).toBe(200);
    // Single use; and the lock is gone, so the password works again.
    const again = await post(t.app, '/auth/unlock', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('UNLOCK_INVALID');
    expect((await login(user.user.phone, PASSWORD)).statusCode).toBe(200);
    // Asking for a link for an unknown address answers the same and sends nothing.
    const unknown = randomEmail();
    expect((await post(t.app, '/auth/unlock/send', { identifier: unknown })).statusCode).toBe(202);
    expect(await lastMailTo(t.ctx, unknown)).toBeUndefined();
  });

  it('lockout: the locked-out owner gets in with a texted sign-in code', async () => {
    const user = await registerUser(t.app, { email: undefined });
    for (let i = 0; i < 5; i++) await login(user.user.phone, 'wrong-password-x');
    expect((await login(user.user.phone, PASSWORD)).statusCode).toBe(429);
    expect(
      (await post(t.app, '/auth/unlock/send', { identifier: user.body.phone })).statusCode,
    ).toBe(202);
    const code = codeFrom((await lastSmsTo(t.ctx, user.user.phone))!.body);
    const wrong = await post(t.app, '/auth/unlock', {
      phone: user.body.phone,
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.json().error.code).toBe('UNLOCK_INVALID');
    const unlocked = await post(t.app, '/auth/unlock', { phone: user.body.phone, code });
    expect(unlocked.statusCode).toBe(200);
    expect((await login(user.user.phone, PASSWORD)).statusCode).toBe(200);
  });
});

describe('log redaction', () => {
  let ctx: AppContext;
  let app: HttpApp;
  let baseUrl: string;
  let logText = '';

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logText += chunk.toString();
        done();
      },
    });
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'trace',
      DATABASE_URL: inject('databaseUrl'),
      PUBLIC_URL: 'https://haat.example.com',
    });
    ctx = await createContext(config, {
      migrate: false,
      namespace: `test-${randomUUID()}`,
      logger: pino(loggerOptions('trace'), sink),
    });
    app = await buildServer(ctx, { serveWeb: false });
    rememberContext(app, ctx);
    baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  it('log redaction: reset and verify tokens and stream tickets never appear in the request log', async () => {
    const user = await registerUser(app, { locale: 'en' });
    // The email verification link sent after registration, and a reset link.
    const verifyToken = tokenFrom((await lastMailTo(ctx, user.user.email))!.text_body);
    await post(app, '/auth/password/forgot', { identifier: user.user.email });
    const resetToken = tokenFrom((await lastMailTo(ctx, user.user.email))!.text_body);
    expect(resetToken).not.toBe(verifyToken);
    // The web app's pages are opened with the token in the URL (as from the email).
    for (const page of ['/verify-email', '/reset-password', '/unlock']) {
      for (const token of [verifyToken, resetToken]) {
        await fetch(`${baseUrl}${page}?token=${encodeURIComponent(token)}`);
      }
    }
    // A token as a path segment, and a code in a query.
    await fetch(`${baseUrl}/api/v1/auth/links/${resetToken}`);
    await fetch(`${baseUrl}/reset-password?phone=01711111111&code=493817`);
    // A notification stream opened with a real ticket.
    const issued = await app.inject({
      method: 'POST',
      url: '/api/v1/notifications/stream-ticket',
      headers: user.auth,
    });
    const ticket = issued.json().ticket as string;
    const controller = new AbortController();
    const stream = await fetch(`${baseUrl}/api/v1/notifications/stream?ticket=${ticket}`, {
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    controller.abort();
    await stream.body?.cancel().catch(() => undefined);
    // The tokens still work (they were only hidden from the log).
    const verified = await post(app, '/auth/verify/email', { token: verifyToken });
    expect(verified.statusCode).toBe(200);

    await expect.poll(() => logText.includes('notifications/stream?ticket=[redacted]')).toBe(true);
    expect(logText).toContain('/reset-password?token=[redacted]');
    expect(logText).toContain('/verify-email?token=[redacted]');
    expect(logText).toContain('/api/v1/auth/links/[redacted]');
    expect(logText).toContain('code=[redacted]');
    const leaked = [verifyToken, resetToken, ticket, '493817'].filter((s) => logText.includes(s));
    expect(leaked).toEqual([]);
    // Parts of a JWT count too (its signature alone is a secret).
    for (const token of [verifyToken, resetToken]) {
      expect(logText).not.toContain(token.split('.')[2]!);
    }
  });
});
