import type { ColumnType, Generated } from 'kysely';
import type { Executor } from './db/index.ts';

/**
 * Actions written to the audit log. Dotted lower-case names (`<subject>.<event>`); add new ones here
 * and to docs/observability.md.
 */
export const auditActions = [
  'login.succeeded',
  'login.failed',
  'password.changed',
  'password.reset',
  'role.changed',
  'user.disabled',
  'user.blocked',
  'user.unblocked',
  'account.exported',
  'account.deleted',
  'shop.approved',
  'shop.rejected',
  'shop.updated_by_admin',
  'shop.suspended',
  'shop.reinstated',
  'product.hidden',
  'product.unhidden',
  'category.created',
  'category.updated',
  'category.reordered',
  'category.deleted',
  'shop.sent_for_review',
  'refund.issued',
  'price.changed',
  'admin.edited',
  'medicine.class_changed',
  'commission.rules_replaced',
  'ledger.adjusted',
  'payout.method_changed',
  'payout.run_started',
  'payout.settled',
  'payout.failed',
  'return_windows.changed',
  'order.rider_changed',
  'promotions.coupon_created',
  'promotions.coupon_changed',
  'promotions.flash_sale_created',
  'promotions.flash_sale_changed',
  'risk.policy_changed',
  'risk.phone_blocked',
  'risk.phone_unblocked',
  'festival.dates_changed',
  'festival.dates_reset',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Who did it and from where; for actions by nobody signed in (a failed login) the ids are null. */
export type AuditActor = {
  actorId: string | null;
  actorRole: string | null;
  ip?: string | null;
  userAgent?: string | null;
};

export type AuditEntry = AuditActor & {
  action: AuditAction;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
};

export interface AuditLogTable {
  id: Generated<number>;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  created_at: Generated<Date>;
}

declare module './db/database.ts' {
  interface Database {
    audit_log: AuditLogTable;
  }
}

/**
 * Appends one entry. Pass the transaction of the action itself, so the entry exists exactly when
 * the action was committed. Never secrets (passwords, tokens, codes) in `details`.
 */
export async function audit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      actor_role: entry.actorRole,
      action: entry.action,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      ip: entry.ip ?? null,
      user_agent: entry.userAgent?.slice(0, 512) ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
