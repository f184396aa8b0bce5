import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { nearestPlaceQuery } from './geo.repo.ts';
import { isInsideBangladesh } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Place = { id: number; level: string; parentId: number | null; nameEn: string; nameBn: string };

async function places(query: string): Promise<Place[]> {
  const res = await t.app.inject(`/api/v1/geo/places?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

describe('isInsideBangladesh', () => {
  it('accepts the corners of the country and refuses places outside the box', () => {
    expect(isInsideBangladesh(23.7465, 90.376)).toBe(true); // Dhaka
    expect(isInsideBangladesh(20.86, 92.3)).toBe(true); // Teknaf
    expect(isInsideBangladesh(26.48, 88.35)).toBe(true); // Tetulia
    expect(isInsideBangladesh(28.61, 77.21)).toBe(false); // Delhi
    expect(isInsideBangladesh(23.7, 93.0)).toBe(false);
    expect(isInsideBangladesh(Number.NaN, 90)).toBe(false);
  });
});

describe('GET /geo/places', () => {
  it('lists the eight divisions from the built-in list, sorted by English name, in both languages', async () => {
    const divisions = await places('level=division');
    expect(divisions).toHaveLength(8);
    const names = divisions.map((d) => d.nameEn);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(divisions.find((d) => d.nameEn === 'Dhaka')).toMatchObject({
      nameBn: 'ঢাকা',
      parentId: null,
    });
    expect(divisions.find((d) => d.nameEn === 'Sylhet')?.nameBn).toBe('সিলেট');
  });

  it('lists the children of a place', async () => {
    const dhakaDivision = (await places('level=division')).find((d) => d.nameEn === 'Dhaka')!;
    const districts = await places(`parentId=${dhakaDivision.id}`);
    const dhaka = districts.find((d) => d.nameEn === 'Dhaka')!;
    expect(dhaka.level).toBe('district');
    const areas = await places(`parentId=${dhaka.id}&level=area`);
    expect(areas.map((a) => a.nameEn)).toEqual(expect.arrayContaining(['Gulshan', 'Dhanmondi']));
    expect(areas.find((a) => a.nameEn === 'Gulshan')?.nameBn).toBe('গুলশান');
  });

  it('refuses an unknown level', async () => {
    const res = await t.app.inject('/api/v1/geo/places?level=village');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /geo/places/{id}', () => {
  it('returns a place with its ancestors, division first', async () => {
    const gulshan = (await places('level=area')).find((a) => a.nameEn === 'Gulshan')!;
    const res = await t.app.inject(`/api/v1/geo/places/${gulshan.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: gulshan.id, level: 'area', nameBn: 'গুলশান' });
    expect(body.ancestors.map((a: Place) => [a.level, a.nameEn])).toEqual([
      ['division', 'Dhaka'],
      ['district', 'Dhaka'],
    ]);
  });

  it('answers 404 PLACE_NOT_FOUND in the requested language', async () => {
    const res = await t.app.inject({
      url: '/api/v1/geo/places/987654321',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: 'PLACE_NOT_FOUND',
      message: 'Place not found.',
    });
  });
});

describe('GET /geo/nearest', () => {
  it('finds the area a point is in, with distance and ancestors', async () => {
    // A point ~150 m from the built-in centre of Dhanmondi.
    const res = await t.app.inject('/api/v1/geo/nearest?lat=23.7478&lng=90.3765');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.place).toMatchObject({ nameEn: 'Dhanmondi', level: 'area' });
    expect(body.distanceM).toBeGreaterThan(100);
    expect(body.distanceM).toBeLessThan(200);
    expect(body.ancestors.map((a: Place) => a.level)).toEqual(['division', 'district']);
  });

  it('refuses points outside Bangladesh with OUTSIDE_BANGLADESH', async () => {
    const res = await t.app.inject('/api/v1/geo/nearest?lat=28.61&lng=77.21');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('OUTSIDE_BANGLADESH');
    expect(res.json().error.message).toBe('এই অবস্থানটি বাংলাদেশের বাইরে।');
  });

  it('needs both coordinates', async () => {
    const res = await t.app.inject('/api/v1/geo/nearest?lat=23.7');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('nearest-place query plan', () => {
  it('walks the GiST index in distance order (nearest-neighbour scan)', async () => {
    const plan = await t.ctx.db.transaction().execute(async (tx) => {
      // Tiny tables and fresh statistics make any plan cheap; rule out the alternatives so the
      // test shows that the index CAN serve the nearest-neighbour order (what large tables use).
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      await sql`SET LOCAL enable_bitmapscan = off`.execute(tx);
      await sql`SET LOCAL enable_sort = off`.execute(tx);
      const result = await sql<{
        'QUERY PLAN': string;
      }>`EXPLAIN ${nearestPlaceQuery(23.75, 90.39)}`.execute(tx);
      return result.rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('Index Scan using places_location');
    expect(plan).toMatch(/Order By: .*<->/);
  });
});
