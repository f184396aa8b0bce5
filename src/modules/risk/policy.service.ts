import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Executor } from '../../platform/db/index.ts';
import { defaultPolicy, type ShopRiskPolicy } from './risk.score.ts';

/** The shop's COD policy, or the default when it has not chosen one. */
export async function shopPolicy(db: Executor, shopId: string): Promise<ShopRiskPolicy> {
  const row = await db
    .selectFrom('risk_shop_policies')
    .selectAll()
    .where('shop_id', '=', shopId)
    .executeTakeFirst();
  if (!row) return defaultPolicy;
  return {
    mediumAction: row.medium_action,
    highAction: row.high_action,
    largeOrderPoisha: row.large_order_poisha,
    largeOrderAction: row.large_order_action,
  };
}

/** Replaces the shop's policy (audited: it decides which buyers may pay cash). */
export async function putShopPolicy(
  db: Executor,
  actor: AuditActor,
  shopId: string,
  policy: ShopRiskPolicy,
): Promise<ShopRiskPolicy> {
  await db.transaction().execute(async (tx) => {
    const values = {
      medium_action: policy.mediumAction,
      high_action: policy.highAction,
      large_order_poisha: policy.largeOrderPoisha,
      large_order_action: policy.largeOrderAction,
    };
    await tx
      .insertInto('risk_shop_policies')
      .values({ shop_id: shopId, ...values })
      .onConflict((oc) => oc.column('shop_id').doUpdateSet({ ...values, updated_at: new Date() }))
      .execute();
    await audit(tx, {
      ...actor,
      action: 'risk.policy_changed',
      targetType: 'shop',
      targetId: shopId,
      details: { ...policy },
    });
  });
  return shopPolicy(db, shopId);
}
