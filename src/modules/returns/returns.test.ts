import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { longAgo, putRules } from '../money/test-support.ts';
import { coupon } from '../promotions/test-support.ts';
import {
  askReturn,
  deliveredHoursAgo,
  deliveredOrder,
  moveReturn,
  type Delivered,
  type ReturnBody,
} from './test-support.ts';

// Return windows and commission rules are global: a database of this file's own.
let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createIsolatedTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  const put = await putRules(t.app, admin, [
    { scope: 'default', rateBp: 750, fixedFee: 300, effectiveFrom: longAgo },
  ]);
  expect(put.statusCode).toBe(200);
});
afterAll(() => t.close());

const one = (d: Delivered, quantity = 1, i = 0) => ({
  lines: [{ orderItemId: d.items[i]!.id, quantity }],
  reason: 'damaged',
});

describe('asking for a return', () => {
  let d: Delivered;
  beforeAll(async () => {
    d = await deliveredOrder(t.ctx, t.app, 'bkash');
  });

  it('201 with the lines, amounts, a timeline and the next steps', async () => {
    const res = await askReturn(t.app, d.buyer, d.orderId, {
      ...one(d, 2),
      note: '  ভাঙা   এসেছে ',
    });
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({
      orderId: d.orderId,
      status: 'requested',
      reason: 'damaged',
      refundMethod: 'provider',
      linesAmount: 2 * 12_345,
      refundAmount: null,
      refund: null,
      nextSteps: ['cancelled'],
    });
    expect(r.lines).toEqual([
      expect.objectContaining({ orderItemId: d.items[0]!.id, quantity: 2, amount: 24_690 }),
    ]);
    expect(r.events).toEqual([expect.objectContaining({ from: null, to: 'requested' })]);
    const seller = await t.app.inject({
      url: `/api/v1/returns/${r.id}`,
      headers: d.shop.seller.auth,
    });
    expect(seller.json().nextSteps).toEqual(['accepted', 'refused']);
    const outbox = await t.ctx.db
      .selectFrom('outbox_events')
      .select('topic')
      .where(sql<boolean>`payload->>'returnId' = ${r.id}`)
      .execute();
    expect(outbox.map((o) => o.topic)).toEqual(['return.requested']);
  });

  it('counts what is already requested: the rest of the line, then nothing', async () => {
    const over = await askReturn(t.app, d.buyer, d.orderId, one(d, 2));
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({
      code: 'RETURN_QUANTITY_EXCEEDED',
      details: { available: 1 },
    });
    expect((await askReturn(t.app, d.buyer, d.orderId, one(d, 1))).statusCode).toBe(201);
    expect((await askReturn(t.app, d.buyer, d.orderId, one(d, 1))).statusCode).toBe(409);
  });

  it("a couponed order: each returned unit refunds its share of what was paid, all of them exactly the goods' price less the coupon", async () => {
    const c = await deliveredOrder(t.ctx, t.app, 'bkash', {
      coupon: (app, seller, shopId) => coupon(app, seller, shopId, { kind: 'fixed', value: 1_001 }),
    });
    const goods = 3 * 12_345 + 2 * 7_777;
    const [a, b] = c.items;
    const asked: number[] = [];
    for (const [item, quantity] of [
      [a!, 1],
      [a!, 2],
      [b!, 2],
    ] as const) {
      const res = await askReturn(t.app, c.buyer, c.orderId, {
        reason: 'damaged',
        lines: [{ orderItemId: item.id, quantity }],
      });
      expect(res.statusCode, res.body).toBe(201);
      asked.push(res.json().linesAmount as number);
    }
    // Less than the prices before the coupon, and together exactly what the goods cost after it.
    expect(asked[0]).toBeLessThan(12_345);
    expect(asked.reduce((s, x) => s + x, 0)).toBe(goods - 1_001);
  });

  it('refuses empty, duplicate, foreign and malformed lines', async () => {
    const code = async (payload: unknown) => {
      const res = await askReturn(t.app, d.buyer, d.orderId, payload);
      return [res.statusCode, res.json().error?.code];
    };
    expect(await code({ lines: [], reason: 'damaged' })).toEqual([422, 'RETURN_LINES_EMPTY']);
    const item = d.items[1]!.id;
    expect(
      await code({
        lines: [
          { orderItemId: item, quantity: 1 },
          { orderItemId: item, quantity: 1 },
        ],
        reason: 'damaged',
      }),
    ).toEqual([422, 'RETURN_LINE_DUPLICATE']);
    expect(
      await code({ lines: [{ orderItemId: 999_999_999, quantity: 1 }], reason: 'damaged' }),
    ).toEqual([422, 'RETURN_LINE_NOT_IN_ORDER']);
    for (const bad of [
      { lines: [{ orderItemId: item, quantity: 0 }], reason: 'damaged' },
      { lines: [{ orderItemId: item, quantity: '1' }], reason: 'damaged' },
      { lines: [{ orderItemId: item, quantity: 1.5 }], reason: 'damaged' },
      { lines: [{ orderItemId: item, quantity: 1 }], reason: 'because' },
      { lines: [{ orderItemId: item, quantity: 1, price: 1 }], reason: 'damaged' },
      { lines: 'all', reason: 'damaged' },
    ]) {
      expect((await code(bad))[0]).toBe(400);
    }
  });

  it("another customer's or a seller's request for the order is 404", async () => {
    const stranger = await createUser(t.ctx);
    expect((await askReturn(t.app, stranger, d.orderId, one(d))).statusCode).toBe(404);
    expect((await askReturn(t.app, d.shop.seller, d.orderId, one(d))).statusCode).toBe(403);
    const list = await t.app.inject({
      url: `/api/v1/orders/${d.orderId}/returns`,
      headers: stranger.auth,
    });
    expect(list.statusCode).toBe(404);
  });

  it('an order not delivered is refused', async () => {
    const o = await deliveredOrder(t.ctx, t.app, 'cod');
    await sql`UPDATE orders SET status = 'out_for_delivery' WHERE id = ${o.orderId}`.execute(
      t.ctx.db,
    );
    const res = await askReturn(t.app, o.buyer, o.orderId, {
      ...one(o),
      refundMsisdn: '01711000000',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('RETURN_ORDER_NOT_DELIVERED');
  });

  it('the window: open inside the shop type hours, closed after; never for a restaurant', async () => {
    const g = await deliveredOrder(t.ctx, t.app, 'bkash');
    await deliveredHoursAgo(t.ctx, g.orderId, 25); // grocery: 24 h
    const late = await askReturn(t.app, g.buyer, g.orderId, one(g));
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('RETURN_WINDOW_CLOSED');
    await deliveredHoursAgo(t.ctx, g.orderId, 23);
    expect((await askReturn(t.app, g.buyer, g.orderId, one(g))).statusCode).toBe(201);

    const food = await deliveredOrder(t.ctx, t.app, 'bkash', { type: 'restaurant' });
    const res = await askReturn(t.app, food.buyer, food.orderId, one(food));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('RETURN_WINDOW_CLOSED');
  });

  it('prescription medicines are not returned', async () => {
    const o = await deliveredOrder(t.ctx, t.app, 'bkash');
    await sql`UPDATE products SET attributes = attributes || '{"prescriptionRequired": true}'
               WHERE id = ${o.shop.productId}`.execute(t.ctx.db);
    const res = await askReturn(t.app, o.buyer, o.orderId, one(o));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('RETURN_PRESCRIPTION_ITEM');
    // The other line (not prescription-only) may still go back.
    expect((await askReturn(t.app, o.buyer, o.orderId, one(o, 1, 1))).statusCode).toBe(201);
  });

  it('cash on delivery needs a Bangladeshi bKash number, stored in E.164', async () => {
    const o = await deliveredOrder(t.ctx, t.app, 'cod');
    const missing = await askReturn(t.app, o.buyer, o.orderId, one(o));
    expect(missing.json().error.code).toBe('RETURN_MSISDN_REQUIRED');
    for (const bad of ['12345', '01211000000', '+447700900000', 'bkash']) {
      const res = await askReturn(t.app, o.buyer, o.orderId, { ...one(o), refundMsisdn: bad });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('RETURN_MSISDN_INVALID');
    }
    const ok = await askReturn(t.app, o.buyer, o.orderId, {
      ...one(o),
      refundMsisdn: '০১৭১১-০০০০০১',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      refundMethod: 'bkash_number',
      refundMsisdn: '+8801711000001',
    });
    const seller = await t.app.inject({
      url: `/api/v1/returns/${ok.json().id}`,
      headers: o.shop.seller.auth,
    });
    expect(seller.json().refundMsisdn).toBe('+88017*****01');
  });

  it('messages are localized (Bengali by default)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${d.orderId}/returns`,
      headers: d.buyer.auth,
      payload: { lines: [], reason: 'damaged' },
    });
    expect(res.json().error.message).toBe('কোন পণ্য ফেরত দেবেন তা বেছে নিন।');
  });
});

describe('steps', () => {
  let d: Delivered;
  let r: ReturnBody;
  beforeAll(async () => {
    d = await deliveredOrder(t.ctx, t.app, 'bkash');
    r = (await askReturn(t.app, d.buyer, d.orderId, one(d))).json();
  });

  it('wrong role 403, another shop 404, wrong step 409', async () => {
    const other = await createUser(t.ctx, { role: 'seller' });
    expect((await moveReturn(t.app, other, r.id, { to: 'accepted' })).statusCode).toBe(404);
    const byCustomer = await moveReturn(t.app, d.buyer, r.id, { to: 'accepted' });
    expect(byCustomer.statusCode).toBe(403);
    expect(byCustomer.json().error.code).toBe('RETURN_FORBIDDEN');
    const early = await moveReturn(t.app, d.shop.seller, r.id, { to: 'picked_up' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'RETURN_TRANSITION_NOT_ALLOWED',
      details: { from: 'requested', to: 'picked_up' },
    });
    const system = await moveReturn(t.app, admin, r.id, { to: 'refunded' });
    expect(system.statusCode).toBe(400);
    // Each role only its own steps: the seller does not cancel for the customer, the customer
    // does not check their own goods.
    expect((await moveReturn(t.app, d.shop.seller, r.id, { to: 'cancelled' })).statusCode).toBe(
      403,
    );
    expect((await moveReturn(t.app, d.buyer, r.id, { to: 'checked', lines: [] })).statusCode).toBe(
      403,
    );
    const stranger = await createUser(t.ctx);
    expect((await moveReturn(t.app, stranger, r.id, { to: 'cancelled' })).statusCode).toBe(404);
    expect((await moveReturn(t.app, d.buyer, r.id, { to: 'cancelled', extra: 1 })).statusCode).toBe(
      400,
    );
  });

  it('refusing needs a reason; a refused return frees its quantity', async () => {
    const noReason = await moveReturn(t.app, d.shop.seller, r.id, { to: 'refused', reason: '  ' });
    expect(noReason.json().error.code).toBe('RETURN_REASON_REQUIRED');
    const refused = await moveReturn(t.app, d.shop.seller, r.id, {
      to: 'refused',
      reason: 'used',
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({ status: 'refused', nextSteps: [] });
    expect(refused.json().events.at(-1)).toMatchObject({ to: 'refused', reason: 'used' });
    expect((await moveReturn(t.app, d.shop.seller, r.id, { to: 'accepted' })).statusCode).toBe(409);
    expect((await askReturn(t.app, d.buyer, d.orderId, one(d, 3))).statusCode).toBe(201);
  });

  it('the customer cancels their own requested return, not an accepted one', async () => {
    const o = await deliveredOrder(t.ctx, t.app, 'bkash');
    const a = (await askReturn(t.app, o.buyer, o.orderId, one(o))).json();
    expect((await moveReturn(t.app, o.buyer, a.id, { to: 'cancelled' })).json().status).toBe(
      'cancelled',
    );
    const b = (await askReturn(t.app, o.buyer, o.orderId, one(o))).json();
    await moveReturn(t.app, o.shop.seller, b.id, { to: 'accepted' });
    expect((await moveReturn(t.app, o.buyer, b.id, { to: 'cancelled' })).statusCode).toBe(409);
  });

  it('the check must name every line of the return once', async () => {
    const o = await deliveredOrder(t.ctx, t.app, 'bkash');
    const a: ReturnBody = (
      await askReturn(t.app, o.buyer, o.orderId, {
        lines: [
          { orderItemId: o.items[0]!.id, quantity: 1 },
          { orderItemId: o.items[1]!.id, quantity: 1 },
        ],
        reason: 'wrong_item',
      })
    ).json();
    await moveReturn(t.app, o.shop.seller, a.id, { to: 'accepted' });
    await moveReturn(t.app, o.shop.seller, a.id, { to: 'picked_up' });
    const [l1, l2] = a.lines;
    for (const lines of [
      undefined,
      [{ id: l1!.id, resellable: true }],
      [
        { id: l1!.id, resellable: true },
        { id: l1!.id, resellable: false },
      ],
      [
        { id: l1!.id, resellable: true },
        { id: 999_999, resellable: true },
      ],
    ]) {
      const res = await moveReturn(t.app, o.shop.seller, a.id, { to: 'checked', lines });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('RETURN_CHECK_LINES_INVALID');
    }
    const still = await t.app.inject({ url: `/api/v1/returns/${a.id}`, headers: o.buyer.auth });
    expect(still.json()).toMatchObject({ status: 'picked_up', refund: null });
    const ok = await moveReturn(t.app, o.shop.seller, a.id, {
      to: 'checked',
      lines: [
        { id: l2!.id, resellable: false },
        { id: l1!.id, resellable: true },
      ],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('refunded');
    // Only the resellable unit went back to stock.
    const stock = await t.ctx.db
      .selectFrom('product_variants')
      .select(['id', 'on_hand'])
      .where('id', 'in', [o.items[0]!.variantId, o.items[1]!.variantId])
      .execute();
    const on = (v: string) => stock.find((s) => s.id === v)!.on_hand;
    expect(on(o.items[0]!.variantId)).toBe(10_000 - 3 + 1);
    expect(on(o.items[1]!.variantId)).toBe(1000 - 2);
  });
});
