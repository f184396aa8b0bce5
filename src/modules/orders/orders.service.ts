import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { keyPart, keysetCursor } from '../../platform/http/cursor.ts';
import type { PaymentGateway } from '../payments/index.ts';
import { assertShopAccess } from '../shops/index.ts';
import { dayFigures, dhakaDay } from './daily-summary.ts';
import { actingRole, canViewOrder, nextSteps } from './orders.policy.ts';
import type { PaymentListQuery } from './orders.schema.ts';
import * as repo from './orders.repo.ts';
import type { OrderStatus } from './orders.tables.ts';
import { paymentFlags } from './payment-flags.ts';
import { refundAdvance } from './advance.service.ts';
import { refundPayment } from './refund.service.ts';
import { tracking } from './tracking.ts';
import { transition } from './transitions.service.ts';

/** Order and payment lists: newest first, the key is (created_at as PostgreSQL prints it, id). */
const listCursor = keysetCursor(z.tuple([keyPart.pgTimestamp, keyPart.id]));

function presentOrder(o: repo.OrderRow) {
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    customerId: o.customer_id,
    shopId: o.shop_id,
    shopName: o.shop_name,
    paymentMethod: o.payment_method,
    delivery: {
      method: o.delivery_method,
      zone: o.delivery_zone,
      distanceM: o.distance_m,
      weightGrams: o.weight_grams,
    },
    subtotal: o.subtotal,
    deliveryCharge: o.delivery_charge,
    codCharge: o.cod_charge,
    // What offers took off (src/modules/promotions): the coupon, and the delivery waived.
    discount: o.discount,
    deliveryDiscount: o.delivery_discount,
    total: o.total,
    address: o.address,
    expiresAt: o.expires_at?.toISOString() ?? null,
    prescriptionStatus: o.prescription_status,
    createdAt: o.created_at.toISOString(),
    payment: o.payment_id
      ? {
          id: o.payment_id,
          provider: o.payment_provider!,
          status: o.payment_status!,
          amount: o.payment_amount!,
          // No way to pay once the hold has ended, even before the expiry job has run.
          redirectUrl:
            o.status === 'pending_payment' && (!o.expires_at || o.expires_at > new Date())
              ? o.payment_redirect_url
              : null,
        }
      : null,
    advance: o.advance_amount
      ? {
          provider: 'bkash' as const,
          status: o.advance_status!,
          amount: o.advance_amount,
          redirectUrl:
            o.status === 'pending_payment' &&
            o.advance_status === 'pending' &&
            (!o.expires_at || o.expires_at > new Date())
              ? o.advance_redirect_url
              : null,
          dueAtDoor: o.total - (o.advance_status === 'paid' ? o.advance_amount : 0),
        }
      : null,
  };
}

export type ListFilter = { limit: number; cursor?: string; status?: OrderStatus; number?: string };

/** The filters every order list shares (a status, or one order by its number), one page of them. */
async function filtered(q: repo.OrdersQuery, f: ListFilter) {
  const rows = await repo.orderPage(q, f, f.limit, listCursor.decode(f.cursor));
  const items = rows.slice(0, f.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(presentOrder),
    nextCursor: rows.length > f.limit && last ? listCursor.encode([last.cursor_ts, last.id]) : null,
  };
}

export function listForCustomer(db: Executor, customerId: string, f: ListFilter) {
  return filtered(repo.ordersQuery(db).where('o.customer_id', '=', customerId), f);
}

export async function listForShop(db: Executor, user: AuthUser, shopId: string, f: ListFilter) {
  await assertShopAccess(db, user, shopId);
  return filtered(repo.ordersQuery(db).where('o.shop_id', '=', shopId), f);
}

/** The shop's Dhaka day so far and the orders now waiting on the seller (owner or admin). */
export async function shopToday(db: Executor, user: AuthUser, shopId: string, now = new Date()) {
  await assertShopAccess(db, user, shopId);
  const day = dhakaDay(now);
  const [figures] = await dayFigures(db, day, shopId);
  const waiting = await repo.waitingByStatus(db, shopId);
  return {
    date: day.date,
    ordersPlaced: figures?.placed ?? 0,
    ordersDelivered: figures?.delivered ?? 0,
    salesPoisha: figures?.sales ?? 0,
    waiting: waitingCounts(waiting),
  };
}

/** Orders waiting to be accepted, packed or handed to delivery, from counts by status. */
function waitingCounts(rows: { status: OrderStatus; n: number | string }[]) {
  const count = (status: OrderStatus) => Number(rows.find((w) => w.status === status)?.n ?? 0);
  return { placed: count('placed'), accepted: count('accepted'), packed: count('packed') };
}

/** For a seller's starting screen: per shop, how many orders wait for them now. */
export async function waitingInMyShops(db: Executor, user: AuthUser) {
  const rows = await repo.waitingByShopOfOwner(db, user.id);
  const shopIds = [...new Set(rows.map((r) => r.shopId))];
  return {
    items: shopIds.map((shopId) => ({
      shopId,
      waiting: waitingCounts(rows.filter((r) => r.shopId === shopId)),
    })),
  };
}

export function listAll(db: Executor, f: ListFilter & { shopId?: string }) {
  const q = repo.ordersQuery(db);
  return filtered(f.shopId ? q.where('o.shop_id', '=', f.shopId) : q, f);
}

export function listByCheckout(db: Executor, checkoutId: string) {
  return repo.ordersOfCheckout(db, checkoutId).then((r) => r.map(presentOrder));
}

/** One order with items, timeline and tracking, for its customer, its shop's owner or an admin (else 404). */
export async function getOrder(db: Executor, user: AuthUser, orderId: string) {
  const o = await repo.findOrder(db, orderId);
  if (!o || !canViewOrder(user, o)) throw new AppError('ORDER_NOT_FOUND');
  const [items, events] = await Promise.all([
    repo.itemsOf(db, orderId),
    repo.eventsOf(db, orderId),
  ]);
  return {
    ...presentOrder(o),
    items: items.map((i) => ({
      id: Number(i.id),
      productId: i.product_id,
      variantId: i.variant_id,
      name: i.name,
      variantLabel: i.variant_label,
      unitPrice: i.unit_price,
      quantity: i.quantity,
      lineTotal: i.line_total,
      prescriptionRequired: i.prescription_required,
    })),
    timeline: events.map((e) => ({
      from: e.from_status,
      to: e.to_status,
      actorRole: e.actor_role,
      actorUserId: e.actor_user_id,
      reason: e.reason,
      at: e.created_at.toISOString(),
    })),
    nextSteps: nextSteps(o.status, user.role),
    tracking: tracking(
      {
        status: o.status,
        createdAt: o.created_at,
        shopOpensAt: o.shop_opens_at,
        deliveryMethod: o.delivery_method,
        deliveryZone: o.delivery_zone,
        prescriptionStatus: o.prescription_status,
        shopPhone: o.shop_phone,
        rider: { name: o.rider_name, phone: o.rider_phone },
        events: events.map((e) => ({ to: e.to_status, at: e.created_at })),
      },
      user.role,
    ),
  };
}

/** POST /orders/{id}/transitions: authorization by the policy, then the step; refunds after commit. */
export async function moveOrder(
  ctx: AppContext,
  gateway: PaymentGateway,
  user: AuthUser,
  orderId: string,
  to: OrderStatus,
  reason: string | null,
) {
  const o = await repo.findOrder(ctx.db, orderId);
  const role = o ? actingRole(user, o) : null;
  if (!o || !role) throw new AppError('ORDER_NOT_FOUND');
  const outcome = await ctx.db
    .transaction()
    .execute((tx) => transition(tx, orderId, to, { id: user.id, role }, reason));
  if (outcome.refundPaymentId) await refundPayment(ctx, gateway, outcome.refundPaymentId);
  if (outcome.refundAdvanceId) await refundAdvance(ctx, gateway, outcome.refundAdvanceId);
  return getOrder(ctx.db, user, orderId);
}

/** A row of the admin's payment list (or of COD advances: the same columns, advance.routes.ts). */
export function presentPaymentRow<P extends string, S extends string>(p: {
  id: string;
  order_id: string;
  number: string;
  provider: P;
  merchant_txn_id: string;
  provider_ref: string | null;
  provider_txn_id: string | null;
  amount: number;
  status: S;
  flagged_reason: string | null;
  refund_ref: string | null;
  captured_at: Date | null;
  created_at: Date;
}) {
  return {
    id: p.id,
    orderId: p.order_id,
    orderNumber: p.number,
    provider: p.provider,
    merchantTxnId: p.merchant_txn_id,
    providerRef: p.provider_ref,
    providerTxnId: p.provider_txn_id,
    amount: p.amount,
    status: p.status,
    flaggedReason: p.flagged_reason,
    flags: paymentFlags(p.flagged_reason),
    refundRef: p.refund_ref,
    capturedAt: p.captured_at?.toISOString() ?? null,
    createdAt: p.created_at.toISOString(),
  };
}

export async function listPayments(db: Executor, f: PaymentListQuery) {
  const rows = await repo.paymentPage(db, f, listCursor.decode(f.cursor));
  const items = rows.slice(0, f.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(presentPaymentRow),
    nextCursor: rows.length > f.limit && last ? listCursor.encode([last.cursor_ts, last.id]) : null,
  };
}
