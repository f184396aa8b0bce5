import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { postRefundPaid } from '../money/index.ts';
import type { PaymentGateway } from '../payments/index.ts';
import { canMove } from './orders.policy.ts';
import { flagTexts } from './payment-flags.ts';
import { paymentEventPayload, transition } from './transitions.service.ts';

/**
 * Returns a paid payment's money through its provider (after the order's transaction committed).
 * refunded → payment refunded and the order moves to `refunded`; processing → stays refund_pending
 * with the provider's reference; manual (cash, Nagad) or a provider error → flagged for an admin.
 */
export async function refundPayment(ctx: AppContext, gateway: PaymentGateway, paymentId: string) {
  const p = await ctx.db
    .selectFrom('payments')
    .selectAll()
    .where('id', '=', paymentId)
    .where('status', '=', 'refund_pending')
    .executeTakeFirst();
  if (!p) return null;
  if (!p.provider_txn_id || !p.provider_ref) {
    await flag(ctx, paymentId, 'refund_manual', flagTexts.noProviderTransaction);
    return 'refund_manual' as const;
  }
  let outcome;
  try {
    const provider = await gateway.provider(p.provider);
    outcome = await provider.refund({
      merchantTxnId: p.merchant_txn_id,
      providerRef: p.provider_ref,
      providerTxnId: p.provider_txn_id,
      amountPoisha: p.amount,
      reason: 'order cancelled',
      refundId: `R${randomBytes(6).toString('hex').toUpperCase()}`,
    });
  } catch (error) {
    ctx.logger.warn({ err: error, paymentId }, 'refund failed; left for an admin');
    await flag(ctx, paymentId, 'refund_pending', flagTexts.refundFailed((error as Error).message));
    return 'refund_pending' as const;
  }
  if (outcome.status === 'manual') {
    await flag(ctx, paymentId, 'refund_manual', flagTexts.noRefundApi);
    return 'refund_manual' as const;
  }
  if (outcome.status === 'processing') {
    await ctx.db
      .updateTable('payments')
      .set({ refund_ref: outcome.refundRef ?? null, updated_at: sql`now()` })
      .where('id', '=', paymentId)
      .execute();
    return 'refund_pending' as const;
  }
  await ctx.db.transaction().execute(async (tx) => {
    const done = await tx
      .updateTable('payments')
      .set({
        status: 'refunded',
        refund_ref: outcome.refundRef ?? null,
        refunded_at: sql`now()`,
        updated_at: sql`now()`,
      })
      .where('id', '=', paymentId)
      .where('status', '=', 'refund_pending')
      .returning(['id'])
      .executeTakeFirst();
    if (!done) return;
    await postRefundPaid(tx, paymentId);
    await emitEvent(
      tx,
      'payment.refunded',
      await paymentEventPayload(tx, paymentId, { refundRef: outcome.refundRef ?? null }),
    );
    const order = await tx
      .selectFrom('orders')
      .select('status')
      .where('id', '=', p.order_id)
      .executeTakeFirstOrThrow();
    if (canMove(order.status, 'refunded', 'system')) {
      await transition(
        tx,
        p.order_id,
        'refunded',
        { id: null, role: 'system' },
        'payment refunded',
      );
    }
  });
  return 'refunded' as const;
}

/**
 * Records why the refund needs an admin. A late payment's cause ("paid while the order was …", set
 * at capture) is kept in front, so the admin sees both why money must go back and why it did not.
 */
async function flag(
  ctx: AppContext,
  paymentId: string,
  status: 'refund_manual' | 'refund_pending',
  reason: string,
) {
  await ctx.db
    .updateTable('payments')
    .set({
      status,
      flagged_reason: sql<string>`CASE WHEN flagged_reason LIKE 'paid while %'
        THEN split_part(flagged_reason, '; ', 1) || '; ' || ${reason} ELSE ${reason} END`,
      updated_at: sql`now()`,
    })
    .where('id', '=', paymentId)
    .execute();
}
