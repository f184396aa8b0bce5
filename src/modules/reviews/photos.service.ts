import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { storageFor } from '../../platform/storage.ts';
import { inspectImage, renderSize } from '../catalog/index.ts';
import { assertAuthor } from './reviews.policy.ts';
import * as repo from './reviews.repo.ts';
import { presentReview } from './reviews.service.ts';

export const MAX_PHOTOS_PER_REVIEW = 3;
export const photoSizes = { large: 1200, thumb: 200 } as const;
export type PhotoSize = keyof typeof photoSizes;

const photoFolder = (reviewId: string, photoId: string) => `reviews/${reviewId}/${photoId}/`;
const photoKey = (reviewId: string, photoId: string, size: PhotoSize) =>
  `reviews/${reviewId}/${photoId}/${size}.webp`;

async function countPhotos(db: Executor, reviewId: string) {
  const row = await db
    .selectFrom('review_photos')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('review_id', '=', reviewId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Adds a photo to the author's review. Same checks as catalog images (content sniffing, pixel
 * limit before decoding); the WebP sizes are made in the request rather than in a job: at most
 * three small photos per review, and the review page then never shows a half-processed photo.
 * Re-encoding drops EXIF (GPS positions). Nothing is left behind when a step fails.
 */
export async function addPhoto(ctx: AppContext, user: AuthUser, reviewId: string, data: Buffer) {
  assertAuthor(user, await repo.findReview(ctx.db, reviewId));
  if ((await countPhotos(ctx.db, reviewId)) >= MAX_PHOTOS_PER_REVIEW) {
    throw new AppError('REVIEW_PHOTO_LIMIT', { max: MAX_PHOTOS_PER_REVIEW });
  }
  await inspectImage(data);
  const rendered: { size: PhotoSize; data: Buffer; info: { width: number; height: number } }[] = [];
  for (const [size, width] of Object.entries(photoSizes) as [PhotoSize, number][]) {
    rendered.push({ size, ...(await renderSize(data, width)) });
  }
  const large = rendered.find((r) => r.size === 'large')!.info;
  const storage = storageFor(ctx.config);
  let folder: string | undefined;
  try {
    await ctx.db.transaction().execute(async (tx) => {
      // The lock serializes uploads to one review, so the limit holds under concurrency.
      const review = await repo.findReview(tx, reviewId, { lock: true });
      assertAuthor(user, review);
      const n = await countPhotos(tx, reviewId);
      if (n >= MAX_PHOTOS_PER_REVIEW) {
        throw new AppError('REVIEW_PHOTO_LIMIT', { max: MAX_PHOTOS_PER_REVIEW });
      }
      const photo = await tx
        .insertInto('review_photos')
        .values({ review_id: reviewId, position: n, width: large.width, height: large.height })
        .returning('id')
        .executeTakeFirstOrThrow();
      folder = photoFolder(reviewId, photo.id);
      for (const r of rendered) await storage.put(photoKey(reviewId, photo.id, r.size), r.data);
    });
  } catch (error) {
    if (folder) await storage.delete(folder);
    throw error;
  }
  return presentReview(ctx.db, (await repo.findReview(ctx.db, reviewId))!);
}

/** A photo file of a visible review (admins also see hidden ones). */
export async function photoFile(
  ctx: AppContext,
  user: AuthUser | null,
  reviewId: string,
  photoId: string,
  size: PhotoSize,
) {
  const review = await repo.findReview(ctx.db, reviewId);
  const maySee =
    review &&
    (review.hidden_at === null || user?.role === 'admin' || user?.id === review.customer_id);
  if (!review || !maySee) throw new AppError('REVIEW_PHOTO_NOT_FOUND');
  const photo = await ctx.db
    .selectFrom('review_photos')
    .select('id')
    .where('id', '=', photoId)
    .where('review_id', '=', reviewId)
    .executeTakeFirst();
  if (!photo) throw new AppError('REVIEW_PHOTO_NOT_FOUND');
  const data = await storageFor(ctx.config).get(photoKey(reviewId, photo.id, size));
  if (!data) throw new AppError('REVIEW_PHOTO_NOT_FOUND');
  return { data, public: review.hidden_at === null };
}
