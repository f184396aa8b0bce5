/**
 * Set-up for the returns tests: a delivered order of two lines (through the real checkout,
 * payment callbacks and transitions), and helpers for the return routes.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { actOnPaymentPage } from '../payments/index.ts';
import { createProduct } from '../catalog/test-support.ts';
import type { TestUser } from '../../../test/helpers/factories.ts';
import { addToCart, checkout, type Buyer } from '../../../test/helpers/shopping.ts';
import {
  approveOnline,
  deliver,
  moneyShop,
  newBuyer,
  type MoneyShop,
} from '../money/test-support.ts';

export type Payment = 'cod' | 'bkash' | 'sslcommerz' | 'nagad';
export type Delivered = {
  shop: MoneyShop;
  buyer: Buyer;
  orderId: string;
  total: number;
  /** Order lines: [first product × qtyA, second product × qtyB]. */
  items: { id: number; unitPrice: number; quantity: number; variantId: string }[];
};

/** A shop of `type` with two products; one order of both, paid and delivered. */
export async function deliveredOrder(
  ctx: AppContext,
  app: HttpApp,
  payment: Payment,
  opts: {
    type?: string;
    qtyA?: number;
    qtyB?: number;
    /** A coupon of the shop's, as `(app, seller, shopId) => code`, applied at checkout. */
    coupon?: (app: HttpApp, seller: TestUser, shopId: string) => Promise<string>;
  } = {},
): Promise<Delivered> {
  const shop = await moneyShop(ctx, app, { type: opts.type, price: 12_345 });
  const second = await createProduct(app, shop.seller.auth, shop.shopId, {
    variants: [{ sku: `R-${randomUUID().slice(0, 8)}`, price: 7_777, initialStock: 1000 }],
  });
  const b = await newBuyer(ctx, app, shop.shopId);
  await addToCart(app, b, shop.variantId, opts.qtyA ?? 3);
  await addToCart(app, b, second.variants[0]!.id, opts.qtyB ?? 2);
  const res = opts.coupon
    ? await app.inject({
        method: 'POST',
        url: '/api/v1/checkout',
        headers: { ...b.auth, 'idempotency-key': randomUUID() },
        payload: {
          addressId: b.addressId,
          payment,
          couponCode: await opts.coupon(app, shop.seller, shop.shopId),
        },
      })
    : await checkout(app, b, payment);
  if (res.statusCode !== 201) throw new Error(`checkout: ${res.statusCode} ${res.body}`);
  const o = res.json().orders[0] as {
    id: string;
    total: number;
    payment: { redirectUrl: string | null };
  };
  if (payment === 'sslcommerz') await approveByIpn(app, o.payment.redirectUrl!);
  else if (payment !== 'cod') await approveOnline(app, o.payment.redirectUrl!);
  await deliver(app, shop.seller, o.id);
  const items = await ctx.db
    .selectFrom('order_items')
    .select(['id', 'unit_price', 'quantity', 'variant_id'])
    .where('order_id', '=', o.id)
    .orderBy('unit_price', 'desc')
    .execute();
  return {
    shop,
    buyer: b,
    orderId: o.id,
    total: o.total,
    items: items.map((i) => ({
      id: i.id,
      unitPrice: i.unit_price,
      quantity: i.quantity,
      variantId: i.variant_id,
    })),
  };
}

/** SSLCommerz: the buyer approves, and the provider's IPN (a form post) tells us. */
async function approveByIpn(app: HttpApp, redirectUrl: string) {
  const outcome = await actOnPaymentPage(redirectUrl, 'approve');
  if (outcome.kind !== 'post') throw new Error(`expected a form post, got ${outcome.kind}`);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/payments/sslcommerz/ipn',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(outcome.fields).toString(),
  });
  if (res.statusCode >= 300) throw new Error(`ipn: ${res.statusCode} ${res.body}`);
}

export function askReturn(
  app: HttpApp,
  user: { auth: Record<string, string> },
  orderId: string,
  payload: unknown,
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/orders/${orderId}/returns`,
    headers: { ...user.auth, 'accept-language': 'en' },
    payload: payload as Record<string, unknown>,
  });
}

export function moveReturn(
  app: HttpApp,
  user: { auth: Record<string, string> },
  returnId: string,
  payload: unknown,
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/returns/${returnId}/transitions`,
    headers: { ...user.auth, 'accept-language': 'en' },
    payload: payload as Record<string, unknown>,
  });
}

export type ReturnBody = {
  id: string;
  status: string;
  refundAmount: number | null;
  lines: { id: number; orderItemId: number; quantity: number; amount: number }[];
  refund: { id: string; amount: number; status: string; providerRef: string | null } | null;
};

/** Accepted, picked up, checked (every line resellable unless told): as the shop's seller. */
export async function acceptThroughCheck(
  app: HttpApp,
  seller: TestUser,
  r: ReturnBody,
  resellable = true,
) {
  for (const to of ['accepted', 'picked_up']) {
    const res = await moveReturn(app, seller, r.id, { to });
    if (res.statusCode !== 200) throw new Error(`${to}: ${res.statusCode} ${res.body}`);
  }
  return moveReturn(app, seller, r.id, {
    to: 'checked',
    lines: r.lines.map((l) => ({ id: l.id, resellable })),
  });
}

/** Moves the order's delivery back in time (its return window is counted from it). */
export async function deliveredHoursAgo(ctx: AppContext, orderId: string, hours: number) {
  await sql`UPDATE order_events SET created_at = now() - make_interval(hours => ${hours})
             WHERE order_id = ${orderId} AND to_status = 'delivered'`.execute(ctx.db);
}
