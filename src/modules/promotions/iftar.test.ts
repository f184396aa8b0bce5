import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { dhakaMinuteOfDay, hhmm, iftarOn } from '../festivals/index.ts';
import {
  checkoutWith,
  coupon,
  newCode,
  postCoupon,
  promoShop,
  quote,
  shopper,
  type PromoShop,
} from './test-support.ts';
import { iftarWindowAt, timeWindowProblem } from './time-window.ts';

/**
 * Where today's iftar is, for the requests below: the tests put it relative to the real clock
 * (10 minutes from now: inside the window; 3 hours from now: outside), so they hold at any time
 * of day. Unset: the computed Dhaka sunset.
 */
const iftar = vi.hoisted(() => ({ at: null as Date | null }));
vi.mock('../festivals/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../festivals/index.ts')>();
  return {
    ...real,
    iftarOn: (date: string) => {
      const at = iftar.at;
      if (!at) return real.iftarOn(date);
      return { date, time: real.hhmm(real.dhakaMinuteOfDay(at)), at: at.toISOString() };
    },
  };
});

const MINUTE = 60_000;
const iftarIn = (minutes: number) => {
  iftar.at = new Date(Date.now() + minutes * MINUTE);
  return iftar.at;
};
const clock = (d: Date) => hhmm(dhakaMinuteOfDay(d));
/** Coupon dates well around now, so only the time of day decides. */
const days = () => ({
  startsAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
});

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
});
afterEach(() => {
  iftar.at = null;
});
afterAll(() => t.close());

describe('the iftar window', () => {
  // 1 March 2026 in Dhaka: iftar (computed sunset) is around 18:00.
  const day = iftarOn('2026-03-01');
  const at = new Date(day.at);
  const c = { code: 'IFTAR26', time_window: 'iftar' as const };

  it('opens an hour before iftar and closes half an hour after it (the end excluded)', () => {
    expect(timeWindowProblem(c, new Date(at.getTime() - 60 * MINUTE))).toBeNull();
    expect(timeWindowProblem(c, at)).toBeNull();
    expect(timeWindowProblem(c, new Date(at.getTime() + 30 * MINUTE - 1))).toBeNull();
    const early = timeWindowProblem(c, new Date(at.getTime() - 60 * MINUTE - 1));
    const late = timeWindowProblem(c, new Date(at.getTime() + 30 * MINUTE));
    const window = {
      code: 'IFTAR26',
      from: clock(new Date(at.getTime() - 60 * MINUTE)),
      to: clock(new Date(at.getTime() + 30 * MINUTE)),
    };
    expect(early).toEqual({ code: 'COUPON_OUTSIDE_IFTAR_WINDOW', details: window });
    expect(late).toEqual({ code: 'COUPON_OUTSIDE_IFTAR_WINDOW', details: window });
    expect(window.from).toMatch(/^1[67]:\d\d$/);
    expect(window.to).toMatch(/^18:\d\d$/);
  });

  it('is the window of the Dhaka day it is asked on; a coupon without one is never outside', () => {
    // 2 March 2026, 01:00 Dhaka (19:00 UTC on 1 March): that day's window, not the day before's.
    const night = new Date('2026-03-01T19:00:00Z');
    const w = iftarWindowAt(night);
    expect(w.open).toBe(false);
    expect(w.from.getTime()).toBe(Date.parse(iftarOn('2026-03-02').at) - 60 * MINUTE);
    expect(timeWindowProblem({ code: 'ANY', time_window: null }, night)).toBeNull();
  });
});

describe('an iftar coupon at the quote and the checkout', () => {
  let shop: PromoShop;
  beforeAll(async () => {
    shop = await promoShop(t.ctx, t.app);
  });

  it('applies inside the window', async () => {
    const code = await coupon(t.app, shop.seller, shop.shopId, {
      ...days(),
      kind: 'percent',
      value: 1500,
      timeWindow: 'iftar',
    });
    const b = await shopper(t.ctx, t.app, shop);
    iftarIn(10);
    const q = (await quote(t.app, b, { couponCode: code })).json();
    expect(q.coupon).toMatchObject({ applied: true, discount: 7_500, problem: null });
    expect(q.canPlace).toBe(true);
    const res = await checkoutWith(t.app, b, { couponCode: code });
    expect(res.statusCode, res.body).toBe(201);
    const c = await t.ctx.db
      .selectFrom('coupons')
      .select('used')
      .where('code', '=', code)
      .where('shop_id', '=', shop.shopId)
      .executeTakeFirstOrThrow();
    expect(c.used).toBe(1);
  });

  it('is refused outside it, naming the window, and the checkout writes nothing', async () => {
    const code = await coupon(t.app, shop.seller, shop.shopId, {
      ...days(),
      timeWindow: 'iftar',
    });
    const b = await shopper(t.ctx, t.app, shop);
    const at = iftarIn(180);
    const from = clock(new Date(at.getTime() - 60 * MINUTE));
    const to = clock(new Date(at.getTime() + 30 * MINUTE));

    const q = (await quote(t.app, b, { couponCode: code })).json();
    expect(q.coupon).toMatchObject({ applied: false, discount: 0 });
    expect(q.coupon.problem.code).toBe('COUPON_OUTSIDE_IFTAR_WINDOW');
    expect(q.coupon.problem.message).toContain(`${from} to ${to}`);
    expect(q.canPlace).toBe(false);
    const bn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/checkout/quote',
      headers: { ...b.auth, 'accept-language': 'bn' },
      payload: { addressId: b.addressId, payment: 'cod', couponCode: code },
    });
    expect(bn.json().coupon.problem.message).toContain(`${from}–${to}`);
    expect(bn.json().coupon.problem.message).toContain('ইফতার');

    const res = await checkoutWith(t.app, b, { couponCode: code });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'COUPON_OUTSIDE_IFTAR_WINDOW',
      details: { code, from, to },
    });
    const orders = await t.ctx.db
      .selectFrom('orders')
      .select('id')
      .where('customer_id', '=', b.id)
      .execute();
    expect(orders).toEqual([]);
    const c = await t.ctx.db
      .selectFrom('coupons')
      .select(['id', 'used'])
      .where('code', '=', code)
      .where('shop_id', '=', shop.shopId)
      .executeTakeFirstOrThrow();
    expect(c.used).toBe(0);
    const redemptions = await t.ctx.db
      .selectFrom('coupon_redemptions')
      .select('id')
      .where('coupon_id', '=', c.id)
      .execute();
    expect(redemptions).toEqual([]);
    const bag = await t.ctx.db
      .selectFrom('cart_items')
      .select('variant_id')
      .where('customer_id', '=', b.id)
      .execute();
    expect(bag).toHaveLength(1);

    // Without the code the same bag is placed; the coupon just does not apply.
    expect((await checkoutWith(t.app, b)).statusCode).toBe(201);
  });

  it('keeps its dates: inside the iftar window but not started yet is not active', async () => {
    const code = await coupon(t.app, shop.seller, shop.shopId, {
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      timeWindow: 'iftar',
    });
    const b = await shopper(t.ctx, t.app, shop);
    iftarIn(10);
    const res = await checkoutWith(t.app, b, { couponCode: code });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('COUPON_NOT_ACTIVE');
  });

  it('a platform iftar coupon is refused outside the window too', async () => {
    const code = await coupon(t.app, admin, null, { ...days(), timeWindow: 'iftar' });
    const b = await shopper(t.ctx, t.app, shop);
    iftarIn(-120);
    const res = await checkoutWith(t.app, b, { couponCode: code });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('COUPON_OUTSIDE_IFTAR_WINDOW');
    iftarIn(20);
    expect((await checkoutWith(t.app, b, { couponCode: code })).statusCode).toBe(201);
  });
});

describe('making and editing an iftar coupon', () => {
  it('is shown on the coupon; editing sets and clears it; a bad value is refused', async () => {
    const shop = await promoShop(t.ctx, t.app);
    const plain = await postCoupon(t.app, shop.seller, shop.shopId, {
      code: newCode(),
      kind: 'fixed',
      value: 100,
    });
    expect(plain.statusCode).toBe(201);
    expect(plain.json().timeWindow).toBeNull();
    const made = await postCoupon(t.app, shop.seller, shop.shopId, {
      code: newCode('IFTAR'),
      kind: 'fixed',
      value: 100,
      timeWindow: 'iftar',
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().timeWindow).toBe('iftar');

    const url = `/api/v1/shops/${shop.shopId}/coupons/${plain.json().id}`;
    const patch = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'PATCH', url, headers: shop.seller.auth, payload });
    const set = await patch({ timeWindow: 'iftar' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ timeWindow: 'iftar', value: 100 });
    // Another edit leaves it as it is.
    expect((await patch({ maxUses: 3 })).json().timeWindow).toBe('iftar');
    const cleared = await patch({ timeWindow: null });
    expect(cleared.json().timeWindow).toBeNull();

    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/shops/${shop.shopId}/coupons`,
      headers: shop.seller.auth,
    });
    const byId = new Map(
      list.json().items.map((c: { id: string; timeWindow: string | null }) => [c.id, c.timeWindow]),
    );
    expect(byId.get(made.json().id)).toBe('iftar');
    expect(byId.get(plain.json().id)).toBeNull();

    for (const bad of ['sehri', 'IFTAR', 1, true]) {
      const res = await postCoupon(t.app, shop.seller, shop.shopId, {
        code: newCode(),
        kind: 'fixed',
        value: 100,
        timeWindow: bad,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      const edit = await patch({ timeWindow: bad });
      expect(edit.statusCode).toBe(400);
      expect(edit.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await patch({})).json().timeWindow).toBeNull();
  });

  it("an admin's platform coupon may be an iftar coupon", async () => {
    const res = await postCoupon(t.app, admin, null, {
      code: newCode('IFTAR'),
      kind: 'percent',
      value: 1000,
      timeWindow: 'iftar',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ shopId: null, fundedBy: 'platform', timeWindow: 'iftar' });
  });
});
