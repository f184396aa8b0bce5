import { sql } from 'kysely';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import type { Config } from '../../platform/config.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { Semaphore } from '../../platform/semaphore.ts';
import { storageFor, type Storage } from '../../platform/storage.ts';
import { managedProduct, presentImage, visibleProduct } from './products.service.ts';

export const IMAGE_QUEUE = 'catalog-images';
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/**
 * 25 megapixels (e.g. 6000×4000, a full-size photo of a 24 MP camera; phones save 12 MP by
 * default): a decoded image of this size takes ~100 MB, so a few at once stay affordable.
 */
export const MAX_IMAGE_PIXELS = 25_000_000;
export const MAX_IMAGES_PER_PRODUCT = 10;
export const imageSizes = { large: 1200, medium: 600, thumb: 200 } as const;
export type ImageSize = keyof typeof imageSizes;
/**
 * What a request with `Save-Data: on` gets instead of the size it names: the next smaller one
 * (docs/catalog.md, "Images").
 */
export const saveDataSize: Record<ImageSize, ImageSize> = {
  large: 'medium',
  medium: 'thumb',
  thumb: 'thumb',
};
/** Raster formats we decode. SVG is refused: it is a document that can carry scripts. */
const acceptedFormats = new Set(['jpeg', 'png', 'webp', 'heif', 'gif']);

/**
 * Every decode of an upload (the check in the request, the resizes in the job, review photos)
 * waits for a slot here, so a burst of large uploads to one process decodes a few at a time
 * instead of all at once (memory grows with each image being decoded).
 */
export const imageWork = new Semaphore(2);

/** Applies IMAGE_WORK_CONCURRENCY; libvips uses one thread per image, so slots ≈ cores used. */
export function configureImageWork(config: Config) {
  imageWork.setLimit(config.IMAGE_WORK_CONCURRENCY);
  sharp.concurrency(1);
  // Each upload is decoded once or twice and never again: libvips' operation cache only holds
  // memory.
  sharp.cache(false);
}

const originalKey = (productId: string, imageId: string) =>
  `products/${productId}/${imageId}/original`;
export const sizeKey = (productId: string, imageId: string, size: ImageSize) =>
  `products/${productId}/${imageId}/${size}.webp`;
const imageFolder = (productId: string, imageId: string) => `products/${productId}/${imageId}/`;

/**
 * Checks an upload by its content, never by its name or declared type: sharp must recognise a
 * raster format, the declared dimensions must stay under the pixel limit (before anything is
 * decoded, so a tiny file declaring 50000×50000 is refused cheaply), and a small decode must work.
 */
export async function inspectImage(data: Buffer) {
  if (data.length > MAX_IMAGE_BYTES) {
    throw new AppError('IMAGE_TOO_LARGE', { maxMb: MAX_IMAGE_BYTES / 1024 / 1024 });
  }
  let meta: Metadata;
  try {
    meta = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError('IMAGE_INVALID');
  }
  if (!meta.format || !acceptedFormats.has(meta.format) || !meta.width || !meta.height) {
    throw new AppError('IMAGE_INVALID', { format: meta.format ?? null });
  }
  const pages = meta.pages ?? 1;
  if (meta.width * meta.height * pages > MAX_IMAGE_PIXELS) {
    throw new AppError('IMAGE_DIMENSIONS_TOO_LARGE', {
      maxMegapixels: MAX_IMAGE_PIXELS / 1_000_000,
      width: meta.width,
      height: meta.height,
    });
  }
  try {
    await imageWork.run(() =>
      sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
        .resize(16)
        .raw()
        .toBuffer(),
    );
  } catch {
    throw new AppError('IMAGE_INVALID', { format: meta.format });
  }
  return { format: meta.format, width: meta.width, height: meta.height };
}

/** Stores the original and a `processing` row, then queues the resize job. All or nothing. */
export async function uploadImage(
  ctx: AppContext,
  user: AuthUser,
  productId: string,
  data: Buffer,
) {
  await managedProduct(ctx.db, user, productId);
  const info = await inspectImage(data);
  const storage = storageFor(ctx.config);
  let stored: string | undefined;
  try {
    const image = await ctx.db.transaction().execute(async (tx) => {
      const { product } = await managedProduct(tx, user, productId, { lock: true });
      const stats = await tx
        .selectFrom('product_images')
        .select([
          (eb) => eb.fn.countAll<string>().as('n'),
          sql<number>`coalesce(max(position), -1)`.as('max'),
        ])
        .where('product_id', '=', product.id)
        .executeTakeFirstOrThrow();
      if (Number(stats.n) >= MAX_IMAGES_PER_PRODUCT) {
        throw new AppError('IMAGE_LIMIT_REACHED', { max: MAX_IMAGES_PER_PRODUCT });
      }
      const row = await tx
        .insertInto('product_images')
        .values({
          product_id: product.id,
          position: Number(stats.max) + 1,
          original_format: info.format,
          width: info.width,
          height: info.height,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      // Written before commit: if the write fails the row rolls back; if the commit fails we
      // remove the file below.
      stored = originalKey(product.id, row.id);
      await storage.put(stored, data);
      return row;
    });
    try {
      await ctx.queue.add(
        IMAGE_QUEUE,
        'resize',
        { imageId: image.id },
        { jobId: `image-${image.id}` },
      );
    } catch (error) {
      // Queue unreachable (Redis down): undo the upload rather than keep an image that is never
      // resized; the seller gets 503 and uploads again. The file goes in the catch below.
      await ctx.db
        .deleteFrom('product_images')
        .where('id', '=', image.id)
        .execute()
        .catch(() => undefined);
      throw error;
    }
    return presentImage(image);
  } catch (error) {
    if (stored) await storage.delete(stored.replace(/original$/, ''));
    throw error;
  }
}

/**
 * One WebP size of a picture. `effort` is the encoder's (0–6, sharp's default 4): the demo's flat
 * drawings use 2, about half the time for bytes within ~10%.
 */
export async function renderSize(original: Buffer, width: number, effort = 4) {
  // Re-encoding drops EXIF/XMP/ICC metadata (sharp keeps none unless asked); rotate() first applies
  // the EXIF orientation so the picture stays upright without the tag.
  return imageWork.run(() =>
    sharp(original, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 80, effort })
      .toBuffer({ resolveWithObject: true }),
  );
}

/** The job: makes the WebP sizes, marks the image ready and deletes the original (EXIF, GPS). */
export async function processImage(db: Db, storage: Storage, imageId: string) {
  const image = await db
    .selectFrom('product_images')
    .selectAll()
    .where('id', '=', imageId)
    .executeTakeFirst();
  if (!image || image.status !== 'processing') return;
  const original = await storage.get(originalKey(image.product_id, image.id));
  if (!original) {
    await db
      .updateTable('product_images')
      .set({ status: 'failed', updated_at: sql<Date>`now()` })
      .where('id', '=', image.id)
      .execute();
    return;
  }
  let largeInfo: OutputInfo | undefined;
  try {
    for (const [size, width] of Object.entries(imageSizes) as [ImageSize, number][]) {
      const { data, info } = await renderSize(original, width);
      if (size === 'large') largeInfo = info;
      await storage.put(sizeKey(image.product_id, image.id, size), data);
    }
  } catch (error) {
    await db
      .updateTable('product_images')
      .set({ status: 'failed', updated_at: sql<Date>`now()` })
      .where('id', '=', image.id)
      .execute();
    for (const size of Object.keys(imageSizes) as ImageSize[]) {
      await storage.delete(sizeKey(image.product_id, image.id, size));
    }
    throw error;
  }
  const updated = await db
    .updateTable('product_images')
    .set({
      status: 'ready',
      width: largeInfo?.width ?? image.width,
      height: largeInfo?.height ?? image.height,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', image.id)
    .returning('id')
    .executeTakeFirst();
  // Deleted while we worked: remove what we wrote. Otherwise only the original goes.
  if (!updated) await storage.delete(imageFolder(image.product_id, image.id));
  else await storage.delete(originalKey(image.product_id, image.id));
}

export function registerImageWorker(ctx: AppContext) {
  configureImageWork(ctx.config);
  const storage = storageFor(ctx.config);
  ctx.queue.process(IMAGE_QUEUE, async (job) => {
    const { imageId } = job.data as { imageId: string };
    await processImage(ctx.db, storage, imageId);
  });
}

export async function deleteImage(
  ctx: AppContext,
  user: AuthUser,
  productId: string,
  imageId: string,
) {
  await ctx.db.transaction().execute(async (tx) => {
    const { product } = await managedProduct(tx, user, productId, { lock: true });
    const deleted = await tx
      .deleteFrom('product_images')
      .where('id', '=', imageId)
      .where('product_id', '=', product.id)
      .returning('id')
      .executeTakeFirst();
    if (!deleted) throw new AppError('IMAGE_NOT_FOUND');
  });
  await storageFor(ctx.config).delete(imageFolder(productId, imageId));
}

export async function reorderImages(db: Db, user: AuthUser, productId: string, imageIds: string[]) {
  return db.transaction().execute(async (tx) => {
    const { product } = await managedProduct(tx, user, productId, { lock: true });
    const current = await tx
      .selectFrom('product_images')
      .select('id')
      .where('product_id', '=', product.id)
      .execute();
    const known = new Set(current.map((r) => r.id));
    if (
      imageIds.length !== known.size ||
      new Set(imageIds).size !== imageIds.length ||
      imageIds.some((id) => !known.has(id))
    ) {
      throw new AppError('IMAGE_ORDER_INVALID');
    }
    for (const [position, id] of imageIds.entries()) {
      await tx
        .updateTable('product_images')
        .set({ position, updated_at: sql<Date>`now()` })
        .where('id', '=', id)
        .execute();
    }
    const rows = await tx
      .selectFrom('product_images')
      .selectAll()
      .where('product_id', '=', product.id)
      .orderBy('position')
      .execute();
    return rows.map(presentImage);
  });
}

/** The bytes of one ready size, for anyone who may see the product. */
export async function imageFile(
  ctx: AppContext,
  user: AuthUser | null,
  productId: string,
  imageId: string,
  size: ImageSize,
) {
  const { product } = await visibleProduct(ctx.db, user, productId);
  const image = await ctx.db
    .selectFrom('product_images')
    .select(['id', 'status'])
    .where('id', '=', imageId)
    .where('product_id', '=', product.id)
    .executeTakeFirst();
  if (!image || image.status !== 'ready') throw new AppError('IMAGE_NOT_FOUND');
  const data = await storageFor(ctx.config).get(sizeKey(product.id, image.id, size));
  if (!data) throw new AppError('IMAGE_NOT_FOUND');
  return { data, public: product.status === 'active' && !product.hidden_at };
}
