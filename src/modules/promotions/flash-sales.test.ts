import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser } from '../../../test/helpers/factories.ts';
import { addToCart } from '../../../test/helpers/shopping.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  checkoutWith,
  hourAgo,
  inADay,
  orderRow,
  promoShop,
  quote,
  shopper,
  type PromoShop,
} from './test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ DATABASE_POOL_MAX: '20' });
});
afterAll(() => t.close());

function postSale(
  app: HttpApp,
  user: { auth: Record<string, string> },
  shopId: string,
  body: Record<string, unknown>,
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/shops/${shopId}/flash-sales`,
    headers: { ...user.auth, 'accept-language': 'en' },
    payload: { startsAt: hourAgo(), endsAt: inADay(), ...body },
  });
}

async function flashSale(shop: PromoShop, body: Record<string, unknown>) {
  const res = await postSale(t.app, shop.seller, shop.shopId, {
    variantId: shop.variantId,
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(`flash sale: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; sold: number };
}

async function line(orderId: string) {
  return t.ctx.db
    .selectFrom('order_items')
    .select(['unit_price', 'list_price', 'flash_sale_id', 'quantity'])
    .where('order_id', '=', orderId)
    .executeTakeFirstOrThrow();
}

const soldOf = async (id: string) =>
  (
    await t.ctx.db
      .selectFrom('flash_sales')
      .select('sold')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).sold;

describe('flash sales', () => {
  it('a scheduled price with a per-customer limit: the quote, the order line, the countdown', async () => {
    const shop = await promoShop(t.ctx, t.app, { price: 50_000 });
    const sale = await flashSale(shop, { price: 40_000, stockCap: 10, perCustomer: 2 });
    const publicView = await t.app.inject({
      method: 'GET',
      url: `/api/v1/products/${shop.productId}/flash-sales`,
    });
    expect(publicView.statusCode).toBe(200);
    expect(publicView.json().items[0]).toMatchObject({
      id: sale.id,
      price: 40_000,
      listPrice: 50_000,
    });
    expect(Date.parse(publicView.json().items[0].endsAt)).toBeGreaterThan(Date.now());

    const b = await shopper(t.ctx, t.app, shop, 2);
    const q = (await quote(t.app, b)).json();
    const s = q.shops[0];
    expect(s.subtotal).toBe(80_000);
    expect(s.items[0].unitPrice).toBe(40_000);
    expect(s.promotions.flashSales[0]).toMatchObject({
      applied: true,
      price: 40_000,
      listPrice: 50_000,
      maxQuantity: 2,
    });
    const res = await checkoutWith(t.app, b, { expectedTotal: q.total });
    expect(res.statusCode).toBe(201);
    const orderId = res.json().orders[0].id;
    expect(await line(orderId)).toMatchObject({
      unit_price: 40_000,
      list_price: 50_000,
      flash_sale_id: sale.id,
    });
    expect((await orderRow(t.ctx, orderId)).subtotal).toBe(80_000);
    expect(await soldOf(sale.id)).toBe(2);

    // The same customer has used their two: the regular price now, and why.
    await addToCart(t.app, b, shop.variantId, 1);
    const again = (await quote(t.app, b)).json();
    expect(again.shops[0].promotions.flashSales[0]).toMatchObject({
      applied: false,
      maxQuantity: 0,
    });
    expect(again.shops[0].subtotal).toBe(50_000);
    const regular = await checkoutWith(t.app, b);
    expect(await line(regular.json().orders[0].id)).toMatchObject({
      unit_price: 50_000,
      list_price: null,
      flash_sale_id: null,
    });
    expect(await soldOf(sale.id)).toBe(2);
  });

  it('a stock cap: more than is left pays the regular price', async () => {
    const shop = await promoShop(t.ctx, t.app, { price: 50_000 });
    const sale = await flashSale(shop, { price: 30_000, stockCap: 3, perCustomer: 3 });
    const first = await shopper(t.ctx, t.app, shop, 2);
    expect((await checkoutWith(t.app, first)).statusCode).toBe(201);
    const second = await shopper(t.ctx, t.app, shop, 2);
    const q = (await quote(t.app, second)).json();
    expect(q.shops[0].promotions.flashSales[0]).toMatchObject({ applied: false, maxQuantity: 1 });
    expect(q.shops[0].subtotal).toBe(100_000);
    expect(await soldOf(sale.id)).toBe(2);
  });

  it('concurrent buyers never pass the cap: exactly the cap is sold at the flash price', async () => {
    const shop = await promoShop(t.ctx, t.app, { price: 50_000 });
    const sale = await flashSale(shop, { price: 25_000, stockCap: 5, perCustomer: 1 });
    const buyers = await Promise.all(Array.from({ length: 30 }, () => shopper(t.ctx, t.app, shop)));
    const results = await Promise.all(buyers.map((b) => checkoutWith(t.app, b)));
    const placed = results.filter((r) => r.statusCode === 201);
    const flashOrders = placed.filter((r) => r.json().orders[0].subtotal === 25_000);
    expect(flashOrders).toHaveLength(5);
    for (const r of results.filter((x) => x.statusCode !== 201)) {
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe('FLASH_SALE_SOLD_OUT');
    }
    // Whoever was refused sees the regular price next time.
    expect(await soldOf(sale.id)).toBe(5);
    const purchases = await t.ctx.db
      .selectFrom('flash_sale_purchases')
      .select((eb) => eb.fn.sum<string>('quantity').as('n'))
      .where('flash_sale_id', '=', sale.id)
      .executeTakeFirstOrThrow();
    expect(Number(purchases.n)).toBe(5);
  }, 120_000);

  it('refuses overlaps, a price not below the regular one, another shop’s item; access', async () => {
    const shop = await promoShop(t.ctx, t.app, { price: 50_000 });
    const other = await promoShop(t.ctx, t.app);
    const made = await flashSale(shop, { price: 40_000, stockCap: 5, perCustomer: 1 });
    const overlap = await postSale(t.app, shop.seller, shop.shopId, {
      variantId: shop.variantId,
      price: 35_000,
      stockCap: 5,
      perCustomer: 1,
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.code).toBe('FLASH_SALE_OVERLAP');
    const dear = await postSale(t.app, shop.seller, shop.shopId, {
      variantId: shop.variantId,
      price: 50_000,
      stockCap: 5,
      perCustomer: 1,
      startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    });
    expect(dear.statusCode).toBe(422);
    expect(dear.json().error.code).toBe('PROMOTION_INVALID');
    const foreignItem = await postSale(t.app, shop.seller, shop.shopId, {
      variantId: other.variantId,
      price: 100,
      stockCap: 5,
      perCustomer: 1,
    });
    expect(foreignItem.json().error.code).toBe('PROMOTION_INVALID');
    const customer = await createUser(t.ctx);
    const body = { variantId: shop.variantId, price: 100, stockCap: 1, perCustomer: 1 };
    expect((await postSale(t.app, other.seller, shop.shopId, body)).statusCode).toBe(404);
    expect((await postSale(t.app, customer, shop.shopId, body)).statusCode).toBe(403);

    // Edit, list and switch off; then a new sale may take the time.
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/shops/${shop.shopId}/flash-sales/${made.id}`,
      headers: shop.seller.auth,
      payload: { stockCap: 8 },
    });
    expect(edit.json()).toMatchObject({ stockCap: 8, price: 40_000 });
    const foreignEdit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/shops/${other.shopId}/flash-sales/${made.id}`,
      headers: other.seller.auth,
      payload: { stockCap: 1 },
    });
    expect(foreignEdit.statusCode).toBe(404);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/shops/${shop.shopId}/flash-sales`,
      headers: shop.seller.auth,
    });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([made.id]);
    const off = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/shops/${shop.shopId}/flash-sales/${made.id}`,
      headers: shop.seller.auth,
    });
    expect(off.json().active).toBe(false);
    expect(
      (
        await postSale(t.app, shop.seller, shop.shopId, {
          variantId: shop.variantId,
          price: 35_000,
          stockCap: 5,
          perCustomer: 1,
        })
      ).statusCode,
    ).toBe(201);
  });
});

describe('free delivery over a threshold', () => {
  it('waives the delivery charge once the goods reach the shop’s threshold', async () => {
    const shop = await promoShop(t.ctx, t.app, { price: 50_000 });
    const tiers = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/shops/${shop.shopId}/delivery-settings`,
      headers: shop.seller.auth,
      payload: {
        ownDelivery: true,
        tiers: [{ upToM: 3000, chargePoisha: 4_000 }],
        courier: false,
        cod: true,
        codChargeBp: 100,
      },
    });
    expect(tiers.statusCode).toBe(200);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/shops/${shop.shopId}/free-delivery`,
      headers: shop.seller.auth,
      payload: { minSubtotal: 60_000 },
    });
    expect(put.json()).toEqual({ minSubtotal: 60_000 });
    const b = await shopper(t.ctx, t.app, shop, 1);
    const under = (await quote(t.app, b)).json().shops[0];
    expect(under.promotions).toMatchObject({ deliveryDiscount: 0, freeDeliveryFrom: 60_000 });
    await addToCart(t.app, b, shop.variantId, 2);
    const over = (await quote(t.app, b)).json().shops[0];
    expect(over.delivery.chargePoisha).toBe(4_000);
    expect(over.promotions.deliveryDiscount).toBe(over.delivery.chargePoisha);
    expect(over.total).toBe(over.subtotal + over.cod.chargePoisha);
    const res = await checkoutWith(t.app, b);
    expect(res.statusCode).toBe(201);
    expect(await orderRow(t.ctx, res.json().orders[0].id)).toMatchObject({
      delivery_discount: over.delivery.chargePoisha,
      total: over.total,
    });
    const stranger = await createUser(t.ctx, { role: 'seller' });
    const foreign = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/shops/${shop.shopId}/free-delivery`,
      headers: stranger.auth,
      payload: { minSubtotal: 1 },
    });
    expect(foreign.statusCode).toBe(404);
  });
});
