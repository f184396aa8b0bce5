import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { addToCart, buyer, checkout, moveOrder, store, type Store } from '../helpers/shopping.ts';

/**
 * The reason given with an irreversible step (a customer's cancel, a seller's "returned"): checked
 * on the way in, kept on the order's timeline with who gave it, shown with the order.
 */
let t: TestApp;
let shop: Store;
beforeAll(async () => {
  t = await createTestApp();
  shop = await store(t.ctx, t.app);
});
afterAll(() => t.close());

async function placedOrder() {
  const customer = await buyer(t.ctx, t.app, shop.shopId);
  await addToCart(t.app, customer, shop.variantId);
  const res = await checkout(t.app, customer);
  expect(res.statusCode).toBe(201);
  return { customer, id: res.json().orders[0].id as string };
}

function transition(user: { auth: Record<string, string> }, id: string, payload: unknown) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/orders/${id}/transitions`,
    headers: user.auth,
    payload: payload as object,
  });
}

async function statusOf(id: string) {
  const row = await t.ctx.db
    .selectFrom('orders')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.status;
}

describe('a reason with a step', () => {
  it("keeps the customer's cancel reason on the timeline, as written, with who gave it", async () => {
    const { customer, id } = await placedOrder();
    const reason = 'ভুল করে অর্ডার করেছি: ঠিকানা বদলাতে হবে';
    const res = await transition(customer, id, { to: 'cancelled', reason: `  ${reason} ` });
    expect(res.statusCode).toBe(200);
    const last = res.json().timeline.at(-1);
    expect(last).toMatchObject({ from: 'placed', to: 'cancelled', actorRole: 'customer', reason });
    expect(last.actorUserId).toBe(customer.id);
    // Stored: the order read again (by its shop) shows the same reason.
    const seen = await t.app.inject({ url: `/api/v1/orders/${id}`, headers: shop.seller.auth });
    expect(seen.json().timeline.at(-1)).toMatchObject({ to: 'cancelled', reason });
    const event = await t.ctx.db
      .selectFrom('order_events')
      .select(['reason', 'actor_role'])
      .where('order_id', '=', id)
      .where('to_status', '=', 'cancelled')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ reason, actor_role: 'customer' });
  });

  it('stores no reason for a blank one', async () => {
    const { customer, id } = await placedOrder();
    const res = await transition(customer, id, { to: 'cancelled', reason: '   ' });
    expect(res.statusCode).toBe(200);
    expect(res.json().timeline.at(-1)).toMatchObject({ to: 'cancelled', reason: null });
  });

  it('refuses a reason that is too long or not text with a 400, and leaves the order as it was', async () => {
    const { customer, id } = await placedOrder();
    for (const reason of ['ক'.repeat(501), 42, ['ভুল'], { text: 'ভুল' }, true]) {
      const res = await transition(customer, id, { to: 'cancelled', reason });
      expect(res.statusCode, JSON.stringify(reason).slice(0, 20)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await statusOf(id)).toBe('placed');
    // 500 characters is the limit, and is taken.
    const ok = await transition(customer, id, { to: 'cancelled', reason: 'ক'.repeat(500) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().timeline.at(-1).reason).toHaveLength(500);
  });

  it("keeps the seller's reason for a returned order", async () => {
    const { customer, id } = await placedOrder();
    for (const to of ['accepted', 'packed', 'out_for_delivery']) {
      expect((await moveOrder(t.app, shop.seller, id, to)).statusCode).toBe(200);
    }
    const res = await transition(shop.seller, id, {
      to: 'returned',
      reason: 'ক্রেতা পণ্য নেননি',
    });
    expect(res.statusCode).toBe(200);
    const mine = await t.app.inject({ url: `/api/v1/orders/${id}`, headers: customer.auth });
    expect(mine.json().status).toBe('returned');
    expect(mine.json().timeline.at(-1)).toMatchObject({
      from: 'out_for_delivery',
      to: 'returned',
      actorRole: 'seller',
      reason: 'ক্রেতা পণ্য নেননি',
    });
  });
});
