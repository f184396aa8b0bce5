/**
 * Set-up for the risk tests: shops selling a uniquely named product, buyers whose address has a
 * phone of its own (so no other test's orders count against it), and COD checkouts.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { createProduct, insertShop } from '../catalog/test-support.ts';
import { createUser, randomPhone, type TestUser } from '../../../test/helpers/factories.ts';
import { addToCart, type Buyer } from '../../../test/helpers/shopping.ts';

export type RiskShop = {
  seller: TestUser;
  shopId: string;
  variantId: string;
  lat: number;
  lng: number;
};

/** An approved shop selling one product named `name` (so duplicates can be told across shops). */
export async function riskShop(
  ctx: AppContext,
  app: HttpApp,
  name: string,
  price = 20_000,
): Promise<RiskShop> {
  const seller = await createUser(ctx, { role: 'seller' });
  const shopId = await insertShop(ctx, seller.id);
  const p = await createProduct(app, seller.auth, shopId, {
    nameBn: name,
    nameEn: name,
    variants: [{ sku: `K-${randomUUID().slice(0, 8)}`, price, initialStock: 1000 }],
  });
  const shop = await ctx.db
    .selectFrom('shops')
    .select(['lat', 'lng'])
    .where('id', '=', shopId)
    .executeTakeFirstOrThrow();
  return { seller, shopId, variantId: p.variants[0]!.id, lat: shop.lat, lng: shop.lng };
}

/**
 * A customer with an address beside `near` delivering to `phone` (default: the account's own,
 * verified phone). `delivered` marks them as having had an order delivered already (no first-order
 * OTP then).
 */
export async function riskBuyer(
  ctx: AppContext,
  app: HttpApp,
  near: { lat: number; lng: number },
  opts: { phone?: string; landmark?: string | null; account?: TestUser } = {},
): Promise<Buyer> {
  const customer = opts.account ?? (await createUser(ctx, { phone: randomPhone() }));
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/me/addresses',
    headers: customer.auth,
    payload: {
      label: 'Home',
      recipientName: 'Rahim',
      phone: opts.phone ?? customer.phone,
      addressLine: `House ${randomUUID().slice(0, 4)}, Road 7`,
      landmark: opts.landmark === undefined ? 'Opposite the mosque' : opts.landmark,
      lat: near.lat,
      lng: near.lng,
    },
  });
  if (res.statusCode !== 201) throw new Error(`address: ${res.statusCode} ${res.body}`);
  return { ...customer, addressId: res.json().id as string };
}

/** Puts `quantity` of the shop's product in the bag and checks out. */
export async function buy(
  app: HttpApp,
  b: Buyer,
  shop: RiskShop,
  payment: 'cod' | 'bkash' = 'cod',
  quantity = 1,
) {
  await addToCart(app, b, shop.variantId, quantity);
  return app.inject({
    method: 'POST',
    url: '/api/v1/checkout',
    headers: { ...b.auth, 'idempotency-key': randomUUID(), 'accept-language': 'en' },
    payload: { addressId: b.addressId, payment },
  });
}

/** Empties the buyer's bag (a refused checkout leaves it full). */
export async function emptyBag(ctx: AppContext, b: Buyer) {
  await ctx.db.deleteFrom('cart_items').where('customer_id', '=', b.id).execute();
}

/** Backdates the account's phone verification (a verification made long ago). */
export async function verifiedLongAgo(ctx: AppContext, userId: string, days: number) {
  await sql`UPDATE users SET phone_verified_at = now() - make_interval(days => ${days})
            WHERE id = ${userId}`.execute(ctx.db);
}

/** Moves an order through the state machine as its seller. */
export async function move(app: HttpApp, seller: TestUser, orderId: string, ...steps: string[]) {
  for (const to of steps) {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/orders/${orderId}/transitions`,
      headers: seller.auth,
      payload: { to },
    });
    if (res.statusCode !== 200) throw new Error(`move ${to}: ${res.statusCode} ${res.body}`);
  }
}
