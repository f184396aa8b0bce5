import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, randomPhone, type TestUser } from '../../../test/helpers/factories.ts';
import { createCourierCheckSandbox } from './courier/index.ts';
import { buy, emptyBag, move, riskBuyer, riskShop } from './test-support.ts';

/** The seller's view of an order's risk, the queue's badges, and the admin block list. */
let t: TestApp;
let admin: TestUser;
let courier: Awaited<ReturnType<typeof createCourierCheckSandbox>>;
beforeAll(async () => {
  courier = await createCourierCheckSandbox();
  t = await createTestApp({
    RISK_COD_GUARD: 'on',
    COURIER_CHECK_URL: courier.url,
    COURIER_CHECK_API_KEY: courier.apiKey,
  });
  admin = await createUser(t.ctx, { role: 'admin' });
});
afterAll(async () => {
  await t?.close();
  await courier?.close();
});

const unique = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;
const getRisk = (user: { auth: Record<string, string> }, orderId: string, lang = 'en') =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/orders/${orderId}/risk`,
    headers: { ...user.auth, 'accept-language': lang },
  });

describe('GET /orders/{id}/risk', () => {
  it('shows the seller the score, level and reasons; the history counts a refusal on another shop as a figure only', async () => {
    const a = await riskShop(t.ctx, t.app, unique('Biscuit'));
    const b = await riskShop(t.ctx, t.app, unique('Soap'));
    const buyerA = await riskBuyer(t.ctx, t.app, a);
    const first = await buy(t.app, buyerA, a);
    expect(first.statusCode).toBe(201);
    const firstId = first.json().orders[0].id as string;
    // Sent out, refused at the door.
    await move(t.app, a.seller, firstId, 'accepted', 'packed', 'out_for_delivery', 'returned');
    courier.records.set(buyerA.phone.replace('+88', ''), { delivered: 1, cancelled: 3, total: 4 });

    const buyerB = await riskBuyer(t.ctx, t.app, b, { account: buyerA });
    const second = await buy(t.app, buyerB, b);
    expect(second.statusCode).toBe(201);
    const orderId = second.json().orders[0].id as string;
    const res = await getRisk(b.seller, orderId);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      orderId,
      level: expect.stringMatching(/^(low|medium|high)$/),
      decision: 'accept',
      storedAtCheckout: true,
      history: { delivered: 0, refused: 1, returned: 0, cancelledAfterDispatch: 0 },
      courier: { delivered: 1, cancelled: 3, total: 4 },
    });
    expect(body.score).toBeGreaterThan(0);
    const refusal = body.reasons.find((r: { code: string }) => r.code === 'refusal_history');
    expect(refusal.figures).toMatchObject({ refused: 1, delivered: 0 });
    expect(refusal.message).toContain('1 refused at the door');
    // Nothing of the other shop: neither its id nor its name, nor the other order.
    const text = res.body;
    expect(text).not.toContain(a.shopId);
    expect(text).not.toContain(firstId);
    const bn = await getRisk(b.seller, orderId, 'bn');
    expect(bn.json().reasons[0].message).toMatch(/[\u0980-\u09FF]/);
  });

  it('answers 404 to another shop’s seller, 403 to customers, 200 to admins', async () => {
    const shop = await riskShop(t.ctx, t.app, unique('Milk'));
    const other = await riskShop(t.ctx, t.app, unique('Egg'));
    const b = await riskBuyer(t.ctx, t.app, shop);
    const orderId = (await buy(t.app, b, shop)).json().orders[0].id as string;
    expect((await getRisk(other.seller, orderId)).statusCode).toBe(404);
    expect((await getRisk(b, orderId)).statusCode).toBe(403);
    expect((await getRisk(admin, orderId)).statusCode).toBe(200);
    expect((await getRisk(shop.seller, randomUUID())).statusCode).toBe(404);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/orders/not-a-uuid/risk',
      headers: shop.seller.auth,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('an online order is assessed on demand (not stored); the queue shows stored levels of own orders only', async () => {
    const shop = await riskShop(t.ctx, t.app, unique('Jam'));
    const other = await riskShop(t.ctx, t.app, unique('Honey'));
    const b = await riskBuyer(t.ctx, t.app, shop);
    // COD first: the online order after it would not be held back (online is never guarded).
    const cod = (await buy(t.app, b, shop)).json().orders[0].id as string;
    const online = (await buy(t.app, b, shop, 'bkash')).json().orders[0].id as string;
    const res = await getRisk(shop.seller, online);
    expect(res.json()).toMatchObject({ storedAtCheckout: false, paymentMethod: 'bkash' });
    // Assessed as of its placement: the COD order just before is a duplicate of it.
    expect(res.json().reasons.map((r: { code: string }) => r.code)).toContain('duplicate_order');
    const b2 = await riskBuyer(t.ctx, t.app, other);
    const foreign = (await buy(t.app, b2, other)).json().orders[0].id as string;
    const queue = await t.app.inject({
      method: 'GET',
      url: `/api/v1/shops/${shop.shopId}/risk?orderIds=${[online, cod, foreign].join(',')}`,
      headers: shop.seller.auth,
    });
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items.map((i: { orderId: string }) => i.orderId)).toEqual([cod]);
    const notMine = await t.app.inject({
      method: 'GET',
      url: `/api/v1/shops/${other.shopId}/risk?orderIds=${foreign}`,
      headers: shop.seller.auth,
    });
    expect(notMine.statusCode).toBe(404);
  });
});

describe('address quality', () => {
  it('a missing landmark and a pin far from the named area are reasons the seller sees', async () => {
    const shop = await riskShop(t.ctx, t.app, unique('Flour'));
    const far = await t.ctx.db
      .selectFrom('places')
      .select(['id', 'lat', 'lng'])
      .where('level', '=', 'area')
      .where('lat', 'is not', null)
      .orderBy(sql`abs(lat - ${shop.lat}) + abs(lng - ${shop.lng})`, 'desc')
      .executeTakeFirstOrThrow();
    const b = await riskBuyer(t.ctx, t.app, shop, { landmark: null });
    await t.ctx.db
      .updateTable('addresses')
      .set({ place_id: far.id })
      .where('id', '=', b.addressId)
      .execute();
    const placed = await buy(t.app, b, shop);
    expect(placed.statusCode).toBe(201);
    const res = await getRisk(shop.seller, placed.json().orders[0].id);
    expect(res.json().reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['missing_landmark', 'pin_far_from_area']),
    );
  });
});

describe('the block list', () => {
  const block = (user: TestUser, phone: string, reason = 'Refused five parcels') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/risk/blocks',
      headers: user.auth,
      payload: { phone, reason },
    });

  it('a blocked phone cannot order cash on delivery on any shop until the block is lifted; both audited', async () => {
    const shop = await riskShop(t.ctx, t.app, unique('Rice'));
    const b = await riskBuyer(t.ctx, t.app, shop);
    const created = await block(admin, b.phone.replace('+88', ''));
    expect(created.statusCode).toBe(201);
    expect(created.json().phone).toBe(b.phone);
    expect((await block(admin, b.phone)).json().error.code).toBe('RISK_BLOCK_EXISTS');

    const refused = await buy(t.app, b, shop);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'COD_NOT_ALLOWED',
      details: { level: 'blocked' },
    });
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/risk/blocks?phone=${encodeURIComponent(b.phone)}`,
      headers: admin.auth,
    });
    expect(list.json().items).toHaveLength(1);

    const lifted = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/risk/blocks/${created.json().id}`,
      headers: admin.auth,
    });
    expect(lifted.statusCode).toBe(200);
    expect(lifted.json().liftedAt).not.toBeNull();
    await emptyBag(t.ctx, b);
    expect((await buy(t.app, b, shop)).statusCode).toBe(201);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/risk/blocks/${created.json().id}`,
      headers: admin.auth,
    });
    expect(again.statusCode).toBe(404);

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('target_id', '=', created.json().id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'risk.phone_blocked', actor_id: admin.id },
      { action: 'risk.phone_unblocked', actor_id: admin.id },
    ]);
  });

  it('is for admins only, and refuses a number that is not a Bangladeshi mobile', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    expect((await block(seller, randomPhone())).statusCode).toBe(403);
    const bad = await block(admin, '12345');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('PHONE_INVALID');
    const empty = await block(admin, randomPhone(), '   ');
    expect(empty.statusCode).toBe(400);
  });
});
