import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { adjustStock, releaseStock } from '../catalog/index.ts';
import { postPartialRefundDue } from '../money/index.ts';
import type { PaymentGateway } from '../payments/index.ts';
import { executeRefund } from './refunds.service.ts';
import { canMoveReturn, checkedStatuses, returnRole, roleMayReach } from './returns.policy.ts';
import * as repo from './returns.repo.ts';
import type { TransitionBody } from './returns.schema.ts';
import {
  emitReturnEvent,
  getReturn,
  recordReturnEvent,
  type ReturnActor,
} from './returns.service.ts';
import type { ReturnStatus } from './returns.tables.ts';

const stampOf: Partial<Record<ReturnStatus, string>> = {
  accepted: 'decided_at',
  refused: 'decided_at',
  picked_up: 'picked_up_at',
  checked: 'checked_at',
  refunded: 'refunded_at',
};

/**
 * Moves a return one step inside the caller's transaction (the return's row locked): policy,
 * timestamps, timeline and outbox event. Throws RETURN_TRANSITION_NOT_ALLOWED for a wrong step.
 */
export async function stepReturn(
  tx: Executor,
  returnId: string,
  to: ReturnStatus,
  actor: ReturnActor,
  reason: string | null,
) {
  const r = await repo.findReturn(tx, returnId, { lock: true });
  if (!r) throw new AppError('RETURN_NOT_FOUND');
  if (!canMoveReturn(r.status, to, actor.role)) {
    throw new AppError('RETURN_TRANSITION_NOT_ALLOWED', { from: r.status, to });
  }
  const stamp = stampOf[to];
  await tx
    .updateTable('return_requests')
    .set({ status: to, updated_at: sql`now()`, ...(stamp ? { [stamp]: sql`now()` } : {}) })
    .where('id', '=', returnId)
    .execute();
  await recordReturnEvent(tx, returnId, r.status, to, actor, reason);
  return r;
}

/** POST /returns/{id}/transitions: the steps people take (the refund steps are the system's). */
export async function moveReturn(
  ctx: AppContext,
  gateway: PaymentGateway,
  user: AuthUser,
  returnId: string,
  body: TransitionBody,
) {
  const r = await repo.findReturn(ctx.db, returnId);
  const role = r ? returnRole(user, r) : null;
  if (!r || !role) throw new AppError('RETURN_NOT_FOUND');
  if (!roleMayReach(body.to, role)) throw new AppError('RETURN_FORBIDDEN', { to: body.to });
  const reason = body.reason?.trim() ? body.reason : null;
  if (body.to === 'refused' && !reason) throw new AppError('RETURN_REASON_REQUIRED');
  const actor = { id: user.id, role };
  const refundId = await ctx.db.transaction().execute(async (tx) => {
    if (body.to === 'checked') return check(tx, r.order_id, returnId, actor, body.lines, reason);
    await stepReturn(tx, returnId, body.to, actor, reason);
    await emitReturnEvent(tx, returnId, reason);
    return null;
  });
  if (refundId) await executeRefund(ctx, gateway, refundId);
  return getReturn(ctx.db, user, returnId);
}

/**
 * The goods came back and were checked: resellable quantities go back to stock, the refund of the
 * returned lines (plus the order's charges when this return completes the whole order) is written
 * against the payment (never beyond it: the row trigger of payment_refunds) and posted as due.
 * Returns the refund's id; the provider is called after commit.
 */
async function check(
  tx: Executor,
  orderId: string,
  returnId: string,
  actor: ReturnActor,
  checked: { id: number; resellable: boolean }[] | undefined,
  reason: string | null,
) {
  // Same lock as new requests: what was returned before this one is stable while it is checked.
  await repo.lockOrderReturns(tx, orderId);
  const r = await stepReturn(tx, returnId, 'checked', actor, reason);
  const lines = await repo.returnLines(tx, [returnId]);
  const named = new Map((checked ?? []).map((l) => [l.id, l.resellable]));
  if (
    !checked ||
    named.size !== checked.length ||
    named.size !== lines.length ||
    lines.some((l) => !named.has(l.id))
  ) {
    throw new AppError('RETURN_CHECK_LINES_INVALID');
  }
  const before = await repo.returnedByItem(tx, orderId, checkedStatuses, returnId);
  for (const line of lines) {
    const resellable = named.get(line.id)!;
    await tx.updateTable('return_lines').set({ resellable }).where('id', '=', line.id).execute();
    if (!resellable) continue;
    const whole = line.quantity === line.ordered_quantity;
    // The whole line back: to the batches its units came from, as a cancellation does. Part of
    // it: the variant's stock only (the batches of the rest stay allocated).
    const result = whole
      ? await releaseStock(tx, {
          variantId: line.variant_id,
          quantity: line.quantity,
          orderId,
          orderItemId: line.order_item_id,
          reason: 'return',
          actorUserId: actor.id,
        })
      : await adjustStock(tx, {
          variantId: line.variant_id,
          delta: line.quantity,
          reason: 'return',
          actorUserId: actor.id,
          reference: orderId,
        });
    if (!result.ok && result.error.code !== 'VARIANT_NOT_FOUND') {
      throw new Error('stock return failed');
    }
  }

  const payment = await repo.paidPayment(tx, orderId);
  if (!payment) throw new AppError('RETURN_NOT_REFUNDABLE');
  const order = (await repo.findOrder(tx, orderId))!;
  const items = await repo.orderItems(tx, orderId);
  const linesAmount = lines.reduce((s, l) => s + l.amount, 0);
  const wholeOrder = items.every(
    (i) =>
      (before.get(i.id)?.quantity ?? 0) +
        lines.filter((l) => l.order_item_id === i.id).reduce((s, l) => s + l.quantity, 0) ===
      i.quantity,
  );
  const left = payment.amount - (await repo.refundedSoFar(tx, payment.id));
  if (linesAmount > left) throw new AppError('REFUND_EXCEEDS_PAYMENT', { left });
  // The delivery and COD charges go back only with the last of the order's goods.
  const charges = wholeOrder
    ? Math.min(Math.max(order.total - order.subtotal, 0), left - linesAmount)
    : 0;
  const amount = linesAmount + charges;
  const refund = await insertRefund(tx, {
    payment_id: payment.id,
    return_id: returnId,
    amount,
    method: r.refund_method,
    msisdn: r.refund_msisdn,
    provider_refund_id: `RT${returnId.replaceAll('-', '').slice(0, 16).toUpperCase()}`,
  });
  await tx
    .updateTable('return_requests')
    .set({ refund_amount: amount })
    .where('id', '=', returnId)
    .execute();
  await postPartialRefundDue(tx, {
    refundId: refund.id,
    paymentId: payment.id,
    lines: lines.map((l) => ({
      orderItemId: l.order_item_id,
      amount: l.amount,
      returnedBefore: before.get(l.order_item_id)?.amount ?? 0,
    })),
    charges,
  });
  await emitReturnEvent(tx, returnId, reason);
  return refund.id;
}

type NewRefund = {
  payment_id: string;
  return_id: string;
  amount: number;
  method: 'provider' | 'manual' | 'bkash_number';
  msisdn: string | null;
  provider_refund_id: string;
};

/** The database refuses a refund beyond the payment (trigger): a typed error here. */
async function insertRefund(tx: Executor, values: NewRefund) {
  try {
    return await tx
      .insertInto('payment_refunds')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow();
  } catch (error) {
    if (String((error as Error).message).includes('REFUND_EXCEEDS_PAYMENT')) {
      throw new AppError('REFUND_EXCEEDS_PAYMENT');
    }
    throw error;
  }
}
