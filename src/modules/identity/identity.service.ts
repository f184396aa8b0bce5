import { randomUUID } from 'node:crypto';
import { audit } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { isUniqueViolation, type Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, type Role } from '../../platform/http/auth.ts';
import type { Locale } from '../../platform/i18n.ts';
import { normalizeBdPhone } from '../../platform/phone.ts';
import { normalizeText } from '../../platform/text.ts';
import { accountChanged } from './identity.account-state.ts';
import * as limits from './identity.limits.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './identity.passwords.ts';
import { presentUser } from './identity.present.ts';
import * as repo from './identity.repo.ts';
import type { UserRow } from './identity.repo.ts';
import { newRefreshToken, REFRESH_TOKEN_TTL_MS, sha256 } from './identity.tokens.ts';

export type RequestMeta = { ip: string; locale: Locale; userAgent?: string };

function from(meta: RequestMeta | undefined) {
  return { ip: meta?.ip ?? null, userAgent: meta?.userAgent ?? null };
}

export type Session = {
  user: ReturnType<typeof presentUser>;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
};

export function normalizeName(input: string): string {
  const name = normalizeText(input);
  if (name.length === 0 || name.length > 100) {
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: '/name', message: 'name must be 1 to 100 characters' }],
    });
  }
  return name;
}

export function parsePhone(input: string): string {
  const phone = normalizeBdPhone(input);
  if (!phone) throw new AppError('PHONE_INVALID');
  return phone;
}

/** The key a login identifier is counted under: E.164 phone, lower-case email, else the raw text. */
export function identifierKey(identifier: string): string {
  const trimmed = identifier.trim();
  if (trimmed.includes('@')) return trimmed.toLowerCase();
  return normalizeBdPhone(trimmed) ?? trimmed.toLowerCase();
}

export async function findByIdentifier(db: Executor, identifier: string) {
  const key = identifierKey(identifier);
  if (key.includes('@')) return repo.findUserByEmail(db, key);
  if (key.startsWith('+880')) return repo.findUserByPhone(db, key);
  return undefined;
}

/** Starts a new session (family) or continues one, storing only the refresh token's hash. */
export async function issueSession(
  ctx: AppContext,
  db: Executor,
  user: UserRow,
  familyId: string = randomUUID(),
): Promise<Session & { tokenId: string }> {
  const refreshToken = newRefreshToken();
  const tokenId = randomUUID();
  await repo.insertRefreshToken(db, {
    id: tokenId,
    user_id: user.id,
    family_id: familyId,
    token_hash: sha256(refreshToken),
    expires_at: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
  });
  const accessToken = await signAccessToken(
    ctx.jwtSecret,
    { id: user.id, role: user.role },
    ACCESS_TOKEN_TTL_SECONDS,
    familyId,
    user.token_version,
  );
  return {
    user: presentUser(user),
    accessToken,
    refreshToken,
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    tokenId,
  };
}

export function withoutTokenId({ tokenId: _tokenId, ...session }: Session & { tokenId: string }) {
  return session;
}

function takenError(error: unknown): AppError | null {
  if (!isUniqueViolation(error)) return null;
  if (error.constraint === 'users_phone_key') return new AppError('PHONE_TAKEN');
  if (error.constraint === 'users_email_key') return new AppError('EMAIL_TAKEN');
  return null;
}

type NewAccount = {
  name: string;
  phone?: string;
  email?: string;
  password: string;
  locale: Locale;
  role: Role;
  verified?: boolean;
};

/** Validates and inserts an account; role comes from the caller's code, never from a request. */
export async function createAccount(db: Executor, input: NewAccount): Promise<UserRow> {
  const name = normalizeName(input.name);
  const phone = input.phone ? parsePhone(input.phone) : null;
  const email = input.email ? input.email.trim().toLowerCase() : null;
  if (!phone && !email) throw new AppError('PHONE_OR_EMAIL_REQUIRED');
  assertStrongPassword(input.password, { phone, email });
  if (phone && (await repo.findUserByPhone(db, phone))) throw new AppError('PHONE_TAKEN');
  if (email && (await repo.findUserByEmail(db, email))) throw new AppError('EMAIL_TAKEN');
  const now = input.verified ? new Date() : null;
  try {
    return await repo.insertUser(db, {
      name,
      phone,
      email,
      password_hash: await hashPassword(input.password),
      role: input.role,
      locale: input.locale,
      phone_verified_at: phone ? now : null,
      email_verified_at: email ? now : null,
    });
  } catch (error) {
    throw takenError(error) ?? error;
  }
}

/** The lockout bucket of a login: the account (whichever identifier named it), else the identifier. */
export function lockSubject(user: UserRow | undefined, identifier: string): string {
  return user ? `user:${user.id}` : identifierKey(identifier);
}

export async function login(
  ctx: AppContext,
  input: { identifier: string; password: string },
  meta: RequestMeta,
): Promise<Session> {
  const account = identifierKey(input.identifier);
  const { loginAccount, loginIp } = limits.limits;
  await limits.assertNotLimited(ctx.kv, loginIp, meta.ip);
  const user = await findByIdentifier(ctx.db, input.identifier);
  // One bucket per account across its phone and email: five wrong passwords, however written.
  // The locked-out owner gets in with a one-time link or code (identity.unlock.ts).
  const subject = lockSubject(user, input.identifier);
  await limits.assertNotLimited(ctx.kv, loginAccount, subject, { unlock: true });
  const failed = (reason: string) =>
    audit(ctx.db, {
      actorId: user?.id ?? null,
      actorRole: user?.role ?? null,
      ...from(meta),
      action: 'login.failed',
      targetType: 'user',
      targetId: user?.id ?? null,
      details: { identifier: account, reason },
    });
  if (!(await verifyPassword(user?.password_hash, input.password)) || !user) {
    await limits.recordHit(ctx.kv, loginIp, meta.ip);
    await limits.recordHit(ctx.kv, loginAccount, subject);
    await failed(user ? 'wrong_password' : 'unknown_account');
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.disabled_at) {
    await failed('disabled');
    throw new AppError('ACCOUNT_DISABLED');
  }
  await limits.clearHits(ctx.kv, loginAccount, subject);
  const session = await ctx.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('users')
      .set({ last_login_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    const started = await issueSession(ctx, tx, user);
    const by = { actorId: user.id, actorRole: user.role, ...from(meta) };
    await audit(tx, { ...by, action: 'login.succeeded', targetType: 'user', targetId: user.id });
    return started;
  });
  return withoutTokenId(session);
}

/**
 * Rotates a refresh token. A token that was already rotated is being replayed (stolen, or copied):
 * the whole family is revoked so neither the thief nor the victim can keep using it.
 */
export async function refresh(ctx: AppContext, token: string | undefined): Promise<Session> {
  if (!token) throw new AppError('REFRESH_INVALID', { reason: 'missing' });
  const row = await repo.findRefreshByHash(ctx.db, sha256(token));
  if (!row || row.revoked_at) throw new AppError('REFRESH_INVALID', { reason: 'unknown' });
  if (row.rotated_at) {
    await repo.revokeFamily(ctx.db, row.family_id);
    ctx.logger.warn({ userId: row.user_id, familyId: row.family_id }, 'refresh token reused');
    throw new AppError('REFRESH_INVALID', { reason: 'reused' });
  }
  if (row.expires_at.getTime() <= Date.now()) {
    throw new AppError('REFRESH_INVALID', { reason: 'expired' });
  }
  const user = await repo.findUserById(ctx.db, row.user_id);
  if (!user || user.disabled_at) {
    await repo.revokeFamily(ctx.db, row.family_id);
    throw new AppError('REFRESH_INVALID', { reason: 'account' });
  }
  const session = await ctx.db.transaction().execute(async (tx) => {
    const next = await issueSession(ctx, tx, user, row.family_id);
    return (await repo.markRotated(tx, row.id, next.tokenId)) ? next : null;
  });
  if (!session) {
    // Lost a race with another use of the same token: treat it as reuse.
    await repo.revokeFamily(ctx.db, row.family_id);
    throw new AppError('REFRESH_INVALID', { reason: 'reused' });
  }
  return withoutTokenId(session);
}

/** Ends this session: its refresh-token family, and the notification streams it opened. */
export async function logout(ctx: AppContext, token: string | undefined) {
  if (!token) return;
  const row = await repo.findRefreshByHash(ctx.db, sha256(token));
  if (!row) return;
  await repo.revokeFamily(ctx.db, row.family_id);
  await accountChanged(ctx, row.user_id, { reason: 'logged_out', sessionId: row.family_id });
}

export async function getMe(ctx: AppContext, userId: string): Promise<UserRow> {
  const user = await repo.findUserById(ctx.db, userId);
  if (!user || user.disabled_at || user.deleted_at) {
    throw new AppError('UNAUTHENTICATED', { reason: 'no_account' });
  }
  return user;
}

export async function updateMe(
  ctx: AppContext,
  userId: string,
  patch: { name?: string; locale?: Locale },
): Promise<UserRow> {
  await getMe(ctx, userId);
  // Only these two fields can ever be written here, whatever else a client sends.
  return repo.updateUser(ctx.db, userId, {
    ...(patch.name !== undefined ? { name: normalizeName(patch.name) } : {}),
    ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
  });
}

/**
 * Changes the password and signs out every other session: their refresh tokens are revoked, every
 * access token ends (the token version changes; the calling session renews its own with its
 * refresh token) and their notification streams close. The calling session is kept.
 */
export async function changePassword(
  ctx: AppContext,
  userId: string,
  sessionId: string | undefined,
  input: { currentPassword: string; newPassword: string },
  meta?: RequestMeta,
) {
  const user = await getMe(ctx, userId);
  const subject = `user:${userId}`;
  await limits.assertNotLimited(ctx.kv, limits.limits.loginAccount, subject);
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    await limits.recordHit(ctx.kv, limits.limits.loginAccount, subject);
    throw new AppError('CURRENT_PASSWORD_WRONG');
  }
  assertStrongPassword(input.newPassword, user);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (tx) => {
    await repo.updateUser(tx, userId, { password_hash: passwordHash });
    await repo.bumpTokenVersion(tx, userId);
    await repo.revokeUserTokens(tx, userId, sessionId);
    await repo.invalidateResets(tx, userId);
    await audit(tx, {
      actorId: userId,
      actorRole: user.role,
      ...from(meta),
      action: 'password.changed',
      targetType: 'user',
      targetId: userId,
    });
  });
  await accountChanged(
    ctx,
    userId,
    sessionId
      ? { reason: 'password_changed', exceptSessionId: sessionId }
      : { reason: 'password_changed' },
  );
}
