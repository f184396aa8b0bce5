import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { approveInDb, createShop, postShop } from '../../../test/helpers/shops.ts';

let t: TestApp;
let sellerA: TestUser;
let sellerB: TestUser;
let customer: TestUser;
let admin: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  [sellerA, sellerB, customer, admin] = await Promise.all([
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'customer' }),
    createUser(t.ctx, { role: 'admin' }),
  ]);
});
afterAll(() => t.close());

async function shopsOf(ownerId: string) {
  return t.ctx.db.selectFrom('shops').selectAll().where('owner_id', '=', ownerId).execute();
}

describe('POST /shops', () => {
  it('registers a pending shop with normalized phone, text and defaults', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const res = await postShop(t, seller.auth, {
      phone: '০১৮১২-৩৪৫৬৭৮',
      // Precomposed য় (U+09DF), a stray ZWNJ and extra spaces: stored as NFC, joiner dropped.
      nameBn: '  ন\u09df\u09be\u200c দোকান ',
      nameEn: 'Café Naya',
    });
    expect(res.statusCode).toBe(201);
    const shop = res.json();
    expect(shop).toMatchObject({
      ownerId: seller.id,
      status: 'pending',
      phone: '+8801812345678',
      nameBn: 'ন\u09df\u09be দোকান'.normalize('NFC'),
      deliveryRadiusM: 3000,
      rejectionReason: null,
      drugLicence: null,
    });
    expect(shop.slug).toMatch(/^cafe-naya(-[0-9a-f]{6})?$/);
    expect(shop.openingHours).toEqual([{ day: 0, open: '09:00', close: '21:00' }]);
  });

  it('gives two shops with the same English name different slugs', async () => {
    const name = `Same Name ${Date.now()}`;
    const one = await createShop(t, sellerA, { nameEn: name });
    const two = await createShop(t, sellerB, { nameEn: name });
    expect(one.slug).not.toBe(two.slug);
    expect(two.slug.startsWith(one.slug)).toBe(true);
  });

  it('is for sellers only', async () => {
    const asCustomer = await postShop(t, customer.auth);
    expect(asCustomer.statusCode).toBe(403);
    expect(asCustomer.json().error.code).toBe('FORBIDDEN');
    expect(await shopsOf(customer.id)).toHaveLength(0);
    const anonymous = await postShop(t, {} as { authorization: string });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses status, ownerId and other unknown fields (no mass assignment)', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    for (const extra of [
      { status: 'approved' },
      { ownerId: sellerA.id },
      { approvedAt: '2025-01-01' },
    ]) {
      const res = await postShop(t, seller.auth, extra);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await shopsOf(seller.id)).toHaveLength(0);
  });

  it('requires a drug licence for a pharmacy', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const without = await postShop(t, seller.auth, { type: 'pharmacy' });
    expect(without.statusCode).toBe(400);
    expect(without.json().error.code).toBe('DRUG_LICENCE_REQUIRED');
    const blank = await postShop(t, seller.auth, { type: 'pharmacy', drugLicence: '   ' });
    expect(blank.json().error.code).toBe('DRUG_LICENCE_REQUIRED');
    const withLicence = await postShop(t, seller.auth, { type: 'pharmacy', drugLicence: 'DL-123' });
    expect(withLicence.statusCode).toBe(201);
    expect(withLicence.json().drugLicence).toBe('DL-123');
  });

  it('refuses locations outside Bangladesh, bad phones, bad hours and radii', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const cases: [Record<string, unknown>, string][] = [
      [{ lat: 28.61, lng: 77.21 }, 'OUTSIDE_BANGLADESH'],
      [{ phone: '0171122' }, 'PHONE_INVALID'],
      [{ phone: '+44 20 7946 0018' }, 'PHONE_INVALID'],
      [{ openingHours: [{ day: 1, open: '9:00', close: '21:00' }] }, 'OPENING_HOURS_INVALID'],
      [{ openingHours: [{ day: 1, open: '24:00', close: '23:00' }] }, 'OPENING_HOURS_INVALID'],
      [{ openingHours: [{ day: 1, open: '21:00', close: '09:00' }] }, 'OPENING_HOURS_INVALID'],
      [{ openingHours: [{ day: 1, open: '10:00', close: '10:00' }] }, 'OPENING_HOURS_INVALID'],
      [
        {
          openingHours: [
            { day: 2, open: '09:00', close: '14:00' },
            { day: 2, open: '13:00', close: '20:00' },
          ],
        },
        'OPENING_HOURS_INVALID',
      ],
      [{ deliveryRadiusM: 99 }, 'DELIVERY_RADIUS_OUT_OF_RANGE'],
      [{ deliveryRadiusM: 50_001 }, 'DELIVERY_RADIUS_OUT_OF_RANGE'],
      [{ placeId: 987654321 }, 'PLACE_UNKNOWN'],
      [{ nameEn: '   ' }, 'VALIDATION_FAILED'],
      [{ type: 'bank' }, 'VALIDATION_FAILED'],
    ];
    for (const [overrides, code] of cases) {
      const res = await postShop(t, seller.auth, overrides);
      expect({ overrides, code: res.json().error?.code, status: res.statusCode }).toEqual({
        overrides,
        code,
        status: 400,
      });
    }
    expect(await shopsOf(seller.id)).toHaveLength(0);
  });

  it('accepts split hours and the radius bounds themselves', async () => {
    const res = await postShop(t, sellerA.auth, {
      deliveryRadiusM: 100,
      openingHours: [
        { day: 5, open: '09:00', close: '12:30' },
        { day: 5, open: '14:30', close: '22:00' },
      ],
    });
    expect(res.statusCode).toBe(201);
    const far = await postShop(t, sellerA.auth, { deliveryRadiusM: 50_000 });
    expect(far.statusCode).toBe(201);
  });
});

describe('GET /shops/{id} and /shops/mine', () => {
  it('hides an unapproved shop from everyone but its owner and admins', async () => {
    const shop = await createShop(t, sellerA);
    const get = (headers: Record<string, string> = {}) =>
      t.app.inject({ url: `/api/v1/shops/${shop.id}`, headers });
    expect((await get(sellerA.auth)).statusCode).toBe(200);
    expect((await get(admin.auth)).statusCode).toBe(200);
    for (const res of [await get(sellerB.auth), await get(customer.auth), await get()]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('SHOP_NOT_FOUND');
    }
    await approveInDb(t, shop.id);
    const publicRes = await get();
    expect(publicRes.statusCode).toBe(200);
    expect(publicRes.json().status).toBe('approved');
  });

  it('lists only the signed-in seller’s own shops', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const mine = await createShop(t, seller);
    await createShop(t, sellerB);
    const res = await t.app.inject({ url: '/api/v1/shops/mine', headers: seller.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((s: { id: string }) => s.id)).toEqual([mine.id]);
    const asCustomer = await t.app.inject({ url: '/api/v1/shops/mine', headers: customer.auth });
    expect(asCustomer.statusCode).toBe(403);
  });

  it('answers 400 for an id that is not a uuid', async () => {
    const res = await t.app.inject('/api/v1/shops/123');
    expect(res.statusCode).toBe(400);
  });
});

describe('PATCH /shops/{id}', () => {
  const patch = (id: string, headers: Record<string, string>, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/shops/${id}`, headers, payload });

  it('lets the owner edit and re-validates the merged shop', async () => {
    const shop = await createShop(t, sellerA);
    const res = await patch(shop.id, sellerA.auth, {
      nameEn: 'Rahim Super Store',
      phone: '+880 1911 000111',
      deliveryRadiusM: 5000,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      nameEn: 'Rahim Super Store',
      phone: '+8801911000111',
      deliveryRadiusM: 5000,
      slug: shop.slug, // URLs stay stable
      status: 'pending',
    });
    const toPharmacy = await patch(shop.id, sellerA.auth, { type: 'pharmacy' });
    expect(toPharmacy.json().error.code).toBe('DRUG_LICENCE_REQUIRED');
    const outside = await patch(shop.id, sellerA.auth, { lng: 95 });
    expect(outside.json().error.code).toBe('OUTSIDE_BANGLADESH');
    const row = await t.ctx.db
      .selectFrom('shops')
      .selectAll()
      .where('id', '=', shop.id)
      .executeTakeFirstOrThrow();
    expect(row.type).toBe('grocery');
    expect(row.lng).toBe(shop.lng);
  });

  it('does not let another seller edit (404 while unapproved, 403 once public)', async () => {
    const shop = await createShop(t, sellerA);
    const hidden = await patch(shop.id, sellerB.auth, { nameEn: 'Hijacked' });
    expect(hidden.statusCode).toBe(404);
    await approveInDb(t, shop.id);
    const visible = await patch(shop.id, sellerB.auth, { nameEn: 'Hijacked' });
    expect(visible.statusCode).toBe(403);
    const asCustomer = await patch(shop.id, customer.auth, { nameEn: 'Hijacked' });
    expect(asCustomer.statusCode).toBe(403);
    const row = await t.ctx.db
      .selectFrom('shops')
      .select('name_en')
      .where('id', '=', shop.id)
      .executeTakeFirstOrThrow();
    expect(row.name_en).toBe('Rahim Store');
  });

  it('lets an admin edit any shop', async () => {
    const shop = await createShop(t, sellerA);
    const res = await patch(shop.id, admin.auth, { address: 'রোড ২, গুলশান ১, ঢাকা' });
    expect(res.statusCode).toBe(200);
    expect(res.json().address).toBe('রোড ২, গুলশান ১, ঢাকা');
  });

  it('never sets status, even for an admin', async () => {
    const shop = await createShop(t, sellerA);
    for (const user of [sellerA, admin]) {
      const res = await patch(shop.id, user.auth, { status: 'approved' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const row = await t.ctx.db
      .selectFrom('shops')
      .select('status')
      .where('id', '=', shop.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
  });
});
