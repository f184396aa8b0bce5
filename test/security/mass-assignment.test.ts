import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../src/modules/catalog/test-support.ts';
import { insertOrder } from '../../src/modules/reviews/test-support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { addToCart, buyer, checkout } from '../helpers/shopping.ts';
import { approveInDb, createShop, shopBody } from '../helpers/shops.ts';

/**
 * OWASP API3 (broken object property level authorization: mass assignment). Bodies carry fields a
 * caller must not set — status, owner, stock, prices, totals, visibility. Each is refused or
 * ignored, and the stored row proves it. (Role on register and PATCH /me: see
 * src/modules/identity/identity.auth.test.ts "never takes the role from a request body".)
 */

let t: TestApp;
let seller: TestUser, otherSeller: TestUser, customer: TestUser;
let shopId: string;
let product: { id: string; variantId: string };

beforeAll(async () => {
  t = await createTestApp();
  [seller, otherSeller, customer] = await Promise.all([
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx),
  ]);
  shopId = (await createShop(t, seller)).id;
  await approveInDb(t, shopId);
  const p = await createProduct(t.app, seller.auth, shopId, {
    variants: [{ sku: `M-${randomUUID().slice(0, 8)}`, price: 10_000, initialStock: 5 }],
  });
  product = { id: p.id, variantId: p.variants[0]!.id };
});
afterAll(() => t?.close());

const call = (user: TestUser, method: string, url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: method as 'POST', url: `/api/v1${url}`, headers: user.auth, payload });

const variant = () =>
  t.ctx.db
    .selectFrom('product_variants')
    .select(['price', 'on_hand'])
    .where('id', '=', product.variantId)
    .executeTakeFirstOrThrow();

describe('mass assignment', () => {
  it('shop create with status "approved" and another owner: stored pending, owned by the caller', async () => {
    const res = await call(seller, 'POST', '/shops', {
      ...shopBody(),
      status: 'approved',
      ownerId: otherSeller.id,
      owner_id: otherSeller.id,
      approvedAt: new Date().toISOString(),
    });
    expect([201, 400]).toContain(res.statusCode);
    if (res.statusCode !== 201) return;
    const row = await t.ctx.db
      .selectFrom('shops')
      .select(['status', 'owner_id', 'approved_at'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'pending', owner_id: seller.id, approved_at: null });
  });

  it('shop update cannot approve, suspend or hand over the shop', async () => {
    const pending = (await createShop(t, seller, { nameEn: 'Still pending' })).id;
    await call(seller, 'PATCH', `/shops/${pending}`, {
      status: 'approved',
      ownerId: otherSeller.id,
      nameEn: 'Renamed',
    });
    const row = await t.ctx.db
      .selectFrom('shops')
      .select(['status', 'owner_id'])
      .where('id', '=', pending)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'pending', owner_id: seller.id });
  });

  it('product update cannot set stock (only the ledger moves it) or move the product to another shop', async () => {
    const otherShop = (await createShop(t, otherSeller, { nameEn: 'Other' })).id;
    await call(seller, 'PATCH', `/products/${product.id}`, {
      shopId: otherShop,
      onHand: 1_000_000,
      ratingAverage: 5,
    });
    await call(seller, 'PATCH', `/products/${product.id}/variants/${product.variantId}`, {
      onHand: 1_000_000,
      initialStock: 1_000_000,
    });
    const row = await t.ctx.db
      .selectFrom('products')
      .select('shop_id')
      .where('id', '=', product.id)
      .executeTakeFirstOrThrow();
    expect(row.shop_id).toBe(shopId);
    expect((await variant()).on_hand).toBe(5);
  });

  it('cart add with a price and a total: the bag shows the catalog price', async () => {
    const res = await call(customer, 'POST', '/cart/items', {
      variantId: product.variantId,
      quantity: 1,
      price: 1,
      unitPrice: 1,
      lineTotal: 1,
    });
    expect(res.statusCode).toBeLessThan(300);
    const cart = await call(customer, 'GET', '/cart');
    const line = (
      cart.json().items as { variantId: string; unitPrice: number; lineTotal: number }[]
    ).find((i) => i.variantId === product.variantId);
    expect(line).toMatchObject({ unitPrice: 10_000, lineTotal: 10_000 });
    const stored = await t.ctx.db
      .selectFrom('cart_items')
      .select('price_seen')
      .where('customer_id', '=', customer.id)
      .executeTakeFirstOrThrow();
    expect(Number(stored.price_seen)).toBe(10_000);
  });

  it('checkout with a total, delivery charge and status of its own: server totals, normal status', async () => {
    const b = await buyer(t.ctx, t.app, shopId);
    await addToCart(t.app, b, product.variantId);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/checkout',
      headers: { ...b.auth, 'idempotency-key': randomUUID() },
      payload: {
        addressId: b.addressId,
        payment: 'cod',
        total: 1,
        subtotal: 1,
        deliveryCharge: 0,
        status: 'delivered',
        customerId: otherSeller.id,
      },
    });
    expect([201, 400]).toContain(res.statusCode);
    if (res.statusCode !== 201) return;
    const order = await t.ctx.db
      .selectFrom('orders')
      .select(['status', 'subtotal', 'total', 'customer_id'])
      .where('checkout_id', '=', res.json().checkoutId)
      .executeTakeFirstOrThrow();
    expect(order.status).toBe('placed');
    expect(order.customer_id).toBe(b.id);
    expect(Number(order.subtotal)).toBe(10_000);
    expect(Number(order.total)).toBeGreaterThanOrEqual(10_000);
  });

  it('review create cannot set its visibility, its author or the reply', async () => {
    const { itemId } = await insertOrder(t.ctx, customer.id, shopId, product, 'delivered');
    const res = await call(customer, 'POST', '/reviews', {
      orderItemId: itemId,
      rating: 1,
      text: 'ok',
      hidden: true,
      hiddenReason: 'x',
      customerId: otherSeller.id,
      replyText: 'forged reply',
    });
    expect([201, 400]).toContain(res.statusCode);
    if (res.statusCode !== 201) return;
    const row = await t.ctx.db
      .selectFrom('reviews')
      .select(['customer_id', 'reply_text', 'hidden_at'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ customer_id: customer.id, reply_text: null, hidden_at: null });
  });

  it('a seller cannot raise a price on an order already placed (orders keep their own prices)', async () => {
    // A product of this test's own, so the price change reaches no other test.
    const p = await createProduct(t.app, seller.auth, shopId, {
      variants: [{ sku: `P-${randomUUID().slice(0, 8)}`, price: 10_000, initialStock: 5 }],
    });
    const variantId = p.variants[0]!.id as string;
    const b = await buyer(t.ctx, t.app, shopId);
    await addToCart(t.app, b, variantId);
    expect((await checkout(t.app, b)).statusCode).toBe(201);
    const itemPrices = async () =>
      (
        await t.ctx.db
          .selectFrom('order_items')
          .select(['unit_price'])
          .innerJoin('orders', 'orders.id', 'order_items.order_id')
          .where('orders.customer_id', '=', b.id)
          .execute()
      ).map((i) => Number(i.unit_price));
    const before = await itemPrices();
    expect(before).toEqual([10_000]);
    await call(seller, 'PATCH', `/products/${p.id}/variants/${variantId}`, { price: 99_999 });
    expect(await itemPrices()).toEqual(before);
    const stored = await t.ctx.db
      .selectFrom('product_variants')
      .select('price')
      .where('id', '=', variantId)
      .executeTakeFirstOrThrow();
    expect(stored.price).toBe(99_999);
  });

  it('a suspended shop’s seller cannot lift the suspension or unhide a product through the edit routes', async () => {
    const own = await createShop(t, seller);
    await approveInDb(t, own.id);
    const admin = await createUser(t.ctx, { role: 'admin' });
    const hidden = await createProduct(t.app, seller.auth, own.id);
    expect(
      (await call(admin, 'POST', `/admin/products/${hidden.id}/hide`, { reason: 'fake' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await call(admin, 'POST', `/admin/shops/${own.id}/suspend`, { reason: 'complaints' }))
        .statusCode,
    ).toBe(200);

    const shopPatch = await call(seller, 'PATCH', `/shops/${own.id}`, {
      status: 'approved',
      suspensionReason: null,
      suspendedAt: null,
    });
    expect(shopPatch.statusCode).toBe(400);
    const productPatch = await call(seller, 'PATCH', `/products/${hidden.id}`, {
      hidden: false,
      hiddenReason: null,
      hidden_at: null,
    });
    expect([200, 400]).toContain(productPatch.statusCode);
    const shop = await t.ctx.db
      .selectFrom('shops')
      .select(['status', 'suspension_reason'])
      .where('id', '=', own.id)
      .executeTakeFirstOrThrow();
    expect(shop).toEqual({ status: 'suspended', suspension_reason: 'complaints' });
    const row = await t.ctx.db
      .selectFrom('products')
      .select(['hidden_at', 'hidden_reason'])
      .where('id', '=', hidden.id)
      .executeTakeFirstOrThrow();
    expect(row.hidden_at).toBeInstanceOf(Date);
    expect(row.hidden_reason).toBe('fake');
  });
});
