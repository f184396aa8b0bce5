import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { releaseStock as releaseLine } from '../catalog/index.ts';
import { postPaymentCaptured, postRefundDue } from '../money/index.ts';
import { closeAdvance } from './advance.records.ts';
import { canMove, holdsStock } from './orders.policy.ts';
import { releasePromotions } from '../promotions/index.ts';
import type { ActorRole, OrderStatus, PrescriptionStatus } from './orders.tables.ts';

export type Actor = { id: string | null; role: ActorRole };

/**
 * Outbox topic for the steps a customer or seller should hear about. Topics and payloads follow the
 * notifications contract (`topicPayloads` in notifications.handlers.ts): a payload that breaks it is
 * dropped there, so nobody is told.
 */
const topics: Partial<Record<OrderStatus, string>> = {
  placed: 'order.placed',
  accepted: 'order.accepted',
  out_for_delivery: 'order.shipped',
  delivered: 'order.delivered',
  cancelled: 'order.cancelled',
  rejected: 'order.cancelled',
};

export async function recordEvent(
  tx: Executor,
  orderId: string,
  from: OrderStatus | null,
  to: OrderStatus,
  actor: Actor,
  reason: string | null,
) {
  await tx
    .insertInto('order_events')
    .values({
      order_id: orderId,
      from_status: from,
      to_status: to,
      actor_user_id: actor.id,
      actor_role: actor.role,
      reason,
    })
    .execute();
}

export async function orderEventPayload(tx: Executor, orderId: string) {
  const o = await tx
    .selectFrom('orders')
    .select(['id', 'number', 'customer_id', 'shop_id', 'status', 'total', 'payment_method'])
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();
  return {
    orderId: o.id,
    orderNumber: o.number,
    customerId: o.customer_id,
    shopId: o.shop_id,
    status: o.status,
    totalPoisha: o.total,
    paymentMethod: o.payment_method,
  };
}

/** Payload of `payment.received` / `payment.failed` / `payment.refunded`. */
export async function paymentEventPayload(
  tx: Executor,
  paymentId: string,
  extra: Record<string, unknown> = {},
) {
  const p = await tx
    .selectFrom('payments as p')
    .innerJoin('orders as o', 'o.id', 'p.order_id')
    .select(['p.id', 'p.order_id', 'p.provider', 'p.amount', 'o.number', 'o.customer_id'])
    .where('p.id', '=', paymentId)
    .executeTakeFirstOrThrow();
  return {
    paymentId: p.id,
    orderId: p.order_id,
    orderNumber: p.number,
    customerId: p.customer_id,
    provider: p.provider,
    amountPoisha: p.amount,
    ...extra,
  };
}

/** Gives the order's goods back to stock once (cancellation, rejection, expiry, return). */
async function releaseStock(
  tx: Executor,
  orderId: string,
  reason: 'cancellation' | 'return',
  actor: Actor,
) {
  const released = await tx
    .updateTable('orders')
    .set({ stock_released: true })
    .where('id', '=', orderId)
    .where('stock_released', '=', false)
    .returning('id')
    .executeTakeFirst();
  if (!released) return;
  const items = await tx
    .selectFrom('order_items')
    .select(['id', 'variant_id', 'quantity'])
    .where('order_id', '=', orderId)
    .orderBy('variant_id')
    .orderBy('id')
    .execute();
  for (const item of items) {
    // Back to the batches the units came from, when the variant has batches.
    const result = await releaseLine(tx, {
      variantId: item.variant_id,
      quantity: item.quantity,
      orderId,
      orderItemId: item.id,
      reason,
      actorUserId: actor.id,
    });
    if (!result.ok && result.error.code !== 'VARIANT_NOT_FOUND')
      throw new Error('stock release failed');
  }
}

export type TransitionOutcome = {
  status: OrderStatus;
  refundPaymentId: string | null;
  /** A COD advance owed back (advance.service.ts `refundAdvance`, after commit). */
  refundAdvanceId: string | null;
};

/**
 * Moves an order one step inside the caller's transaction: checks the policy against the locked
 * row, records the timeline event and the outbox event, and applies the step's effects (stock back,
 * cash collected on delivery, a refund due). The refund itself is a provider call, made after commit.
 */
export async function transition(
  tx: Executor,
  orderId: string,
  to: OrderStatus,
  actor: Actor,
  reason: string | null = null,
): Promise<TransitionOutcome> {
  const order = await tx
    .selectFrom('orders')
    .select(['id', 'status', 'payment_method', 'total', 'prescription_status'])
    .where('id', '=', orderId)
    .forUpdate()
    .executeTakeFirst();
  if (!order) throw new AppError('ORDER_NOT_FOUND');
  const from = order.status;
  if (!canMove(from, to, actor.role)) {
    throw new AppError('ORDER_TRANSITION_NOT_ALLOWED', { from, to });
  }
  // A prescription-only line: nobody (admins included) accepts it before a pharmacist approved.
  if (to === 'accepted' && order.prescription_status && order.prescription_status !== 'approved') {
    throw new AppError('PRESCRIPTION_NOT_APPROVED', {
      prescriptionStatus: order.prescription_status,
    });
  }
  await tx
    .updateTable('orders')
    .set({
      status: to,
      updated_at: sql`now()`,
      ...(from === 'pending_payment' ? { expires_at: null } : {}),
    })
    .where('id', '=', orderId)
    .execute();
  await recordEvent(tx, orderId, from, to, actor, reason);

  let refundPaymentId: string | null = null;
  if ((to === 'cancelled' || to === 'rejected') && holdsStock.includes(from)) {
    await releaseStock(tx, orderId, 'cancellation', actor);
    // The coupon's use and the flash-sale units go back too (src/modules/promotions).
    await releasePromotions(tx, orderId);
  }
  if (to === 'cancelled' || to === 'rejected' || to === 'returned') {
    // A whole-order refund would pay back lines a return already refunded (src/modules/returns):
    // the rest goes back through a return of its own.
    const partly = await tx
      .selectFrom('orders_partly_refunded_payments as r')
      .innerJoin('payments as p', 'p.id', 'r.payment_id')
      .select('r.refunded')
      .where('p.order_id', '=', orderId)
      .executeTakeFirst();
    if (partly) throw new AppError('ORDER_PARTLY_REFUNDED', { refunded: Number(partly.refunded) });
  }
  if (to === 'returned') await releaseStock(tx, orderId, 'return', actor);
  const refundAdvanceId =
    to === 'cancelled' || to === 'rejected' ? await closeAdvance(tx, orderId) : null;
  if (to === 'cancelled' || to === 'rejected' || to === 'returned') {
    const payment = await tx
      .updateTable('payments')
      .set({
        status: sql`CASE WHEN status = 'paid' THEN 'refund_pending' ELSE 'cancelled' END`,
        updated_at: sql`now()`,
      })
      .where('order_id', '=', orderId)
      .where('status', 'in', ['pending', 'paid'])
      .returning(['id', 'status'])
      .executeTakeFirst();
    if (payment?.status === 'refund_pending') {
      // The captured money is owed back to the customer from now on (src/modules/money).
      await postRefundDue(tx, payment.id);
      refundPaymentId = payment.id;
    }
  }
  if (to === 'delivered' && order.payment_method === 'cod') {
    // The rider handed over the goods and took the cash: the COD payment is captured now.
    const paid = await tx
      .updateTable('payments')
      .set({ status: 'paid', captured_at: sql`now()`, updated_at: sql`now()` })
      .where('order_id', '=', orderId)
      .where('status', '=', 'pending')
      .returning(['id', 'amount', 'provider'])
      .executeTakeFirst();
    if (paid) {
      // The seller holds the cash now, and owes the platform its commission (src/modules/money).
      await postPaymentCaptured(tx, paid.id);
      await emitEvent(tx, 'payment.received', await paymentEventPayload(tx, paid.id));
    }
  }
  const topic = topics[to];
  if (topic) {
    const payload = await orderEventPayload(tx, orderId);
    await emitEvent(tx, topic, reason === null ? payload : { ...payload, reason });
  }
  // The customer is invited to review what they received (reviews module).
  if (to === 'delivered') {
    await emitEvent(tx, 'review.invited', await orderEventPayload(tx, orderId));
  }
  return { status: to, refundPaymentId, refundAdvanceId };
}

/**
 * Ends an order its shop refuses to fill (a pharmacist rejected its prescription) inside the
 * caller's transaction, through the ordinary steps: a placed order is rejected by the shop; an
 * unpaid online order is cancelled by the platform. Stock goes back and the payment is voided or
 * marked for refund (the provider call is the caller's, after commit, with `refundPayment`).
 */
export async function refuseOrder(
  tx: Executor,
  orderId: string,
  actor: Actor,
  reason: string,
): Promise<TransitionOutcome> {
  const order = await tx
    .selectFrom('orders')
    .select('status')
    .where('id', '=', orderId)
    .forUpdate()
    .executeTakeFirst();
  if (!order) throw new AppError('ORDER_NOT_FOUND');
  if (order.status === 'pending_payment') {
    return transition(tx, orderId, 'cancelled', { id: null, role: 'system' }, reason);
  }
  return transition(tx, orderId, 'rejected', actor, reason);
}

/** Sets an order's prescription status (the prescriptions module's only write to an order). */
export async function setPrescriptionStatus(
  tx: Executor,
  orderId: string,
  status: PrescriptionStatus,
) {
  await tx
    .updateTable('orders')
    .set({ prescription_status: status, updated_at: sql`now()` })
    .where('id', '=', orderId)
    .execute();
}
