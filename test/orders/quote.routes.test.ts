import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct, insertShop } from '../../src/modules/catalog/test-support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';

/**
 * POST /checkout/quote prices the cart per shop before ordering; the checkout places exactly that.
 * Shops sit in Dhanmondi (inside Dhaka for the courier) with a 5 km radius of their own riders.
 */

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DHANMONDI = { lat: 23.7461, lng: 90.3742 };
/** About 2 km north of the shops: second own-delivery tier, inside Dhaka. */
const NEAR = { lat: DHANMONDI.lat + 0.018, lng: DHANMONDI.lng };
/** Gulshan-ish, about 7 km away: outside the 5 km radius, still inside Dhaka. */
const FAR = { lat: 23.7925, lng: 90.4078 };

type Req = { method?: 'GET' | 'POST' | 'PUT'; payload?: unknown; headers?: Record<string, string> };
const call = (user: TestUser | null, url: string, { method = 'GET', payload, headers }: Req = {}) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...(user?.auth ?? {}), ...headers },
    payload: payload as never,
  });

type Settings = { ownDelivery?: boolean; courier?: boolean; cod?: boolean; codChargeBp?: number };

async function shop(settings: Settings = {}) {
  const seller = await createUser(t.ctx, { role: 'seller' });
  const shopId = await insertShop(t.ctx, seller.id);
  await t.ctx.db
    .updateTable('shops')
    .set({ ...DHANMONDI, delivery_radius_m: 5000 })
    .where('id', '=', shopId)
    .execute();
  const put = await call(seller, `/shops/${shopId}/delivery-settings`, {
    method: 'PUT',
    payload: {
      ownDelivery: true,
      courier: true,
      cod: true,
      codChargeBp: 150,
      tiers: [
        { upToM: 1000, chargePoisha: 2000 },
        { upToM: 3000, chargePoisha: 5000 },
      ],
      ...settings,
    },
  });
  expect(put.statusCode).toBe(200);
  const p = await createProduct(t.app, seller.auth, shopId, {
    variants: [{ sku: `Q-${randomUUID().slice(0, 8)}`, price: 12345, initialStock: 20 }],
  });
  return { seller, shopId, variantId: p.variants[0]!.id };
}

async function customerWith(lines: { variantId: string; quantity: number }[], at = NEAR) {
  const user = await createUser(t.ctx);
  const addr = await call(user, '/me/addresses', {
    method: 'POST',
    payload: {
      label: 'Home',
      recipientName: 'Rahima',
      phone: '01711000000',
      addressLine: 'House 1, Road 2',
      ...at,
    },
  });
  expect(addr.statusCode).toBe(201);
  for (const l of lines) {
    const add = await call(user, '/cart/items', { method: 'POST', payload: l });
    expect(add.statusCode).toBe(200);
  }
  return { user, addressId: addr.json().id as string };
}

const quote = (user: TestUser | null, payload: unknown, lang = 'bn') =>
  call(user, '/checkout/quote', { method: 'POST', payload, headers: { 'accept-language': lang } });
const checkout = (user: TestUser, payload: unknown) =>
  call(user, '/checkout', {
    method: 'POST',
    payload,
    headers: { 'idempotency-key': randomUUID(), 'accept-language': 'en' },
  });

type QuoteShop = {
  shopId: string;
  subtotal: number;
  delivery: { method: string; chargePoisha: number; distanceM: number; zone: string | null };
  deliveryOptions: { method: string; available: boolean; chargePoisha?: number; reason?: string }[];
  cod: { available: boolean; chargePoisha: number; chargeIfCashPoisha: number };
  total: number;
  problem: { code: string; message: string } | null;
};

const ordersOf = (customerId: string) =>
  t.ctx.db
    .selectFrom('orders')
    .select([
      'shop_id',
      'subtotal',
      'delivery_method',
      'delivery_zone',
      'delivery_charge',
      'cod_charge',
      'total',
      'payment_method',
    ])
    .where('customer_id', '=', customerId)
    .execute();

describe('checkout quote', () => {
  it('own delivery with COD, and courier with bKash: the placed orders carry the quoted totals', async () => {
    const own = await shop();
    const courierOnly = await shop({ ownDelivery: false, cod: false });
    const b = await customerWith([
      { variantId: own.variantId, quantity: 2 },
      { variantId: courierOnly.variantId, quantity: 3 },
    ]);
    const body = {
      addressId: b.addressId,
      payment: 'cod',
      shops: [{ shopId: courierOnly.shopId, payment: 'bkash' }],
    };
    const res = await quote(b.user, body);
    expect(res.statusCode).toBe(200);
    const q = res.json() as { shops: QuoteShop[]; total: number; canPlace: boolean };
    expect(q.canPlace).toBe(true);
    const a = q.shops.find((s) => s.shopId === own.shopId)!;
    const c = q.shops.find((s) => s.shopId === courierOnly.shopId)!;

    // ~2 km: the 1–3 km tier; COD 1.5 % of 2 × 123.45 rounded up to a poisha.
    expect(a.subtotal).toBe(24690);
    expect(a.delivery).toMatchObject({ method: 'own', chargePoisha: 5000, zone: null });
    expect(a.delivery.distanceM).toBeGreaterThan(1000);
    expect(a.delivery.distanceM).toBeLessThan(3000);
    expect(a.deliveryOptions).toEqual([
      expect.objectContaining({ method: 'own', available: true, chargePoisha: 5000 }),
      expect.objectContaining({ method: 'courier', available: true }),
    ]);
    const codFee = Math.ceil((24690 * 150) / 10000);
    expect(a.cod).toEqual({ available: true, chargePoisha: codFee, chargeIfCashPoisha: codFee });
    expect(a.total).toBe(24690 + 5000 + a.cod.chargePoisha);

    // Courier only, 3 × 500 g: the inside-Dhaka rate for up to 2 kg, no COD charge with bKash.
    const rates = (await call(null, '/delivery-rates')).json().items as {
      zone: string;
      upTo2kg: number;
    }[];
    const insideDhaka = rates.find((r) => r.zone === 'inside_dhaka')!;
    expect(c.delivery).toMatchObject({
      method: 'courier',
      zone: 'inside_dhaka',
      chargePoisha: insideDhaka.upTo2kg,
    });
    expect(c.deliveryOptions[0]).toEqual({ method: 'own', available: false, reason: 'disabled' });
    expect(c.cod).toEqual({ available: false, chargePoisha: 0, chargeIfCashPoisha: 0 });
    expect(c.total).toBe(3 * 12345 + insideDhaka.upTo2kg);
    expect(q.total).toBe(a.total + c.total);

    // The seller's tier table and COD basis points are not in the answer, only charges.
    expect(res.body).not.toContain('tiers');
    expect(res.body).not.toContain('codChargeBp');
    expect(res.body).not.toContain('upToM');

    const placed = await checkout(b.user, { ...body, expectedTotal: q.total });
    expect(placed.statusCode).toBe(201);
    const orders = await ordersOf(b.user.id);
    expect(orders).toHaveLength(2);
    for (const s of [a, c]) {
      const o = orders.find((x) => x.shop_id === s.shopId)!;
      expect(o).toMatchObject({
        subtotal: s.subtotal,
        delivery_method: s.delivery.method,
        delivery_zone: s.delivery.zone,
        delivery_charge: s.delivery.chargePoisha,
        cod_charge: s.cod.chargePoisha,
        total: s.total,
      });
    }
    expect(orders.find((o) => o.shop_id === courierOnly.shopId)!.payment_method).toBe('bkash');
  });

  it('a chosen courier instead of the shop’s riders is quoted and placed as chosen', async () => {
    const s = await shop();
    const b = await customerWith([{ variantId: s.variantId, quantity: 1 }]);
    const body = {
      addressId: b.addressId,
      payment: 'cod',
      shops: [{ shopId: s.shopId, delivery: 'courier' }],
    };
    const q = (await quote(b.user, body)).json() as { shops: QuoteShop[]; total: number };
    expect(q.shops[0]!.delivery.method).toBe('courier');
    expect(q.shops[0]!.deliveryOptions.map((o) => o.available)).toEqual([true, true]);
    expect((await checkout(b.user, { ...body, expectedTotal: q.total })).statusCode).toBe(201);
    const [order] = await ordersOf(b.user.id);
    expect(order).toMatchObject({
      delivery_method: 'courier',
      delivery_charge: q.shops[0]!.delivery.chargePoisha,
      cod_charge: q.shops[0]!.cod.chargePoisha,
      total: q.total,
    });
  });

  it('paying online: no COD charge, but what cash would add is shown', async () => {
    const s = await shop();
    const b = await customerWith([{ variantId: s.variantId, quantity: 1 }]);
    const body = { addressId: b.addressId, payment: 'nagad' };
    const q = (await quote(b.user, body)).json() as { shops: QuoteShop[]; total: number };
    expect(q.shops[0]!.cod).toEqual({
      available: true,
      chargePoisha: 0,
      chargeIfCashPoisha: Math.ceil((12345 * 150) / 10000),
    });
    expect(q.total).toBe(12345 + 5000);
    expect((await checkout(b.user, { ...body, expectedTotal: q.total })).statusCode).toBe(201);
    const [order] = await ordersOf(b.user.id);
    expect(order).toMatchObject({ payment_method: 'nagad', cod_charge: 0, total: q.total });
  });

  it('flags a price change and stock shortfall; the checkout refuses until reviewed', async () => {
    const s = await shop();
    const b = await customerWith([{ variantId: s.variantId, quantity: 5 }]);
    await t.ctx.db
      .updateTable('product_variants')
      .set({ price: 13000, on_hand: 3 })
      .where('id', '=', s.variantId)
      .execute();
    const res = await quote(b.user, { addressId: b.addressId, payment: 'cod' });
    expect(res.statusCode).toBe(200);
    const q = res.json();
    expect(q.cartChanged).toBe(true);
    expect(q.canPlace).toBe(false);
    expect(q.shops[0].items[0]).toMatchObject({
      unitPrice: 13000,
      priceSeen: 12345,
      available: false,
      onHand: 3,
    });
    expect(q.shops[0].changes).toEqual(
      expect.arrayContaining([
        { variantId: s.variantId, kind: 'price_changed', was: 12345, now: 13000 },
        { variantId: s.variantId, kind: 'quantity_reduced', was: 5, now: 3 },
      ]),
    );
    const placed = await checkout(b.user, { addressId: b.addressId, payment: 'cod' });
    expect(placed.statusCode).toBe(409);
    expect(placed.json().error.code).toBe('CART_CHANGED');
  });

  it('a total other than the quoted one refuses the checkout and writes nothing', async () => {
    const s = await shop();
    const b = await customerWith([{ variantId: s.variantId, quantity: 1 }]);
    const body = { addressId: b.addressId, payment: 'cod' };
    const q = (await quote(b.user, body)).json();
    const res = await checkout(b.user, { ...body, expectedTotal: q.total - 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'QUOTE_CHANGED',
      details: { expected: q.total - 1, total: q.total },
    });
    expect(await ordersOf(b.user.id)).toEqual([]);
    expect((await call(b.user, '/cart')).json().items).toHaveLength(1);
    const stock = await t.ctx.db
      .selectFrom('product_variants')
      .select('on_hand')
      .where('id', '=', s.variantId)
      .executeTakeFirstOrThrow();
    expect(stock.on_hand).toBe(20);
  });

  it('a shop without COD is quoted with a localized problem; the checkout refuses it', async () => {
    const s = await shop({ cod: false });
    const b = await customerWith([{ variantId: s.variantId, quantity: 1 }]);
    const body = { addressId: b.addressId, payment: 'cod' };
    const res = await quote(b.user, body, 'en');
    expect(res.statusCode).toBe(200);
    expect(res.json().canPlace).toBe(false);
    expect(res.json().shops[0].problem).toEqual({
      code: 'PAYMENT_METHOD_UNAVAILABLE',
      message: 'This shop does not accept this payment method.',
    });
    const placed = await checkout(b.user, body);
    expect(placed.statusCode).toBe(409);
    expect(placed.json().error.code).toBe('PAYMENT_METHOD_UNAVAILABLE');
  });
});

describe('hostile quotes and checkouts', () => {
  it('another customer’s address: not found, as the checkout says', async () => {
    const s = await shop();
    const b = await customerWith([{ variantId: s.variantId, quantity: 1 }]);
    const other = await customerWith([]);
    const body = { addressId: other.addressId, payment: 'cod' };
    for (const res of [await quote(b.user, body, 'en'), await checkout(b.user, body)]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({
        code: 'ADDRESS_NOT_FOUND',
        message: 'Address not found.',
      });
    }
    const bn = await quote(b.user, body);
    expect(bn.json().error.message).toBe('ঠিকানাটি পাওয়া যায়নি।');
  });

  it('a choice for a shop not in the cart, or twice for one shop: 422, nothing written', async () => {
    const s = await shop();
    const elsewhere = await shop();
    const b = await customerWith([{ variantId: s.variantId, quantity: 1 }]);
    for (const shops of [
      [{ shopId: elsewhere.shopId, delivery: 'own' }],
      [{ shopId: randomUUID() }],
      [{ shopId: s.shopId }, { shopId: s.shopId, delivery: 'courier' }],
    ]) {
      const body = { addressId: b.addressId, payment: 'cod', shops };
      for (const res of [await quote(b.user, body), await checkout(b.user, body)]) {
        expect(res.statusCode).toBe(422);
        expect(res.json().error.code).toBe('SHOP_NOT_IN_CART');
      }
    }
    expect(await ordersOf(b.user.id)).toEqual([]);
  });

  it('a delivery method the shop does not offer at this address: 422 with why, nothing written', async () => {
    const courierOnly = await shop({ ownDelivery: false });
    const ownOnly = await shop({ courier: false });
    const b = await customerWith(
      [
        { variantId: courierOnly.variantId, quantity: 1 },
        { variantId: ownOnly.variantId, quantity: 1 },
      ],
      FAR,
    );
    const cases = [
      { shopId: courierOnly.shopId, delivery: 'own', reason: 'disabled' },
      { shopId: ownOnly.shopId, delivery: 'courier', reason: 'disabled' },
      { shopId: ownOnly.shopId, delivery: 'own', reason: 'outside_radius' },
    ] as const;
    for (const { reason, ...choice } of cases) {
      const body = { addressId: b.addressId, payment: 'cod', shops: [choice] };
      for (const res of [await quote(b.user, body, 'en'), await checkout(b.user, body)]) {
        expect(res.statusCode).toBe(422);
        expect(res.json().error).toMatchObject({
          code: 'DELIVERY_METHOD_NOT_OFFERED',
          message: expect.stringContaining('does not offer the chosen delivery method'),
          details: { shopId: choice.shopId, method: choice.delivery, reason },
        });
      }
    }
    // Without a choice the own-only shop cannot reach this address: quoted as a problem.
    const q = (await quote(b.user, { addressId: b.addressId, payment: 'cod' })).json();
    const own = q.shops.find((s: QuoteShop) => s.shopId === ownOnly.shopId);
    expect(own.delivery).toBeNull();
    expect(own.problem.code).toBe('DELIVERY_UNAVAILABLE');
    expect(q.canPlace).toBe(false);
    expect(await ordersOf(b.user.id)).toEqual([]);
  });

  it('wrong types and shapes: 400 VALIDATION_FAILED', async () => {
    const s = await shop();
    const b = await customerWith([{ variantId: s.variantId, quantity: 1 }]);
    for (const payload of [
      {},
      { addressId: 'not-a-uuid', payment: 'cod' },
      { addressId: b.addressId, payment: 'cash' },
      { addressId: b.addressId, payment: 'cod', shops: 'all' },
      { addressId: b.addressId, payment: 'cod', shops: [{ shopId: s.shopId, delivery: 'drone' }] },
      { addressId: b.addressId, payment: 'cod', shops: [{ shopId: 7 }] },
      { addressId: [b.addressId], payment: 'cod' },
    ]) {
      const res = await quote(b.user, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const bad = await checkout(b.user, {
      addressId: b.addressId,
      payment: 'cod',
      expectedTotal: -5,
    });
    expect(bad.statusCode).toBe(400);
    const text = await checkout(b.user, {
      addressId: b.addressId,
      payment: 'cod',
      expectedTotal: '100',
    });
    expect(text.statusCode).toBe(400);
    expect(await ordersOf(b.user.id)).toEqual([]);
  });

  it('sellers and anonymous callers cannot quote', async () => {
    const s = await shop();
    const b = await customerWith([{ variantId: s.variantId, quantity: 1 }]);
    const body = { addressId: b.addressId, payment: 'cod' };
    const anon = await quote(null, body);
    expect(anon.statusCode).toBe(401);
    expect(anon.json().error.code).toBe('UNAUTHENTICATED');
    const seller = await quote(s.seller, body);
    expect(seller.statusCode).toBe(403);
    expect(seller.json().error.code).toBe('FORBIDDEN');
  });

  it('an empty cart: 400 CART_EMPTY', async () => {
    const b = await customerWith([]);
    const res = await quote(b.user, { addressId: b.addressId, payment: 'cod' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('CART_EMPTY');
  });
});
