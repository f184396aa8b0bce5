import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createProduct, insertShop } from '../catalog/test-support.ts';
import type { OrderStatus } from '../orders/index.ts';
import { insertOrder } from '../reviews/test-support.ts';
import { suggestedCampaigns } from './campaigns.service.ts';

let t: TestApp;
let seller: TestUser;
let otherSeller: TestUser;
let customer: TestUser;
let shopId: string;

beforeAll(async () => {
  t = await createTestApp();
  seller = await createUser(t.ctx, { role: 'seller' });
  otherSeller = await createUser(t.ctx, { role: 'seller' });
  customer = await createUser(t.ctx);
  shopId = await insertShop(t.ctx, seller.id);
});
afterAll(async () => {
  await t.close();
});

async function category(nameEn: string, nameBn: string) {
  const row = await t.ctx.db
    .insertInto('categories')
    .values({
      slug: `c-${randomUUID().slice(0, 8)}`,
      name_en: nameEn,
      name_bn: nameBn,
      parent_id: null,
      icon: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A product of `categoryId` in `shop` sold `lines` times on `at` in orders of `status`. */
async function sold(
  shop: string,
  owner: TestUser,
  categoryId: string,
  at: string,
  lines = 1,
  status: OrderStatus = 'delivered',
) {
  const p = await createProduct(t.app, owner.auth, shop);
  await t.ctx.db
    .updateTable('products')
    .set({ category_id: categoryId })
    .where('id', '=', p.id)
    .execute();
  for (let i = 0; i < lines; i++) {
    const { orderId } = await insertOrder(
      t.ctx,
      customer.id,
      shop,
      { id: p.id, variantId: p.variants[0]!.id },
      status,
    );
    await t.ctx.db
      .updateTable('orders')
      .set({ created_at: new Date(at) })
      .where('id', '=', orderId)
      .execute();
  }
}

// 1 March 2026, Dhaka noon: Ramadan is under way, Eid-ul-Fitr 2026 is three weeks ahead.
const NOW = new Date('2026-03-01T06:00:00Z');

describe('suggested festival campaigns', () => {
  it('picks the categories the shop sold most in the weeks before the last Eid', async () => {
    const semai = await category('Vermicelli', 'সেমাই');
    const sugar = await category('Sugar', 'চিনি');
    const rice = await category('Rice', 'চাল');
    const toys = await category('Toys', 'খেলনা');
    // Eid-ul-Fitr 2025 was on 31 March: the window is 10–31 March 2025.
    await sold(shopId, seller, semai, '2025-03-25T08:00:00Z', 3);
    await sold(shopId, seller, sugar, '2025-03-12T08:00:00Z', 2);
    await sold(shopId, seller, rice, '2025-01-05T08:00:00Z', 5); // long before: not counted
    await sold(shopId, seller, toys, '2025-03-20T08:00:00Z', 6, 'cancelled'); // not a sale
    // Another shop's sales are not this shop's.
    const otherShop = await insertShop(t.ctx, otherSeller.id);
    await sold(otherShop, otherSeller, rice, '2025-03-25T08:00:00Z', 4);

    const { items } = await suggestedCampaigns(t.ctx.db, seller, shopId, 60, NOW);
    const eid = items.find((i) => i.festival.key === 'eid_ul_fitr')!;
    expect(eid.basedOn).toEqual({ year: 2025, from: '2025-03-10', to: '2025-03-31' });
    expect(eid.topCategories.map((c) => c.nameEn)).toEqual(['Vermicelli', 'Sugar']);
    expect(eid.topCategories[0]).toMatchObject({
      salesPoisha: 3 * 8500,
      units: 3,
      nameBn: 'সেমাই',
    });
    expect(eid.coupon).toEqual({
      code: 'EIDFITR26',
      kind: 'percent',
      value: 1500,
      minBag: 50_000,
      maxDiscount: 30_000,
      // Seven days ending with the Eid day (21 March 2026), Dhaka midnights.
      startsAt: '2026-03-14T18:00:00.000Z',
      endsAt: '2026-03-21T18:00:00.000Z',
    });
    expect(eid.banner.en).toBe('Eid-ul-Fitr offer: 15% off — Vermicelli, Sugar');
    expect(eid.banner.bn).toContain('সেমাই');
    // Ramadan (under way since 19 February) gets the rest of the month, from today.
    expect(items.find((i) => i.festival.key === 'ramadan')!.coupon).toMatchObject({
      code: 'RAMADAN26',
      startsAt: '2026-02-28T18:00:00.000Z',
      endsAt: '2026-03-20T18:00:00.000Z',
    });
    // A grocery gets no iftar offer; festivals without a campaign are not offered.
    expect(items.find((i) => i.festival.key === 'ramadan')!.iftarOffer).toBeNull();
    expect(items.some((i) => i.festival.key === 'ekushey')).toBe(false);
    expect(items.map((i) => i.festival.key)).toEqual(
      expect.arrayContaining(['ramadan', 'eid_ul_fitr', 'independence_day', 'pohela_boishakh']),
    );
  });

  it("posts as it is to the shop's coupons: the suggestion is a coupon the API takes", async () => {
    const shopId = await insertShop(t.ctx, seller.id);
    const { items } = await suggestedCampaigns(t.ctx.db, seller, shopId, 60, new Date());
    expect(items.length).toBeGreaterThan(0);
    const made = await t.app.inject({
      method: 'POST',
      url: `/api/v1/shops/${shopId}/coupons`,
      headers: seller.auth,
      payload: items[0]!.coupon,
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      code: items[0]!.coupon.code,
      kind: 'percent',
      value: items[0]!.coupon.value,
      minBag: 500_00,
      maxDiscount: 300_00,
    });
  });

  it('gives a restaurant an iftar-time offer in Ramadan', async () => {
    const restaurant = await insertShop(t.ctx, seller.id);
    await t.ctx.db
      .updateTable('shops')
      .set({ type: 'restaurant' })
      .where('id', '=', restaurant)
      .execute();
    const { items } = await suggestedCampaigns(t.ctx.db, seller, restaurant, 30, NOW);
    const ramadan = items.find((i) => i.festival.key === 'ramadan')!;
    expect(ramadan.iftarOffer).toMatchObject({ minutesBefore: 60, minutesAfter: 30 });
    expect(ramadan.iftarOffer!.firstDayIftar).toMatch(/^1[78]:\d\d$/);
    expect(ramadan.topCategories).toEqual([]);
    // Its coupon runs the rest of Ramadan, from today, only around iftar each day.
    expect(ramadan.iftarOffer!.coupon).toEqual({
      code: 'IFTAR26',
      kind: 'percent',
      value: 1500,
      minBag: 30_000,
      maxDiscount: 15_000,
      startsAt: '2026-02-28T18:00:00.000Z',
      endsAt: '2026-03-20T18:00:00.000Z',
      timeWindow: 'iftar',
    });
  });

  it("posts the restaurant's iftar coupon as it is: an iftar-time coupon the API takes", async () => {
    const restaurant = await insertShop(t.ctx, seller.id);
    await t.ctx.db
      .updateTable('shops')
      .set({ type: 'restaurant' })
      .where('id', '=', restaurant)
      .execute();
    const { items } = await suggestedCampaigns(t.ctx.db, seller, restaurant, 30, NOW);
    const spec = items.find((i) => i.festival.key === 'ramadan')!.iftarOffer!.coupon;
    const made = await t.app.inject({
      method: 'POST',
      url: `/api/v1/shops/${restaurant}/coupons`,
      headers: seller.auth,
      payload: spec,
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      code: spec.code,
      kind: 'percent',
      value: 1500,
      startsAt: spec.startsAt,
      endsAt: spec.endsAt,
      timeWindow: 'iftar',
    });
  });

  it('is the owner’s (or an admin’s) to see', async () => {
    const url = `/api/v1/shops/${shopId}/festival-campaigns?days=366`;
    const own = await t.app.inject({ method: 'GET', url, headers: seller.auth });
    expect(own.statusCode).toBe(200);
    expect(Array.isArray(own.json().items)).toBe(true);
    const other = await t.app.inject({ method: 'GET', url, headers: otherSeller.auth });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('SHOP_NOT_FOUND');
    const asCustomer = await t.app.inject({ method: 'GET', url, headers: customer.auth });
    expect(asCustomer.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'GET',
      url: `${url.split('?')[0]}?days=0`,
      headers: seller.auth,
    });
    expect(bad.statusCode).toBe(400);
  });
});
