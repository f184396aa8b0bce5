import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser } from '../../../test/helpers/factories.ts';
import { storageFor } from '../../platform/storage.ts';
import { registerImageWorker } from './images.service.ts';
import { IMAGE_MAX_SWEEPS, IMAGE_STUCK_AFTER_MINUTES, sweepStuckImages } from './images.sweep.ts';
import { createProduct, imageStatusWhenProcessed, insertShop } from './test-support.ts';

let t: TestApp;
let storageDir: string;
let productId: string;

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), 'haat-sweep-'));
  t = await createTestApp({ STORAGE_DIR: storageDir });
  registerImageWorker(t.ctx);
  const seller = await createUser(t.ctx, { role: 'seller' });
  const shopId = await insertShop(t.ctx, seller.id);
  productId = (await createProduct(t.app, seller.auth, shopId)).id;
});
afterAll(async () => {
  await t.close();
  await rm(storageDir, { recursive: true, force: true });
});

/**
 * An upload whose resize job was lost after the commit: the row and the original are there, no job
 * is queued. `minutesAgo` is how long it has been waiting.
 */
async function stuckImage(minutesAgo: number, attempts = 0) {
  const image = await t.ctx.db
    .insertInto('product_images')
    .values({ product_id: productId, original_format: 'png', width: 40, height: 30 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const png = await sharp({
    create: { width: 40, height: 30, channels: 3, background: '#27ae60' },
  })
    .png()
    .toBuffer();
  await storageFor(t.ctx.config).put(`products/${productId}/${image.id}/original`, png);
  await t.ctx.db
    .updateTable('product_images')
    .set({
      process_attempts: attempts,
      updated_at: sql<Date>`now() - make_interval(mins => ${minutesAgo})`,
    })
    .where('id', '=', image.id)
    .execute();
  return image.id;
}

const statusOf = async (id: string) =>
  (
    await t.ctx.db
      .selectFrom('product_images')
      .select(['status', 'process_attempts'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).status;

describe('images stuck in processing', () => {
  it('re-enqueues an image whose job was lost, and it becomes ready', async () => {
    const lost = await stuckImage(IMAGE_STUCK_AFTER_MINUTES + 1);
    const fresh = await stuckImage(1); // its job may still be on its way: left alone
    const swept = await sweepStuckImages(t.ctx);
    expect(swept.requeued).toBeGreaterThanOrEqual(1);
    expect(await imageStatusWhenProcessed(t.ctx.db, lost)).toBe('ready');
    expect(await statusOf(fresh)).toBe('processing');
  });

  it(`marks an image failed after ${IMAGE_MAX_SWEEPS} re-enqueues without result`, async () => {
    const hopeless = await stuckImage(IMAGE_STUCK_AFTER_MINUTES + 1, IMAGE_MAX_SWEEPS);
    const swept = await sweepStuckImages(t.ctx);
    expect(swept.failed).toBeGreaterThanOrEqual(1);
    expect(await statusOf(hopeless)).toBe('failed');
  });

  it('re-enqueues a stuck image once when two workers sweep at the same time', async () => {
    const lost = await stuckImage(IMAGE_STUCK_AFTER_MINUTES + 5);
    await Promise.all([sweepStuckImages(t.ctx), sweepStuckImages(t.ctx)]);
    const row = await t.ctx.db
      .selectFrom('product_images')
      .select('process_attempts')
      .where('id', '=', lost)
      .executeTakeFirstOrThrow();
    expect(row.process_attempts).toBe(1);
    expect(await imageStatusWhenProcessed(t.ctx.db, lost)).toBe('ready');
  });
});
