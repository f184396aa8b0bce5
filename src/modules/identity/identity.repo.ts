import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type {
  LinkPurpose,
  OtpCodesTable,
  OtpPurpose,
  RefreshTokensTable,
  UsersTable,
} from './identity.tables.ts';

export type UserRow = Selectable<UsersTable>;
export type RefreshRow = Selectable<RefreshTokensTable>;
export type OtpRow = Selectable<OtpCodesTable>;

// ---- users

export function findUserById(db: Executor, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByPhone(db: Executor, phone: string) {
  return db.selectFrom('users').selectAll().where('phone', '=', phone).executeTakeFirst();
}

export function findUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export function insertUser(db: Executor, values: Insertable<UsersTable>) {
  return db.insertInto('users').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateUser(db: Executor, id: string, patch: Updateable<UsersTable>) {
  return db
    .updateTable('users')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Ends every access token issued so far (they carry the old version). */
export async function bumpTokenVersion(db: Executor, id: string) {
  await db
    .updateTable('users')
    .set((eb) => ({ token_version: eb('token_version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .execute();
}

// ---- refresh tokens

export async function insertRefreshToken(db: Executor, values: Insertable<RefreshTokensTable>) {
  await db.insertInto('refresh_tokens').values(values).execute();
}

export function findRefreshByHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom('refresh_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks a live token rotated; false when someone else rotated or revoked it first. */
export async function markRotated(db: Executor, id: string, replacedBy: string) {
  const row = await db
    .updateTable('refresh_tokens')
    .set({ rotated_at: new Date(), replaced_by: replacedBy })
    .where('id', '=', id)
    .where('rotated_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function revokeFamily(db: Executor, familyId: string) {
  await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: new Date() })
    .where('family_id', '=', familyId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function revokeUserTokens(db: Executor, userId: string, keepFamily?: string) {
  let query = db
    .updateTable('refresh_tokens')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (keepFamily) query = query.where('family_id', '!=', keepFamily);
  await query.execute();
}

// ---- one-time SMS codes

/** A new code replaces any unused code of the same purpose. */
export async function insertOtp(db: Executor, values: Insertable<OtpCodesTable>) {
  await db
    .updateTable('otp_codes')
    .set({ consumed_at: new Date() })
    .where('user_id', '=', values.user_id)
    .where('purpose', '=', values.purpose)
    .where('consumed_at', 'is', null)
    .execute();
  await db.insertInto('otp_codes').values(values).execute();
}

export function latestOtp(db: Executor, userId: string, purpose: OtpPurpose) {
  return db
    .selectFrom('otp_codes')
    .selectAll()
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('consumed_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Counts one try atomically; returns the new count, or null when the tries were already used up. */
export async function countOtpAttempt(db: Executor, id: string, maxAttempts: number) {
  const row = await db
    .updateTable('otp_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('attempts', '<', maxAttempts)
    .returning('attempts')
    .executeTakeFirst();
  return row?.attempts ?? null;
}

export async function consumeOtp(db: Executor, id: string) {
  const row = await db
    .updateTable('otp_codes')
    .set({ consumed_at: new Date() })
    .where('id', '=', id)
    .where('consumed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

// ---- signed one-time links

export async function insertLinkToken(
  db: Executor,
  values: {
    id: string;
    user_id: string;
    purpose: LinkPurpose;
    email: string;
    token_hash: string;
    expires_at: Date;
  },
) {
  await db.insertInto('link_tokens').values(values).execute();
}

/** Uses a link once: only an unused, unexpired row with the matching hash is taken. */
export function useLinkToken(db: Executor, id: string, tokenHash: string, purpose: LinkPurpose) {
  return db
    .updateTable('link_tokens')
    .set({ used_at: new Date() })
    .where('id', '=', id)
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning(['user_id', 'email'])
    .executeTakeFirst();
}

export async function invalidateResets(db: Executor, userId: string) {
  const now = new Date();
  await db
    .updateTable('link_tokens')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', 'password_reset')
    .where('used_at', 'is', null)
    .execute();
  await db
    .updateTable('otp_codes')
    .set({ consumed_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', 'password_reset')
    .where('consumed_at', 'is', null)
    .execute();
}

// ---- dev mailbox / SMS outbox (newest first, cursor = last id seen)

/** One page of the dev outbox, newest first; `to` keeps only what went to that recipient. */
export interface DevOutboxPage {
  limit: number;
  before?: number;
  to?: string;
}

export function listDevMail(db: Executor, { limit, before, to }: DevOutboxPage) {
  let query = db
    .selectFrom('dev_mailbox')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (before !== undefined) query = query.where('id', '<', before);
  if (to !== undefined) query = query.where(sql<string>`lower(to_address)`, '=', to.toLowerCase());
  return query.execute();
}

export function listDevSms(db: Executor, { limit, before, to }: DevOutboxPage) {
  let query = db
    .selectFrom('dev_sms_outbox')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (before !== undefined) query = query.where('id', '<', before);
  if (to !== undefined) query = query.where('to_phone', '=', to);
  return query.execute();
}
