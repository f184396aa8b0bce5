import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';

// The gazetteer Haat ships: what a fresh database knows with no import at all.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Place = { id: number; level: string; nameEn: string; nameBn: string };
type Found = Place & { ancestors: Place[] };

async function search(q: string, extra = ''): Promise<Found[]> {
  const res = await t.app.inject(`/api/v1/geo/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

describe('the built-in gazetteer', () => {
  it('knows all 8 divisions, 64 districts and 494 upazilas from the migrations alone', async () => {
    const rows = await t.ctx.db
      .selectFrom('places')
      .select(['level', t.ctx.db.fn.countAll<string>().as('n')])
      .groupBy('level')
      .execute();
    const counts = Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]));
    expect(counts).toMatchObject({ division: 8, district: 64, upazila: 494 });
    expect(counts.area).toBeGreaterThan(100); // Dhaka city areas, merged with the hand-written ones
  });

  it('answers Rangpur at Rangpur, not a Dhaka area 237 km away', async () => {
    const res = await t.app.inject('/api/v1/geo/nearest?lat=25.7439&lng=89.2752');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.place).toMatchObject({ level: 'upazila', nameEn: 'Rangpur Sadar' });
    expect(body.distanceM).toBeLessThan(10_000);
    expect(body.ancestors.map((a: Place) => a.nameEn)).toEqual(['Rangpur', 'Rangpur']);
  });

  it.each([
    [22.4666, 91.7866, 'Chattogram'], // Hathazari road, Chattogram
    [24.8949, 91.8687, 'Sylhet'],
    [22.5726, 89.5389, 'Khulna'], // Bagerhat side of Khulna division
    [21.4272, 92.0058, "Cox's Bazar"],
  ])('places a point at %f, %f in %s division or district', async (lat, lng, name) => {
    const body = (await t.app.inject(`/api/v1/geo/nearest?lat=${lat}&lng=${lng}`)).json();
    expect(body.distanceM).toBeLessThan(25_000);
    expect(body.ancestors.map((a: Place) => a.nameEn)).toContain(name);
  });

  it('lists every upazila of a district outside Dhaka for the area pickers', async () => {
    const bogura = await t.ctx.db
      .selectFrom('places')
      .select('id')
      .where('level', '=', 'district')
      .where('name_en', '=', 'Bogura')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject(`/api/v1/geo/places?parentId=${bogura.id}`);
    const names = res.json().items.map((p: Place) => p.nameEn);
    expect(names).toHaveLength(12);
    expect(names).toEqual(expect.arrayContaining(['Sherpur', 'Shibganj', 'Adamdighi']));
  });

  it("uses the project's spellings for districts and keeps the source's as search aliases", async () => {
    const [cox] = await search('Coxsbazar', '&level=district');
    expect(cox).toMatchObject({ nameEn: "Cox's Bazar", nameBn: 'কক্সবাজার' });
    const [barishal] = await search('Barisal', '&level=district');
    expect(barishal?.nameEn).toBe('Barishal');
  });
});

describe('GET /geo/search', () => {
  it.each([
    ['rongpur', 'Rangpur'],
    ['রংপুর', 'Rangpur'],
    ['Comilla', 'Cumilla'],
    ['কুমিল্লা', 'Cumilla'],
    ['Chittagong', 'Chattogram'],
    ['jessore', 'Jashore'],
    ['bogra', 'Bogura'],
    ['sylet', 'Sylhet'],
    ['moymonsingh', 'Mymensingh'],
    ['coxbazar', "Cox's Bazar"],
    ['kokshobazar', "Cox's Bazar"],
  ])('finds %s as %s first', async (q, nameEn) => {
    const [first] = await search(q);
    expect(first?.nameEn).toBe(nameEn);
  });

  it('finds upazilas in any script, with their district and division', async () => {
    const [savar] = await search('shavar', '&level=upazila');
    expect(savar).toMatchObject({ nameEn: 'Savar', nameBn: 'সাভার' });
    expect(savar!.ancestors.map((a) => a.nameEn)).toEqual(['Dhaka', 'Dhaka']);
    const [ullapara] = await search('উল্লাপাড়া');
    expect(ullapara?.ancestors.map((a) => a.nameEn)).toContain('Sirajganj');
  });

  it('answers nothing rather than a wild guess for a word that is no place', async () => {
    expect(await search('xqzvw')).toEqual([]);
  });

  it('refuses an empty or over-long query with the error format', async () => {
    for (const q of ['', 'a'.repeat(101)]) {
      const res = await t.app.inject(`/api/v1/geo/search?q=${q}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });
});
