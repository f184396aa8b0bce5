import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { isUniqueViolation } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { postPaymentCaptured, postRefundDue } from '../money/index.ts';
import type {
  CallbackData,
  PaymentGateway,
  PaymentProviderName,
  PaymentResult,
} from '../payments/index.ts';
import { findAdvanceByRef, handleAdvanceCallback } from './advance.service.ts';
import { flagTexts } from './payment-flags.ts';
import { refundPayment } from './refund.service.ts';
import { restoreOrderToCart } from './restore-cart.ts';
import { paymentEventPayload, transition } from './transitions.service.ts';

/** Which of our payments a callback is about: only an identifier, never trusted for the outcome. */
function lookupKey(provider: PaymentProviderName, data: CallbackData) {
  const f = { ...data.query, ...data.body };
  if (provider === 'bkash') return { column: 'provider_ref' as const, value: f.paymentID };
  if (provider === 'nagad') return { column: 'merchant_txn_id' as const, value: f.order_id };
  return { column: 'merchant_txn_id' as const, value: f.tran_id };
}

/** The provider could not tell us the outcome yet (same code and body as the provider error). */
export class UnconfirmedPayment extends AppError {
  constructor(
    readonly orderId: string,
    cause: AppError,
  ) {
    super(cause.code, cause.details);
  }
}

/**
 * A browser return or an IPN: the provider client verifies it with the provider's server against our
 * record (amount, currency, transaction id), then the result is recorded at most once.
 */
export async function handleCallback(
  ctx: AppContext,
  gateway: PaymentGateway,
  provider: PaymentProviderName,
  data: CallbackData,
) {
  if (provider === 'cod') throw new AppError('PAYMENT_NOT_FOUND');
  const key = lookupKey(provider, data);
  if (!key.value) throw new AppError('PAYMENT_NOT_FOUND');
  const payment = await ctx.db
    .selectFrom('payments')
    .selectAll()
    .where('provider', '=', provider)
    .where(key.column, '=', key.value)
    .executeTakeFirst();
  if (!payment) {
    // A COD order's advance (docs/risk.md) comes back on the same bKash return URL.
    const advance = provider === 'bkash' ? await findAdvanceByRef(ctx.db, key.value) : undefined;
    if (!advance) throw new AppError('PAYMENT_NOT_FOUND');
    try {
      return await handleAdvanceCallback(ctx, gateway, advance, data);
    } catch (error) {
      if (error instanceof AppError && error.code === 'PAYMENT_PROVIDER_UNAVAILABLE')
        throw new UnconfirmedPayment(advance.order_id, error);
      throw error;
    }
  }
  const client = await gateway.provider(provider);
  let result;
  try {
    result = await client.handleCallback(data, {
      merchantTxnId: payment.merchant_txn_id,
      amountPoisha: payment.amount,
      providerRef: payment.provider_ref ?? undefined,
    });
  } catch (error) {
    // Timeout or unreadable answer: nothing is recorded, the order keeps waiting (stock held) and
    // reconciliation asks the provider again later.
    if (error instanceof AppError && error.code === 'PAYMENT_PROVIDER_UNAVAILABLE') {
      ctx.logger.warn({ err: error, paymentId: payment.id }, 'payment outcome unknown for now');
      throw new UnconfirmedPayment(payment.order_id, error);
    }
    throw error;
  }
  const status = await recordResult(ctx, gateway, payment.id, result);
  return { orderId: payment.order_id, paymentStatus: status };
}

/**
 * Records a verified provider result. Capture is a conditional UPDATE (pending → paid) plus the
 * unique (provider, provider_txn_id) constraint: replays, and concurrent copies of one notification,
 * find nothing left to update and change nothing. Money arriving for an order that already expired
 * or was cancelled is captured and refunded at once (flagged for an admin if that fails).
 */
export async function recordResult(
  ctx: AppContext,
  gateway: PaymentGateway,
  paymentId: string,
  result: PaymentResult,
): Promise<string> {
  if (result.status === 'pending') return 'pending';
  let refundDue = false;
  try {
    await ctx.db.transaction().execute(async (tx) => {
      if (result.status === 'paid') {
        const captured = await tx
          .updateTable('payments')
          .set({
            status: 'paid',
            provider_txn_id: result.providerTxnId ?? null,
            captured_at: sql`now()`,
            raw: JSON.stringify(result.raw ?? null),
            updated_at: sql`now()`,
          })
          .where('id', '=', paymentId)
          .where('status', 'in', ['pending', 'cancelled', 'failed'])
          .where('amount', '=', result.amountPoisha)
          .returning(['id', 'order_id', 'amount', 'provider'])
          .executeTakeFirst();
        if (!captured) return;
        // The ledger moves with the capture, in its transaction (src/modules/money).
        await postPaymentCaptured(tx, captured.id);
        await emitEvent(
          tx,
          'payment.received',
          await paymentEventPayload(tx, paymentId, {
            providerTxnId: result.providerTxnId ?? null,
          }),
        );
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
            'payment captured',
          );
        } else {
          await tx
            .updateTable('payments')
            .set({
              status: 'refund_pending',
              flagged_reason: flagTexts.paidWhileClosed(order.status),
            })
            .where('id', '=', paymentId)
            .execute();
          await postRefundDue(tx, paymentId);
          refundDue = true;
        }
        return;
      }
      const closed = await tx
        .updateTable('payments')
        .set({
          status: result.status,
          raw: JSON.stringify(result.raw ?? null),
          updated_at: sql`now()`,
        })
        .where('id', '=', paymentId)
        .where('status', '=', 'pending')
        .returning(['order_id', 'amount', 'provider'])
        .executeTakeFirst();
      if (!closed) return;
      await emitEvent(
        tx,
        'payment.failed',
        await paymentEventPayload(tx, paymentId, { status: result.status }),
      );
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
          `payment ${result.status}`,
        );
        await restoreOrderToCart(tx, closed.order_id);
      }
    });
  } catch (error) {
    // Another payment row already holds this provider transaction: never count it twice.
    if (!isUniqueViolation(error)) throw error;
    ctx.logger.warn({ paymentId }, 'provider transaction already recorded on another payment');
  }
  if (refundDue) await refundPayment(ctx, gateway, paymentId);
  const now = await ctx.db
    .selectFrom('payments')
    .select('status')
    .where('id', '=', paymentId)
    .executeTakeFirstOrThrow();
  return now.status;
}
