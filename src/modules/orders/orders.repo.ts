import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { PaymentListQuery } from './orders.schema.ts';
import type { OrderStatus } from './orders.tables.ts';

/** SQL of the order and payment reads; the services decide who may see what and present it. */

/** An order with its shop's owner, name and phone and its payment (if any). */
export function ordersQuery(db: Executor) {
  return db
    .selectFrom('orders as o')
    .innerJoin('shops as s', 's.id', 'o.shop_id')
    .leftJoin('payments as p', 'p.order_id', 'o.id')
    .leftJoin('order_advances as a', 'a.order_id', 'o.id')
    .selectAll('o')
    .select([
      's.owner_id as shop_owner_id',
      's.name_bn as shop_name',
      's.phone as shop_phone',
      'p.id as payment_id',
      'p.provider as payment_provider',
      'p.status as payment_status',
      'p.redirect_url as payment_redirect_url',
      'p.amount as payment_amount',
      'a.amount as advance_amount',
      'a.status as advance_status',
      'a.redirect_url as advance_redirect_url',
      sql<string>`o.created_at::text`.as('cursor_ts'),
    ]);
}
export type OrdersQuery = ReturnType<typeof ordersQuery>;
export type OrderRow = Awaited<ReturnType<OrdersQuery['execute']>>[number];

/** A keyset position: the last row's `created_at` as PostgreSQL prints it, and its id. */
export type ListKey = [createdAt: string, id: string];

export type OrderFilter = { status?: OrderStatus; number?: string };

/** Newest first, after `after`, one row more than `limit` (to know whether a page follows). */
export function orderPage(query: OrdersQuery, f: OrderFilter, limit: number, after?: ListKey) {
  if (f.status) query = query.where('o.status', '=', f.status);
  if (f.number) query = query.where('o.number', '=', f.number);
  if (after) {
    const [ts, id] = after;
    query = query.where(sql<boolean>`(o.created_at, o.id) < (${ts}::timestamptz, ${id}::uuid)`);
  }
  return query
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(limit + 1)
    .execute();
}

export function ordersOfCheckout(db: Executor, checkoutId: string) {
  return ordersQuery(db).where('o.checkout_id', '=', checkoutId).orderBy('o.number').execute();
}

export function findOrder(db: Executor, orderId: string) {
  return ordersQuery(db).where('o.id', '=', orderId).executeTakeFirst();
}

export function itemsOf(db: Executor, orderId: string) {
  return db
    .selectFrom('order_items as i')
    .leftJoin('products as p', 'p.id', 'i.product_id')
    .selectAll('i')
    .select(prescriptionRequired('p').as('prescription_required'))
    .where('i.order_id', '=', orderId)
    .orderBy('i.id')
    .execute();
}

/** Whether a product (as it is now) is a prescription-only medicine (its typed attribute). */
export function prescriptionRequired(alias: string) {
  return sql<boolean>`coalesce((${sql.ref(`${alias}.attributes`)} ->> 'prescriptionRequired') = 'true', false)`;
}

/** Of these products, the ones that need a prescription. */
export async function prescriptionProducts(db: Executor, productIds: string[]) {
  if (productIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('products as p')
    .select('p.id')
    .where('p.id', 'in', productIds)
    .where(prescriptionRequired('p'))
    .execute();
  return new Set(rows.map((r) => r.id));
}

export function eventsOf(db: Executor, orderId: string) {
  return db
    .selectFrom('order_events')
    .selectAll()
    .where('order_id', '=', orderId)
    .orderBy('id')
    .execute();
}

/** How many of the shop's orders wait in each of the seller's steps. */
export function waitingByStatus(db: Executor, shopId: string) {
  return db
    .selectFrom('orders')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('shop_id', '=', shopId)
    .where('status', 'in', ['placed', 'accepted', 'packed'])
    .groupBy('status')
    .execute();
}

/** Orders waiting for each of an owner's shops (to accept, to pack, to hand to delivery). */
export function waitingByShopOfOwner(db: Executor, ownerId: string) {
  return db
    .selectFrom('orders as o')
    .innerJoin('shops as s', 's.id', 'o.shop_id')
    .select(['o.shop_id as shopId', 'o.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('s.owner_id', '=', ownerId)
    .where('o.status', 'in', ['placed', 'accepted', 'packed'])
    .groupBy(['o.shop_id', 'o.status'])
    .execute();
}

/** Payments newest first (admin), after `after`, one row more than the page. */
export function paymentPage(db: Executor, f: PaymentListQuery, after?: ListKey) {
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
  if (after) {
    const [ts, id] = after;
    q = q.where(sql<boolean>`(p.created_at, p.id) < (${ts}::timestamptz, ${id}::uuid)`);
  }
  return q
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

/**
 * What another module needs to decide who may act on an order: its parties, status and
 * prescription status. `lock` takes the order's row lock (inside the caller's transaction).
 */
export function findOrderRef(db: Executor, orderId: string, options: { lock?: boolean } = {}) {
  let q = db
    .selectFrom('orders as o')
    .innerJoin('shops as s', 's.id', 'o.shop_id')
    .select([
      'o.id',
      'o.number',
      'o.customer_id',
      'o.shop_id',
      's.owner_id as shop_owner_id',
      'o.status',
      'o.prescription_status',
      'o.created_at',
    ])
    .where('o.id', '=', orderId);
  if (options.lock) q = q.forUpdate('o');
  return q.executeTakeFirst();
}
export type OrderRef = NonNullable<Awaited<ReturnType<typeof findOrderRef>>>;
