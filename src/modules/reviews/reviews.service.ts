import { sql, type Selectable } from 'kysely';
import type { Db, Executor } from '../../platform/db/index.ts';
import { isUniqueViolation } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { idCursor } from '../../platform/http/cursor.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { assertShopAccess } from '../shops/index.ts';
import { assertMayReview, assertOrderOwner } from './reviews.policy.ts';
import * as repo from './reviews.repo.ts';
import type { RatingSubject, ReviewsTable } from './reviews.tables.ts';

type ReviewRow = Selectable<ReviewsTable>;

export function photoUrl(reviewId: string, photoId: string, size: 'large' | 'thumb') {
  return `/api/v1/reviews/${reviewId}/photos/${photoId}/${size}`;
}

function presentPhotos(reviewId: string, photos: { id: string; width: number; height: number }[]) {
  return photos.map((p) => ({
    id: p.id,
    width: p.width,
    height: p.height,
    large: photoUrl(reviewId, p.id, 'large'),
    thumb: photoUrl(reviewId, p.id, 'thumb'),
  }));
}

/** The author's / shop's / admin's view of one review (includes moderation state). */
export async function presentReview(db: Executor, review: ReviewRow) {
  const photos = await repo.photosOf(db, [review.id]);
  return {
    id: review.id,
    orderItemId: review.order_item_id,
    productId: review.product_id,
    shopId: review.shop_id,
    rating: review.rating,
    text: review.text,
    reply: review.reply_text
      ? { text: review.reply_text, createdAt: review.replied_at!.toISOString() }
      : null,
    hidden: review.hidden_at !== null,
    hiddenReason: review.hidden_reason,
    photos: presentPhotos(review.id, photos),
    createdAt: review.created_at.toISOString(),
  };
}

export async function createReview(
  db: Db,
  user: AuthUser,
  input: { orderItemId: number; rating: number; text?: string | null },
) {
  try {
    const review = await db.transaction().execute(async (tx) => {
      const item = await repo.findOrderItem(tx, input.orderItemId);
      assertMayReview(user, item);
      const row = await tx
        .insertInto('reviews')
        .values({
          order_item_id: item.id,
          order_id: item.order_id,
          product_id: item.product_id,
          shop_id: item.shop_id,
          customer_id: user.id,
          rating: input.rating,
          text: input.text ? input.text : null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await repo.applyRating(tx, 'product', row.product_id, row.rating, 1);
      await repo.applyRating(tx, 'shop', row.shop_id, row.rating, 1);
      await emitEvent(tx, 'review.created', {
        reviewId: row.id,
        productId: row.product_id,
        shopId: row.shop_id,
        rating: row.rating,
      });
      return row;
    });
    return presentReview(db, review);
  } catch (error) {
    // The UNIQUE (order_item_id) decides between concurrent attempts: exactly one wins.
    if (isUniqueViolation(error)) throw new AppError('REVIEW_ALREADY_EXISTS');
    throw error;
  }
}

/** The customer's own reviews of one order's items (any visibility), for the order page. */
export async function orderReviews(db: Executor, user: AuthUser, orderId: string) {
  assertOrderOwner(user, await repo.orderCustomer(db, orderId));
  const rows = await db
    .selectFrom('reviews')
    .selectAll()
    .where('order_id', '=', orderId)
    .where('customer_id', '=', user.id)
    .orderBy('order_item_id')
    .execute();
  return { items: await Promise.all(rows.map((r) => presentReview(db, r))) };
}

export async function reply(db: Db, user: AuthUser, reviewId: string, text: string) {
  const review = await db.transaction().execute(async (tx) => {
    const current = await repo.findReview(tx, reviewId, { lock: true });
    if (!current) throw new AppError('REVIEW_NOT_FOUND');
    // Only the seller who owns the reviewed shop replies; others get 404 like for a missing review.
    await assertShopAccess(tx, user, current.shop_id, {
      access: 'owner',
      notFound: 'REVIEW_NOT_FOUND',
    });
    if (current.reply_text !== null) throw new AppError('REVIEW_REPLY_EXISTS');
    return tx
      .updateTable('reviews')
      .set({
        reply_text: text,
        reply_user_id: user.id,
        replied_at: sql<Date>`now()`,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', reviewId)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
  return presentReview(db, review);
}

/**
 * Hides or shows a review again. The aggregates change only when the visibility really changes
 * (hiding a hidden review is a no-op), in the same transaction.
 */
export async function setHidden(
  db: Db,
  admin: AuthUser,
  reviewId: string,
  hidden: boolean,
  reason: string,
) {
  const review = await db.transaction().execute(async (tx) => {
    const current = await repo.findReview(tx, reviewId, { lock: true });
    if (!current) throw new AppError('REVIEW_NOT_FOUND');
    if ((current.hidden_at !== null) === hidden) return current;
    const row = await tx
      .updateTable('reviews')
      .set({
        hidden_at: hidden ? sql<Date>`now()` : null,
        hidden_by: admin.id,
        hidden_reason: reason,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', reviewId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const delta = hidden ? -1 : 1;
    await repo.applyRating(tx, 'product', row.product_id, row.rating, delta);
    await repo.applyRating(tx, 'shop', row.shop_id, row.rating, delta);
    await emitEvent(tx, hidden ? 'review.hidden' : 'review.unhidden', {
      reviewId: row.id,
      adminId: admin.id,
      reason,
    });
    return row;
  });
  return presentReview(db, review);
}

export async function aggregate(db: Executor, subject: RatingSubject, subjectId: string) {
  const row = await repo.aggregateRow(db, subject, subjectId);
  const count = row?.count ?? 0;
  return {
    average: row && count > 0 ? Math.round((row.sum / count) * 100) / 100 : null,
    count,
    histogram: {
      '1': row?.r1 ?? 0,
      '2': row?.r2 ?? 0,
      '3': row?.r3 ?? 0,
      '4': row?.r4 ?? 0,
      '5': row?.r5 ?? 0,
    },
  };
}

/** Average ratings of many subjects in one query (null where none yet): subject id → average. */
export async function averageRatings(
  db: Executor,
  subject: RatingSubject,
  subjectIds: string[],
): Promise<Map<string, number | null>> {
  const averages = new Map<string, number | null>(subjectIds.map((id) => [id, null]));
  if (subjectIds.length === 0) return averages;
  for (const row of await repo.aggregateRows(db, subject, subjectIds)) {
    if (row.count > 0) averages.set(row.subject_id, Math.round((row.sum / row.count) * 100) / 100);
  }
  return averages;
}

async function subjectExists(db: Executor, subject: RatingSubject, id: string) {
  if (subject === 'product') {
    const p = await db
      .selectFrom('products')
      .select('id')
      .where('id', '=', id)
      .where('hidden_at', 'is', null)
      .where('status', '!=', 'draft')
      .executeTakeFirst();
    if (!p) throw new AppError('PRODUCT_NOT_FOUND');
  } else {
    const s = await db.selectFrom('shops').select('id').where('id', '=', id).executeTakeFirst();
    if (!s) throw new AppError('SHOP_NOT_FOUND');
  }
}

/** Public: visible reviews (newest first) with the subject's aggregate. */
export async function listReviews(
  db: Executor,
  subject: RatingSubject,
  subjectId: string,
  query: { limit: number; cursor?: string },
) {
  await subjectExists(db, subject, subjectId);
  const after = idCursor.decode(query.cursor)?.[0];
  const rows = await repo.listVisible(db, subject, subjectId, query.limit, after);
  const page = rows.slice(0, query.limit);
  const photos = await repo.photosOf(
    db,
    page.map((r) => r.id),
  );
  return {
    aggregate: await aggregate(db, subject, subjectId),
    items: page.map((r) => ({
      id: r.id,
      productId: r.product_id,
      shopId: r.shop_id,
      rating: r.rating,
      text: r.text,
      authorName: r.author_name,
      reply: r.reply_text ? { text: r.reply_text, createdAt: r.replied_at!.toISOString() } : null,
      photos: presentPhotos(
        r.id,
        photos.filter((p) => p.review_id === r.id),
      ),
      createdAt: r.created_at.toISOString(),
    })),
    nextCursor: rows.length > query.limit ? idCursor.encode([page[page.length - 1]!.id]) : null,
  };
}

/** Admin: reviews to moderate, newest first (hidden ones with their reason). */
export async function listForAdmin(
  db: Executor,
  query: { hidden?: boolean; limit: number; cursor?: string },
) {
  const after = idCursor.decode(query.cursor)?.[0];
  const rows = await repo.listForAdmin(db, { ...query, cursor: after });
  const page = rows.slice(0, query.limit);
  return {
    items: await Promise.all(page.map((row) => presentReview(db, row))),
    nextCursor: rows.length > query.limit ? idCursor.encode([page[page.length - 1]!.id]) : null,
  };
}

/** Every review a customer wrote, with moderation state and photos (data export). */
export async function reviewsByCustomer(db: Executor, customerId: string) {
  const rows = await db
    .selectFrom('reviews')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('created_at')
    .execute();
  const out = [];
  for (const row of rows) out.push(await presentReview(db, row));
  return out;
}
