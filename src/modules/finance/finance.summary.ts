import type { Executor } from '../../platform/db/index.ts';
import * as repo from './finance.repo.ts';

/**
 * The marketplace's money for an admin, for [from, to): what the platform earned and refunded in
 * the period, and what it owed and was owed at `to`.
 */
export async function financeSummary(db: Executor, from: Date, to: Date, top = 10) {
  const [commission, deliveryFees, refundsDue, refundsPaid, refundsOwed, shops, all] =
    await Promise.all([
      repo.accountKindSum(db, 'platform_commission', from, to),
      repo.accountKindSum(db, 'delivery_fees', from, to),
      repo.accountKindSum(db, 'refunds', from, to, 'credits'),
      repo.accountKindSum(db, 'refunds', from, to, 'debits'),
      repo.accountKindSum(db, 'refunds', null, to),
      repo.shopBalancesAt(db, to, top),
      Promise.all([
        repo.accountKindSum(db, 'shop_payable', null, to),
        repo.accountKindSum(db, 'shop_receivable', null, to),
        repo.accountKindSum(db, 'shop_cod_cash', null, to),
      ]),
    ]);
  const [payable, receivable, codCash] = [-all[0], all[1], all[2]];
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    currency: 'BDT' as const,
    commissionEarned: -commission,
    deliveryFees: -deliveryFees,
    refundsDue: -refundsDue,
    refundsPaid,
    refundsOwed: -refundsOwed,
    shops: { payable, receivable, codCash, net: payable - receivable - codCash },
    topShops: shops,
  };
}
