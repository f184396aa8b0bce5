import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireUnacceptedCod } from '../../src/modules/orders/index.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { addToCart, buyer, checkout, store } from '../helpers/shopping.ts';

/**
 * A shop that is closed now still takes orders: the quote says when it opens, the order remembers
 * it, and the seller's time to accept a cash-on-delivery order counts from the opening, not from a
 * night the shop was shut.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ ORDER_COD_ACCEPT_HOURS: '6' });
});
afterAll(() => t?.close());

/** Today's weekday in Dhaka (0 = Sunday). */
const dhakaDay = (d = new Date()) => new Date(d.getTime() + 6 * 3_600_000).getUTCDay();

/** A shop open only tomorrow (Dhaka), 09:00–21:00: closed now, whatever the time. */
async function closedShop() {
  const s = await store(t.ctx, t.app, 10);
  const tomorrow = (dhakaDay() + 1) % 7;
  await t.ctx.db
    .updateTable('shops')
    .set({ opening_hours: JSON.stringify([{ day: tomorrow, open: '09:00', close: '21:00' }]) })
    .where('id', '=', s.shopId)
    .execute();
  return s;
}

/** Tomorrow 09:00 in Dhaka, as an instant. */
function tomorrowNine() {
  const local = new Date(Date.now() + 6 * 3_600_000);
  return new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1, 9) -
      6 * 3_600_000,
  );
}

describe('ordering from a closed shop', () => {
  it('the quote says when the shop opens; an open shop says nothing', async () => {
    const closed = await closedShop();
    const open = await store(t.ctx, t.app, 10);
    const b = await buyer(t.ctx, t.app, closed.shopId);
    await addToCart(t.app, b, closed.variantId);
    await addToCart(t.app, b, open.variantId);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/checkout/quote',
      headers: b.auth,
      payload: { addressId: b.addressId, payment: 'cod' },
    });
    expect(res.statusCode).toBe(200);
    const shops = res.json().shops as { shopId: string; shopOpensAt: string | null }[];
    expect(shops.find((s) => s.shopId === closed.shopId)?.shopOpensAt).toBe(
      tomorrowNine().toISOString(),
    );
    expect(shops.find((s) => s.shopId === open.shopId)?.shopOpensAt).toBeNull();
  });

  it("the seller's time to accept counts from the opening", async () => {
    const s = await closedShop();
    const b = await buyer(t.ctx, t.app, s.shopId);
    await addToCart(t.app, b, s.variantId, 2);
    const res = await checkout(t.app, b, 'cod');
    expect(res.statusCode).toBe(201);
    const orderId = res.json().orders[0].id as string;
    const stored = () =>
      t.ctx.db
        .selectFrom('orders')
        .select(['status', 'shop_opens_at'])
        .where('id', '=', orderId)
        .executeTakeFirstOrThrow();
    expect((await stored()).shop_opens_at?.toISOString()).toBe(tomorrowNine().toISOString());

    // Placed seven hours ago, but the shop has not opened yet: the order waits.
    const sevenHoursAgo = new Date(Date.now() - 7 * 3_600_000);
    await t.ctx.db
      .updateTable('orders')
      .set({ created_at: sevenHoursAgo })
      .where('id', '=', orderId)
      .execute();
    await expireUnacceptedCod(t.ctx);
    expect((await stored()).status).toBe('placed');

    // The shop opened five hours ago: still inside the six hours to accept.
    await t.ctx.db
      .updateTable('orders')
      .set({ shop_opens_at: new Date(Date.now() - 5 * 3_600_000) })
      .where('id', '=', orderId)
      .execute();
    await expireUnacceptedCod(t.ctx);
    expect((await stored()).status).toBe('placed');

    // Opened more than six hours ago and never accepted: cancelled, stock back.
    await t.ctx.db
      .updateTable('orders')
      .set({ shop_opens_at: new Date(Date.now() - 6 * 3_600_000 - 60_000) })
      .where('id', '=', orderId)
      .execute();
    await expireUnacceptedCod(t.ctx);
    expect((await stored()).status).toBe('cancelled');
  });
});
