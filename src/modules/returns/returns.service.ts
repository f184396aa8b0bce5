import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { idCursor } from '../../platform/http/cursor.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { normalizeBdPhone } from '../../platform/phone.ts';
import { normalizeText } from '../../platform/text.ts';
import { assertShopAccess } from '../shops/index.ts';
import { liveStatuses, nextReturnSteps, returnRole } from './returns.policy.ts';
import * as repo from './returns.repo.ts';
import type { CreateReturnBody, ReturnListQuery } from './returns.schema.ts';
import type {
  RefundMethod,
  ReturnActorRole,
  ReturnReason,
  ReturnStatus,
} from './returns.tables.ts';

export type ReturnActor = { id: string | null; role: ReturnActorRole };

/**
 * What was paid for the first `n` units of a line: its price less its share of the order's coupon,
 * spread over the units so that returning them one by one or all at once refunds the same, and
 * all of them exactly what the line cost.
 */
function paidFor(item: { line_total: number; discount: number; quantity: number }, n: number) {
  const paid = item.line_total - item.discount;
  return n >= item.quantity ? paid : Math.round((paid * n) / item.quantity);
}

export async function recordReturnEvent(
  tx: Executor,
  returnId: string,
  from: ReturnStatus | null,
  to: ReturnStatus,
  actor: ReturnActor,
  reason: string | null,
) {
  await tx
    .insertInto('return_events')
    .values({
      return_id: returnId,
      from_status: from,
      to_status: to,
      actor_user_id: actor.id,
      actor_role: actor.role,
      reason,
    })
    .execute();
}

/** Outbox event `return.<status>` for the customer and the seller (notifications). */
export async function emitReturnEvent(tx: Executor, returnId: string, reason: string | null) {
  const r = await repo.findReturn(tx, returnId);
  if (!r) return;
  await emitEvent(tx, `return.${r.status}`, {
    returnId: r.id,
    orderId: r.order_id,
    orderNumber: r.order_number,
    customerId: r.customer_id,
    shopId: r.shop_id,
    status: r.status,
    linesAmountPoisha: r.lines_amount,
    refundAmountPoisha: r.refund_amount,
    ...(reason ? { reason } : {}),
  });
}

function refundMethodFor(provider: string): RefundMethod {
  if (provider === 'cod') return 'bkash_number';
  if (provider === 'nagad') return 'manual';
  return 'provider';
}

/**
 * A customer asks to return delivered lines of their own order (others: 404). Under a lock on the
 * order's returns, so concurrent requests never ask back more than was delivered.
 */
export async function createReturn(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  body: CreateReturnBody,
) {
  const order = await repo.findOrder(ctx.db, orderId);
  if (!order || user.role !== 'customer' || order.customer_id !== user.id) {
    throw new AppError('ORDER_NOT_FOUND');
  }
  if (body.lines.length === 0) throw new AppError('RETURN_LINES_EMPTY');
  const ids = body.lines.map((l) => l.orderItemId);
  if (new Set(ids).size !== ids.length) throw new AppError('RETURN_LINE_DUPLICATE');
  let msisdn: string | null = null;
  if (order.payment_method === 'cod') {
    if (!body.refundMsisdn) throw new AppError('RETURN_MSISDN_REQUIRED');
    msisdn = normalizeBdPhone(body.refundMsisdn);
    if (!msisdn) throw new AppError('RETURN_MSISDN_INVALID');
  }
  const note = body.note ? normalizeText(body.note) || null : null;

  const id = await ctx.db.transaction().execute(async (tx) => {
    await repo.lockOrderReturns(tx, orderId);
    const o = (await repo.findOrder(tx, orderId))!;
    if (o.status !== 'delivered') {
      throw new AppError('RETURN_ORDER_NOT_DELIVERED', { status: o.status });
    }
    const window = await tx
      .selectFrom('order_return_windows')
      .select(['window_ends_at', sql<boolean>`window_ends_at > now()`.as('open')])
      .where('order_id', '=', orderId)
      .executeTakeFirst();
    if (!window || !window.open) {
      throw new AppError('RETURN_WINDOW_CLOSED', {
        windowEndsAt: window?.window_ends_at.toISOString() ?? null,
      });
    }
    const items = await repo.orderItems(tx, orderId);
    const taken = await repo.returnedByItem(tx, orderId, liveStatuses);
    const lines = body.lines.map((l) => {
      const item = items.find((i) => i.id === l.orderItemId);
      if (!item) throw new AppError('RETURN_LINE_NOT_IN_ORDER', { orderItemId: l.orderItemId });
      if (item.prescription_required) {
        throw new AppError('RETURN_PRESCRIPTION_ITEM', { orderItemId: item.id });
      }
      const available = item.quantity - (taken.get(item.id)?.quantity ?? 0);
      if (l.quantity > available) {
        throw new AppError('RETURN_QUANTITY_EXCEEDED', { orderItemId: item.id, available });
      }
      const before = taken.get(item.id)?.quantity ?? 0;
      return {
        item,
        quantity: l.quantity,
        amount: paidFor(item, before + l.quantity) - paidFor(item, before),
      };
    });
    const payment = await repo.paidPayment(tx, orderId);
    if (!payment) throw new AppError('RETURN_NOT_REFUNDABLE');
    const created = await tx
      .insertInto('return_requests')
      .values({
        order_id: orderId,
        customer_id: user.id,
        shop_id: o.shop_id,
        reason_code: body.reason as ReturnReason,
        note,
        refund_method: refundMethodFor(payment.provider),
        refund_msisdn: msisdn,
        lines_amount: lines.reduce((s, l) => s + l.amount, 0),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('return_lines')
      .values(
        lines.map((l) => ({
          return_id: created.id,
          order_item_id: l.item.id,
          quantity: l.quantity,
          unit_price: l.item.unit_price,
          amount: l.amount,
        })),
      )
      .execute();
    await recordReturnEvent(
      tx,
      created.id,
      null,
      'requested',
      { id: user.id, role: 'customer' },
      note,
    );
    await emitReturnEvent(tx, created.id, null);
    return created.id;
  });
  return getReturn(ctx.db, user, id);
}

/** Masks a bKash number for the seller: the customer and admins see it whole. */
function msisdnFor(role: ReturnActorRole, msisdn: string | null) {
  if (!msisdn || role !== 'seller') return msisdn;
  return `${msisdn.slice(0, 6)}*****${msisdn.slice(-2)}`;
}

export async function presentReturns(
  db: Executor,
  user: AuthUser,
  rows: repo.ReturnRow[],
  roleOf: (r: repo.ReturnRow) => ReturnActorRole,
) {
  const ids = rows.map((r) => r.id);
  const [lines, events, photos, refunds] = await Promise.all([
    repo.returnLines(db, ids),
    repo.returnEvents(db, ids),
    repo.returnPhotos(db, ids),
    repo.refundsOf(db, ids),
  ]);
  return rows.map((r) => {
    const role = roleOf(r);
    const refund = refunds.find((f) => f.return_id === r.id);
    return {
      id: r.id,
      orderId: r.order_id,
      orderNumber: r.order_number,
      shopId: r.shop_id,
      customerId: r.customer_id,
      status: r.status,
      reason: r.reason_code,
      note: r.note,
      refundMethod: r.refund_method,
      refundMsisdn: msisdnFor(role, r.refund_msisdn),
      linesAmount: r.lines_amount,
      refundAmount: r.refund_amount,
      lines: lines
        .filter((l) => l.return_id === r.id)
        .map((l) => ({
          id: l.id,
          orderItemId: l.order_item_id,
          name: l.name,
          variantLabel: l.variant_label,
          quantity: l.quantity,
          unitPrice: l.unit_price,
          amount: l.amount,
          resellable: l.resellable,
        })),
      photos: photos
        .filter((p) => p.return_id === r.id)
        .map((p) => ({
          id: p.id,
          url: `/api/v1/returns/${r.id}/photos/${p.id}/large`,
          thumbUrl: `/api/v1/returns/${r.id}/photos/${p.id}/thumb`,
        })),
      events: events
        .filter((e) => e.return_id === r.id)
        .map((e) => ({
          from: e.from_status,
          to: e.to_status,
          actorRole: e.actor_role,
          reason: e.reason,
          createdAt: e.created_at.toISOString(),
        })),
      refund: refund
        ? {
            id: refund.id,
            amount: refund.amount,
            method: refund.method,
            status: refund.status,
            providerRef: refund.provider_ref,
            refundedAt: refund.refunded_at?.toISOString() ?? null,
          }
        : null,
      nextSteps: nextReturnSteps(r.status, role),
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  });
}
export type ReturnDto = Awaited<ReturnType<typeof presentReturns>>[number];

export async function getReturn(db: Executor, user: AuthUser, id: string) {
  const r = await repo.findReturn(db, id);
  const role = r ? returnRole(user, r) : null;
  if (!r || !role) throw new AppError('RETURN_NOT_FOUND');
  return (await presentReturns(db, user, [r], () => role))[0]!;
}

async function page(db: Executor, user: AuthUser, f: repo.ListFilter) {
  const rows = await repo.listReturns(db, f);
  const items = rows.slice(0, f.limit);
  const last = items[items.length - 1];
  return {
    items: await presentReturns(db, user, items, (r) => returnRole(user, r) ?? 'admin'),
    nextCursor: rows.length > f.limit && last ? idCursor.encode([last.id]) : null,
  };
}

/** GET /orders/{id}/returns: the order's customer, its shop's owner, admins (others 404). */
export async function orderReturns(db: Executor, user: AuthUser, orderId: string) {
  const o = await repo.findOrder(db, orderId);
  if (!o || !returnRole(user, o)) throw new AppError('ORDER_NOT_FOUND');
  const [list, window, items, held] = await Promise.all([
    page(db, user, { orderId, limit: 100 }),
    db
      .selectFrom('order_return_windows')
      .select(['window_ends_at', sql<boolean>`window_ends_at > now()`.as('open')])
      .where('order_id', '=', orderId)
      .executeTakeFirst(),
    repo.orderItems(db, orderId),
    repo.returnedByItem(db, orderId, liveStatuses),
  ]);
  return {
    ...list,
    window: {
      endsAt: window?.window_ends_at.toISOString() ?? null,
      open: o.status === 'delivered' && Boolean(window?.open),
    },
    // What the customer may still ask back, per order line (prescription-only lines: none).
    available: items.map((i) => ({
      orderItemId: i.id,
      quantity: i.prescription_required ? 0 : i.quantity - (held.get(i.id)?.quantity ?? 0),
    })),
  };
}

export async function shopReturns(
  db: Executor,
  user: AuthUser,
  shopId: string,
  q: ReturnListQuery,
) {
  await assertShopAccess(db, user, shopId);
  return page(db, user, {
    shopId,
    status: q.status,
    limit: q.limit,
    after: idCursor.decode(q.cursor)?.[0],
  });
}

export async function allReturns(db: Executor, user: AuthUser, q: ReturnListQuery) {
  return page(db, user, {
    shopId: q.shopId,
    status: q.status,
    limit: q.limit,
    after: idCursor.decode(q.cursor)?.[0],
  });
}
