import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { ReturnStatus } from './returns.tables.ts';

export function findOrder(db: Executor, orderId: string) {
  return db.selectFrom('returns_orders').selectAll().where('id', '=', orderId).executeTakeFirst();
}

/** A return with what access checks need (its order's number and shop owner). */
export async function findReturn(db: Executor, id: string, opts: { lock?: boolean } = {}) {
  if (opts.lock) {
    await db.selectFrom('return_requests').select('id').where('id', '=', id).forUpdate().execute();
  }
  return db
    .selectFrom('return_requests as r')
    .innerJoin('returns_orders as o', 'o.id', 'r.order_id')
    .selectAll('r')
    .select(['o.number as order_number', 'o.shop_owner_id', 'o.payment_method'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
export type ReturnRow = NonNullable<Awaited<ReturnType<typeof findReturn>>>;

/** One writer at a time per order's returns (requests, checks): quantities and refunds add up. */
export async function lockOrderReturns(tx: Executor, orderId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtext('returns:' || ${orderId}))`.execute(tx);
}

export function orderItems(db: Executor, orderId: string) {
  return db
    .selectFrom('returns_order_items')
    .selectAll()
    .where('order_id', '=', orderId)
    .orderBy('id')
    .execute();
}

/** Per order line: the quantity and amount in the order's returns of these statuses. */
export async function returnedByItem(
  db: Executor,
  orderId: string,
  statuses: readonly ReturnStatus[],
  excludeReturnId?: string,
) {
  let q = db
    .selectFrom('return_lines as l')
    .innerJoin('return_requests as r', 'r.id', 'l.return_id')
    .select([
      'l.order_item_id',
      sql<string>`sum(l.quantity)::text`.as('quantity'),
      sql<string>`sum(l.amount)::text`.as('amount'),
    ])
    .where('r.order_id', '=', orderId)
    .where('r.status', 'in', [...statuses])
    .groupBy('l.order_item_id');
  if (excludeReturnId) q = q.where('r.id', '<>', excludeReturnId);
  const rows = await q.execute();
  return new Map(
    rows.map((r) => [
      Number(r.order_item_id),
      { quantity: Number(r.quantity), amount: Number(r.amount) },
    ]),
  );
}

/** The order's captured payment (the one refunds come from). */
export function paidPayment(db: Executor, orderId: string) {
  return db
    .selectFrom('returns_payments')
    .selectAll()
    .where('order_id', '=', orderId)
    .where('status', '=', 'paid')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export async function refundedSoFar(db: Executor, paymentId: string) {
  const row = await db
    .selectFrom('payment_refunds')
    .select(sql<string>`coalesce(sum(amount), 0)::text`.as('sum'))
    .where('payment_id', '=', paymentId)
    .executeTakeFirstOrThrow();
  return Number(row.sum);
}

export function returnLines(db: Executor, returnIds: string[]) {
  if (returnIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('return_lines as l')
    .innerJoin('returns_order_items as i', 'i.id', 'l.order_item_id')
    .select([
      'l.id',
      'l.return_id',
      'l.order_item_id',
      'l.quantity',
      'l.unit_price',
      'l.amount',
      'l.resellable',
      'i.name',
      'i.variant_label',
      'i.variant_id',
      'i.quantity as ordered_quantity',
    ])
    .where('l.return_id', 'in', returnIds)
    .orderBy('l.id')
    .execute();
}

export function returnEvents(db: Executor, returnIds: string[]) {
  if (returnIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('return_events')
    .selectAll()
    .where('return_id', 'in', returnIds)
    .orderBy('id')
    .execute();
}

export function returnPhotos(db: Executor, returnIds: string[]) {
  if (returnIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('return_photos')
    .selectAll()
    .where('return_id', 'in', returnIds)
    .orderBy('position')
    .execute();
}

export function refundsOf(db: Executor, returnIds: string[]) {
  if (returnIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('payment_refunds').selectAll().where('return_id', 'in', returnIds).execute();
}

export type ListFilter = {
  orderId?: string;
  shopId?: string;
  status?: ReturnStatus;
  limit: number;
  after?: string;
};

/** Returns newest first (keyset on created_at, id). */
export async function listReturns(db: Executor, f: ListFilter) {
  let q = db
    .selectFrom('return_requests as r')
    .innerJoin('returns_orders as o', 'o.id', 'r.order_id')
    .selectAll('r')
    .select(['o.number as order_number', 'o.shop_owner_id', 'o.payment_method']);
  if (f.orderId) q = q.where('r.order_id', '=', f.orderId);
  if (f.shopId) q = q.where('r.shop_id', '=', f.shopId);
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.after) {
    q = q.where(
      sql<boolean>`(r.created_at, r.id) < (SELECT created_at, id FROM return_requests WHERE id = ${f.after})`,
    );
  }
  return q
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}
