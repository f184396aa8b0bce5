import { randomInt } from 'node:crypto';
import '../../src/modules/shops/shops.tables.ts';
import type { TestApp } from './app.ts';

/** A random point well inside Bangladesh, so shops of different test files rarely meet. */
export function randomPointInBangladesh() {
  return {
    lat: 22.5 + randomInt(0, 200_000) / 100_000,
    lng: 89.2 + randomInt(0, 200_000) / 100_000,
  };
}

export function shopBody(overrides: Record<string, unknown> = {}) {
  return {
    nameBn: 'রহিম স্টোর',
    nameEn: 'Rahim Store',
    type: 'grocery',
    phone: '01711-223344',
    address: 'বাড়ি ৭, রোড ৩, ধানমন্ডি, ঢাকা',
    lat: 23.7465,
    lng: 90.376,
    openingHours: [{ day: 0, open: '09:00', close: '21:00' }],
    ...overrides,
  };
}

export async function postShop(
  t: TestApp,
  auth: { authorization: string },
  overrides: Record<string, unknown> = {},
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/shops',
    headers: auth,
    payload: shopBody(overrides),
  });
}

/** Creates a shop through the API as `seller` and returns its JSON (status pending). */
export async function createShop(
  t: TestApp,
  seller: { auth: { authorization: string } },
  overrides: Record<string, unknown> = {},
) {
  const res = await postShop(t, seller.auth, overrides);
  if (res.statusCode !== 201) throw new Error(`createShop failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Approves a shop straight in the database (tests that are not about approval). */
export async function approveInDb(t: TestApp, shopId: string) {
  await t.ctx.db
    .updateTable('shops')
    .set({ status: 'approved', approved_at: new Date() })
    .where('id', '=', shopId)
    .execute();
}
