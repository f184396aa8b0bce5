import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { isUniqueViolation, type Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import {
  postAdvanceCaptured,
  postAdvanceRefundDue,
  postAdvanceRefundPaid,
} from '../money/index.ts';
import type { CallbackData, PaymentGateway, PaymentResult } from '../payments/index.ts';
import { advanceRef } from './advance.records.ts';
import { flagTexts } from './payment-flags.ts';
import { restoreOrderToCart } from './restore-cart.ts';
import { transition } from './transitions.service.ts';

/**
 * The advance a shop's risk policy asks of a cash-on-delivery order (docs/risk.md): the delivery
 * charge (at least RISK_COD_MIN_ADVANCE) paid by bKash while the order waits in pending_payment
 * with its stock held. Paid: the order goes to the shop and the rest is collected at the door.
 * Failed or not paid within the hold: the order is cancelled like an unpaid online order. The order
 * ended before delivery with the advance paid: it goes back through bKash's refund.
 */

/** Starts bKash for every advance of a checkout that has not started yet (after commit). */
export async function initiateAdvances(
  ctx: AppContext,
  gateway: PaymentGateway,
  checkoutId: string,
  callbackBase: string,
) {
  const pending = await ctx.db
    .selectFrom('order_advances as a')
    .innerJoin('orders as o', 'o.id', 'a.order_id')
    .innerJoin('users as u', 'u.id', 'o.customer_id')
    .select(['a.id', 'a.merchant_txn_id', 'a.amount', 'o.number', 'o.address', 'u.name', 'u.phone'])
    .where('o.checkout_id', '=', checkoutId)
    .where('a.provider_ref', 'is', null)
    .where('a.status', '=', 'pending')
    .where('o.status', '=', 'pending_payment')
    .where('o.expires_at', '>', sql<Date>`now()`)
    .execute();
  for (const a of pending) {
    try {
      const provider = await gateway.provider('bkash');
      const back = `${callbackBase}/bkash/callback`;
      const started = await provider.initiate({
        merchantTxnId: a.merchant_txn_id,
        amountPoisha: a.amount,
        currency: 'BDT',
        customer: {
          name: a.address.recipientName || a.name,
          phone: a.address.phone || a.phone || '+8801700000000',
          address: a.address.addressLine,
        },
        callbackUrls: { success: back, failure: back, cancel: back },
        description: `Haat order ${a.number}: delivery charge in advance`,
      });
      await ctx.db
        .updateTable('order_advances')
        .set({
          provider_ref: started.providerRef,
          redirect_url: started.redirectUrl,
          updated_at: sql`now()`,
        })
        .where('id', '=', a.id)
        .where('provider_ref', 'is', null)
        .execute();
    } catch (error) {
      // The order stays pending_payment (and expires); replaying the checkout retries this.
      ctx.logger.warn({ err: error, advanceId: a.id }, 'advance initiation failed');
    }
  }
}

/** The advance a bKash return is about (by its paymentID), if it is one. */
export function findAdvanceByRef(db: Executor, paymentId: string | undefined) {
  if (!paymentId) return Promise.resolve(undefined);
  return db
    .selectFrom('order_advances')
    .selectAll()
    .where('provider', '=', 'bkash')
    .where('provider_ref', '=', paymentId)
    .executeTakeFirst();
}

type AdvanceRow = NonNullable<Awaited<ReturnType<typeof findAdvanceByRef>>>;

/** A bKash return for an advance: verified with bKash against our record, recorded at most once. */
export async function handleAdvanceCallback(
  ctx: AppContext,
  gateway: PaymentGateway,
  advance: AdvanceRow,
  data: CallbackData,
) {
  const client = await gateway.provider('bkash');
  const result = await client.handleCallback(data, {
    merchantTxnId: advance.merchant_txn_id,
    amountPoisha: advance.amount,
    providerRef: advance.provider_ref ?? undefined,
  });
  const status = await recordAdvanceResult(ctx, gateway, advance.id, result);
  return { orderId: advance.order_id, paymentStatus: status };
}

/**
 * Records a verified bKash result for an advance, like an order's payment (capture.service.ts):
 * a conditional UPDATE, so replays change nothing. Paid while the order still waits: it goes to
 * the shop. Paid after it expired or was cancelled: refunded at once. Failed: the order is
 * cancelled and its items go back to the bag.
 */
export async function recordAdvanceResult(
  ctx: AppContext,
  gateway: PaymentGateway,
  advanceId: string,
  result: PaymentResult,
): Promise<string> {
  if (result.status === 'pending') return 'pending';
  let refundDue = false;
  try {
    await ctx.db.transaction().execute(async (tx) => {
      if (result.status === 'paid') {
        const captured = await tx
          .updateTable('order_advances')
          .set({
            status: 'paid',
            provider_txn_id: result.providerTxnId ?? null,
            captured_at: sql`now()`,
            raw: JSON.stringify(result.raw ?? null),
            updated_at: sql`now()`,
          })
          .where('id', '=', advanceId)
          .where('status', 'in', ['pending', 'cancelled', 'failed'])
          .where('amount', '=', result.amountPoisha)
          .returning(['order_id'])
          .executeTakeFirst();
        if (!captured) return;
        const ref = await advanceRef(tx, advanceId);
        await postAdvanceCaptured(tx, ref);
        const order = await tx
          .selectFrom('orders')
          .select('status')
          .where('id', '=', captured.order_id)
          .forUpdate()
          .executeTakeFirstOrThrow();
        if (order.status === 'pending_payment') {
          await transition(
            tx,
            captured.order_id,
            'placed',
            { id: null, role: 'system' },
            'advance paid',
          );
        } else {
          await tx
            .updateTable('order_advances')
            .set({
              status: 'refund_pending',
              flagged_reason: flagTexts.paidWhileClosed(order.status),
            })
            .where('id', '=', advanceId)
            .execute();
          await postAdvanceRefundDue(tx, ref);
          refundDue = true;
        }
        return;
      }
      const closed = await tx
        .updateTable('order_advances')
        .set({
          status: result.status,
          raw: JSON.stringify(result.raw ?? null),
          updated_at: sql`now()`,
        })
        .where('id', '=', advanceId)
        .where('status', '=', 'pending')
        .returning(['order_id'])
        .executeTakeFirst();
      if (!closed) return;
      const order = await tx
        .selectFrom('orders')
        .select('status')
        .where('id', '=', closed.order_id)
        .executeTakeFirstOrThrow();
      if (order.status === 'pending_payment') {
        await transition(
          tx,
          closed.order_id,
          'cancelled',
          { id: null, role: 'system' },
          `advance ${result.status}`,
        );
        await restoreOrderToCart(tx, closed.order_id);
      }
    });
  } catch (error) {
    // Another advance already holds this bKash transaction: never count it twice.
    if (!isUniqueViolation(error)) throw error;
    ctx.logger.warn({ advanceId }, 'bKash transaction already recorded on another advance');
  }
  if (refundDue) await refundAdvance(ctx, gateway, advanceId);
  const now = await ctx.db
    .selectFrom('order_advances')
    .select('status')
    .where('id', '=', advanceId)
    .executeTakeFirstOrThrow();
  return now.status;
}

/** Pays an owed advance back through bKash; a failure is left flagged for an admin and retried. */
export async function refundAdvance(ctx: AppContext, gateway: PaymentGateway, advanceId: string) {
  const a = await ctx.db
    .selectFrom('order_advances')
    .selectAll()
    .where('id', '=', advanceId)
    .where('status', '=', 'refund_pending')
    .executeTakeFirst();
  if (!a) return null;
  if (!a.provider_ref || !a.provider_txn_id) {
    await flagAdvance(ctx, advanceId, 'refund_manual', flagTexts.noProviderTransaction);
    return 'refund_manual' as const;
  }
  let outcome;
  try {
    const provider = await gateway.provider('bkash');
    outcome = await provider.refund({
      merchantTxnId: a.merchant_txn_id,
      providerRef: a.provider_ref,
      providerTxnId: a.provider_txn_id,
      amountPoisha: a.amount,
      reason: 'order ended before delivery',
      refundId: `A${randomBytes(6).toString('hex').toUpperCase()}`,
    });
  } catch (error) {
    ctx.logger.warn({ err: error, advanceId }, 'advance refund failed; retried later');
    await flagAdvance(
      ctx,
      advanceId,
      'refund_pending',
      flagTexts.refundFailed((error as Error).message),
    );
    return 'refund_pending' as const;
  }
  if (outcome.status === 'manual') {
    await flagAdvance(ctx, advanceId, 'refund_manual', flagTexts.noRefundApi);
    return 'refund_manual' as const;
  }
  if (outcome.status === 'processing') {
    await ctx.db
      .updateTable('order_advances')
      .set({ refund_ref: outcome.refundRef ?? null, updated_at: sql`now()` })
      .where('id', '=', advanceId)
      .execute();
    return 'refund_pending' as const;
  }
  await ctx.db.transaction().execute(async (tx) => {
    const done = await tx
      .updateTable('order_advances')
      .set({
        status: 'refunded',
        refund_ref: outcome.refundRef ?? null,
        refunded_at: sql`now()`,
        updated_at: sql`now()`,
      })
      .where('id', '=', advanceId)
      .where('status', '=', 'refund_pending')
      .returning('id')
      .executeTakeFirst();
    if (done) await postAdvanceRefundPaid(tx, await advanceRef(tx, advanceId));
  });
  return 'refunded' as const;
}

async function flagAdvance(
  ctx: AppContext,
  advanceId: string,
  status: 'refund_pending' | 'refund_manual',
  reason: string,
) {
  await ctx.db
    .updateTable('order_advances')
    .set({ status, flagged_reason: reason, updated_at: sql`now()` })
    .where('id', '=', advanceId)
    .execute();
}

/**
 * The scheduled sweep (with payment reconciliation): asks bKash about advances whose return never
 * came, and retries refunds that failed. Each advance is asked at most once a run.
 */
export async function reconcileAdvances(
  ctx: AppContext,
  gateway: PaymentGateway,
  now = new Date(),
  batch = 50,
) {
  const afterMinutes = ctx.config.PAYMENT_RECONCILE_AFTER_MINUTES;
  const unanswered = await ctx.db
    .selectFrom('order_advances')
    .select(['id', 'merchant_txn_id', 'provider_ref'])
    // Cancelled too: an order that expired while its customer was still paying on bKash.
    .where('status', 'in', ['pending', 'cancelled'])
    .where('provider_ref', 'is not', null)
    .where('raw', 'is', null)
    .where(
      'created_at',
      '<=',
      sql<Date>`${now}::timestamptz - make_interval(mins => ${afterMinutes})`,
    )
    .where('created_at', '>', sql<Date>`${now}::timestamptz - interval '48 hours'`)
    .orderBy('created_at')
    .limit(batch)
    .execute();
  for (const a of unanswered) {
    try {
      const provider = await gateway.provider('bkash');
      const result = await provider.query({
        merchantTxnId: a.merchant_txn_id,
        providerRef: a.provider_ref!,
      });
      await recordAdvanceResult(ctx, gateway, a.id, result);
      // A final answer is asked for no more (a cancelled advance bKash also calls cancelled).
      if (result.status !== 'pending')
        await ctx.db
          .updateTable('order_advances')
          .set({ raw: JSON.stringify(result.raw ?? null) })
          .where('id', '=', a.id)
          .where('raw', 'is', null)
          .execute();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      ctx.logger.warn({ err: error, advanceId: a.id }, 'advance: no usable answer from bKash yet');
    }
  }
  const owed = await ctx.db
    .selectFrom('order_advances')
    .select('id')
    .where('status', '=', 'refund_pending')
    .where('refund_ref', 'is', null)
    .orderBy('updated_at')
    .limit(batch)
    .execute();
  for (const a of owed) await refundAdvance(ctx, gateway, a.id);
  return { asked: unanswered.length, refunds: owed.length };
}
