import type { Executor } from '../../platform/db/index.ts';
import { account } from './accounts.ts';
import { postLedger } from './ledger.ts';

/**
 * The advance of a risky cash-on-delivery order (docs/risk.md): money the customer paid by bKash
 * before delivery, out of the order's total. The order's COD payment still posts the whole total
 * as cash collected at delivery (postPaymentCaptured); the advance is credited to the seller's cash
 * account now, so what the ledger says the seller holds nets to total − advance: the cash the
 * rider actually took.
 */
export type AdvanceRef = {
  advanceId: string;
  orderId: string;
  shopId: string;
  provider: string;
  amount: number;
};

/** The advance arrived: it sits in the provider's clearing account, off the seller's cash. */
export function postAdvanceCaptured(tx: Executor, a: AdvanceRef) {
  return postLedger(tx, {
    kind: 'advance.captured',
    sourceId: a.advanceId,
    orderId: a.orderId,
    shopId: a.shopId,
    memo: 'cod advance captured',
    entries: [
      { account: account.clearing(a.provider), amount: a.amount },
      { account: account.codCash(a.shopId), amount: -a.amount },
    ],
  });
}

/** The order ended before delivery: the advance is owed back to the customer. */
export async function postAdvanceRefundDue(tx: Executor, a: AdvanceRef) {
  await postAdvanceCaptured(tx, a);
  return postLedger(tx, {
    kind: 'advance.refund_due',
    sourceId: a.advanceId,
    orderId: a.orderId,
    shopId: a.shopId,
    memo: 'cod advance to refund',
    entries: [
      { account: account.codCash(a.shopId), amount: a.amount },
      { account: account.refunds, amount: -a.amount },
    ],
  });
}

/** The provider paid the advance back. */
export async function postAdvanceRefundPaid(tx: Executor, a: AdvanceRef) {
  await postAdvanceRefundDue(tx, a);
  return postLedger(tx, {
    kind: 'advance.refund_paid',
    sourceId: a.advanceId,
    orderId: a.orderId,
    shopId: a.shopId,
    memo: 'cod advance refunded',
    entries: [
      { account: account.refunds, amount: a.amount },
      { account: account.clearing(a.provider), amount: -a.amount },
    ],
  });
}
