import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../src/modules/catalog/test-support.ts';
import { handleEvent } from '../../src/modules/notifications/notifications.handlers.ts';
import { expireReservations, expireUnacceptedCod } from '../../src/modules/orders/index.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { addToCart, buyer, checkout, moveOrder, store, type Buyer } from '../helpers/shopping.ts';
import { approveInDb, createShop } from '../helpers/shops.ts';

/**
 * Business-flow abuse (OWASP API6: unrestricted access to sensitive business flows). A customer
 * account holding a shop's stock without paying (stock hoarding), a checkout that reserves stock
 * for a payment method nobody can pay with, and an approved shop changing what the admin approved.
 * Each test is the attack; the limits are the defaults (3 open unpaid orders, 10 units of one
 * product, COD accepted within 6 hours).
 */

let t: TestApp;

beforeAll(async () => {
  // The defaults, spelled out so a developer's environment cannot change what is tested.
  t = await createTestApp({
    ORDER_MAX_OPEN_UNPAID: '3',
    ORDER_MAX_UNITS_PER_PRODUCT: '10',
    ORDER_COD_ACCEPT_HOURS: '6',
  });
});
afterAll(() => t?.close());

const onHand = async (variantId: string) =>
  (
    await t.ctx.db
      .selectFrom('product_variants')
      .select('on_hand')
      .where('id', '=', variantId)
      .executeTakeFirstOrThrow()
  ).on_hand;

const ordersOf = (customerId: string) =>
  t.ctx.db
    .selectFrom('orders')
    .select(['id', 'status', 'expires_at'])
    .where('customer_id', '=', customerId)
    .execute();

type OrderJson = {
  id: string;
  status: string;
  expiresAt: string | null;
  payment: { redirectUrl: string | null } | null;
};

/** A buyer's checkout of `quantity` units of the variant; the response must be 201. */
async function order(b: Buyer, variantId: string, quantity: number, payment: 'cod' | 'bkash') {
  await addToCart(t.app, b, variantId, quantity);
  const res = await checkout(t.app, b, payment);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().orders[0] as OrderJson;
}

describe('stock hoarding', () => {
  it('stock hoarding: an unverified account cannot hold stock', async () => {
    const s = await store(t.ctx, t.app, 30);
    const b = await buyer(t.ctx, t.app, s.shopId);
    await t.ctx.db
      .updateTable('users')
      .set({ phone_verified_at: null })
      .where('id', '=', b.id)
      .execute();
    await addToCart(t.app, b, s.variantId, 10);
    for (const payment of ['bkash', 'cod'] as const) {
      const res = await checkout(t.app, b, payment);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('PHONE_VERIFICATION_REQUIRED');
      expect(res.json().error.message).toMatch(/verify your mobile number/i);
    }
    expect(await onHand(s.variantId)).toBe(30);
    expect(await ordersOf(b.id)).toHaveLength(0);
    // The bag is kept for after the verification.
    const cart = await t.app.inject({ method: 'GET', url: '/api/v1/cart', headers: b.auth });
    expect(cart.json().items).toHaveLength(1);
  });

  it('stock hoarding: a fourth open unpaid order is refused', async () => {
    const s = await store(t.ctx, t.app, 30);
    const b = await buyer(t.ctx, t.app, s.shopId);
    await order(b, s.variantId, 1, 'bkash');
    await order(b, s.variantId, 1, 'bkash');
    const cod = await order(b, s.variantId, 1, 'cod');
    expect(await onHand(s.variantId)).toBe(27);

    await addToCart(t.app, b, s.variantId, 1);
    const fourth = await checkout(t.app, b, 'bkash');
    expect(fourth.statusCode).toBe(409);
    expect(fourth.json().error).toMatchObject({
      code: 'OPEN_ORDER_LIMIT',
      details: { limit: 3, open: 3 },
    });
    const codFourth = await checkout(t.app, b, 'cod');
    expect(codFourth.json().error.code).toBe('OPEN_ORDER_LIMIT');
    expect(await onHand(s.variantId)).toBe(27);
    expect(await ordersOf(b.id)).toHaveLength(3);

    // Once the seller accepts the COD order, it no longer counts as open and unpaid.
    expect((await moveOrder(t.app, s.seller, cod.id, 'accepted')).statusCode).toBe(200);
    const next = await checkout(t.app, b, 'bkash');
    expect(next.statusCode, next.body).toBe(201);
    expect(await onHand(s.variantId)).toBe(26);
  });

  it('stock hoarding: one customer cannot hold more than N units of a product across orders', async () => {
    const s = await store(t.ctx, t.app, 30);
    const b = await buyer(t.ctx, t.app, s.shopId);
    await order(b, s.variantId, 6, 'bkash');

    await addToCart(t.app, b, s.variantId, 5);
    const over = await checkout(t.app, b, 'cod');
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({
      code: 'PRODUCT_HOLD_LIMIT',
      details: { productId: s.productId, limit: 10, held: 6, requested: 5 },
    });
    expect(await onHand(s.variantId)).toBe(24);
    expect(await ordersOf(b.id)).toHaveLength(1);

    // Up to the limit is fine: 6 + 4 = 10, and the shelf keeps 20 for everyone else.
    const cart = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/cart/items/${s.variantId}`,
      headers: b.auth,
      payload: { quantity: 4 },
    });
    expect(cart.statusCode, cart.body).toBeLessThan(300);
    const fits = await checkout(t.app, b, 'cod');
    expect(fits.statusCode, fits.body).toBe(201);
    expect(await onHand(s.variantId)).toBe(20);

    // One order of more than the limit is refused on its own too.
    const other = await buyer(t.ctx, t.app, s.shopId);
    await addToCart(t.app, other, s.variantId, 11);
    const big = await checkout(t.app, other, 'bkash');
    expect(big.json().error.code).toBe('PRODUCT_HOLD_LIMIT');
    expect(await onHand(s.variantId)).toBe(20);
  });

  it('stock hoarding: re-initiating payment does not extend the hold', async () => {
    const s = await store(t.ctx, t.app, 10);
    const b = await buyer(t.ctx, t.app, s.shopId);
    const key = randomUUID();
    await addToCart(t.app, b, s.variantId, 3);
    const first = await checkout(t.app, b, 'bkash', key);
    expect(first.statusCode).toBe(201);
    const placed = first.json().orders[0] as OrderJson;
    expect(placed.payment?.redirectUrl).toBeTruthy();
    const expiresAt = placed.expiresAt;
    expect(expiresAt).not.toBeNull();

    // The provider side was lost (as after a failed initiation): a replay starts it again, within
    // the same hold.
    const forget = () =>
      t.ctx.db
        .updateTable('payments')
        .set({ provider_ref: null, redirect_url: null })
        .where('order_id', '=', placed.id)
        .execute();
    await forget();
    const again = await checkout(t.app, b, 'bkash', key);
    expect(again.statusCode).toBe(200);
    const replayed = again.json().orders[0] as OrderJson;
    expect(replayed.payment?.redirectUrl).toBeTruthy();
    expect(replayed.expiresAt).toBe(expiresAt);

    // Past the hold (before the expiry job ran), a replay starts nothing and renews nothing, and
    // the order offers no payment link.
    const past = new Date(Date.now() - 1000);
    await t.ctx.db
      .updateTable('orders')
      .set({ expires_at: past })
      .where('id', '=', placed.id)
      .execute();
    await forget();
    const late = await checkout(t.app, b, 'bkash', key);
    expect(late.statusCode).toBe(200);
    const stale = late.json().orders[0] as OrderJson;
    expect(stale.payment?.redirectUrl ?? null).toBeNull();
    expect(stale.expiresAt).toBe(past.toISOString());
    const payment = await t.ctx.db
      .selectFrom('payments')
      .select('provider_ref')
      .where('order_id', '=', placed.id)
      .executeTakeFirstOrThrow();
    expect(payment.provider_ref).toBeNull();

    await expireReservations(t.ctx);
    expect((await ordersOf(b.id))[0]!.status).toBe('cancelled');
    expect(await onHand(s.variantId)).toBe(10);
  });

  it('stock hoarding: a COD order the seller does not accept in time releases its stock', async () => {
    const s = await store(t.ctx, t.app, 10);
    const b = await buyer(t.ctx, t.app, s.shopId);
    const lapsed = await order(b, s.variantId, 2, 'cod');
    const accepted = await order(b, s.variantId, 3, 'cod');
    expect((await moveOrder(t.app, s.seller, accepted.id, 'accepted')).statusCode).toBe(200);
    expect(await onHand(s.variantId)).toBe(5);

    // Placed more than ORDER_COD_ACCEPT_HOURS ago (and one placed just now stays).
    const hours = t.ctx.config.ORDER_COD_ACCEPT_HOURS;
    const long = new Date(Date.now() - hours * 3_600_000 - 60_000);
    await t.ctx.db
      .updateTable('orders')
      .set({ created_at: long })
      .where('id', 'in', [lapsed.id, accepted.id])
      .execute();
    const fresh = await order(b, s.variantId, 1, 'cod');

    await expireUnacceptedCod(t.ctx);
    const byId = new Map((await ordersOf(b.id)).map((o) => [o.id, o.status]));
    expect(byId.get(lapsed.id)).toBe('cancelled');
    expect(byId.get(accepted.id)).toBe('accepted');
    expect(byId.get(fresh.id)).toBe('placed');
    expect(await onHand(s.variantId)).toBe(6);
    // Running again changes nothing (the stock is given back once).
    await expireUnacceptedCod(t.ctx);
    expect(await onHand(s.variantId)).toBe(6);

    // The customer and the seller hear about it through the outbox.
    const events = await t.ctx.db
      .selectFrom('outbox_events')
      .select(['id', 'topic', 'payload'])
      .where('topic', '=', 'order.cancelled')
      .where(sql<boolean>`payload->>'orderId' = ${lapsed.id}`)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ reason: 'not_accepted_in_time' });
    await handleEvent(t.ctx, {
      id: Number(events[0]!.id),
      topic: events[0]!.topic,
      payload: events[0]!.payload as Record<string, unknown>,
    });
    const told = await t.ctx.db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'link'])
      .where('kind', '=', 'order_cancelled')
      .where('user_id', 'in', [b.id, s.seller.id])
      .execute();
    expect(told.map((n) => n.user_id).sort()).toEqual([b.id, s.seller.id].sort());
    expect(told.find((n) => n.user_id === s.seller.id)?.link).toBe(`/seller/orders/${lapsed.id}`);
  });

  it('stock hoarding: concurrent checkouts by one customer cannot pass the limits', async () => {
    const s = await store(t.ctx, t.app, 50);
    const b = await buyer(t.ctx, t.app, s.shopId);
    await order(b, s.variantId, 4, 'bkash');
    await order(b, s.variantId, 4, 'bkash');
    await addToCart(t.app, b, s.variantId, 2);
    // Five checkouts at once, each with its own key: one may take the last open order (and the
    // last 2 of the 10 units), none more.
    const results = await Promise.all(
      Array.from({ length: 5 }, () => checkout(t.app, b, 'bkash', randomUUID())),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((c) => c === 201)).toHaveLength(1);
    for (const r of results.filter((x) => x.statusCode !== 201)) {
      expect(['OPEN_ORDER_LIMIT', 'PRODUCT_HOLD_LIMIT', 'CART_EMPTY']).toContain(
        r.json().error.code,
      );
    }
    const open = (await ordersOf(b.id)).filter((o) => o.status === 'pending_payment');
    expect(open).toHaveLength(3);
    expect(await onHand(s.variantId)).toBe(40);

    // And with the bag full again, nothing more: three open orders, ten units held.
    await addToCart(t.app, b, s.variantId, 1);
    const more = await Promise.all(
      Array.from({ length: 4 }, () => checkout(t.app, b, 'cod', randomUUID())),
    );
    expect(more.map((r) => r.statusCode)).toEqual([409, 409, 409, 409]);
    expect(await onHand(s.variantId)).toBe(40);
  });
});

describe('unconfigured provider in production', () => {
  let prod: TestApp;
  beforeAll(async () => {
    // What production runs with no bKash/Nagad/SSLCommerz credentials: no sandbox to fall back on.
    prod = await createTestApp({ PAYMENTS_SANDBOX: 'false' });
  });
  afterAll(() => prod?.close());

  it('unconfigured provider in production: checkout is refused and holds nothing', async () => {
    const s = await store(prod.ctx, prod.app, 5);
    const b = await buyer(prod.ctx, prod.app, s.shopId);
    await addToCart(prod.app, b, s.variantId, 2);

    const quote = await prod.app.inject({
      method: 'POST',
      url: '/api/v1/checkout/quote',
      headers: { ...b.auth, 'accept-language': 'en' },
      payload: { addressId: b.addressId, payment: 'bkash' },
    });
    expect(quote.statusCode).toBe(200);
    expect(quote.json().canPlace).toBe(false);
    expect(quote.json().shops[0].problem.code).toBe('PAYMENT_PROVIDER_NOT_CONFIGURED');

    for (const payment of ['bkash', 'nagad', 'sslcommerz'] as const) {
      const res = await checkout(prod.app, b, payment);
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('PAYMENT_PROVIDER_NOT_CONFIGURED');
    }
    const stock = await prod.ctx.db
      .selectFrom('product_variants')
      .select('on_hand')
      .where('id', '=', s.variantId)
      .executeTakeFirstOrThrow();
    expect(stock.on_hand).toBe(5);
    const orders = await prod.ctx.db
      .selectFrom('orders')
      .select('id')
      .where('customer_id', '=', b.id)
      .execute();
    expect(orders).toHaveLength(0);

    // The web app offers only what can be paid with; cash on delivery still works.
    const config = await prod.app.inject({ method: 'GET', url: '/api/v1/config' });
    expect(config.json().paymentProviders).toEqual(['cod']);
    const cod = await checkout(prod.app, b, 'cod');
    expect(cod.statusCode, cod.body).toBe(201);
  });
});

describe('shop changes after approval', () => {
  let admin: TestUser;
  beforeAll(async () => {
    admin = await createUser(t.ctx, { role: 'admin' });
  });

  /** An approved grocery with one active product, as the public sees it. */
  async function approvedShop() {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shop = await createShop(t, seller, { lat: 23.7465, lng: 90.376 });
    await approveInDb(t, shop.id);
    const p = await createProduct(t.app, seller.auth, shop.id, {
      variants: [{ sku: `R-${randomUUID().slice(0, 8)}`, price: 5000, initialStock: 5 }],
    });
    return { seller, shopId: shop.id as string, productId: p.id };
  }
  const publicGet = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}` });
  const patch = (user: TestUser, shopId: string, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/shops/${shopId}`,
      headers: user.auth,
      payload,
    });
  const reviewEvents = (shopId: string) =>
    t.ctx.db
      .selectFrom('outbox_events')
      .select('payload')
      .where('topic', '=', 'shop.review_required')
      .where(sql<boolean>`payload->>'shopId' = ${shopId}`)
      .execute();
  async function inAdminQueue(shopId: string) {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/shops?status=pending&limit=100',
      headers: admin.auth,
    });
    let page = res.json() as { items: { id: string }[]; nextCursor: string | null };
    let found = page.items.some((s) => s.id === shopId);
    while (!found && page.nextCursor) {
      page = (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/admin/shops?status=pending&limit=100&cursor=${page.nextCursor}`,
          headers: admin.auth,
        })
      ).json();
      found = page.items.some((s) => s.id === shopId);
    }
    return found;
  }

  it('self-approved pharmacy: switching an approved shop to pharmacy sends it back to review', async () => {
    const { seller, shopId, productId } = await approvedShop();
    expect((await publicGet(`/products/${productId}`)).statusCode).toBe(200);

    // Hours and phone are the seller's to change: still approved.
    const free = await patch(seller, shopId, {
      phone: '01811-000111',
      openingHours: [{ day: 5, open: '10:00', close: '20:00' }],
    });
    expect(free.json().status).toBe('approved');

    const res = await patch(seller, shopId, { type: 'pharmacy', drugLicence: 'DL-MADE-UP-1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ type: 'pharmacy', status: 'pending' });
    // Hidden like a new shop: the shop, its products, its search entries.
    expect((await publicGet(`/shops/${shopId}`)).statusCode).toBe(404);
    expect((await publicGet(`/products/${productId}`)).statusCode).toBe(404);
    const indexed = await t.ctx.db
      .selectFrom('product_search')
      .select('visible')
      .where('product_id', '=', productId)
      .executeTakeFirst();
    expect(indexed?.visible ?? false).toBe(false);
    // The admin finds it in the queue of shops to review; the seller is told why.
    expect(await inAdminQueue(shopId)).toBe(true);
    const events = await reviewEvents(shopId);
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ fields: ['type', 'drugLicence'] });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'shop.sent_for_review')
      .where('target_id', '=', shopId)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ before: { type: 'grocery', drugLicence: null } });

    // Approval again is the admin's: then it is public as a pharmacy.
    const approve = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/shops/${shopId}/approve`,
      headers: admin.auth,
    });
    expect(approve.json().status).toBe('approved');
    expect((await publicGet(`/products/${productId}`)).statusCode).toBe(200);
  });

  it('shop relocation: moving an approved shop sends it back to review', async () => {
    const { seller, shopId, productId } = await approvedShop();
    // The web form sends every field: the same values change nothing; a pin nudged along the
    // street (about 20 m) is a correction.
    const { json } = await publicGet(`/shops/${shopId}`);
    const current = json();
    const same = await patch(seller, shopId, {
      nameBn: current.nameBn,
      nameEn: current.nameEn,
      type: current.type,
      address: current.address,
      lat: current.lat + 0.0002,
      lng: current.lng,
      tradeLicence: current.tradeLicence,
      drugLicence: current.drugLicence,
    });
    expect(same.json().status).toBe('approved');
    expect(await reviewEvents(shopId)).toHaveLength(0);

    // Across the country (Dhaka → Chattogram).
    const moved = await patch(seller, shopId, {
      lat: 22.3569,
      lng: 91.7832,
      address: 'Agrabad, Chattogram',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().status).toBe('pending');
    expect((await publicGet(`/products/${productId}`)).statusCode).toBe(404);
    expect(await inAdminQueue(shopId)).toBe(true);
    expect((await reviewEvents(shopId))[0]!.payload).toMatchObject({
      fields: ['address', 'location'],
    });
  });

  it('shop rename: renaming an approved shop sends it back to review; an admin edit does not', async () => {
    const { seller, shopId } = await approvedShop();
    const byAdmin = await patch(admin, shopId, { nameEn: 'Corrected By Admin' });
    expect(byAdmin.json().status).toBe('approved');

    const renamed = await patch(seller, shopId, { nameEn: 'Square Pharma Official' });
    expect(renamed.json().status).toBe('pending');
    expect((await reviewEvents(shopId))[0]!.payload).toMatchObject({ fields: ['nameEn'] });
  });
});
