import { audit } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { accountChanged } from './identity.account-state.ts';
import * as limits from './identity.limits.ts';
import { checkOtp, prepareLinkMail, prepareOtpSms, type Delivery } from './identity.messaging.ts';
import { assertStrongPassword, hashPassword } from './identity.passwords.ts';
import * as repo from './identity.repo.ts';
import type { UserRow } from './identity.repo.ts';
import {
  findByIdentifier,
  getMe,
  identifierKey,
  parsePhone,
  type RequestMeta,
} from './identity.service.ts';
import { sha256, verifyLinkToken } from './identity.tokens.ts';

const { limits: l } = limits;

export async function sendEmailVerification(ctx: AppContext, userId: string, meta: RequestMeta) {
  const user = await getMe(ctx, userId);
  if (!user.email) throw new AppError('EMAIL_MISSING');
  if (user.email_verified_at) throw new AppError('ALREADY_VERIFIED');
  await limits.consume(ctx.kv, l.otpSendIp, meta.ip);
  await limits.cooldown(ctx.kv, 'email_verify', user.id);
  const deliver = await prepareLinkMail(ctx, ctx.db, user, 'email_verify');
  await deliver();
}

/** Public: the link may be opened on another device than the one that is signed in. */
export async function verifyEmail(ctx: AppContext, token: string): Promise<UserRow> {
  const claims = await verifyLinkToken(ctx.jwtSecret, token, 'email_verify');
  if (!claims) throw new AppError('VERIFY_TOKEN_INVALID');
  return ctx.db.transaction().execute(async (tx) => {
    const used = await repo.useLinkToken(tx, claims.id, sha256(token), 'email_verify');
    const user = used && (await repo.findUserById(tx, used.user_id));
    // The link proves ownership of the address it was sent to, not of a later, changed one.
    if (!used || !user || user.email?.toLowerCase() !== used.email) {
      throw new AppError('VERIFY_TOKEN_INVALID');
    }
    if (user.email_verified_at) return user;
    return repo.updateUser(tx, user.id, { email_verified_at: new Date() });
  });
}

export async function sendPhoneOtp(ctx: AppContext, userId: string, meta: RequestMeta) {
  const user = await getMe(ctx, userId);
  if (!user.phone) throw new AppError('PHONE_MISSING');
  if (user.phone_verified_at) throw new AppError('ALREADY_VERIFIED');
  await limits.cooldown(ctx.kv, 'phone_verify', user.id);
  await limits.consume(ctx.kv, l.otpSendAccount, user.id);
  await limits.consume(ctx.kv, l.otpSendIp, meta.ip);
  const deliver = await prepareOtpSms(ctx, ctx.db, user, 'phone_verify', meta.ip);
  await deliver();
}

export async function verifyPhone(
  ctx: AppContext,
  userId: string,
  code: string,
  meta: RequestMeta,
): Promise<UserRow> {
  await limits.consume(ctx.kv, l.otpVerifyIp, meta.ip);
  const user = await getMe(ctx, userId);
  if (!user.phone) throw new AppError('PHONE_MISSING');
  const otp = await checkOtp(ctx, await repo.latestOtp(ctx.db, user.id, 'phone_verify'), code);
  if (otp.phone !== user.phone) throw new AppError('OTP_INVALID');
  return repo.updateUser(ctx.db, user.id, { phone_verified_at: new Date() });
}

/**
 * Always succeeds from the caller's point of view (202), so it cannot be used to find out which
 * numbers and addresses have accounts. Limits are keyed on the identifier typed, not the account.
 */
export async function forgotPassword(ctx: AppContext, identifier: string, meta: RequestMeta) {
  const key = identifierKey(identifier);
  await limits.consume(ctx.kv, l.forgotIp, meta.ip);
  await limits.consume(ctx.kv, l.forgotIdentifier, key);
  await limits.cooldown(ctx.kv, 'forgot', key);
  const user = await findByIdentifier(ctx.db, identifier);
  if (!user || user.disabled_at) return;
  await sendQuietly(ctx, () =>
    key.includes('@')
      ? prepareLinkMail(ctx, ctx.db, user, 'password_reset')
      : prepareOtpSms(ctx, ctx.db, user, 'password_reset', meta.ip),
  );
}

/**
 * For requests that answer 202 whoever the identifier belongs to: a message over its SMS cap, or
 * a failing gateway, is logged (and counted), never told to the caller, which would reveal that
 * the account exists.
 */
export async function sendQuietly(ctx: AppContext, prepare: () => Promise<Delivery>) {
  try {
    const deliver = await prepare();
    await deliver();
  } catch (err) {
    if (err instanceof AppError && err.code === 'SMS_LIMIT') return;
    ctx.logger.warn({ err }, 'identity message not sent');
  }
}

type ResetInput =
  { token: string; newPassword: string } | { phone: string; code: string; newPassword: string };

export async function resetPassword(ctx: AppContext, input: ResetInput, meta: RequestMeta) {
  await limits.assertNotLimited(ctx.kv, l.resetIp, meta.ip);
  try {
    const user = 'token' in input ? await byLink(ctx, input) : await byCode(ctx, input);
    const passwordHash = await hashPassword(input.newPassword);
    await ctx.db.transaction().execute(async (tx) => {
      await repo.updateUser(tx, user.id, {
        password_hash: passwordHash,
        // Receiving the link or code proves the address/number belongs to this person.
        ...('token' in input && !user.email_verified_at ? { email_verified_at: new Date() } : {}),
        ...('code' in input && !user.phone_verified_at ? { phone_verified_at: new Date() } : {}),
      });
      await repo.bumpTokenVersion(tx, user.id);
      await repo.revokeUserTokens(tx, user.id);
      await repo.invalidateResets(tx, user.id);
      await audit(tx, {
        actorId: user.id,
        actorRole: user.role,
        ip: meta.ip,
        userAgent: meta.userAgent ?? null,
        action: 'password.reset',
        targetType: 'user',
        targetId: user.id,
        details: { via: 'token' in input ? 'email_link' : 'sms_code' },
      });
    });
    await accountChanged(ctx, user.id, { reason: 'password_changed' });
  } catch (error) {
    if (error instanceof AppError && error.code === 'RESET_INVALID') {
      await limits.recordHit(ctx.kv, l.resetIp, meta.ip);
    }
    throw error;
  }
}

async function byLink(ctx: AppContext, input: { token: string; newPassword: string }) {
  const claims = await verifyLinkToken(ctx.jwtSecret, input.token, 'password_reset');
  const user = claims && (await repo.findUserById(ctx.db, claims.userId));
  if (!claims || !user || user.disabled_at) throw new AppError('RESET_INVALID');
  // Checked before the link is used up, so a weak password does not cost the user their link.
  assertStrongPassword(input.newPassword, user);
  const used = await repo.useLinkToken(ctx.db, claims.id, sha256(input.token), 'password_reset');
  if (!used || used.user_id !== user.id) throw new AppError('RESET_INVALID');
  return user;
}

async function byCode(
  ctx: AppContext,
  input: { phone: string; code: string; newPassword: string },
) {
  let phone: string;
  try {
    phone = parsePhone(input.phone);
  } catch {
    throw new AppError('RESET_INVALID');
  }
  const user = await repo.findUserByPhone(ctx.db, phone);
  if (!user || user.disabled_at) throw new AppError('RESET_INVALID');
  assertStrongPassword(input.newPassword, user);
  try {
    await checkOtp(ctx, await repo.latestOtp(ctx.db, user.id, 'password_reset'), input.code);
  } catch (error) {
    if (error instanceof AppError && error.code.startsWith('OTP_')) {
      throw new AppError('RESET_INVALID', error.code === 'OTP_INVALID' ? error.details : {});
    }
    throw error;
  }
  return user;
}
