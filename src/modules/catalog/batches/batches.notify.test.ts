import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { createUser } from '../../../../test/helpers/factories.ts';
import { relayOutboxOnce } from '../../../platform/outbox.ts';
import { startWorker } from '../../../runtime.ts';
import { topicPayloads } from '../../notifications/index.ts';
import { createProduct, insertShop } from '../test-support.ts';
import { addDays, dhakaToday } from './batches.dates.ts';
import { sendExpiryAlerts } from './batches.jobs.ts';

let t: TestApp;
let stopWorker: () => Promise<void>;
beforeAll(async () => {
  t = await createTestApp();
  stopWorker = await startWorker(t.ctx);
});
afterAll(async () => {
  await stopWorker();
  await t.close();
});

describe('near-expiry alert delivery', () => {
  it('reaches the pharmacy owner in-app, in Bengali, with a link to the batches', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shopId = await insertShop(t.ctx, seller.id);
    await sql`UPDATE shops SET type = 'pharmacy', drug_licence = 'DL-1' WHERE id = ${shopId}`.execute(
      t.ctx.db,
    );
    const p = await createProduct(t.app, seller.auth, shopId, {
      nameBn: 'সেকলো ২০',
      kind: 'general',
      unit: 'strip',
      attributes: {},
      variants: [{ sku: `S-${randomUUID().slice(0, 8)}`, price: 700, initialStock: 0 }],
    });
    const today = dhakaToday();
    const add = await t.app.inject({
      method: 'POST',
      url: `/api/v1/products/${p.id}/batches`,
      headers: seller.auth,
      payload: { batchNumber: 'SC-1', expiry: addDays(today, 25), quantity: 40 },
    });
    expect(add.statusCode, add.body).toBe(201);
    expect(await sendExpiryAlerts(t.ctx, today)).toBeGreaterThanOrEqual(1);
    const event = await t.ctx.db
      .selectFrom('outbox_events')
      .select('payload')
      .where('topic', '=', 'stock.batch_expiring')
      .where(sql<string>`payload->>'batchId'`, '=', add.json().id)
      .executeTakeFirstOrThrow();
    expect(topicPayloads['stock.batch_expiring'].safeParse(event.payload).success).toBe(true);

    const inbox = async () => {
      await relayOutboxOnce(t.ctx.db, t.ctx.queue);
      const res = await t.app.inject({ url: '/api/v1/notifications', headers: seller.auth });
      return res.json().items as { title: string; link: string | null }[];
    };
    let items: { title: string; link: string | null }[] = [];
    for (let i = 0; i < 150 && items.length === 0; i++) {
      items = await inbox();
      if (items.length === 0) await sleep(100);
    }
    expect(items).toEqual([
      expect.objectContaining({
        title: 'মেয়াদ শেষ হতে ২৫ দিন: সেকলো ২০',
        link: `/seller/products/${p.id}/batches`,
      }),
    ]);
  }, 60_000);
});
