import { sql } from 'kysely';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { idCursor } from '../../platform/http/cursor.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser, Role } from '../../platform/http/auth.ts';
import type { Locale } from '../../platform/i18n.ts';
import { normalizeBdPhone } from '../../platform/phone.ts';
import { asciiDigits, normalizeText } from '../../platform/text.ts';
import { customerOrderCount } from '../orders/index.ts';
import { shopsOwnedBy } from '../shops/index.ts';
import { accountChanged, statusOf } from './identity.account-state.ts';
import type { AdminUserDto, AdminUsersQuery } from './identity.admin.schema.ts';
import * as repo from './identity.repo.ts';
import type { UserRow } from './identity.repo.ts';

export function presentAdminUser(row: UserRow): AdminUserDto {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    email: row.email,
    role: row.role,
    status: statusOf(row),
    createdAt: row.created_at.toISOString(),
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
  };
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Admin search: `q` matches the name (any part), the email (any part, any case) and the phone,
 * typed in any form login accepts (01…, +880…, Bengali digits) or as a run of its digits.
 */
export async function listUsers(ctx: AppContext, query: AdminUsersQuery) {
  let q = ctx.db.selectFrom('users').selectAll();
  if (query.role) q = q.where('role', '=', query.role);
  if (query.status === 'deleted') q = q.where('deleted_at', 'is not', null);
  if (query.status === 'blocked') {
    q = q.where('deleted_at', 'is', null).where('disabled_at', 'is not', null);
  }
  if (query.status === 'active')
    q = q.where('deleted_at', 'is', null).where('disabled_at', 'is', null);
  if (query.q) {
    const text = normalizeText(query.q);
    const like = `%${likeEscape(text.toLowerCase())}%`;
    const phone = normalizeBdPhone(text);
    const digits = asciiDigits(text).replace(/[\s\-().+]/g, '');
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(name)`, 'like', like),
        eb(sql`lower(email)`, 'like', like),
        ...(phone ? [eb('phone', '=', phone)] : []),
        ...(/^\d{3,}$/.test(digits) ? [eb('phone', 'like', `%${digits}%`)] : []),
      ]),
    );
  }
  // Newest first; the page continues below the exact (created_at, id) of the cursor's row.
  const after = idCursor.decode(query.cursor)?.[0];
  if (after) {
    q = q.where(
      sql<boolean>`(created_at, id) < (SELECT u.created_at, u.id FROM users u WHERE u.id = ${after})`,
    );
  }
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(presentAdminUser),
    nextCursor: rows.length > query.limit ? idCursor.encode([page.at(-1)!.id]) : null,
  };
}

async function findUser(ctx: AppContext, id: string) {
  const user = await repo.findUserById(ctx.db, id);
  if (!user) throw new AppError('USER_NOT_FOUND');
  return user;
}

/** One user with the shops they own and how many orders they placed. */
export async function getUser(ctx: AppContext, id: string, locale: Locale) {
  const user = await findUser(ctx, id);
  const [shops, orderCount] = await Promise.all([
    shopsOwnedBy(ctx.db, id),
    customerOrderCount(ctx.db, id),
  ]);
  return {
    ...presentAdminUser(user),
    shops: shops.map((s) => ({
      id: s.id,
      name: locale === 'en' ? s.name_en || s.name_bn : s.name_bn,
      status: s.status,
    })),
    orderCount,
  };
}

function notSelf(admin: AuthUser, id: string) {
  if (admin.id === id) throw new AppError('CANNOT_CHANGE_OWN_ACCOUNT');
}

/**
 * Blocks an account: it cannot log in, every access token it holds stops working on its next
 * request (any API process), its refresh tokens are revoked and its notification streams close.
 */
/** The user row, locked for this transaction; a missing or deleted account is USER_NOT_FOUND. */
async function lockLiveUser(tx: Executor, id: string) {
  const user = await tx
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!user || user.deleted_at) throw new AppError('USER_NOT_FOUND');
  return user;
}

export async function blockUser(
  ctx: AppContext,
  admin: AuthUser,
  id: string,
  reason: string,
  by: AuditActor,
) {
  notSelf(admin, id);
  const text = normalizeText(reason);
  const row = await ctx.db.transaction().execute(async (tx) => {
    const user = await lockLiveUser(tx, id);
    const updated = await repo.updateUser(tx, id, {
      disabled_at: user.disabled_at ?? new Date(),
      blocked_reason: text,
    });
    await repo.bumpTokenVersion(tx, id);
    await repo.revokeUserTokens(tx, id);
    await audit(tx, {
      ...by,
      action: 'user.blocked',
      targetType: 'user',
      targetId: id,
      details: { reason: text, wasBlocked: user.disabled_at !== null },
    });
    return updated;
  });
  await accountChanged(ctx, id, { reason: 'account_blocked' });
  return presentAdminUser(row);
}

/** Lifts a block; the user signs in again (tokens from before the block stay dead). */
export async function unblockUser(ctx: AppContext, admin: AuthUser, id: string, by: AuditActor) {
  notSelf(admin, id);
  const row = await ctx.db.transaction().execute(async (tx) => {
    const user = await lockLiveUser(tx, id);
    const updated = await repo.updateUser(tx, id, { disabled_at: null, blocked_reason: null });
    await audit(tx, {
      ...by,
      action: 'user.unblocked',
      targetType: 'user',
      targetId: id,
      details: { wasBlocked: user.disabled_at !== null },
    });
    return updated;
  });
  await accountChanged(ctx, id, null);
  return presentAdminUser(row);
}

/** Grants or revokes the seller and admin roles; the next request of that user has the new role. */
export async function setRole(
  ctx: AppContext,
  admin: AuthUser,
  id: string,
  role: Role,
  by: AuditActor,
) {
  if (admin.id === id && role !== 'admin') throw new AppError('CANNOT_CHANGE_OWN_ACCOUNT');
  const row = await ctx.db.transaction().execute(async (tx) => {
    const user = await lockLiveUser(tx, id);
    if (user.role === role) return user;
    const updated = await repo.updateUser(tx, id, { role });
    await audit(tx, {
      ...by,
      action: 'role.changed',
      targetType: 'user',
      targetId: id,
      details: { from: user.role, to: role },
    });
    return updated;
  });
  await accountChanged(ctx, id, null);
  return presentAdminUser(row);
}
