import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { importGazetteer } from './index.ts';

// The shared data folder is read at test time, never copied into the repository.
const DATA_DIR = process.env.HAAT_GAZETTEER_DIR ?? '/work/shared/data';
const haveData = existsSync(path.join(DATA_DIR, 'bd_upazilas.csv'));
if (!haveData) {
  console.warn(
    `gazetteer import test skipped: ${DATA_DIR} has no gazetteer CSVs (set HAAT_GAZETTEER_DIR)`,
  );
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const countByLevel = async () => {
  const rows = await t.ctx.db
    .selectFrom('places')
    .select(['level', t.ctx.db.fn.countAll<number>().as('n')])
    .groupBy('level')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]));
};
const byKey = (sourceKey: string) =>
  t.ctx.db
    .selectFrom('places')
    .selectAll()
    .where('source_key', '=', sourceKey)
    .executeTakeFirstOrThrow();

describe.skipIf(!haveData)(`haat import gazetteer ${DATA_DIR}`, () => {
  it('finds the migrations already loaded the same data: built-in places adopted, nothing to change', async () => {
    // Migration 0014 loads Haat's shipped copy (src/modules/geo/data); the source adds nothing.
    const report = await importGazetteer(t.ctx.db, DATA_DIR);
    expect(report.division.rows).toBe(8);
    expect(report.district.rows).toBe(64);
    expect(report.upazila.rows).toBe(494);
    expect(report.area.rows).toBe(142);
    for (const level of ['division', 'district', 'upazila', 'area'] as const) {
      expect(report[level]).toMatchObject({ inserted: 0, updated: 0, matchedHandWritten: 0 });
    }

    const counts = await countByLevel();
    expect(counts.division).toBe(8); // not 16: the built-in divisions were matched, not duplicated
    expect(counts.district).toBe(64);
    expect(counts.upazila).toBe(494);

    // Built-in rows keep the project's spelling and coordinates and carry the import key too.
    const dhaka = await byKey('haat:division:dhaka');
    expect(dhaka.import_key).toBe('bd:division:6');
    const chattogram = await byKey('haat:division:chattogram');
    expect(chattogram.import_key).toBe('bd:division:1'); // source spells it "Chattagram"
    expect(chattogram.name_en).toBe('Chattogram');
    const gulshan = await byKey('haat:area:dhaka:gulshan');
    expect(gulshan).toMatchObject({ lat: 23.786, import_key: 'bd:area:47:gulshan' });

    // Upazilas hang under the (adopted) Dhaka district; spelling variants of an area merge.
    const savar = await t.ctx.db
      .selectFrom('places')
      .selectAll()
      .where('import_key', '=', 'bd:upazila:365')
      .executeTakeFirstOrThrow();
    expect(savar).toMatchObject({
      name_en: 'Savar',
      name_bn: 'সাভার',
      parent_id: (await byKey('haat:district:dhaka')).id,
    });
    const areaNames = await t.ctx.db
      .selectFrom('places')
      .select('name_en')
      .where('level', '=', 'area')
      .execute();
    const names = areaNames.map((a) => a.name_en);
    expect(names.filter((n) => n === 'Gulshan')).toHaveLength(1);
    expect(names.filter((n) => n === 'Banani')).toHaveLength(1); // listed under both corporations
    expect(names).not.toContain('Basundhara R/A'); // alias of the built-in Bashundhara
    // Areas the source gives no coordinates for are kept, without coordinates.
    const niketon = await t.ctx.db
      .selectFrom('places')
      .selectAll()
      .where('name_en', '=', 'Niketon')
      .executeTakeFirstOrThrow();
    expect(niketon.lat).toBeNull();
    expect(counts.area).toBe(
      report.area.rows - report.area.duplicates + (await builtInAreasNotInFile()),
    );

    // The nearest endpoint knows upazilas outside Dhaka city.
    const res = await t.app.inject('/api/v1/geo/nearest?lat=23.8811&lng=90.2807');
    expect(res.json().place).toMatchObject({ nameEn: 'Savar', level: 'upazila' });
  });
});

async function builtInAreasNotInFile() {
  const rows = await t.ctx.db
    .selectFrom('places')
    .select('id')
    .where('level', '=', 'area')
    .where('source_key', 'is not', null)
    .where('import_key', 'is', null)
    .execute();
  return rows.length;
}

describe('gazetteer import atomicity', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'haat-gazetteer-'));
    await writeFile(
      path.join(dir, 'bd_divisions.csv'),
      'id,name_en,name_bn,lat,lon\n901,Testland,টেস্টল্যান্ড,23.1,90.1\n',
    );
    // References a division that does not exist: the whole import must roll back.
    await writeFile(
      path.join(dir, 'bd_districts.csv'),
      'id,division_id,name_en,name_bn,lat,lon\n902,999,Nowhere,কোথাও না,23.2,90.2\n',
    );
    await writeFile(path.join(dir, 'bd_upazilas.csv'), 'id,district_id,name_en,name_bn,lat,lon\n');
    await writeFile(
      path.join(dir, 'dhaka_city_areas.csv'),
      'district_id,city_corporation,name_en,name_bn,lat,lon\n',
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes nothing when a row is bad', async () => {
    await expect(importGazetteer(t.ctx.db, dir)).rejects.toThrow(/bd:division:999/);
    const testland = await t.ctx.db
      .selectFrom('places')
      .select('id')
      .where('name_en', '=', 'Testland')
      .execute();
    expect(testland).toHaveLength(0);
  });

  it('says which file is missing', async () => {
    await expect(importGazetteer(t.ctx.db, path.join(dir, 'nope'))).rejects.toThrow(
      /bd_divisions\.csv/,
    );
  });
});
