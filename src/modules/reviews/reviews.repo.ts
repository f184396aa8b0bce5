import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { RatingSubject } from './reviews.tables.ts';

/** The order item with what the review rules need: its order's owner and status. */
export function findOrderItem(db: Executor, orderItemId: number) {
  return db
    .selectFrom('order_items as i')
    .innerJoin('orders as o', 'o.id', 'i.order_id')
    .select(['i.id', 'i.order_id', 'i.product_id', 'o.customer_id', 'o.shop_id', 'o.status'])
    .where('i.id', '=', orderItemId)
    .executeTakeFirst();
}

/** Who placed an order (for the order's review list). */
export function orderCustomer(db: Executor, orderId: string) {
  return db
    .selectFrom('orders')
    .select(['id', 'customer_id'])
    .where('id', '=', orderId)
    .executeTakeFirst();
}

export function findReview(db: Executor, id: string, options: { lock?: boolean } = {}) {
  let query = db.selectFrom('reviews').selectAll().where('id', '=', id);
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/**
 * Adds (+1) or removes (−1) one visible review of `rating` to a subject's aggregate. Upsert with
 * deltas: concurrent writers serialize on the row and none of their changes is lost.
 */
export async function applyRating(
  tx: Executor,
  subject: RatingSubject,
  subjectId: string,
  rating: number,
  delta: 1 | -1,
) {
  const bucket = sql.id(`r${rating}`);
  if (delta < 0) {
    // Removing: the row exists (the review was counted when written). Not an upsert, because the
    // CHECKs would refuse the negative VALUES row before ON CONFLICT is considered.
    await sql`
      UPDATE rating_aggregates SET count = count - 1, sum = sum - ${rating},
        ${bucket} = ${bucket} - 1, updated_at = now()
      WHERE subject_type = ${subject} AND subject_id = ${subjectId}`.execute(tx);
    return;
  }
  await sql`
    INSERT INTO rating_aggregates (subject_type, subject_id, count, sum, ${bucket})
    VALUES (${subject}, ${subjectId}, 1, ${rating}, 1)
    ON CONFLICT (subject_type, subject_id) DO UPDATE SET
      count = rating_aggregates.count + 1,
      sum = rating_aggregates.sum + ${rating},
      ${bucket} = rating_aggregates.${bucket} + 1,
      updated_at = now()`.execute(tx);
}

export function aggregateRow(db: Executor, subject: RatingSubject, subjectId: string) {
  return db
    .selectFrom('rating_aggregates')
    .selectAll()
    .where('subject_type', '=', subject)
    .where('subject_id', '=', subjectId)
    .executeTakeFirst();
}

export function aggregateRows(db: Executor, subject: RatingSubject, subjectIds: string[]) {
  return db
    .selectFrom('rating_aggregates')
    .selectAll()
    .where('subject_type', '=', subject)
    .where('subject_id', 'in', subjectIds)
    .execute();
}

export type ReviewListRow = Awaited<ReturnType<typeof listVisible>>[number];

/** Visible reviews of a product or shop, newest first, after the cursor review. */
/** Keyset paging, newest first: reviews after the cursor review (`reviews as r`). */
function olderThan(cursor: string) {
  return sql<boolean>`(r.created_at, r.id) < (SELECT c.created_at, c.id FROM reviews c WHERE c.id = ${cursor}::uuid)`;
}

export function listVisible(
  db: Executor,
  subject: RatingSubject,
  subjectId: string,
  limit: number,
  cursor?: string,
) {
  const column = subject === 'product' ? 'r.product_id' : 'r.shop_id';
  let query = db
    .selectFrom('reviews as r')
    .innerJoin('users as u', 'u.id', 'r.customer_id')
    .select([
      'r.id',
      'r.product_id',
      'r.shop_id',
      'r.rating',
      'r.text',
      'r.reply_text',
      'r.replied_at',
      'r.created_at',
      'u.name as author_name',
    ])
    .where(column, '=', subjectId)
    .where('r.hidden_at', 'is', null);
  if (cursor) {
    query = query.where(olderThan(cursor));
  }
  return query
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit + 1)
    .execute();
}

export function photosOf(db: Executor, reviewIds: string[]) {
  if (reviewIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('review_photos')
    .select(['id', 'review_id', 'width', 'height'])
    .where('review_id', 'in', reviewIds)
    .orderBy('review_id')
    .orderBy('position')
    .execute();
}

/** Admin: reviews newest first, optionally only hidden (or only visible) ones. */
export function listForAdmin(
  db: Executor,
  query: { hidden?: boolean; limit: number; cursor?: string },
) {
  let q = db.selectFrom('reviews as r').selectAll('r');
  if (query.hidden !== undefined) {
    q = q.where('r.hidden_at', query.hidden ? 'is not' : 'is', null);
  }
  if (query.cursor) {
    q = q.where(olderThan(query.cursor));
  }
  return q
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(query.limit + 1)
    .execute();
}
