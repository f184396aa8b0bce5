import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { postAdvanceRefundDue, type AdvanceRef } from '../money/index.ts';

/** The order_advances rows the checkout and the order's transitions write (advance.service.ts). */

/** Written with the order, in the checkout's transaction. */
export async function createAdvance(
  tx: Executor,
  orderId: string,
  amount: number,
  merchantTxnId: string,
) {
  await tx
    .insertInto('order_advances')
    .values({
      order_id: orderId,
      provider: 'bkash',
      merchant_txn_id: merchantTxnId,
      amount,
      provider_ref: null,
      provider_txn_id: null,
      redirect_url: null,
      refund_ref: null,
      flagged_reason: null,
      raw: null,
      captured_at: null,
      refunded_at: null,
    })
    .execute();
}

export async function advanceRef(tx: Executor, advanceId: string): Promise<AdvanceRef> {
  const a = await tx
    .selectFrom('order_advances as a')
    .innerJoin('orders as o', 'o.id', 'a.order_id')
    .select(['a.id', 'a.order_id', 'a.provider', 'a.amount', 'o.shop_id'])
    .where('a.id', '=', advanceId)
    .executeTakeFirstOrThrow();
  return {
    advanceId: a.id,
    orderId: a.order_id,
    shopId: a.shop_id,
    provider: a.provider,
    amount: a.amount,
  };
}

/**
 * The order ended before delivery (cancelled or rejected) inside the caller's transaction: an advance not
 * paid yet is cancelled; a paid one is owed back (refunded after commit: `refundAdvance`). Returns
 * the advance to refund, if any. A refused order (out for delivery → returned) keeps its advance:
 * it pays the shop's wasted trip; an order returned after delivery goes back through its COD
 * payment, which holds the whole total.
 */
export async function closeAdvance(tx: Executor, orderId: string): Promise<string | null> {
  const closed = await tx
    .updateTable('order_advances')
    .set({
      status: sql`CASE WHEN status = 'paid' THEN 'refund_pending' ELSE 'cancelled' END`,
      updated_at: sql`now()`,
    })
    .where('order_id', '=', orderId)
    .where('status', 'in', ['pending', 'paid'])
    .returning(['id', 'status'])
    .executeTakeFirst();
  if (closed?.status !== 'refund_pending') return null;
  await postAdvanceRefundDue(tx, await advanceRef(tx, closed.id));
  return closed.id;
}
