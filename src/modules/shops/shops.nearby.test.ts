import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { approveInDb, createShop, randomPointInBangladesh } from '../../../test/helpers/shops.ts';
import { nearbyQuery } from './shops.repo.ts';

let t: TestApp;
let seller: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  seller = await createUser(t.ctx, { role: 'seller' });
});
afterAll(() => t.close());

// About 111 m per 0.001° of latitude.
const north = (p: { lat: number; lng: number }, metres: number) => ({
  lat: p.lat + metres / 111_195,
  lng: p.lng,
});

async function nearby(query: string) {
  return t.app.inject(`/api/v1/shops/nearby?${query}`);
}

describe('GET /shops/nearby', () => {
  it('returns approved shops within the radius, nearest first, with distances', async () => {
    const centre = randomPointInBangladesh();
    const at = async (metres: number, approved = true) => {
      const shop = await createShop(t, seller, north(centre, metres));
      if (approved) await approveInDb(t, shop.id);
      return shop.id as string;
    };
    const far = await at(700);
    const near = await at(200);
    const pending = await at(100, false);
    const outside = await at(3000);
    const ours = new Set([far, near, pending, outside]);

    const res = await nearby(`lat=${centre.lat}&lng=${centre.lng}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items.filter((s: { id: string }) => ours.has(s.id));
    expect(items.map((s: { id: string }) => s.id)).toEqual([near, far]);
    expect(items[0].distanceM).toBeGreaterThanOrEqual(195);
    expect(items[0].distanceM).toBeLessThanOrEqual(205);
    expect(items.every((s: { status: string }) => s.status === 'approved')).toBe(true);

    const wider = await nearby(`lat=${centre.lat}&lng=${centre.lng}&radius=5000`);
    const widerIds = wider
      .json()
      .items.map((s: { id: string }) => s.id)
      .filter((id: string) => ours.has(id));
    expect(widerIds).toEqual([near, far, outside]);
  });

  it('refuses points outside Bangladesh and radii over 50 km', async () => {
    const outside = await nearby('lat=51.5&lng=-0.12');
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.code).toBe('OUTSIDE_BANGLADESH');
    const tooWide = await nearby('lat=23.75&lng=90.39&radius=50001');
    expect(tooWide.statusCode).toBe(400);
    expect(tooWide.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('is answered by the GiST index on ll_to_earth(lat, lng)', async () => {
    // Few rows in a test database: turn sequential scans off so the planner shows what it would
    // use on a real one (see docs/geo.md for the plan on a large table).
    const plan = await t.ctx.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      const rows = await nearbyQuery(tx, 23.75, 90.39, 1000).explain();
      return rows.map((r) => String(r['QUERY PLAN'])).join('\n');
    });
    expect(plan).toMatch(/Index Scan using shops_location|Bitmap Index Scan on shops_location/);
  });
});
