import { sql } from 'kysely';
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
import type { OrderStatus } from './orders.tables.ts';
import { refundPayment } from './refund.service.ts';
import { transition } from './transitions.service.ts';

function ordersQuery(db: Executor) {
  return db
    .selectFrom('orders as o')
    .innerJoin('shops as s', 's.id', 'o.shop_id')
    .leftJoin('payments as p', 'p.order_id', 'o.id')
    .selectAll('o')
    .select([
      's.owner_id as shop_owner_id',
      's.name_bn as shop_name',
      'p.id as payment_id',
      'p.provider as payment_provider',
      'p.status as payment_status',
      'p.redirect_url as payment_redirect_url',
      'p.amount as payment_amount',
      sql<string>`o.created_at::text`.as('cursor_ts'),
    ]);
}
type OrderRow = Awaited<ReturnType<ReturnType<typeof ordersQuery>['execute']>>[number];

function presentOrder(o: OrderRow) {
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
    total: o.total,
    address: o.address,
    expiresAt: o.expires_at?.toISOString() ?? null,
    createdAt: o.created_at.toISOString(),
    payment: o.payment_id
      ? {
          id: o.payment_id,
          provider: o.payment_provider!,
          status: o.payment_status!,
          amount: o.payment_amount!,
          redirectUrl: o.status === 'pending_payment' ? o.payment_redirect_url : null,
        }
      : null,
  };
}

/** Order and payment lists: newest first, the key is (created_at as PostgreSQL prints it, id). */
const listCursor = keysetCursor(z.tuple([keyPart.pgTimestamp, keyPart.id]));

async function page(query: ReturnType<typeof ordersQuery>, limit: number, cursor?: string) {
  const after = listCursor.decode(cursor);
  if (after) {
    const [ts, id] = after;
    query = query.where(sql<boolean>`(o.created_at, o.id) < (${ts}::timestamptz, ${id}::uuid)`);
  }
  const rows = await query
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(presentOrder),
    nextCursor: rows.length > limit && last ? listCursor.encode([last.cursor_ts, last.id]) : null,
  };
}

export type ListFilter = { limit: number; cursor?: string; status?: OrderStatus; number?: string };

/** The filters every order list shares: a status, or one order by its number. */
function filtered(q: ReturnType<typeof ordersQuery>, f: ListFilter) {
  if (f.status) q = q.where('o.status', '=', f.status);
  if (f.number) q = q.where('o.number', '=', f.number);
  return page(q, f.limit, f.cursor);
}

export function listForCustomer(db: Executor, customerId: string, f: ListFilter) {
  return filtered(ordersQuery(db).where('o.customer_id', '=', customerId), f);
}

export async function listForShop(db: Executor, user: AuthUser, shopId: string, f: ListFilter) {
  await assertShopAccess(db, user, shopId);
  return filtered(ordersQuery(db).where('o.shop_id', '=', shopId), f);
}

/** The shop's Dhaka day so far and the orders now waiting on the seller (owner or admin). */
export async function shopToday(db: Executor, user: AuthUser, shopId: string, now = new Date()) {
  await assertShopAccess(db, user, shopId);
  const day = dhakaDay(now);
  const [figures] = await dayFigures(db, day, shopId);
  const waiting = await db
    .selectFrom('orders')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('shop_id', '=', shopId)
    .where('status', 'in', ['placed', 'accepted', 'packed'])
    .groupBy('status')
    .execute();
  const count = (status: OrderStatus) => Number(waiting.find((w) => w.status === status)?.n ?? 0);
  return {
    date: day.date,
    ordersPlaced: figures?.placed ?? 0,
    ordersDelivered: figures?.delivered ?? 0,
    salesPoisha: figures?.sales ?? 0,
    waiting: { placed: count('placed'), accepted: count('accepted'), packed: count('packed') },
  };
}

export function listAll(db: Executor, f: ListFilter & { shopId?: string }) {
  const q = ordersQuery(db);
  return filtered(f.shopId ? q.where('o.shop_id', '=', f.shopId) : q, f);
}

export function listByCheckout(db: Executor, checkoutId: string) {
  return ordersQuery(db)
    .where('o.checkout_id', '=', checkoutId)
    .orderBy('o.number')
    .execute()
    .then((r) => r.map(presentOrder));
}

/** One order with items and timeline, for its customer, its shop's owner or an admin (else 404). */
export async function getOrder(db: Executor, user: AuthUser, orderId: string) {
  const o = await ordersQuery(db).where('o.id', '=', orderId).executeTakeFirst();
  if (!o || !canViewOrder(user, o)) throw new AppError('ORDER_NOT_FOUND');
  const [items, events] = await Promise.all([
    db
      .selectFrom('order_items')
      .selectAll()
      .where('order_id', '=', orderId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('order_events')
      .selectAll()
      .where('order_id', '=', orderId)
      .orderBy('id')
      .execute(),
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
  const o = await ordersQuery(ctx.db).where('o.id', '=', orderId).executeTakeFirst();
  const role = o ? actingRole(user, o) : null;
  if (!o || !role) throw new AppError('ORDER_NOT_FOUND');
  const outcome = await ctx.db
    .transaction()
    .execute((tx) => transition(tx, orderId, to, { id: user.id, role }, reason));
  if (outcome.refundPaymentId) await refundPayment(ctx, gateway, outcome.refundPaymentId);
  return getOrder(ctx.db, user, orderId);
}

export async function listPayments(db: Executor, f: PaymentListQuery) {
  let q = db
    .selectFrom('payments as p')
    .innerJoin('orders as o', 'o.id', 'p.order_id')
    .select([
      'p.id',
      'p.order_id',
      'o.number',
      'p.provider',
      'p.merchant_txn_id',
      'p.provider_ref',
      'p.provider_txn_id',
      'p.amount',
      'p.status',
      'p.flagged_reason',
      'p.refund_ref',
      'p.captured_at',
      'p.created_at',
      sql<string>`p.created_at::text`.as('cursor_ts'),
    ]);
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.provider) q = q.where('p.provider', '=', f.provider);
  if (f.orderNumber) q = q.where('o.number', '=', f.orderNumber);
  const after = listCursor.decode(f.cursor);
  if (after) {
    const [ts, id] = after;
    q = q.where(sql<boolean>`(p.created_at, p.id) < (${ts}::timestamptz, ${id}::uuid)`);
  }
  const rows = await q
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(f.limit + 1)
    .execute();
  const items = rows.slice(0, f.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((p) => ({
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
      refundRef: p.refund_ref,
      capturedAt: p.captured_at?.toISOString() ?? null,
      createdAt: p.created_at.toISOString(),
    })),
    nextCursor: rows.length > f.limit && last ? listCursor.encode([last.cursor_ts, last.id]) : null,
  };
}
