import { sql } from 'kysely';
import type { Config } from '../../platform/config.ts';
import type { Executor } from '../../platform/db/index.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { assertShopAccess } from '../shops/index.ts';
import { availableForPayout, nextPayoutAt } from './available.ts';
import { findMethod, presentMethod } from './methods.service.ts';
import { listShopPayouts } from './runs.read.ts';

/** GET /shops/{id}/payouts: the shop's payouts, what it may be paid now and what is still pending. */
export async function shopPayouts(
  db: Executor,
  config: Config,
  user: AuthUser,
  shopId: string,
  q: { limit: number; cursor?: string },
) {
  await assertShopAccess(db, user, shopId);
  const [page, a, method] = await Promise.all([
    listShopPayouts(db, shopId, q),
    availableForPayout(db, shopId),
    findMethod(db, shopId),
  ]);
  return {
    ...page,
    available: a.available,
    pending: a.pending,
    inFlight: a.inFlight,
    receivable: a.receivable,
    codCash: a.codCash,
    minimum: config.PAYOUT_MINIMUM,
    nextPayoutAt:
      config.PAYOUT_SCHEDULE === 'on'
        ? nextPayoutAt(config.PAYOUT_WEEKDAY, config.PAYOUT_HOUR).toISOString()
        : null,
    method: presentMethod(method),
  };
}

/** GET /admin/payables[?shopId=]: shops with money on their accounts (or one), and the commission earned. */
export async function payables(db: Executor, q: { shopId?: string } = {}) {
  let query = db
    .selectFrom('ledger_accounts as a')
    .innerJoin('payouts_shops as s', 's.id', 'a.shop_id')
    .leftJoin('payout_methods as m', 'm.shop_id', 'a.shop_id')
    .select(['s.id', 's.name_bn', 's.name_en', 'm.kind'])
    .where('a.kind', '=', 'shop_payable')
    .orderBy('s.name_en')
    .limit(500);
  if (q.shopId) query = query.where('a.shop_id', '=', q.shopId);
  const shops = await query.execute();
  const items = [];
  for (const s of shops) {
    const a = await availableForPayout(db, s.id);
    items.push({
      shopId: s.id,
      shopName: s.name_bn || s.name_en,
      available: a.available,
      pending: a.pending,
      inFlight: a.inFlight,
      method: s.kind ?? null,
    });
  }
  const commission = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(sql<string>`coalesce(-sum(e.amount), 0)::text`.as('sum'))
    .where('a.kind', '=', 'platform_commission')
    .executeTakeFirstOrThrow();
  return { items, commissionEarned: Number(commission.sum) };
}
