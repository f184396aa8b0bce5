import { randomUUID } from 'node:crypto';
import { publicUrl } from '../../platform/config.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { asciiDigits } from '../../platform/text.ts';
import * as repo from './identity.repo.ts';
import type { OtpRow, UserRow } from './identity.repo.ts';
import {
  phoneOtpSms,
  resetMail,
  resetOtpSms,
  unlockMail,
  unlockSms,
  verificationMail,
} from './identity.messages.ts';
import { reserveSms, sendSms } from './identity.sms.ts';
import type { LinkPurpose, OtpPurpose } from './identity.tables.ts';
import {
  LINK_TTL_MS,
  newOtpCode,
  OTP_MAX_ATTEMPTS,
  OTP_TTL_MS,
  otpHash,
  sameHash,
  sha256,
  signLinkToken,
} from './identity.tokens.ts';

/** A message prepared inside the business transaction and sent once it has committed. */
export type Delivery = () => Promise<void>;

function baseUrl(ctx: AppContext): string {
  return publicUrl(ctx.config);
}

const linkPaths: Record<LinkPurpose, string> = {
  email_verify: '/verify-email',
  password_reset: '/reset-password',
  unlock: '/unlock',
};

/** Stores a one-time link for the user's email and returns the mail to send. */
export async function prepareLinkMail(
  ctx: AppContext,
  db: Executor,
  user: UserRow,
  purpose: LinkPurpose,
): Promise<Delivery> {
  const email = user.email;
  if (!email) throw new AppError('EMAIL_MISSING');
  const id = randomUUID();
  const ttlMs = LINK_TTL_MS[purpose];
  const token = await signLinkToken(ctx.jwtSecret, { id, userId: user.id, purpose, ttlMs });
  await repo.insertLinkToken(db, {
    id,
    user_id: user.id,
    purpose,
    email: email.toLowerCase(),
    token_hash: sha256(token),
    expires_at: new Date(Date.now() + ttlMs),
  });
  const link = `${baseUrl(ctx)}${linkPaths[purpose]}?token=${encodeURIComponent(token)}`;
  const write = { email_verify: verificationMail, password_reset: resetMail, unlock: unlockMail };
  const mail = write[purpose](user.locale, email, user.name, link);
  return () => ctx.mailer.send(mail);
}

/**
 * Takes the SMS from its caps (429 SMS_LIMIT when one is used up: then nothing is stored or sent),
 * stores a fresh 6-digit code (replacing older ones of the purpose) and returns the SMS to send.
 */
export async function prepareOtpSms(
  ctx: AppContext,
  db: Executor,
  user: UserRow,
  purpose: OtpPurpose,
  ip: string | null,
): Promise<Delivery> {
  const phone = user.phone;
  if (!phone) throw new AppError('PHONE_MISSING');
  await reserveSms(ctx, { to: phone, userId: user.id, ip });
  const id = randomUUID();
  const code = newOtpCode();
  await repo.insertOtp(db, {
    id,
    user_id: user.id,
    purpose,
    phone,
    code_hash: otpHash(ctx.jwtSecret, id, code),
    expires_at: new Date(Date.now() + OTP_TTL_MS),
  });
  const write = { phone_verify: phoneOtpSms, password_reset: resetOtpSms, unlock: unlockSms };
  const body = write[purpose](user.locale, code);
  return () => sendSms(ctx, { to: phone, body });
}

/** Sends after commit; a failing gateway is logged, the user can ask again after the cooldown. */
export async function deliverQuietly(ctx: AppContext, deliveries: Delivery[]) {
  for (const deliver of deliveries) {
    await deliver().catch((err: unknown) =>
      ctx.logger.warn({ err }, 'identity message could not be sent'),
    );
  }
}

/**
 * Checks a code against the latest unused one: every try counts (at most 5 per code), an expired
 * code is refused, and a correct code is consumed so it works once.
 */
export async function checkOtp(
  ctx: AppContext,
  otp: OtpRow | undefined,
  code: string,
): Promise<OtpRow> {
  if (!otp) throw new AppError('OTP_INVALID');
  if (otp.attempts >= OTP_MAX_ATTEMPTS) throw new AppError('OTP_TOO_MANY_ATTEMPTS');
  if (otp.expires_at.getTime() <= Date.now()) throw new AppError('OTP_EXPIRED');
  const attempts = await repo.countOtpAttempt(ctx.db, otp.id, OTP_MAX_ATTEMPTS);
  if (attempts === null) throw new AppError('OTP_TOO_MANY_ATTEMPTS');
  if (!sameHash(otpHash(ctx.jwtSecret, otp.id, asciiDigits(code).trim()), otp.code_hash)) {
    if (attempts >= OTP_MAX_ATTEMPTS) throw new AppError('OTP_TOO_MANY_ATTEMPTS');
    throw new AppError('OTP_INVALID', { attemptsLeft: OTP_MAX_ATTEMPTS - attempts });
  }
  if (!(await repo.consumeOtp(ctx.db, otp.id))) throw new AppError('OTP_INVALID');
  return otp;
}
