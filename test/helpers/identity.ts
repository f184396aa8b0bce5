import { randomInt } from 'node:crypto';
import type { AppContext } from '../../src/platform/context.ts';
import type { HttpApp } from '../../src/platform/http/types.ts';
import { normalizeBdPhone } from '../../src/platform/phone.ts';
import { randomEmail, randomPhone } from './factories.ts';

/** A random private address, so IP-based rate limits of one test never touch another's. */
export function randomIp(): string {
  return `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export const PASSWORD = 'mango-season-2026';

/** Starts a registration (POST /auth/register); throws unless it answers 202. */
export async function startRegistration(
  app: HttpApp,
  body: Record<string, unknown>,
  ip = randomIp(),
) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: body,
    remoteAddress: ip,
  });
  if (res.statusCode !== 202) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  return res.json() as { registrationId: string; channel: 'phone' | 'email'; expiresIn: number };
}

/**
 * Registers through the API as a person would: the registration, then the code from the dev SMS
 * outbox (or the dev mailbox for an email-only registration). The phone (or email) is then verified.
 */
export async function registerUser(
  app: HttpApp,
  overrides: Record<string, unknown> = {},
  ip = randomIp(),
) {
  const body = {
    name: 'Rahima Akter',
    phone: randomPhone().replace('+88', ''),
    email: randomEmail(),
    password: PASSWORD,
    ...overrides,
  };
  const { registrationId, channel } = await startRegistration(app, body, ip);
  const code = await registrationCode(contextOf(app), body, channel);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register/verify',
    payload: { registrationId, code },
    remoteAddress: ip,
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const session = res.json() as {
    user: { id: string; phone: string; email: string; role: string };
    accessToken: string;
    refreshToken: string;
  };
  return { ...session, body, auth: { authorization: `Bearer ${session.accessToken}` } };
}

const contexts = new WeakMap<HttpApp, AppContext>();

/** Tells registerUser which context (database) an app writes its dev outbox to. */
export function rememberContext(app: HttpApp, ctx: AppContext) {
  contexts.set(app, ctx);
}

function contextOf(app: HttpApp): AppContext {
  const ctx = contexts.get(app);
  if (!ctx) throw new Error('registerUser: the app was not built by createTestApp');
  return ctx;
}

/** The newest registration code sent to the phone (or, for email-only, the email) of `body`. */
export async function registrationCode(
  ctx: AppContext,
  body: { phone?: unknown; email?: unknown },
  channel: 'phone' | 'email',
): Promise<string> {
  if (channel === 'phone') {
    const phone = normalizeBdPhone(String(body.phone));
    const sms = phone && (await lastSmsTo(ctx, phone));
    if (!sms) throw new Error(`no registration SMS to ${String(body.phone)}`);
    return codeFrom(sms.body);
  }
  const mail = await lastMailTo(ctx, String(body.email).trim().toLowerCase());
  if (!mail) throw new Error(`no registration email to ${String(body.email)}`);
  return codeFrom(mail.text_body);
}

export async function lastMailTo(ctx: AppContext, to: string) {
  return ctx.db
    .selectFrom('dev_mailbox')
    .selectAll()
    .where('to_address', '=', to)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function lastSmsTo(ctx: AppContext, phone: string) {
  return ctx.db
    .selectFrom('dev_sms_outbox')
    .selectAll()
    .where('to_phone', '=', phone)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export function codeFrom(body: string): string {
  const match = /\b(\d{6})\b/.exec(body);
  if (!match?.[1]) throw new Error(`no 6-digit code in: ${body}`);
  return match[1];
}

export function tokenFrom(text: string): string {
  const match = /[?&]token=([^\s&]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no token link in: ${text}`);
  return decodeURIComponent(match[1]);
}
