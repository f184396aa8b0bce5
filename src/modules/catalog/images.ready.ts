import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.ts';
import { Semaphore } from '../../platform/semaphore.ts';
import type { Storage } from '../../platform/storage.ts';
import { imageSizes, renderSize, sizeKey, type ImageSize } from './images.service.ts';

/** The WebP sizes of one picture, as the resize job makes them, ready to store. */
export type RenderedImage = {
  files: Record<ImageSize, Buffer>;
  /** Of the large size, as the job records them. */
  width: number;
  height: number;
};

/**
 * Renders a picture the program made itself (the demo's SVG drawings) into the same WebP sizes an
 * upload gets, with the job's own renderSize. The caller renders each design once and hands the
 * same result to every product that shows it.
 */
export async function renderImageSizes(original: Buffer, effort = 4): Promise<RenderedImage> {
  const files = {} as Record<ImageSize, Buffer>;
  let width = 0;
  let height = 0;
  for (const [size, px] of Object.entries(imageSizes) as [ImageSize, number][]) {
    const { data, info } = await renderSize(original, px, effort);
    files[size] = data;
    if (size === 'large') ({ width, height } = info);
  }
  return { files, width, height };
}

/** Files written at once while storing ready images (local disk or S3 round trips). */
const WRITES_AT_ONCE = 16;

/**
 * Gives each listed product that has no image yet one `ready` image with these files, under the
 * same storage keys as an upload after its resize job, so it is an ordinary product image (sellers
 * can delete or reorder it). Products that already have an image are skipped, so calling it again
 * adds nothing. Files are written before the rows commit; if anything fails, the files written go.
 * Returns how many images were added.
 */
export async function addReadyImages(
  db: Db,
  storage: Storage,
  items: { productId: string; image: RenderedImage; format: string }[],
): Promise<number> {
  if (items.length === 0) return 0;
  const byProduct = new Map(items.map((i) => [i.productId, i]));
  const written: string[] = [];
  try {
    return await db.transaction().execute(async (tx) => {
      const col = <T>(f: (i: (typeof items)[number]) => T) => items.map(f);
      const rows = await sql<{ id: string; product_id: string }>`
        INSERT INTO product_images (product_id, position, status, original_format, width, height)
        SELECT t.product_id, 0, 'ready', t.format, t.width, t.height
        FROM unnest(${col((i) => i.productId)}::uuid[], ${col((i) => i.format)}::text[],
                    ${col((i) => i.image.width)}::int[], ${col((i) => i.image.height)}::int[])
          AS t(product_id, format, width, height)
        WHERE NOT EXISTS (SELECT 1 FROM product_images i WHERE i.product_id = t.product_id)
        RETURNING id, product_id`.execute(tx);
      const slots = new Semaphore(WRITES_AT_ONCE);
      await Promise.all(
        rows.rows.flatMap((row) =>
          (Object.keys(imageSizes) as ImageSize[]).map((size) =>
            slots.run(async () => {
              const key = sizeKey(row.product_id, row.id, size);
              written.push(key);
              await storage.put(key, byProduct.get(row.product_id)!.image.files[size]);
            }),
          ),
        ),
      );
      return rows.rows.length;
    });
  } catch (error) {
    await Promise.all(written.map((key) => storage.delete(key)));
    throw error;
  }
}
