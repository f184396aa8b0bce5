import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import {
  accountWords,
  kindGroup,
  kindLabel,
  memoLabel,
  type ShopAccountName,
  type TotalName,
} from './finance.kinds.ts';
import * as repo from './finance.repo.ts';

const accountNames: Record<string, ShopAccountName> = {
  shop_payable: 'payable',
  shop_receivable: 'receivable',
  shop_cod_cash: 'cod_cash',
};

export type StatementEntry = {
  id: number;
  transactionId: number;
  at: string;
  kind: string;
  kindLabel: { bn: string; en: string };
  account: ShopAccountName;
  accountLabel: { bn: string; en: string };
  orderId: string | null;
  orderNumber: string | null;
  memo: string;
  /** The memo in words when the ledger wrote it itself; else as written. */
  memoLabel: { bn: string; en: string };
  /** Poisha the entry takes from the shop's net (cash it holds, money it owes); else 0. */
  debit: number;
  /** Poisha the entry adds to the shop's net (what the platform owes it); else 0. */
  credit: number;
  /** The shop's net after this entry. */
  balance: number;
};

export type Statement = {
  shopId: string;
  shop: { nameBn: string; nameEn: string };
  from: string;
  to: string;
  currency: 'BDT';
  openingBalance: number;
  closingBalance: number;
  totals: Record<TotalName, number>;
  entries: StatementEntry[];
};

/**
 * The shop's statement for [from, to). Balances are the shop's net, as GET /balance gives it:
 * payable − receivable − COD cash held (positive: the platform owes the shop), which is minus the
 * sum of the entries on its three accounts. Totals break the period's change down:
 * netChange = sales − commission − deliveryFees − refunds − codCash + adjustments − payouts + other.
 */
export async function buildStatement(
  db: Executor,
  shopId: string,
  from: Date,
  to: Date,
): Promise<Statement> {
  const shop = await repo.shopDetails(db, shopId);
  if (!shop) throw new AppError('SHOP_NOT_FOUND');
  const opening = -(await repo.shopSumBefore(db, shopId, from));
  const rows = await repo.shopEntries(db, shopId, from, to);
  const txIds = [...new Set(rows.map((r) => r.transaction_id))];
  const platform = await repo.platformLines(db, txIds);

  let balance = opening;
  const entries: StatementEntry[] = rows.map((r) => {
    balance -= r.amount;
    const account = accountNames[r.account]!;
    return {
      id: r.id,
      transactionId: r.transaction_id,
      at: r.created_at.toISOString(),
      kind: r.kind,
      kindLabel: { bn: kindLabel(r.kind, 'bn'), en: kindLabel(r.kind, 'en') },
      account,
      accountLabel: { ...accountWords[account] },
      orderId: r.order_id,
      orderNumber: r.order_number ?? null,
      memo: r.memo,
      memoLabel: { bn: memoLabel(r.memo, 'bn'), en: memoLabel(r.memo, 'en') },
      debit: r.amount > 0 ? r.amount : 0,
      credit: r.amount < 0 ? -r.amount : 0,
      balance,
    };
  });

  const totals: Record<TotalName, number> = {
    sales: 0,
    commission: 0,
    deliveryFees: 0,
    refunds: 0,
    codCash: 0,
    adjustments: 0,
    payouts: 0,
    other: 0,
    netChange: 0,
  };
  const byTx = new Map<number, { kind: string; effect: number; cod: number }>();
  for (const r of rows) {
    const cur = byTx.get(r.transaction_id) ?? { kind: r.kind, effect: 0, cod: 0 };
    cur.effect -= r.amount;
    if (r.account === 'shop_cod_cash') cur.cod += r.amount;
    byTx.set(r.transaction_id, cur);
  }
  for (const [id, tx] of byTx) {
    const p = platform.get(id) ?? { commission: 0, delivery: 0 };
    const commission = -p.commission;
    const delivery = -p.delivery;
    totals.commission += commission;
    totals.deliveryFees += delivery;
    totals.codCash += tx.cod;
    totals.netChange += tx.effect;
    // What the event was worth before commission, delivery fee and cash held came off it.
    const gross = tx.effect + commission + delivery + tx.cod;
    const group = kindGroup(tx.kind);
    if (group === 'sales' || group === 'adjustments' || group === 'other') totals[group] += gross;
    else totals[group] -= gross;
  }

  return {
    shopId,
    shop: { nameBn: shop.name_bn, nameEn: shop.name_en },
    from: from.toISOString(),
    to: to.toISOString(),
    currency: 'BDT',
    openingBalance: opening,
    closingBalance: balance,
    totals,
    entries,
  };
}
