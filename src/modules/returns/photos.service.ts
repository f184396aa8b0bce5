import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { storageFor } from '../../platform/storage.ts';
import { inspectImage, renderSize } from '../catalog/index.ts';
import { returnRole } from './returns.policy.ts';
import * as repo from './returns.repo.ts';
import { getReturn } from './returns.service.ts';

export const MAX_PHOTOS_PER_RETURN = 5;
const sizes = { large: 1200, thumb: 200 } as const;
type PhotoSize = keyof typeof sizes;
const folder = (returnId: string, photoId: string) => `returns/${returnId}/${photoId}/`;
const key = (returnId: string, photoId: string, size: PhotoSize) =>
  `returns/${returnId}/${photoId}/${size}.webp`;

async function count(db: Executor, returnId: string) {
  const row = await db
    .selectFrom('return_photos')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('return_id', '=', returnId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function assertOwnOpenReturn(user: AuthUser, r: repo.ReturnRow | undefined) {
  if (!r || user.role !== 'customer' || r.customer_id !== user.id) {
    throw new AppError('RETURN_NOT_FOUND');
  }
  if (r.status !== 'requested') {
    throw new AppError('RETURN_TRANSITION_NOT_ALLOWED', { from: r.status, to: 'photo' });
  }
}

/**
 * The customer adds a photo to their return while it is requested. Checked by content like every
 * upload (catalog's inspectImage: sniffed type, pixel limit before decoding), re-encoded to WebP
 * (EXIF, GPS included, dropped), stored through the storage platform. At most five; nothing is left
 * behind when a step fails.
 */
export async function addReturnPhoto(
  ctx: AppContext,
  user: AuthUser,
  returnId: string,
  data: Buffer,
) {
  assertOwnOpenReturn(user, await repo.findReturn(ctx.db, returnId));
  if ((await count(ctx.db, returnId)) >= MAX_PHOTOS_PER_RETURN) {
    throw new AppError('RETURN_PHOTO_LIMIT', { max: MAX_PHOTOS_PER_RETURN });
  }
  await inspectImage(data);
  const rendered: { size: PhotoSize; data: Buffer; info: { width: number; height: number } }[] = [];
  for (const [size, width] of Object.entries(sizes) as [PhotoSize, number][]) {
    rendered.push({ size, ...(await renderSize(data, width)) });
  }
  const large = rendered.find((r) => r.size === 'large')!.info;
  const storage = storageFor(ctx.config);
  let written: string | undefined;
  try {
    await ctx.db.transaction().execute(async (tx) => {
      assertOwnOpenReturn(user, await repo.findReturn(tx, returnId, { lock: true }));
      const n = await count(tx, returnId);
      if (n >= MAX_PHOTOS_PER_RETURN) {
        throw new AppError('RETURN_PHOTO_LIMIT', { max: MAX_PHOTOS_PER_RETURN });
      }
      const photo = await tx
        .insertInto('return_photos')
        .values({ return_id: returnId, position: n, width: large.width, height: large.height })
        .returning('id')
        .executeTakeFirstOrThrow();
      written = folder(returnId, photo.id);
      for (const r of rendered) await storage.put(key(returnId, photo.id, r.size), r.data);
    });
  } catch (error) {
    if (written) await storage.delete(written);
    throw error;
  }
  return getReturn(ctx.db, user, returnId);
}

/** A photo of a return: its customer, its shop's owner and admins (others 404). */
export async function returnPhotoFile(
  ctx: AppContext,
  user: AuthUser,
  returnId: string,
  photoId: string,
  size: PhotoSize,
) {
  const r = await repo.findReturn(ctx.db, returnId);
  if (!r || !returnRole(user, r)) throw new AppError('RETURN_PHOTO_NOT_FOUND');
  const photo = await ctx.db
    .selectFrom('return_photos')
    .select('id')
    .where('id', '=', photoId)
    .where('return_id', '=', returnId)
    .executeTakeFirst();
  if (!photo) throw new AppError('RETURN_PHOTO_NOT_FOUND');
  const data = await storageFor(ctx.config).get(key(returnId, photo.id, size));
  if (!data) throw new AppError('RETURN_PHOTO_NOT_FOUND');
  return data;
}
