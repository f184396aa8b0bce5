import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustStock } from '../../src/modules/catalog/index.ts';
import { createProduct, insertShop } from '../../src/modules/catalog/test-support.ts';
import { topicPayloads } from '../../src/modules/notifications/index.ts';
import { relayOutboxOnce } from '../../src/platform/outbox.ts';
import { startWorker } from '../../src/runtime.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';

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

async function variant(seller: TestUser, stock: number, lowStockThreshold: number) {
  const shopId = await insertShop(t.ctx, seller.id);
  const p = await createProduct(t.app, seller.auth, shopId, {
    nameEn: 'Red lentils',
    variants: [
      { sku: `L-${randomUUID().slice(0, 8)}`, price: 9000, initialStock: stock, lowStockThreshold },
    ],
  });
  return { shopId, productId: p.id, variantId: p.variants[0]!.id };
}

const change = (variantId: string, delta: number) =>
  t.ctx.db.transaction().execute(async (tx) => {
    const r = await adjustStock(tx, {
      variantId,
      delta,
      reason: delta < 0 ? 'sale' : 'restock',
      actorUserId: null,
    });
    expect(r.ok).toBe(true);
  });

const lowEvents = (productId: string) =>
  t.ctx.db
    .selectFrom('outbox_events')
    .select('payload')
    .where('topic', '=', 'stock.low')
    .where(sql<string>`payload->>'productId'`, '=', productId)
    .orderBy('id')
    .execute();

describe('low stock alert', () => {
  it('emits stock.low only when stock crosses down to the threshold', async () => {
    const seller = await createUser(t.ctx, { role: 'seller', locale: 'en' });
    const { shopId, productId, variantId } = await variant(seller, 6, 3);
    await change(variantId, -2); // 4: above
    expect(await lowEvents(productId)).toHaveLength(0);
    await change(variantId, -1); // 3: at the threshold → alert
    await change(variantId, -1); // 2: still low, no second alert
    expect(await lowEvents(productId)).toHaveLength(1);
    await change(variantId, 5); // 7: restocked
    await change(variantId, -6); // 1: crosses again → alert
    const events = await lowEvents(productId);
    expect(events.map((e) => (e.payload as { onHand: number }).onHand)).toEqual([3, 1]);
    for (const e of events) {
      expect(topicPayloads['stock.low'].safeParse(e.payload).success).toBe(true);
    }
    expect(events[0]!.payload).toMatchObject({ shopId, productId, variantId });

    await expect
      .poll(
        async () => {
          await relayOutboxOnce(t.ctx.db, t.ctx.queue);
          const res = await t.app.inject({ url: '/api/v1/notifications', headers: seller.auth });
          return (res.json().items as { kind: string }[]).map((n) => n.kind);
        },
        { timeout: 15_000 },
      )
      .toEqual(['low_stock', 'low_stock']);
  });

  it('writes nothing when the stock change rolls back', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const { productId, variantId } = await variant(seller, 5, 2);
    await expect(
      t.ctx.db.transaction().execute(async (tx) => {
        await adjustStock(tx, { variantId, delta: -4, reason: 'sale', actorUserId: null });
        throw new Error('checkout failed later');
      }),
    ).rejects.toThrow('checkout failed later');
    expect(await lowEvents(productId)).toHaveLength(0);
  });
});
