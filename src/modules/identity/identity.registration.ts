import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { isUniqueViolation } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { asciiDigits } from '../../platform/text.ts';
import * as limits from './identity.limits.ts';
import {
  registrationAttemptMail,
  registrationAttemptSms,
  registrationCodeMail,
  registrationCodeSms,
} from './identity.messages.ts';
import { deliverQuietly, prepareLinkMail, type Delivery } from './identity.messaging.ts';
import { assertStrongPassword, hashPassword } from './identity.passwords.ts';
import * as repo from './identity.repo.ts';
import type { RegisterInput } from './identity.schema.ts';
import {
  issueSession,
  normalizeName,
  parsePhone,
  type RequestMeta,
  type Session,
  withoutTokenId,
} from './identity.service.ts';
import { reserveSms, sendSms } from './identity.sms.ts';
import type { PendingRegistrationsTable } from './identity.tables.ts';
import { newOtpCode, OTP_MAX_ATTEMPTS, OTP_TTL_MS, otpHash, sameHash } from './identity.tokens.ts';
import type { Selectable } from 'kysely';

/**
 * Registration in two steps, so that it cannot be used to find out who has an account:
 *
 * 1. `start` answers the same (202, a registration id) whether or not the phone or email is taken.
 *    A new number gets a 6-digit code; a number that already has an account gets a notice instead
 *    ("someone tried to register with your number: sign in or reset your password"), and the
 *    registration waits for a code that was never sent. Email-only registrations work the same way
 *    by email. Every SMS goes through the SMS caps (identity.sms.ts), for new and taken numbers alike.
 * 2. `verify` takes the code and creates the account, its phone (or email) already verified, and
 *    signs the user in.
 */

type Pending = Selectable<PendingRegistrationsTable>;
const { limits: l } = limits;

export type Started = { registrationId: string; channel: 'phone' | 'email'; expiresIn: number };

export async function start(
  ctx: AppContext,
  input: RegisterInput,
  meta: RequestMeta,
): Promise<Started> {
  await limits.consume(ctx.kv, l.registerIp, meta.ip);
  const name = normalizeName(input.name);
  const phone = input.phone ? parsePhone(input.phone) : null;
  const email = input.email ? input.email.trim().toLowerCase() : null;
  if (!phone && !email) throw new AppError('PHONE_OR_EMAIL_REQUIRED');
  assertStrongPassword(input.password, { phone, email });
  const channel = phone ? 'phone' : 'email';
  if (channel === 'email') await limits.consume(ctx.kv, l.registerEmail, email!);
  const row: Pending = {
    id: randomUUID(),
    name,
    phone,
    email,
    password_hash: await hashPassword(input.password),
    role: input.accountType ?? 'customer',
    locale: input.locale ?? meta.locale,
    channel,
    code_hash: '',
    attempts: 0,
    expires_at: new Date(Date.now() + OTP_TTL_MS),
    consumed_at: null,
    created_at: new Date(),
  };
  const deliveries = await prepareCode(ctx, row, meta.ip);
  // The email of a phone registration is checked too: its owner hears of the attempt.
  if (channel === 'phone' && email) {
    const owner = await repo.findUserByEmail(ctx.db, email);
    if (owner && (await ctx.kv.setIfAbsent(`register-notice:${email}`, '1', 60 * 60_000))) {
      const mail = registrationAttemptMail(owner.locale, owner.email!, owner.name);
      deliveries.push(() => ctx.mailer.send(mail));
    }
  }
  await ctx.db
    .deleteFrom('pending_registrations')
    .where('expires_at', '<', sql<Date>`now() - interval '1 day'`)
    .execute();
  await ctx.db.insertInto('pending_registrations').values(row).execute();
  await ctx.kv.set(`cooldown:register:${row.id}`, '1', limits.RESEND_COOLDOWN_MS);
  await deliverQuietly(ctx, deliveries);
  return { registrationId: row.id, channel, expiresIn: OTP_TTL_MS / 1000 };
}

/**
 * Sets a fresh code on `row` and returns what to send: the code to a new phone or email, the notice
 * to the owner of a taken one (then the stored code is one nobody knows). The SMS is taken from
 * the caps first, the same way in both cases (429 SMS_LIMIT, and nothing stored or sent, when full).
 */
async function prepareCode(ctx: AppContext, row: Pending, ip: string): Promise<Delivery[]> {
  if (row.channel === 'phone') await reserveSms(ctx, { to: row.phone!, ip });
  const owner =
    row.channel === 'phone'
      ? await repo.findUserByPhone(ctx.db, row.phone!)
      : await repo.findUserByEmail(ctx.db, row.email!);
  const code = newOtpCode();
  row.code_hash = otpHash(ctx.jwtSecret, row.id, owner ? randomBytes(24).toString('hex') : code);
  row.attempts = 0;
  row.expires_at = new Date(Date.now() + OTP_TTL_MS);
  if (row.channel === 'phone') {
    const body = owner
      ? registrationAttemptSms(owner.locale)
      : registrationCodeSms(row.locale, code);
    return [() => sendSms(ctx, { to: row.phone!, body })];
  }
  const mail = owner
    ? registrationAttemptMail(owner.locale, owner.email!, owner.name)
    : registrationCodeMail(row.locale, row.email!, row.name, code);
  return [() => ctx.mailer.send(mail)];
}

function findPending(ctx: AppContext, id: string) {
  return ctx.db
    .selectFrom('pending_registrations')
    .selectAll()
    .where('id', '=', id)
    .where('consumed_at', 'is', null)
    .executeTakeFirst();
}

/** A new code for a registration (60 s cooldown, the SMS caps and the per-IP send limit). */
export async function resend(ctx: AppContext, registrationId: string, meta: RequestMeta) {
  await limits.consume(ctx.kv, l.otpSendIp, meta.ip);
  const row = await findPending(ctx, registrationId);
  if (!row) throw new AppError('REGISTRATION_INVALID');
  await limits.cooldown(ctx.kv, 'register', row.id);
  const deliveries = await prepareCode(ctx, row, meta.ip);
  await ctx.db
    .updateTable('pending_registrations')
    .set({ code_hash: row.code_hash, attempts: 0, expires_at: row.expires_at })
    .where('id', '=', row.id)
    .execute();
  await deliverQuietly(ctx, deliveries);
}

/** Checks the code (five tries, ten minutes) and creates the account it proves. */
export async function verify(
  ctx: AppContext,
  input: { registrationId: string; code: string },
  meta: RequestMeta,
): Promise<Session> {
  await limits.consume(ctx.kv, l.otpVerifyIp, meta.ip);
  const row = await findPending(ctx, input.registrationId);
  if (!row) throw new AppError('OTP_INVALID');
  if (row.attempts >= OTP_MAX_ATTEMPTS) throw new AppError('OTP_TOO_MANY_ATTEMPTS');
  if (row.expires_at.getTime() <= Date.now()) throw new AppError('OTP_EXPIRED');
  const counted = await ctx.db
    .updateTable('pending_registrations')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', row.id)
    .where('attempts', '<', OTP_MAX_ATTEMPTS)
    .returning('attempts')
    .executeTakeFirst();
  if (!counted) throw new AppError('OTP_TOO_MANY_ATTEMPTS');
  const code = asciiDigits(input.code).trim();
  if (!sameHash(otpHash(ctx.jwtSecret, row.id, code), row.code_hash)) {
    if (counted.attempts >= OTP_MAX_ATTEMPTS) throw new AppError('OTP_TOO_MANY_ATTEMPTS');
    throw new AppError('OTP_INVALID', { attemptsLeft: OTP_MAX_ATTEMPTS - counted.attempts });
  }
  const deliveries: Delivery[] = [];
  const session = await ctx.db.transaction().execute(async (tx) => {
    const used = await tx
      .updateTable('pending_registrations')
      .set({ consumed_at: new Date() })
      .where('id', '=', row.id)
      .where('consumed_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!used) throw new AppError('OTP_INVALID');
    // An email taken since (or already taken: its owner was told) is left out of the new account.
    const email =
      row.channel === 'phone' && row.email && (await repo.findUserByEmail(tx, row.email))
        ? null
        : row.email;
    const now = new Date();
    let user;
    try {
      user = await repo.insertUser(tx, {
        name: row.name,
        phone: row.phone,
        email,
        password_hash: row.password_hash,
        role: row.role,
        locale: row.locale,
        phone_verified_at: row.channel === 'phone' ? now : null,
        email_verified_at: row.channel === 'email' ? now : null,
      });
    } catch (error) {
      // Two registrations of one new number: the first to enter its code has it.
      if (isUniqueViolation(error)) throw new AppError('OTP_INVALID');
      throw error;
    }
    if (user.email && !user.email_verified_at) {
      deliveries.push(await prepareLinkMail(ctx, tx, user, 'email_verify'));
    }
    await emitEvent(tx, 'user.registered', { userId: user.id });
    return issueSession(ctx, tx, user);
  });
  await ctx.kv.set(`cooldown:email_verify:${session.user.id}`, '1', limits.RESEND_COOLDOWN_MS);
  await deliverQuietly(ctx, deliveries);
  ctx.metrics.business.usersRegistered.inc({ role: session.user.role });
  return withoutTokenId(session);
}
