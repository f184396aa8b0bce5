import { audit, type AuditActor } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { bagRemindersForExport, forgetCart, listFavorites } from '../cart/index.ts';
import { forgetRecipient, notificationsForExport } from '../notifications/index.ts';
import { customerDataForExport, forgetCustomer, openOrderCount } from '../orders/index.ts';
import { reviewsByCustomer } from '../reviews/index.ts';
import { deliveryPhonesForExport, forgetRiskCustomer } from '../risk/index.ts';
import { closeShopsOfDeletedOwner, shopsOwnedBy } from '../shops/index.ts';
import { accountChanged } from './identity.account-state.ts';
import * as limits from './identity.limits.ts';
import { verifyPassword } from './identity.passwords.ts';
import { presentUser } from './identity.present.ts';
import { getMe } from './identity.service.ts';

/** The name a deleted account's reviews are shown with (the row is a tombstone). */
export const DELETED_USER_NAME = 'মুছে ফেলা অ্যাকাউন্ট';

/**
 * Everything Haat holds about the caller, gathered from each module that holds part of it
 * (docs/privacy.md lists them). Secrets (password hash, token hashes, codes) are never included.
 */
export async function exportMyData(ctx: AppContext, user: AuthUser, by: AuditActor) {
  const row = await getMe(ctx, user.id);
  const [purchases, reviews, favorites, notifications, shops, bagReminders, deliveryPhones] =
    await Promise.all([
      customerDataForExport(ctx.db, user),
      reviewsByCustomer(ctx.db, user.id),
      listFavorites(ctx.db, user.id),
      notificationsForExport(ctx, user.id),
      shopsOwnedBy(ctx.db, user.id),
      bagRemindersForExport(ctx.db, user.id),
      deliveryPhonesForExport(ctx.db, user.id),
    ]);
  await audit(ctx.db, { ...by, action: 'account.exported', targetType: 'user', targetId: user.id });
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      ...presentUser(row),
      lastLoginAt: row.last_login_at?.toISOString() ?? null,
    },
    addresses: purchases.addresses,
    orders: purchases.orders,
    reviews,
    favorites,
    notificationPreferences: notifications.preferences,
    notifications: notifications.notifications,
    bagReminders,
    // Phones proven by SMS code for cash-on-delivery orders (src/modules/risk).
    deliveryPhones,
    shops: shops.map((s) => ({
      id: s.id,
      nameBn: s.name_bn,
      nameEn: s.name_en,
      status: s.status,
      phone: s.phone,
      address: s.address,
      createdAt: s.created_at.toISOString(),
    })),
  };
}

/**
 * Deletes the caller's account (their password confirms it). Personal data is erased; the user row
 * stays as a tombstone because orders, reviews and shops point at it; orders keep what the law
 * requires without the person. Refused while orders of the caller, or to the caller's shops, are
 * still open.
 */
export async function deleteMyAccount(
  ctx: AppContext,
  user: AuthUser,
  password: string,
  by: AuditActor,
) {
  const row = await getMe(ctx, user.id);
  const subject = `user:${user.id}`;
  await limits.assertNotLimited(ctx.kv, limits.limits.loginAccount, subject);
  if (!(await verifyPassword(row.password_hash, password))) {
    await limits.recordHit(ctx.kv, limits.limits.loginAccount, subject);
    throw new AppError('PASSWORD_WRONG');
  }
  const shops = await shopsOwnedBy(ctx.db, user.id);
  const open = await openOrderCount(ctx.db, {
    customerId: user.id,
    shopIds: shops.map((s) => s.id),
  });
  if (open > 0) throw new AppError('ACCOUNT_HAS_OPEN_ORDERS', { openOrders: open });

  const now = new Date();
  await ctx.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('users')
      .set((eb) => ({
        name: DELETED_USER_NAME,
        phone: null,
        email: null,
        // Not a hash of anything: no password can ever match it.
        password_hash: '!deleted',
        phone_verified_at: null,
        email_verified_at: null,
        blocked_reason: null,
        disabled_at: now,
        deleted_at: now,
        token_version: eb('token_version', '+', 1),
        updated_at: now,
      }))
      .where('id', '=', user.id)
      .execute();
    await tx.deleteFrom('refresh_tokens').where('user_id', '=', user.id).execute();
    await tx.deleteFrom('otp_codes').where('user_id', '=', user.id).execute();
    await tx.deleteFrom('link_tokens').where('user_id', '=', user.id).execute();
    await forgetCustomer(tx, user.id);
    await forgetCart(tx, user.id);
    await forgetRiskCustomer(tx, user.id);
    await forgetRecipient(tx, user.id);
    await closeShopsOfDeletedOwner(tx, user.id);
    await audit(tx, {
      ...by,
      action: 'account.deleted',
      targetType: 'user',
      targetId: user.id,
      details: { role: row.role, shops: shops.length },
    });
  });
  await accountChanged(ctx, user.id, { reason: 'account_deleted' });
}
