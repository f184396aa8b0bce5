import { audit } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import * as limits from './identity.limits.ts';
import { checkOtp, prepareLinkMail, prepareOtpSms } from './identity.messaging.ts';
import * as repo from './identity.repo.ts';
import type { UserRow } from './identity.repo.ts';
import {
  findByIdentifier,
  identifierKey,
  issueSession,
  lockSubject,
  parsePhone,
  withoutTokenId,
  type RequestMeta,
  type Session,
} from './identity.service.ts';
import { sha256, verifyLinkToken } from './identity.tokens.ts';
import { sendQuietly } from './identity.verification.ts';

/**
 * The way in for an owner locked out by wrong passwords (someone else's, often): a one-time sign-in
 * link by email or a 6-digit code by SMS. Like a password reset it proves control of the address
 * or number; it is single-use, lives 15 minutes (link) or 10 minutes (code), is stored hashed, and
 * both asking and redeeming are rate limited. Redeeming clears the account's lock and signs in.
 */

const { limits: l } = limits;

/** Always 202: whether anything was sent says nothing about the identifier. */
export async function sendUnlock(ctx: AppContext, identifier: string, meta: RequestMeta) {
  const key = identifierKey(identifier);
  await limits.consume(ctx.kv, l.unlockSendIp, meta.ip);
  await limits.consume(ctx.kv, l.unlockSendIdentifier, key);
  await limits.cooldown(ctx.kv, 'unlock', key);
  const user = await findByIdentifier(ctx.db, identifier);
  if (!user || user.disabled_at) return;
  await sendQuietly(ctx, () =>
    key.includes('@')
      ? prepareLinkMail(ctx, ctx.db, user, 'unlock')
      : prepareOtpSms(ctx, ctx.db, user, 'unlock', meta.ip),
  );
}

type UnlockInput = { token: string } | { phone: string; code: string };

export async function unlock(
  ctx: AppContext,
  input: UnlockInput,
  meta: RequestMeta,
): Promise<Session> {
  await limits.assertNotLimited(ctx.kv, l.unlockIp, meta.ip);
  let user: UserRow;
  try {
    user = 'token' in input ? await byLink(ctx, input.token) : await byCode(ctx, input);
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNLOCK_INVALID') {
      await limits.recordHit(ctx.kv, l.unlockIp, meta.ip);
    }
    throw error;
  }
  await limits.clearHits(ctx.kv, l.loginAccount, lockSubject(user, ''));
  const session = await ctx.db.transaction().execute(async (tx) => {
    const started = await issueSession(ctx, tx, user);
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: meta.ip,
      userAgent: meta.userAgent ?? null,
      action: 'login.succeeded',
      targetType: 'user',
      targetId: user.id,
      details: { via: 'token' in input ? 'unlock_email_link' : 'unlock_sms_code' },
    });
    return started;
  });
  return withoutTokenId(session);
}

async function byLink(ctx: AppContext, token: string): Promise<UserRow> {
  const claims = await verifyLinkToken(ctx.jwtSecret, token, 'unlock');
  if (!claims) throw new AppError('UNLOCK_INVALID');
  const used = await repo.useLinkToken(ctx.db, claims.id, sha256(token), 'unlock');
  const user = used && (await repo.findUserById(ctx.db, used.user_id));
  // The link proves the address it was sent to, not a later, changed one.
  if (!used || !user || user.disabled_at || user.email?.toLowerCase() !== used.email) {
    throw new AppError('UNLOCK_INVALID');
  }
  return user;
}

async function byCode(ctx: AppContext, input: { phone: string; code: string }) {
  let phone: string;
  try {
    phone = parsePhone(input.phone);
  } catch {
    throw new AppError('UNLOCK_INVALID');
  }
  const user = await repo.findUserByPhone(ctx.db, phone);
  if (!user || user.disabled_at) throw new AppError('UNLOCK_INVALID');
  try {
    const otp = await checkOtp(ctx, await repo.latestOtp(ctx.db, user.id, 'unlock'), input.code);
    if (otp.phone !== user.phone) throw new AppError('UNLOCK_INVALID');
  } catch (error) {
    if (error instanceof AppError && error.code.startsWith('OTP_')) {
      throw new AppError('UNLOCK_INVALID', error.code === 'OTP_INVALID' ? error.details : {});
    }
    throw error;
  }
  return user;
}
