/**
 * Set-up for the promotions tests: a shop with one product, buyers next to it with that product
 * in their bag, coupons and flash sales made through the API, quotes and checkouts with a code.
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { createProduct, insertShop } from '../catalog/test-support.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { addToCart, buyer, type Buyer } from '../../../test/helpers/shopping.ts';

export type PromoShop = { seller: TestUser; shopId: string; variantId: string; productId: string };

/** An approved shop with one item of `price` poisha (default ৳500) and plenty of stock. */
export async function promoShop(
  ctx: AppContext,
  app: HttpApp,
  opts: { price?: number; stock?: number } = {},
): Promise<PromoShop> {
  const seller = await createUser(ctx, { role: 'seller' });
  const shopId = await insertShop(ctx, seller.id);
  const p = await createProduct(app, seller.auth, shopId, {
    variants: [
      {
        sku: `P-${randomUUID().slice(0, 8)}`,
        price: opts.price ?? 50_000,
        initialStock: opts.stock ?? 10_000,
      },
    ],
  });
  return { seller, shopId, variantId: p.variants[0]!.id, productId: p.id };
}

/** A customer next to the shop with `quantity` of its item in the bag. */
export async function shopper(
  ctx: AppContext,
  app: HttpApp,
  shop: PromoShop,
  quantity = 1,
): Promise<Buyer> {
  const b = await buyer(ctx, app, shop.shopId);
  await addToCart(app, b, shop.variantId, quantity);
  return b;
}

export const hourAgo = () => new Date(Date.now() - 3600_000).toISOString();
export const inADay = () => new Date(Date.now() + 86_400_000).toISOString();

/** A unique code (codes are unique per shop and among the platform's). */
export const newCode = (prefix = 'C') => `${prefix}${randomUUID().slice(0, 8).toUpperCase()}`;

export function postCoupon(
  app: HttpApp,
  user: { auth: Record<string, string> },
  shopId: string | null,
  body: Record<string, unknown>,
) {
  return app.inject({
    method: 'POST',
    url: shopId ? `/api/v1/shops/${shopId}/coupons` : '/api/v1/admin/coupons',
    headers: { ...user.auth, 'accept-language': 'en' },
    payload: { startsAt: hourAgo(), endsAt: inADay(), ...body },
  });
}

/** Makes a coupon and returns its code (fails the test on anything but 201). */
export async function coupon(
  app: HttpApp,
  user: { auth: Record<string, string> },
  shopId: string | null,
  body: Record<string, unknown>,
): Promise<string> {
  const code = (body.code as string | undefined) ?? newCode();
  const res = await postCoupon(app, user, shopId, { kind: 'percent', value: 1000, ...body, code });
  if (res.statusCode !== 201) throw new Error(`coupon: ${res.statusCode} ${res.body}`);
  return code;
}

export function quote(app: HttpApp, b: Buyer, body: Record<string, unknown> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/checkout/quote',
    headers: { ...b.auth, 'accept-language': 'en' },
    payload: { addressId: b.addressId, payment: 'cod', ...body },
  });
}

export function checkoutWith(
  app: HttpApp,
  b: Buyer,
  body: Record<string, unknown> = {},
  key: string = randomUUID(),
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/checkout',
    headers: { ...b.auth, 'idempotency-key': key, 'accept-language': 'en' },
    payload: { addressId: b.addressId, payment: 'cod', ...body },
  });
}

export async function orderRow(ctx: AppContext, orderId: string) {
  return ctx.db
    .selectFrom('orders')
    .select([
      'subtotal',
      'delivery_charge',
      'cod_charge',
      'total',
      'discount',
      'platform_discount',
      'delivery_discount',
      'coupon_id',
    ])
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();
}
