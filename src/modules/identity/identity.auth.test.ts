import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, randomEmail, randomPhone } from '../../../test/helpers/factories.ts';
import {
  codeFrom,
  lastMailTo,
  lastSmsTo,
  PASSWORD,
  randomIp,
  registerUser,
} from '../../../test/helpers/identity.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, extra: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, ...extra });

describe('register', () => {
  it('registers in two steps: a code to a Bengali-digit 01… number, then the account and a session', async () => {
    const phone = randomPhone();
    const local = phone.replace('+88', '');
    const bengali = local.replace(/\d/g, (d) => String.fromCharCode(0x09e6 + Number(d)));
    const email = randomEmail();
    const ip = randomIp();
    const res = await post(
      '/auth/register',
      // "য়" typed precomposed (U+09DF) is stored in NFC, which decomposes it to য + nukta.
      { name: '  মা\u09dfা  ', phone: bengali, email, password: PASSWORD, locale: 'en' },
      { remoteAddress: ip },
    );
    expect(res.statusCode).toBe(202);
    const started = res.json();
    expect(started).toEqual({
      registrationId: expect.any(String),
      channel: 'phone',
      expiresIn: 600,
    });
    // No account before the code is entered.
    expect(
      await t.ctx.db.selectFrom('users').select('id').where('phone', '=', phone).executeTakeFirst(),
    ).toBeUndefined();
    const sms = await lastSmsTo(t.ctx, phone);
    expect(sms?.body).toMatch(/sign-up code/);
    const wrong = await post(
      '/auth/register/verify',
      {
        registrationId: started.registrationId,
        code: codeFrom(sms!.body) === '000000' ? '111111' : '000000',
      },
      { remoteAddress: ip },
    );
    expect(wrong.json().error).toMatchObject({ code: 'OTP_INVALID', details: { attemptsLeft: 4 } });
    const done = await post(
      '/auth/register/verify',
      { registrationId: started.registrationId, code: codeFrom(sms!.body) },
      { remoteAddress: ip },
    );
    expect(done.statusCode).toBe(201);
    const body = done.json();
    expect(body.user).toMatchObject({
      name: 'মা\u09af\u09bcা',
      phone,
      email,
      role: 'customer',
      locale: 'en',
      phoneVerified: true,
      emailVerified: false,
    });
    expect(body.expiresIn).toBe(900);
    expect(body.refreshToken).toMatch(/^[\w-]{40,}$/);
    const cookie = String(done.headers['set-cookie']);
    expect(cookie).toContain(`haat_rt=${body.refreshToken}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    const row = await t.ctx.db
      .selectFrom('users')
      .select(['password_hash', 'phone'])
      .where('id', '=', body.user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    // The code works once.
    const again = await post(
      '/auth/register/verify',
      { registrationId: started.registrationId, code: codeFrom(sms!.body) },
      { remoteAddress: ip },
    );
    expect(again.json().error.code).toBe('OTP_INVALID');
  });

  it('accepts +880 numbers and registers sellers when asked', async () => {
    const phone = randomPhone();
    const s = await registerUser(t.app, { phone, email: undefined, accountType: 'seller' });
    expect(s.user).toMatchObject({ phone, email: null, role: 'seller' });
  });

  it('registers by email alone with a code sent by email, the email then verified', async () => {
    const email = randomEmail();
    const s = await registerUser(t.app, { phone: undefined, email });
    expect(s.user).toMatchObject({ phone: null, email, emailVerified: true });
  });

  it('answers a taken phone or email like a new one, tells its owner, and creates nothing', async () => {
    const first = await registerUser(t.app, { locale: 'en' });
    const dupPhone = await post(
      '/auth/register',
      { name: 'Other', phone: first.user.phone, password: PASSWORD },
      { remoteAddress: randomIp() },
    );
    expect(dupPhone.statusCode).toBe(202);
    expect(dupPhone.json()).toEqual({
      registrationId: expect.any(String),
      channel: 'phone',
      expiresIn: 600,
    });
    const notice = await lastSmsTo(t.ctx, first.user.phone);
    expect(notice?.body).toMatch(/already have an account/);
    expect(notice?.body).not.toMatch(/\d{6}/);
    const dupEmail = await post(
      '/auth/register',
      { name: 'Other', email: first.user.email.toUpperCase(), password: PASSWORD },
      { remoteAddress: randomIp() },
    );
    expect(dupEmail.statusCode).toBe(202);
    expect((await lastMailTo(t.ctx, first.user.email))?.subject).toMatch(/tried to sign up/);
    // No code was sent, so none works; the owner's account is untouched.
    for (const started of [dupPhone.json(), dupEmail.json()]) {
      const res = await post(
        '/auth/register/verify',
        { registrationId: started.registrationId, code: '123456' },
        { remoteAddress: randomIp() },
      );
      expect(res.json().error.code).toBe('OTP_INVALID');
    }
    const login = await post(
      '/auth/login',
      { identifier: first.user.email, password: PASSWORD },
      { remoteAddress: randomIp() },
    );
    expect(login.statusCode).toBe(200);
  });

  it('answers an invalid phone with 400 PHONE_INVALID in Bengali and English', async () => {
    const payload = { name: 'X', phone: '01212345678', password: PASSWORD };
    const bn = await post('/auth/register', payload, { remoteAddress: randomIp() });
    expect(bn.statusCode).toBe(400);
    expect(bn.json().error).toMatchObject({
      code: 'PHONE_INVALID',
      message: 'সঠিক বাংলাদেশি মোবাইল নম্বর দিন (যেমন 01712345678)।',
    });
    const en = await post('/auth/register', payload, {
      remoteAddress: randomIp(),
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().error).toMatchObject({
      code: 'PHONE_INVALID',
      message: 'Enter a valid Bangladeshi mobile number (e.g. 01712345678).',
    });
  });

  it('refuses weak passwords and a body with neither phone nor email', async () => {
    const weak = await post(
      '/auth/register',
      { name: 'X', phone: randomPhone(), password: '12345678' },
      { remoteAddress: randomIp() },
    );
    expect(weak.json().error.code).toBe('PASSWORD_WEAK');
    const short = await post(
      '/auth/register',
      { name: 'X', phone: randomPhone(), password: 'abc' },
      { remoteAddress: randomIp() },
    );
    expect(short.json().error.code).toBe('PASSWORD_WEAK');
    const none = await post(
      '/auth/register',
      { name: 'X', password: PASSWORD },
      { remoteAddress: randomIp() },
    );
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('PHONE_OR_EMAIL_REQUIRED');
  });
});

describe('mass assignment', () => {
  it('never takes the role from a request body (register or PATCH /me)', async () => {
    const phone = randomPhone();
    const reg = await post(
      '/auth/register',
      { name: 'Mallory', phone, password: PASSWORD, role: 'admin' },
      { remoteAddress: randomIp() },
    );
    expect(reg.statusCode).toBe(400);
    expect(reg.json().error.code).toBe('VALIDATION_FAILED');
    const asType = await post(
      '/auth/register',
      { name: 'Mallory', phone, password: PASSWORD, accountType: 'admin' },
      { remoteAddress: randomIp() },
    );
    expect(asType.statusCode).toBe(400);
    expect(
      await t.ctx.db.selectFrom('users').select('id').where('phone', '=', phone).execute(),
    ).toEqual([]);

    const user = await registerUser(t.app);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: user.auth,
      payload: { name: 'Mallory', role: 'admin' },
    });
    expect(patch.statusCode).toBe(400);
    const row = await t.ctx.db
      .selectFrom('users')
      .select(['role', 'name'])
      .where('id', '=', user.user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'customer', name: 'Rahima Akter' });
    const admin = await t.app.inject({ url: '/api/v1/admin/dev/mail', headers: user.auth });
    expect(admin.statusCode).toBe(403);
  });
});

describe('login, me, refresh, logout', () => {
  it('logs in by phone (any format) or email and reads and updates /me', async () => {
    const user = await registerUser(t.app);
    const byPhone = await post(
      '/auth/login',
      { identifier: `+88 ${user.body.phone}`, password: PASSWORD },
      { remoteAddress: randomIp() },
    );
    expect(byPhone.statusCode).toBe(200);
    expect(byPhone.json().user.id).toBe(user.user.id);
    const byEmail = await post(
      '/auth/login',
      { identifier: user.user.email.toUpperCase(), password: PASSWORD },
      { remoteAddress: randomIp() },
    );
    expect(byEmail.statusCode).toBe(200);
    const auth = { authorization: `Bearer ${byEmail.json().accessToken}` };

    const me = await t.app.inject({ url: '/api/v1/me', headers: auth });
    expect(me.json().user).toMatchObject({ id: user.user.id, role: 'customer' });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: auth,
      payload: { name: ' Rahima  Begum ', locale: 'en' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().user).toMatchObject({ name: 'Rahima Begum', locale: 'en' });
  });

  it('refuses a wrong password with 401 INVALID_CREDENTIALS (same answer for unknown accounts)', async () => {
    const user = await registerUser(t.app);
    const wrong = await post(
      '/auth/login',
      { identifier: user.user.email, password: 'not-the-password' },
      { remoteAddress: randomIp() },
    );
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    const unknown = await post(
      '/auth/login',
      { identifier: randomEmail(), password: PASSWORD },
      { remoteAddress: randomIp() },
    );
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('rotates refresh tokens (body and cookie) and revokes the family when a rotated one is reused', async () => {
    const user = await registerUser(t.app);
    const first = await post('/auth/refresh', { refreshToken: user.refreshToken });
    expect(first.statusCode).toBe(200);
    const r1 = first.json().refreshToken as string;
    expect(r1).not.toBe(user.refreshToken);
    expect(first.json().user.id).toBe(user.user.id);

    // The web app sends only the cookie.
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { haat_rt: r1 },
    });
    expect(second.statusCode).toBe(200);
    const r2 = second.json().refreshToken as string;
    expect(second.cookies.find((c) => c.name === 'haat_rt')?.value).toBe(r2);

    // Replaying r1 (already rotated) is a theft signal: the whole family dies, r2 included.
    const replay = await post('/auth/refresh', { refreshToken: r1 });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('REFRESH_INVALID');
    const afterReplay = await post('/auth/refresh', { refreshToken: r2 });
    expect(afterReplay.statusCode).toBe(401);

    const rows = await t.ctx.db
      .selectFrom('refresh_tokens')
      .select(['revoked_at', 'token_hash'])
      .where('user_id', '=', user.user.id)
      .execute();
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.revoked_at !== null)).toBe(true);
    expect(rows.some((r) => r.token_hash === r2)).toBe(false); // only hashes are stored
  });

  it('keeps other sessions alive when one family is revoked; refuses garbage tokens', async () => {
    const user = await registerUser(t.app);
    const other = await post(
      '/auth/login',
      { identifier: user.user.email, password: PASSWORD },
      { remoteAddress: randomIp() },
    );
    const logout = await post('/auth/logout', { refreshToken: user.refreshToken });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/haat_rt=;.*Max-Age=0/);
    expect((await post('/auth/refresh', { refreshToken: user.refreshToken })).statusCode).toBe(401);
    expect(
      (await post('/auth/refresh', { refreshToken: other.json().refreshToken })).statusCode,
    ).toBe(200);
    expect((await post('/auth/refresh', { refreshToken: 'garbage' })).statusCode).toBe(401);
    expect((await post('/auth/refresh', {})).json().error.code).toBe('REFRESH_INVALID');
  });

  it('logs out with the cookie alone', async () => {
    const user = await registerUser(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { haat_rt: user.refreshToken },
    });
    expect(res.statusCode).toBe(204);
    expect((await post('/auth/refresh', { refreshToken: user.refreshToken })).statusCode).toBe(401);
  });
});

describe('access tokens', () => {
  it('refuses expired, alg:none and wrongly signed tokens', async () => {
    const user = await createUser(t.ctx, { role: 'customer' });
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ role: 'customer' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('haat')
      .setAudience('haat-api')
      .setIssuedAt(now - 3600)
      .setExpirationTime(now - 60)
      .sign(t.ctx.jwtSecret);
    const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({
      sub: user.id,
      role: 'admin',
      iss: 'haat',
      aud: 'haat-api',
      exp: now + 600,
    })}.`;
    const wrongKey = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('haat')
      .setAudience('haat-api')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('another-secret-that-is-32-bytes-long!!'));
    // A valid token with its payload edited (role) fails the signature check too.
    const [h, , sig] = user.token.split('.');
    const tampered = `${h}.${b64({ sub: user.id, role: 'admin', iss: 'haat', aud: 'haat-api', exp: now + 600 })}.${sig}`;

    for (const [token, reason] of [
      [expired, 'token_expired'],
      [none, 'invalid_token'],
      [wrongKey, 'invalid_token'],
      [tampered, 'invalid_token'],
    ] as const) {
      const res = await t.app.inject({
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason } });
    }
    expect((await t.app.inject({ url: '/api/v1/me', headers: user.auth })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/me' })).statusCode).toBe(401);
  });
});

describe('change password', () => {
  it('needs the current password, keeps this session and signs out the others', async () => {
    const user = await registerUser(t.app);
    const other = await post(
      '/auth/login',
      { identifier: user.user.email, password: PASSWORD },
      { remoteAddress: randomIp() },
    );
    const wrong = await post(
      '/me/password',
      { currentPassword: 'nope-nope-nope', newPassword: 'a-brand-new-secret' },
      { headers: user.auth },
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('CURRENT_PASSWORD_WRONG');

    const ok = await post(
      '/me/password',
      { currentPassword: PASSWORD, newPassword: 'a-brand-new-secret' },
      { headers: user.auth },
    );
    expect(ok.statusCode).toBe(204);
    expect(
      (await post('/auth/refresh', { refreshToken: other.json().refreshToken })).statusCode,
    ).toBe(401);
    expect((await post('/auth/refresh', { refreshToken: user.refreshToken })).statusCode).toBe(200);
    const ip = randomIp();
    const oldPw = await post(
      '/auth/login',
      { identifier: user.user.email, password: PASSWORD },
      { remoteAddress: ip },
    );
    expect(oldPw.statusCode).toBe(401);
    const newPw = await post(
      '/auth/login',
      { identifier: user.user.email, password: 'a-brand-new-secret' },
      { remoteAddress: ip },
    );
    expect(newPw.statusCode).toBe(200);
  });
});

describe('HTTP edges', () => {
  it('answers a 2 MB body with 413 and malformed JSON with 400 MALFORMED_JSON', async () => {
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), password: PASSWORD }),
      remoteAddress: randomIp(),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"identifier": "01711111111", "password": ',
      remoteAddress: randomIp(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('MALFORMED_JSON');
  });

  it('lets only admins read the dev outbox', async () => {
    const customer = await createUser(t.ctx, { role: 'customer' });
    const seller = await createUser(t.ctx, { role: 'seller' });
    for (const u of [customer, seller]) {
      const res = await t.app.inject({ url: '/api/v1/admin/dev/sms', headers: u.auth });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('documents the identity routes in OpenAPI', async () => {
    const doc = await t.app.inject('/api/docs/json');
    expect(doc.statusCode).toBe(200);
    expect(Object.keys(doc.json().paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/register', '/api/v1/auth/refresh', '/api/v1/me']),
    );
  });
});
