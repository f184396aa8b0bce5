import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topicPayloads } from '../../src/modules/notifications/index.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser } from '../helpers/factories.ts';
import { addToCart, buyer, checkout, moveOrder, store, type Store } from '../helpers/shopping.ts';

/**
 * The order page's tracking: an expected delivery window that follows the order, what happens
 * next, the shop's phone, and the rider the shop gives while the order is on its way — seen only
 * by the order's customer, its shop and admins.
 */
let t: TestApp;
let shop: Store;
beforeAll(async () => {
  t = await createTestApp();
  shop = await store(t.ctx, t.app);
});
afterAll(() => t?.close());

const HOUR = 3_600_000;

async function placedOrder() {
  const customer = await buyer(t.ctx, t.app, shop.shopId);
  await addToCart(t.app, customer, shop.variantId);
  const res = await checkout(t.app, customer);
  expect(res.statusCode).toBe(201);
  return { customer, id: res.json().orders[0].id as string };
}

async function detail(user: { auth: Record<string, string> }, id: string) {
  const res = await t.app.inject({ url: `/api/v1/orders/${id}`, headers: user.auth });
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function moveAlong(id: string, ...steps: string[]) {
  for (const to of steps)
    expect((await moveOrder(t.app, shop.seller, id, to)).statusCode).toBe(200);
}

function putRider(user: { auth: Record<string, string> }, id: string, payload: object) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/orders/${id}/rider`,
    headers: { ...user.auth, 'accept-language': 'en' },
    payload,
  });
}

/** When the order reached `status`, from its timeline. */
function at(order: { timeline: { to: string; at: string }[] }, status: string) {
  return new Date(order.timeline.findLast((e) => e.to === status)!.at).getTime();
}

describe('tracking an order', () => {
  it('gives a window after placement, the next step and the shop phone; it follows the order', async () => {
    const { customer, id } = await placedOrder();
    const placed = await detail(customer, id);
    const placedAt = new Date(placed.createdAt).getTime();
    expect(placed.tracking).toMatchObject({
      nextStep: 'shop_reviewing',
      shopPhone: '+8801711000000',
      rider: null,
      deliveredAt: null,
    });
    // Own delivery from an open shop: within hours of placement, never before it (in whole hours).
    const from = new Date(placed.tracking.eta.from).getTime();
    const to = new Date(placed.tracking.eta.to).getTime();
    expect(from).toBeGreaterThanOrEqual(Math.floor(placedAt / HOUR) * HOUR);
    expect(to).toBeGreaterThan(placedAt);
    expect(to - from).toBeGreaterThanOrEqual(HOUR);
    expect(to - placedAt).toBeLessThanOrEqual(4 * HOUR);

    await moveAlong(id, 'accepted');
    const accepted = await detail(customer, id);
    expect(accepted.tracking.nextStep).toBe('packing');
    expect(new Date(accepted.tracking.eta.from).getTime()).toBeGreaterThanOrEqual(
      Math.floor(at(accepted, 'accepted') / HOUR) * HOUR,
    );

    await moveAlong(id, 'packed', 'out_for_delivery');
    const out = await detail(customer, id);
    expect(out.tracking.nextStep).toBe('on_the_way');
    // Only the ride is left: within the hour after it left, rounded up to a whole hour.
    const outTo = new Date(out.tracking.eta.to).getTime();
    expect(outTo).toBeLessThanOrEqual(
      Math.ceil((at(out, 'out_for_delivery') + HOUR) / HOUR) * HOUR,
    );
    expect(outTo).toBeLessThanOrEqual(to);

    await moveAlong(id, 'delivered');
    const delivered = await detail(customer, id);
    expect(delivered.tracking).toMatchObject({ eta: null, nextStep: 'delivered' });
    expect(delivered.tracking.deliveredAt).toBe(new Date(at(delivered, 'delivered')).toISOString());
  });

  it('an unfinished order that was cancelled has no window', async () => {
    const { customer, id } = await placedOrder();
    expect((await moveOrder(t.app, customer, id, 'cancelled')).statusCode).toBe(200);
    expect((await detail(customer, id)).tracking).toMatchObject({
      eta: null,
      nextStep: 'cancelled',
    });
  });
});

describe('the rider', () => {
  it("is given by the shop's seller, normalised, audited, shown to the customer on its way, gone once delivered", async () => {
    const { customer, id } = await placedOrder();
    await moveAlong(id, 'accepted', 'packed', 'out_for_delivery');
    const res = await putRider(shop.seller, id, { name: '  রফিক  ', phone: '০১৮১২-৩৪৫৬৭৮' });
    expect(res.statusCode).toBe(200);
    const rider = { name: 'রফিক', phone: '+8801812345678' };
    expect(res.json().tracking.rider).toEqual(rider);
    expect((await detail(customer, id)).tracking.rider).toEqual(rider);
    const admin = await createUser(t.ctx, { role: 'admin' });
    expect((await detail(admin, id)).tracking.rider).toEqual(rider);
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'order.rider_changed')
      .where('target_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(shop.seller.id);
    expect(entry.details).toMatchObject({ before: null, after: rider });

    // Changed while on its way, then delivered: no longer shown to anyone.
    const again = await putRider(shop.seller, id, { phone: '+8801912345678' });
    expect(again.json().tracking.rider).toEqual({ name: null, phone: '+8801912345678' });
    await moveAlong(id, 'delivered');
    expect((await detail(customer, id)).tracking.rider).toBeNull();
    expect((await detail(shop.seller, id)).tracking.rider).toBeNull();
    // And not changed any more.
    const late = await putRider(shop.seller, id, { phone: '01812345678' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('RIDER_NOT_NOW');
  });

  it('is refused to another shop, the customer, a bad phone and an order not yet packed', async () => {
    const { customer, id } = await placedOrder();
    const early = await putRider(shop.seller, id, { phone: '01812345678' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'RIDER_NOT_NOW' });
    expect(early.json().error.message).toMatch(/packed/);

    await moveAlong(id, 'accepted', 'packed', 'out_for_delivery');
    const other = await store(t.ctx, t.app);
    const foreign = await putRider(other.seller, id, { phone: '01812345678' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('ORDER_NOT_FOUND');
    const own = await putRider(customer, id, { phone: '01812345678' });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('FORBIDDEN');
    for (const phone of ['12345', '01212345678', '+447700900123', 'ফোন']) {
      const bad = await putRider(shop.seller, id, { phone });
      expect(bad.statusCode, phone).toBe(400);
      expect(bad.json().error.code).toBe('PHONE_INVALID');
    }
    const bn = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orders/${id}/rider`,
      headers: { ...shop.seller.auth, 'accept-language': 'bn' },
      payload: { phone: '123' },
    });
    expect(bn.json().error.message).toMatch(/মোবাইল/);
    // Nothing of it was stored.
    const row = await t.ctx.db
      .selectFrom('orders')
      .select(['rider_name', 'rider_phone'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ rider_name: null, rider_phone: null });
    expect((await detail(customer, id)).tracking.rider).toBeNull();
  });

  it('is not readable by another customer (the order is not found for them)', async () => {
    const { id } = await placedOrder();
    await moveAlong(id, 'accepted', 'packed', 'out_for_delivery');
    expect((await putRider(shop.seller, id, { phone: '01812345678' })).statusCode).toBe(200);
    const stranger = await createUser(t.ctx);
    const res = await t.app.inject({ url: `/api/v1/orders/${id}`, headers: stranger.auth });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('1812345678');
    const otherSeller = await store(t.ctx, t.app);
    const seen = await t.app.inject({
      url: `/api/v1/orders/${id}`,
      headers: otherSeller.seller.auth,
    });
    expect(seen.statusCode).toBe(404);
    expect(seen.body).not.toContain('1812345678');
  });

  it('is cleared with no phone', async () => {
    const { customer, id } = await placedOrder();
    await moveAlong(id, 'accepted', 'packed', 'out_for_delivery');
    expect(
      (await putRider(shop.seller, id, { name: 'রফিক', phone: '01812345678' })).statusCode,
    ).toBe(200);
    const cleared = await putRider(shop.seller, id, { name: 'রফিক', phone: null });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().tracking.rider).toBeNull();
    expect((await detail(customer, id)).tracking.rider).toBeNull();
  });

  it('a new rider while on its way tells the customer once (a payload notifications accept)', async () => {
    const { customer, id } = await placedOrder();
    await moveAlong(id, 'accepted', 'packed');
    // Given while packed: the customer hears nothing yet (the order has not left).
    expect((await putRider(shop.seller, id, { phone: '01812345678' })).statusCode).toBe(200);
    await moveAlong(id, 'out_for_delivery');
    expect((await putRider(shop.seller, id, { phone: '01912345678' })).statusCode).toBe(200);
    // Only renamed: nothing new to call.
    expect(
      (await putRider(shop.seller, id, { name: 'রফিক', phone: '01912345678' })).statusCode,
    ).toBe(200);
    const events = await t.ctx.db
      .selectFrom('outbox_events')
      .select(['topic', 'payload'])
      .where('topic', '=', 'order.rider_assigned')
      .where(sql<string>`payload->>'orderId'`, '=', id)
      .execute();
    expect(events).toHaveLength(1);
    const parsed = topicPayloads['order.rider_assigned'].safeParse(events[0]!.payload);
    expect(parsed.success).toBe(true);
    expect(events[0]!.payload).toMatchObject({
      customerId: customer.id,
      riderName: null,
      riderPhone: '+8801912345678',
    });
  });
});
