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
  tokenFrom,
} from '../../../test/helpers/identity.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://haat.example.com' });
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, extra: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, ...extra });

/** Lets the 60 s resend cooldown pass without waiting (the key is the module's own). */
const skipCooldown = (name: string, subject: string) =>
  t.ctx.kv.delete(`cooldown:${name}:${subject}`);

describe('email verification', () => {
  it('verifies the address with the one-time signed link from the welcome email (in the user locale)', async () => {
    const user = await registerUser(t.app, { locale: 'en' });
    const mail = await lastMailTo(t.ctx, user.user.email);
    expect(mail?.subject).toBe('Haat: verify your email');
    expect(mail?.text_body).toContain('https://haat.example.com/verify-email?token=');
    const token = tokenFrom(mail!.text_body);

    const res = await post('/auth/verify/email', { token });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: user.user.id, emailVerified: true });
    const again = await post('/auth/verify/email', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('VERIFY_TOKEN_INVALID');

    const resend = await post('/auth/verify/email/send', undefined, { headers: user.auth });
    expect(resend.json().error.code).toBe('ALREADY_VERIFIED');
  });

  it('sends Bengali mail by default and refuses forged or edited tokens', async () => {
    const user = await registerUser(t.app);
    const mail = await lastMailTo(t.ctx, user.user.email);
    expect(mail?.subject).toBe('হাট: আপনার ইমেইল যাচাই করুন');
    const token = tokenFrom(mail!.text_body);
    const [h, p] = token.split('.');
    const forged = `${h}.${p}.${'A'.repeat(43)}`;
    expect((await post('/auth/verify/email', { token: forged })).statusCode).toBe(400);
    expect((await post('/auth/verify/email', { token: 'nonsense' })).statusCode).toBe(400);
    // A reset link is not a verification link.
    await skipCooldown('forgot', user.user.email);
    await post(
      '/auth/password/forgot',
      { identifier: user.user.email },
      { remoteAddress: randomIp() },
    );
    const reset = tokenFrom((await lastMailTo(t.ctx, user.user.email))!.text_body);
    expect((await post('/auth/verify/email', { token: reset })).statusCode).toBe(400);
    const me = await t.app.inject({ url: '/api/v1/me', headers: user.auth });
    expect(me.json().user.emailVerified).toBe(false);
  });

  it('resends a link after the cooldown, and not before', async () => {
    const user = await registerUser(t.app);
    const early = await post('/auth/verify/email/send', undefined, { headers: user.auth });
    expect(early.statusCode).toBe(429);
    await skipCooldown('email_verify', user.user.id);
    const res = await post('/auth/verify/email/send', undefined, { headers: user.auth });
    expect(res.statusCode).toBe(202);
    const token = tokenFrom((await lastMailTo(t.ctx, user.user.email))!.text_body);
    expect((await post('/auth/verify/email', { token })).json().user.emailVerified).toBe(true);
  });
});

/**
 * A signed-in user whose phone is not verified yet (registrations verify the phone with their own
 * code, so these are accounts made otherwise), with a first code sent to it.
 */
async function unverifiedPhoneUser() {
  const made = await createUser(t.ctx);
  await t.ctx.db
    .updateTable('users')
    .set({ phone_verified_at: null })
    .where('id', '=', made.id)
    .execute();
  const sent = await post('/auth/verify/phone/send', undefined, {
    headers: made.auth,
    remoteAddress: randomIp(),
  });
  expect(sent.statusCode).toBe(202);
  return { user: { id: made.id, phone: made.phone }, auth: made.auth };
}

describe('phone OTP', () => {
  it('verifies the phone with the 6-digit code sent to it (Bengali digits accepted)', async () => {
    const user = await unverifiedPhoneUser();
    const sms = await lastSmsTo(t.ctx, user.user.phone);
    expect(sms?.body).toContain('হাট');
    const code = codeFrom(sms!.body);
    const bengali = code.replace(/\d/g, (d) => String.fromCharCode(0x09e6 + Number(d)));
    const res = await post('/auth/verify/phone', { code: bengali }, { headers: user.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.phoneVerified).toBe(true);
    // Used codes do not work twice.
    const again = await post('/auth/verify/phone', { code }, { headers: user.auth });
    expect(again.json().error.code).toBe('OTP_INVALID');
  });

  it('enforces the 60 s resend cooldown with 429 and Retry-After; a new code replaces the old', async () => {
    const user = await unverifiedPhoneUser();
    const oldCode = codeFrom((await lastSmsTo(t.ctx, user.user.phone))!.body);
    const early = await post('/auth/verify/phone/send', undefined, { headers: user.auth });
    expect(early.statusCode).toBe(429);
    expect(early.json().error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(early.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    await skipCooldown('phone_verify', user.user.id);
    expect(
      (await post('/auth/verify/phone/send', undefined, { headers: user.auth })).statusCode,
    ).toBe(202);
    const newCode = codeFrom((await lastSmsTo(t.ctx, user.user.phone))!.body);
    if (oldCode !== newCode) {
      const stale = await post('/auth/verify/phone', { code: oldCode }, { headers: user.auth });
      expect(stale.json().error.code).toBe('OTP_INVALID');
    }
    const ok = await post('/auth/verify/phone', { code: newCode }, { headers: user.auth });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses an expired code with OTP_EXPIRED', async () => {
    const user = await unverifiedPhoneUser();
    const code = codeFrom((await lastSmsTo(t.ctx, user.user.phone))!.body);
    await t.ctx.db
      .updateTable('otp_codes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.user.id)
      .execute();
    const res = await post('/auth/verify/phone', { code }, { headers: user.auth });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('OTP_EXPIRED');
  });

  it('allows 5 tries per code: then even the right code is refused (429)', async () => {
    const user = await unverifiedPhoneUser();
    const code = codeFrom((await lastSmsTo(t.ctx, user.user.phone))!.body);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 4; i++) {
      const res = await post('/auth/verify/phone', { code: wrong }, { headers: user.auth });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'OTP_INVALID',
        details: { attemptsLeft: 5 - i },
      });
    }
    const fifth = await post('/auth/verify/phone', { code: wrong }, { headers: user.auth });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('OTP_TOO_MANY_ATTEMPTS');
    const right = await post('/auth/verify/phone', { code }, { headers: user.auth });
    expect(right.json().error.code).toBe('OTP_TOO_MANY_ATTEMPTS');
    const me = await t.app.inject({ url: '/api/v1/me', headers: user.auth });
    expect(me.json().user.phoneVerified).toBe(false);
  });
});

describe('password reset', () => {
  it('resets by email link once, signs out every session, and verifies the email', async () => {
    const user = await registerUser(t.app, { phone: undefined, locale: 'en' });
    const ip = randomIp();
    const forgot = await post(
      '/auth/password/forgot',
      { identifier: user.user.email },
      { remoteAddress: ip },
    );
    expect(forgot.statusCode).toBe(202);
    const mail = await lastMailTo(t.ctx, user.user.email);
    expect(mail?.subject).toBe('Haat: reset your password');
    expect(mail?.text_body).toContain('https://haat.example.com/reset-password?token=');
    const token = tokenFrom(mail!.text_body);

    const weak = await post(
      '/auth/password/reset',
      { token, newPassword: 'short' },
      { remoteAddress: ip },
    );
    expect(weak.json().error.code).toBe('PASSWORD_WEAK');
    const res = await post(
      '/auth/password/reset',
      { token, newPassword: 'new-monsoon-password' },
      { remoteAddress: ip },
    );
    expect(res.statusCode).toBe(204);
    const reuse = await post(
      '/auth/password/reset',
      { token, newPassword: 'another-monsoon-password' },
      { remoteAddress: ip },
    );
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().error.code).toBe('RESET_INVALID');

    expect((await post('/auth/refresh', { refreshToken: user.refreshToken })).statusCode).toBe(401);
    const login = await post(
      '/auth/login',
      { identifier: user.user.email, password: 'new-monsoon-password' },
      { remoteAddress: ip },
    );
    expect(login.statusCode).toBe(200);
    expect(login.json().user.emailVerified).toBe(true);
  });

  it('resets by SMS code sent to the phone', async () => {
    const user = await registerUser(t.app, { email: undefined });
    const ip = randomIp();
    expect(
      (await post('/auth/password/forgot', { identifier: user.body.phone }, { remoteAddress: ip }))
        .statusCode,
    ).toBe(202);
    const sms = await lastSmsTo(t.ctx, user.user.phone);
    expect(sms?.body).toContain('পাসওয়ার্ড রিসেটের কোড');
    const code = codeFrom(sms!.body);
    const wrong = await post(
      '/auth/password/reset',
      {
        phone: user.body.phone,
        code: code === '999999' ? '000000' : '999999',
        newPassword: 'rainy-day-password',
      },
      { remoteAddress: ip },
    );
    expect(wrong.json().error.code).toBe('RESET_INVALID');
    const res = await post(
      '/auth/password/reset',
      { phone: user.user.phone, code, newPassword: 'rainy-day-password' },
      { remoteAddress: ip },
    );
    expect(res.statusCode).toBe(204);
    const login = await post(
      '/auth/login',
      { identifier: user.body.phone, password: 'rainy-day-password' },
      { remoteAddress: ip },
    );
    expect(login.statusCode).toBe(200);
    expect(login.json().user.phoneVerified).toBe(true);
  });

  it('answers 202 for unknown accounts without sending anything', async () => {
    const email = randomEmail();
    const phone = randomPhone();
    for (const identifier of [email, phone]) {
      const res = await post(
        '/auth/password/forgot',
        { identifier },
        { remoteAddress: randomIp() },
      );
      expect(res.statusCode).toBe(202);
    }
    expect(await lastMailTo(t.ctx, email)).toBeUndefined();
    expect(await lastSmsTo(t.ctx, phone)).toBeUndefined();
  });
});

describe('rate limits', () => {
  it('locks an account after 5 failed logins with 429 + Retry-After, even with the right password', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 5; i++) {
      const res = await post(
        '/auth/login',
        { identifier: user.user.email, password: 'wrong-password-x' },
        { remoteAddress: randomIp() },
      );
      expect(res.statusCode).toBe(401);
    }
    const locked = await post(
      '/auth/login',
      { identifier: user.user.email, password: PASSWORD },
      { remoteAddress: randomIp(), headers: { 'accept-language': 'en' } },
    );
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.json().error.message).toBe(
      `Too many attempts. Try again in ${retryAfter} seconds.`,
    );
    // The same account written another way is the same account.
    const viaPhone = await post(
      '/auth/login',
      { identifier: user.user.email.toUpperCase(), password: PASSWORD },
      { remoteAddress: randomIp() },
    );
    expect(viaPhone.statusCode).toBe(429);
  });

  it('blocks one IP after 20 failed logins across accounts', async () => {
    const ip = randomIp();
    for (let i = 0; i < 20; i++) {
      const res = await post(
        '/auth/login',
        { identifier: randomEmail(), password: 'wrong-password-x' },
        { remoteAddress: ip },
      );
      expect(res.statusCode).toBe(401);
    }
    const user = await registerUser(t.app);
    const blocked = await post(
      '/auth/login',
      { identifier: user.user.email, password: PASSWORD },
      { remoteAddress: ip },
    );
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const elsewhere = await post(
      '/auth/login',
      { identifier: user.user.email, password: PASSWORD },
      { remoteAddress: randomIp() },
    );
    expect(elsewhere.statusCode).toBe(200);
  });

  it('limits password-reset requests per identifier (cooldown) and per IP', async () => {
    const user = await registerUser(t.app);
    const ip = randomIp();
    expect(
      (await post('/auth/password/forgot', { identifier: user.user.email }, { remoteAddress: ip }))
        .statusCode,
    ).toBe(202);
    const again = await post(
      '/auth/password/forgot',
      { identifier: user.user.email },
      { remoteAddress: randomIp() },
    );
    expect(again.statusCode).toBe(429);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);

    const busyIp = randomIp();
    for (let i = 0; i < 20; i++) {
      const res = await post(
        '/auth/password/forgot',
        { identifier: randomEmail() },
        { remoteAddress: busyIp },
      );
      expect(res.statusCode).toBe(202);
    }
    const over = await post(
      '/auth/password/forgot',
      { identifier: randomEmail() },
      { remoteAddress: busyIp },
    );
    expect(over.statusCode).toBe(429);
  });
});
