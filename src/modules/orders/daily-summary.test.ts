import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertShop } from '../catalog/test-support.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser } from '../../../test/helpers/factories.ts';
import { dhakaDay, emitDailySummaries } from './daily-summary.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An order of `total` poisha for `shopId` whose timeline reached `steps` at `at`. */
async function orderWith(shopId: string, total: number, steps: string[], at: Date) {
  const customer = await createUser(t.ctx);
  const checkout = await t.ctx.db
    .insertInto('checkouts')
    .values({ customer_id: customer.id, idempotency_key: randomUUID(), request_hash: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = await t.ctx.db
    .insertInto('orders')
    .values({
      number: `T-${randomUUID().slice(0, 10)}`,
      checkout_id: checkout.id,
      customer_id: customer.id,
      shop_id: shopId,
      status: steps.at(-1) as 'placed',
      payment_method: 'cod',
      delivery_method: 'own',
      delivery_zone: null,
      distance_m: 500,
      weight_grams: 1000,
      subtotal: total,
      delivery_charge: 0,
      cod_charge: 0,
      total,
      address: JSON.stringify({
        label: 'Home',
        recipientName: 'Test',
        phone: '+8801711000000',
        addressLine: 'Road 3, Mirpur 10',
        landmark: null,
        placeId: null,
        lat: 23.8,
        lng: 90.36,
      }),
      expires_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const step of steps) {
    await t.ctx.db
      .insertInto('order_events')
      .values({
        order_id: order.id,
        from_status: null,
        to_status: step as 'placed',
        actor_user_id: null,
        actor_role: 'system',
        reason: null,
        created_at: at,
      })
      .execute();
  }
}

async function summariesFor(shopId: string) {
  const rows = await t.ctx.db
    .selectFrom('outbox_events')
    .select('payload')
    .where('topic', '=', 'seller.daily_summary')
    .where(sql<boolean>`payload->>'shopId' = ${shopId}`)
    .execute();
  return rows.map((r) => r.payload as Record<string, unknown>);
}

describe('daily seller summary', () => {
  it('finds the Dhaka calendar day of an instant', () => {
    // 20:30 UTC on the 23rd is 02:30 on the 24th in Dhaka.
    const day = dhakaDay(new Date('2026-11-23T20:30:00Z'));
    expect(day.date).toBe('2026-11-24');
    expect(day.start.toISOString()).toBe('2026-11-23T18:00:00.000Z');
    expect(day.end.toISOString()).toBe('2026-11-24T18:00:00.000Z');
  });

  it('counts the day of each shop once, and only that day', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shopId = await insertShop(t.ctx, seller.id);
    // A day far in the past, so orders of other test files do not fall in it.
    const now = new Date('2020-03-10T14:00:00Z');
    await orderWith(shopId, 50_000, ['placed'], new Date('2020-03-10T04:00:00Z'));
    await orderWith(shopId, 120_050, ['placed', 'delivered'], new Date('2020-03-10T09:00:00Z'));
    await orderWith(shopId, 99_900, ['placed', 'delivered'], new Date('2020-03-09T09:00:00Z'));

    expect(await emitDailySummaries(t.ctx, now)).toBeGreaterThanOrEqual(1);
    expect(await summariesFor(shopId)).toEqual([
      { shopId, date: '2020-03-10', ordersPlaced: 2, ordersDelivered: 1, salesPoisha: 120_050 },
    ]);
    // A retried tick emits nothing new for the same day.
    await emitDailySummaries(t.ctx, now);
    expect(await summariesFor(shopId)).toHaveLength(1);
  });
});
