import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import type { AppContext } from '../../platform/context.ts';
import { createProduct, insertShop } from '../catalog/test-support.ts';
import type { OrderStatus } from '../orders/index.ts';

/**
 * Inserts an order with one item straight into the database (the orders module owns the real
 * checkout flow): what the review rules need is an item, its order's customer and status.
 */
export async function insertOrder(
  ctx: AppContext,
  customerId: string,
  shopId: string,
  product: { id: string; variantId: string },
  status: OrderStatus,
) {
  const checkout = await ctx.db
    .insertInto('checkouts')
    .values({ customer_id: customerId, idempotency_key: randomUUID(), request_hash: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = await ctx.db
    .insertInto('orders')
    .values({
      number: `HT-TEST-${randomUUID().slice(0, 12)}`,
      checkout_id: checkout.id,
      customer_id: customerId,
      shop_id: shopId,
      status,
      payment_method: 'cod',
      delivery_method: 'own',
      delivery_zone: null,
      distance_m: 1000,
      weight_grams: 1000,
      subtotal: 8500,
      delivery_charge: 0,
      cod_charge: 0,
      total: 8500,
      address: JSON.stringify({
        label: 'Home',
        recipientName: 'Test',
        phone: '+8801711000000',
        addressLine: 'Mirpur 10',
        landmark: null,
        placeId: null,
        lat: 23.8,
        lng: 90.36,
      }),
      expires_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const item = await ctx.db
    .insertInto('order_items')
    .values({
      order_id: order.id,
      product_id: product.id,
      variant_id: product.variantId,
      name: 'Miniket rice',
      variant_label: null,
      unit_price: 8500,
      quantity: 1,
      line_total: 8500,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { orderId: order.id, itemId: Number(item.id) };
}

export type ReviewsBed = Awaited<ReturnType<typeof reviewsBed>>;

/**
 * What the review tests share: an app with its own storage directory, a seller with a shop, a
 * second seller with another shop, an admin, and shortcuts to a delivered item and the review API.
 */
export async function reviewsBed() {
  const storageDir = await mkdtemp(path.join(tmpdir(), 'haat-reviews-'));
  const t: TestApp = await createTestApp({ STORAGE_DIR: storageDir });
  const seller = await createUser(t.ctx, { role: 'seller' });
  const otherSeller = await createUser(t.ctx, { role: 'seller' });
  const admin = await createUser(t.ctx, { role: 'admin' });
  const shopId = await insertShop(t.ctx, seller.id);
  await insertShop(t.ctx, otherSeller.id);

  const newProduct = async (shop = shopId, owner = seller) => {
    const p = await createProduct(t.app, owner.auth, shop);
    return { id: p.id, variantId: p.variants[0]!.id };
  };
  return {
    t,
    seller,
    otherSeller,
    admin,
    shopId,
    newProduct,
    /** An order item of `customer` in the seller's shop, in the given order status. */
    item: async (
      customer: TestUser,
      status: OrderStatus = 'delivered',
      product?: { id: string; variantId: string },
    ) => insertOrder(t.ctx, customer.id, shopId, product ?? (await newProduct()), status),
    postReview: (user: TestUser, payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/reviews', headers: user.auth, payload }),
    list: (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}` }),
    close: async () => {
      await t.close();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}
