import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { schedule } from '../../platform/schedule.ts';
import { IMAGE_QUEUE } from './images.service.ts';

/** An image still `processing` this long after its upload (or last retry) has lost its job. */
export const IMAGE_STUCK_AFTER_MINUTES = 10;
/** Re-enqueued this many times without result, it is marked `failed` (the seller uploads again). */
export const IMAGE_MAX_SWEEPS = 3;

/**
 * Finds images stuck in `processing` and queues their resize again; gives up after
 * IMAGE_MAX_SWEEPS tries. Safe from several workers at once (SKIP LOCKED) and idempotent: the job
 * does nothing for an image that is no longer `processing`.
 */
export async function sweepStuckImages(
  ctx: Pick<AppContext, 'db' | 'queue'>,
  now = new Date(),
  batch = 100,
): Promise<{ requeued: number; failed: number }> {
  const cutoff = new Date(now.getTime() - IMAGE_STUCK_AFTER_MINUTES * 60_000);
  const result = { requeued: 0, failed: 0 };
  for (;;) {
    const retry = await ctx.db.transaction().execute(async (tx) => {
      const due = await tx
        .selectFrom('product_images')
        .select(['id', 'process_attempts'])
        .where('status', '=', 'processing')
        .where('updated_at', '<', cutoff)
        .orderBy('updated_at')
        .limit(batch)
        .forUpdate()
        .skipLocked()
        .execute();
      const giveUp = due.filter((i) => i.process_attempts >= IMAGE_MAX_SWEEPS).map((i) => i.id);
      const again = due.filter((i) => i.process_attempts < IMAGE_MAX_SWEEPS);
      if (giveUp.length > 0) {
        await tx
          .updateTable('product_images')
          .set({ status: 'failed', updated_at: sql<Date>`now()` })
          .where('id', 'in', giveUp)
          .execute();
      }
      if (again.length > 0) {
        // Bumping updated_at starts the next wait: a job that is merely slow gets its time.
        await tx
          .updateTable('product_images')
          .set({
            process_attempts: sql<number>`process_attempts + 1`,
            updated_at: sql<Date>`now()`,
          })
          .where(
            'id',
            'in',
            again.map((i) => i.id),
          )
          .execute();
      }
      result.failed += giveUp.length;
      return { again, scanned: due.length };
    });
    // After the commit, like the upload; a job lost here again is found by a later sweep.
    for (const image of retry.again) {
      await ctx.queue.add(
        IMAGE_QUEUE,
        'resize',
        { imageId: image.id },
        { jobId: `image-${image.id}-retry-${image.process_attempts + 1}` },
      );
      result.requeued += 1;
    }
    if (retry.scanned < batch) return result;
  }
}

/** Every few minutes in the worker role, once per tick across all workers. */
export async function scheduleImageSweep(ctx: AppContext, everyMs = 5 * 60_000) {
  await schedule(ctx, 'catalog.sweep-stuck-images', { everyMs }, async () => {
    const { requeued, failed } = await sweepStuckImages(ctx);
    if (requeued + failed > 0) {
      ctx.logger.warn({ requeued, failed }, 'images stuck in processing were swept');
    }
  });
}
