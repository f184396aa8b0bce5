import type { Executor } from '../../platform/db/index.ts';
import { account, postLedger } from '../money/index.ts';

type PayoutRef = { id: string; shop_id: string; amount: number; method: 'bkash' | 'bank' };

/** Where paid-out money leaves from: bKash's disbursement wallet, or the platform's bank account. */
const source = (p: PayoutRef) => account.clearing(p.method === 'bkash' ? 'bkash' : 'bank');

/** A payout starts: the shop's payable is debited, the money is "in transit" until confirmed. */
export function postPayoutInitiated(tx: Executor, p: PayoutRef, createdBy: string | null) {
  return postLedger(tx, {
    kind: 'payout.initiated',
    sourceId: p.id,
    shopId: p.shop_id,
    memo: p.method === 'bkash' ? 'payout to bKash started' : 'payout by bank transfer started',
    createdBy,
    entries: [
      { account: account.payable(p.shop_id), amount: p.amount },
      { account: account.payoutsInTransit, amount: -p.amount },
    ],
  });
}

/** bKash or the bank confirmed it: the money left the platform's wallet or account. */
export function postPayoutPaid(tx: Executor, p: PayoutRef, reference: string | null) {
  return postLedger(tx, {
    kind: 'payout.paid',
    sourceId: p.id,
    shopId: p.shop_id,
    memo: `payout paid${reference ? ` (${reference})` : ''}`,
    entries: [
      { account: account.payoutsInTransit, amount: p.amount },
      { account: source(p), amount: -p.amount },
    ],
  });
}

/** It failed: the amount is credited back to the shop, to be paid by a later run. */
export function postPayoutFailed(tx: Executor, p: PayoutRef, reason: string) {
  return postLedger(tx, {
    kind: 'payout.failed',
    sourceId: p.id,
    shopId: p.shop_id,
    memo: `payout failed: ${reason}`.slice(0, 500),
    entries: [
      { account: account.payoutsInTransit, amount: p.amount },
      { account: account.payable(p.shop_id), amount: -p.amount },
    ],
  });
}
