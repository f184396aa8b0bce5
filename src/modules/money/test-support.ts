/**
 * Set-up for the money tests: shops with categorised products, orders placed and paid through the
 * real checkout, callbacks and transitions, and the expected figures computed by hand.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { actOnPaymentPage } from '../payments/index.ts';
import { createProduct, insertShop } from '../catalog/test-support.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { addToCart, buyer, checkout, type Buyer } from '../../../test/helpers/shopping.ts';
import { lineCommission } from './commission.ts';

export async function insertCategory(ctx: AppContext, parentId: string | null = null) {
  const slug = `money-${randomUUID().slice(0, 8)}`;
  const { rows } = await sql<{ id: string }>`
    INSERT INTO categories (parent_id, slug, name_bn, name_en)
    VALUES (${parentId}, ${slug}, ${'বিভাগ ' + slug}, ${'Category ' + slug}) RETURNING id`.execute(
    ctx.db,
  );
  return rows[0]!.id;
}

export type MoneyShop = { seller: TestUser; shopId: string; variantId: string; productId: string };

/** An approved shop of `type` with one product (in `categoryId`) of plenty of stock. */
export async function moneyShop(
  ctx: AppContext,
  app: HttpApp,
  opts: { type?: string; categoryId?: string | null; price?: number } = {},
): Promise<MoneyShop> {
  const seller = await createUser(ctx, { role: 'seller' });
  const shopId = await insertShop(ctx, seller.id);
  if (opts.type) {
    await sql`UPDATE shops SET type = ${opts.type} WHERE id = ${shopId}`.execute(ctx.db);
  }
  const p = await createProduct(app, seller.auth, shopId, {
    ...(opts.categoryId ? { categoryId: opts.categoryId } : {}),
    variants: [
      { sku: `M-${randomUUID().slice(0, 8)}`, price: opts.price ?? 12_345, initialStock: 10_000 },
    ],
  });
  return { seller, shopId, variantId: p.variants[0]!.id, productId: p.id };
}

export type PlacedOrder = { id: string; total: number; status: string; redirectUrl: string | null };

/** One order of `quantity` units through the real checkout. */
export async function placeOrder(
  app: HttpApp,
  b: Buyer,
  shop: MoneyShop,
  payment: 'cod' | 'bkash' | 'sslcommerz' | 'nagad',
  quantity = 1,
): Promise<PlacedOrder> {
  await addToCart(app, b, shop.variantId, quantity);
  const res = await checkout(app, b, payment);
  if (res.statusCode !== 201) throw new Error(`checkout: ${res.statusCode} ${res.body}`);
  const o = res.json().orders[0] as {
    id: string;
    total: number;
    status: string;
    payment: { redirectUrl: string | null };
  };
  return { id: o.id, total: o.total, status: o.status, redirectUrl: o.payment.redirectUrl };
}

export async function newBuyer(ctx: AppContext, app: HttpApp, shopId: string) {
  return buyer(ctx, app, shopId);
}

/** The buyer approves on the provider's sandbox page and the browser comes back to us. */
export async function approveOnline(app: HttpApp, redirectUrl: string) {
  const outcome = await actOnPaymentPage(redirectUrl, 'approve');
  if (outcome.kind !== 'redirect') throw new Error(`expected a redirect, got ${outcome.kind}`);
  const url = new URL(outcome.location);
  const res = await app.inject({ method: 'GET', url: url.pathname + url.search });
  if (res.statusCode !== 302) throw new Error(`callback: ${res.statusCode} ${res.body}`);
}

export async function move(app: HttpApp, user: TestUser, orderId: string, to: string) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/orders/${orderId}/transitions`,
    headers: user.auth,
    payload: { to },
  });
  if (res.statusCode !== 200) throw new Error(`move ${to}: ${res.statusCode} ${res.body}`);
  return res.json() as { status: string; payment: { status: string } };
}

/** Accepted, packed, out, delivered: as the shop's seller. */
export async function deliver(app: HttpApp, seller: TestUser, orderId: string) {
  for (const to of ['accepted', 'packed', 'out_for_delivery', 'delivered'])
    await move(app, seller, orderId, to);
}

/** The order's commission and the seller's share, by hand from its lines (own delivery). */
export async function expectedSplit(ctx: AppContext, orderId: string) {
  const o = await ctx.db
    .selectFrom('orders')
    .select(['total', 'delivery_method', 'delivery_charge'])
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();
  const lines = await ctx.db
    .selectFrom('order_items')
    .select(['line_total', 'commission_bp', 'commission_fixed'])
    .where('order_id', '=', orderId)
    .execute();
  const commission = lines.reduce(
    (s, l) => s + lineCommission(l.line_total, l.commission_bp, l.commission_fixed),
    0,
  );
  const deliveryFee = o.delivery_method === 'courier' ? o.delivery_charge : 0;
  return { total: o.total, commission, deliveryFee, share: o.total - commission - deliveryFee };
}

export async function getBalance(app: HttpApp, user: TestUser, shopId: string) {
  const res = await app.inject({ url: `/api/v1/shops/${shopId}/balance`, headers: user.auth });
  if (res.statusCode !== 200) throw new Error(`balance: ${res.statusCode} ${res.body}`);
  return res.json() as {
    payable: number;
    receivable: number;
    codCash: number;
    net: number;
  };
}

export async function putRules(app: HttpApp, admin: TestUser, rules: unknown[]) {
  return app.inject({
    method: 'PUT',
    url: '/api/v1/admin/commission-rules',
    headers: admin.auth,
    payload: { rules },
  });
}

export const longAgo = '2020-01-01T00:00:00Z';
