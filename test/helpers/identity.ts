import { randomInt } from 'node:crypto';
import type { AppContext } from '../../src/platform/context.ts';
import type { HttpApp } from '../../src/platform/http/types.ts';
import { randomEmail, randomPhone } from './factories.ts';

/** A random private address, so IP-based rate limits of one test never touch another's. */
export function randomIp(): string {
  return `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export const PASSWORD = 'mango-season-2026';

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
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: body,
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
