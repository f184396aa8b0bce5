import type { AccountKind } from './money.tables.ts';

/**
 * A ledger account, named by what it is. Accounts are created on first use; the key is stable
 * (`shop:<id>:payable`, `platform:commission`, `clearing:bkash`, …).
 */
export type Account =
  | { kind: 'shop_payable' | 'shop_receivable' | 'shop_cod_cash'; shopId: string }
  | { kind: 'provider_clearing'; provider: string }
  | { kind: 'discounts'; funder: 'platform' | 'shop' }
  | {
      kind:
        'platform_commission' | 'refunds' | 'delivery_fees' | 'adjustments' | 'payouts_in_transit';
    };

export const account = {
  payable: (shopId: string): Account => ({ kind: 'shop_payable', shopId }),
  receivable: (shopId: string): Account => ({ kind: 'shop_receivable', shopId }),
  codCash: (shopId: string): Account => ({ kind: 'shop_cod_cash', shopId }),
  clearing: (provider: string): Account => ({ kind: 'provider_clearing', provider }),
  commission: { kind: 'platform_commission' } as Account,
  refunds: { kind: 'refunds' } as Account,
  deliveryFees: { kind: 'delivery_fees' } as Account,
  adjustments: { kind: 'adjustments' } as Account,
  /** Money sent (or about to be sent) to sellers and not yet confirmed by bKash or the bank. */
  payoutsInTransit: { kind: 'payouts_in_transit' } as Account,
  discounts: (funder: 'platform' | 'shop'): Account => ({ kind: 'discounts', funder }),
};

const shopSuffix: Record<string, string> = {
  shop_payable: 'payable',
  shop_receivable: 'receivable',
  shop_cod_cash: 'cod_cash',
};

export function accountKey(a: Account): string {
  switch (a.kind) {
    case 'shop_payable':
    case 'shop_receivable':
    case 'shop_cod_cash':
      return `shop:${a.shopId}:${shopSuffix[a.kind]}`;
    case 'provider_clearing':
      return `clearing:${a.provider}`;
    case 'discounts':
      return `discounts:${a.funder}`;
    default:
      return `platform:${a.kind}`;
  }
}

export function accountColumns(a: Account) {
  return {
    key: accountKey(a),
    kind: a.kind as AccountKind,
    shop_id: 'shopId' in a ? a.shopId : null,
    provider: 'provider' in a ? a.provider : null,
    funder: 'funder' in a ? a.funder : null,
  };
}
