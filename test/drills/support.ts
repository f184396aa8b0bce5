/** Shared set-up and consistency checks of the fault drills (test/drills/*.test.ts). */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createProduct, insertShop } from '../../src/modules/catalog/test-support.ts';
import type { AppContext } from '../../src/platform/context.ts';
import type { HttpApp } from '../../src/platform/http/types.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import '../../src/modules/orders/orders.tables.ts';

export type Store = { seller: TestUser; shopId: string; productId: string; variantId: string };

/** An approved shop with one product of `stock` units. */
export async function store(ctx: AppContext, app: HttpApp, stock = 50): Promise<Store> {
  const seller = await createUser(ctx, { role: 'seller' });
  const shopId = await insertShop(ctx, seller.id);
  const p = await createProduct(app, seller.auth, shopId, {
    variants: [{ sku: `D-${randomUUID().slice(0, 8)}`, price: 5000, initialStock: stock }],
  });
  return { seller, shopId, productId: p.id, variantId: p.variants[0]!.id };
}

export type Buyer = TestUser & { addressId: string };

/** A customer with an address next to the shop (own delivery applies). */
export async function buyer(ctx: AppContext, app: HttpApp, shopId: string): Promise<Buyer> {
  const customer = await createUser(ctx);
  const shop = await ctx.db
    .selectFrom('shops')
    .select(['lat', 'lng'])
    .where('id', '=', shopId)
    .executeTakeFirstOrThrow();
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/me/addresses',
    headers: customer.auth,
    payload: {
      label: 'Home',
      recipientName: 'Karim',
      phone: '01811000000',
      addressLine: 'House 3, Road 2',
      lat: shop.lat,
      lng: shop.lng,
    },
  });
  if (res.statusCode !== 201) throw new Error(`address: ${res.statusCode} ${res.body}`);
  return { ...customer, addressId: res.json().id as string };
}

export async function addToCart(app: HttpApp, b: Buyer, variantId: string, quantity = 1) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/cart/items',
    headers: b.auth,
    payload: { variantId, quantity },
  });
  if (res.statusCode >= 300) throw new Error(`cart: ${res.statusCode} ${res.body}`);
}

export function checkout(
  app: HttpApp,
  b: Buyer,
  payment: 'cod' | 'bkash' | 'nagad' | 'sslcommerz' = 'cod',
  key: string = randomUUID(),
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/checkout',
    headers: { ...b.auth, 'idempotency-key': key, 'accept-language': 'en' },
    payload: { addressId: b.addressId, payment },
  });
}

/**
 * Nothing half-written for the variant's shop: every order has its items, one payment row and one
 * sale movement per item; the variant's stock equals the sum of its movements.
 */
export async function assertConsistent(db: AppContext['db'], shopId: string, variantId: string) {
  const problems: string[] = [];
  const orders = await db
    .selectFrom('orders')
    .select(['id', 'status', 'stock_released'])
    .where('shop_id', '=', shopId)
    .execute();
  for (const o of orders) {
    const items = await db
      .selectFrom('order_items')
      .select(['variant_id', 'quantity'])
      .where('order_id', '=', o.id)
      .execute();
    const payments = await db
      .selectFrom('payments')
      .select('id')
      .where('order_id', '=', o.id)
      .execute();
    const sales = await db
      .selectFrom('stock_movements')
      .select(['variant_id', 'delta'])
      .where('reference', '=', o.id)
      .where('reason', '=', 'sale')
      .execute();
    if (items.length === 0) problems.push(`order ${o.id} has no items`);
    if (payments.length !== 1) problems.push(`order ${o.id} has ${payments.length} payments`);
    for (const item of items) {
      const sale = sales.filter((s) => s.variant_id === item.variant_id);
      if (sale.length !== 1 || sale[0]!.delta !== -item.quantity) {
        problems.push(`order ${o.id}: item without its stock movement`);
      }
    }
  }
  const { rows } = await sql<{ on_hand: number; moved: number }>`
    SELECT v.on_hand, COALESCE((SELECT sum(delta) FROM stock_movements m WHERE m.variant_id = v.id), 0)::int AS moved
    FROM product_variants v WHERE v.id = ${variantId}`.execute(db);
  if (rows[0]!.on_hand !== rows[0]!.moved) {
    problems.push(`stock ${rows[0]!.on_hand} but movements sum to ${rows[0]!.moved}`);
  }
  return { orders, problems };
}

/** Resolves with the promise's value, or rejects after `ms`: a request may fail, never hang. */
export function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} hung for more than ${ms} ms`)), ms);
    }),
  ]);
}
