/**
 * Shopping set-up for integration tests: an approved shop with a product, a customer with an
 * address beside it, a bag, a checkout. Used by the fault drills and the security suite.
 */
import { randomUUID } from 'node:crypto';
import { createProduct, insertShop } from '../../src/modules/catalog/test-support.ts';
import type { AppContext } from '../../src/platform/context.ts';
import type { HttpApp } from '../../src/platform/http/types.ts';
import { createUser, type TestUser } from './factories.ts';

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

/** One step of an order's state machine, as `user` (the policy decides whether they may). */
export function moveOrder(
  app: HttpApp,
  user: { auth: Record<string, string> },
  orderId: string,
  to: string,
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/orders/${orderId}/transitions`,
    headers: user.auth,
    payload: { to },
  });
}
