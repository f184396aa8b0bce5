import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateToLatest } from '../../../platform/db/migrate.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { importMedicines, MEDICINE_FILES, MedicineImportError } from '../index.ts';

// The medicine data is read at test time from the shared folder, never copied into the repository.
const DATA_DIR = process.env.HAAT_MEDICINE_DIR ?? '/work/shared/data';
const haveData = existsSync(path.join(DATA_DIR, MEDICINE_FILES.medicines));
if (!haveData) {
  console.warn(
    `medicine import test skipped: ${DATA_DIR} has no ${MEDICINE_FILES.medicines} (set HAAT_MEDICINE_DIR)`,
  );
}

let t: TestApp;
const temps: string[] = [];
// A database of its own: the whole master (21,714 brands) must not reach other files' tests, which
// write small masters of their own and count on them.
const database = `haat_medicines_${randomUUID().slice(0, 8)}`;
const databaseUrl = Object.assign(new URL(inject('databaseUrl')), {
  pathname: `/${database}`,
}).toString();

async function onServer(text: string): Promise<void> {
  const client = new pg.Client({
    connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString(),
  });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await onServer(`CREATE DATABASE ${database}`);
  t = await createTestApp({ DATABASE_URL: databaseUrl });
  await migrateToLatest(t.ctx.db);
});
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
  await t?.close();
  await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'haat-medicines-'));
  temps.push(dir);
  return dir;
}

const MANUFACTURERS = 'manufacturer_id,manufacturer_name,generics_count,brand_names_count\n';
const GENERICS = 'generic_id,generic_name,drug_class,indication\n';
const MEDICINES =
  'brand_id,brand_name,type,dosage_form,generic,strength,manufacturer,price_basis,price_bdt,pack_qty,pack_price_bdt,package_raw\n';

async function smallSet(medicineRows: string[]): Promise<string> {
  const dir = await tempDir();
  await writeFile(
    path.join(dir, MEDICINE_FILES.manufacturers),
    `${MANUFACTURERS}900001,Testmaker Pharma Ltd.,1,1\n`,
  );
  await writeFile(
    path.join(dir, MEDICINE_FILES.generics),
    `${GENERICS}900001,Testamol,Non opioid analgesics,Fever\n`,
  );
  await writeFile(path.join(dir, MEDICINE_FILES.medicines), MEDICINES + medicineRows.join('\n'));
  return dir;
}

describe('haat import medicines: bad files', () => {
  it('refuses a malformed row with its line number and writes nothing', async () => {
    const dir = await smallSet([
      '900001,Testa,allopathic,Tablet,Testamol,500 mg,Testmaker Pharma Ltd.,unit,1.20,10,12.00,',
      '',
      '900002,Testa,allopathic,Tablet,Testamol,250 mg,Testmaker Pharma Ltd.,unit,one taka,10,,',
    ]);
    const error = await importMedicines(t.ctx, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MedicineImportError);
    expect((error as Error).message).toMatch(/bd_medicines\.csv line 4: price_bdt "one taka"/);
    const written = await t.ctx.db
      .selectFrom('medicine_manufacturers')
      .select('id')
      .where('name', '=', 'Testmaker Pharma Ltd.')
      .execute();
    expect(written).toEqual([]);
  });

  it('refuses a repeated id, a missing column and a missing file', async () => {
    const repeated = await smallSet([
      '900001,Testa,allopathic,Tablet,Testamol,500 mg,Testmaker Pharma Ltd.,unit,1.20,10,12.00,',
      '900001,Testb,allopathic,Tablet,Testamol,500 mg,Testmaker Pharma Ltd.,unit,1.20,10,12.00,',
    ]);
    await expect(importMedicines(t.ctx, repeated)).rejects.toThrow(
      /line 3: id 900001 repeats line 2/,
    );
    const noColumn = await tempDir();
    await writeFile(path.join(noColumn, MEDICINE_FILES.manufacturers), MANUFACTURERS + '1,X,1,1\n');
    await writeFile(path.join(noColumn, MEDICINE_FILES.generics), 'generic_id,generic_name\n1,Y\n');
    await writeFile(path.join(noColumn, MEDICINE_FILES.medicines), MEDICINES);
    await expect(importMedicines(t.ctx, noColumn)).rejects.toThrow(
      /missing column\(s\) drug_class/,
    );
    await expect(importMedicines(t.ctx, path.join(noColumn, 'nope'))).rejects.toThrow(
      /cannot read/,
    );
  });

  it('parses MRP into poisha and adopts a demo entry that agrees on brand, strength, form and maker', async () => {
    const demo = await t.ctx.db
      .insertInto('medicines')
      .values({
        brand: 'Testa',
        generic_name: 'Testamol',
        strength: '500 mg',
        dosage_form: 'Tablet',
        manufacturer_name: 'Testmaker Pharma Ltd.',
        prescription_class: 'rx',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const dir = await smallSet([
      '900001,Testa,allopathic,Tablet,Testamol,500 mg,Testmaker Pharma Ltd.,unit,"1,201.5",10,12.00,',
      '900002,Testa,allopathic,Syrup,Testamol,120 mg/5 ml,Testmaker Pharma Ltd.,100 ml bottle,40.12,,,',
    ]);
    const report = await importMedicines(t.ctx, dir);
    expect(report.medicines).toMatchObject({ rows: 2, inserted: 1, adopted: 1, updated: 0 });
    const rows = await t.ctx.db
      .selectFrom('medicines')
      .selectAll()
      .where('brand', '=', 'Testa')
      .orderBy('source_id')
      .execute();
    expect(
      rows.map((r) => [r.id === demo.id, r.source_id, Number(r.unit_price), r.pack_qty]),
    ).toEqual([
      [true, 900001, 120150, 10],
      [false, 900002, 4012, null],
    ]);
    expect(Number(rows[0]!.pack_price)).toBe(1200);
    expect(rows[0]!.generic_id).not.toBeNull();
  });
});

describe.skipIf(!haveData)(`haat import medicines ${DATA_DIR}`, () => {
  it('imports every brand, is idempotent, and a changed price is reported as exactly that', async () => {
    const first = await importMedicines(t.ctx, DATA_DIR);
    expect(first.medicines.rows).toBe(21714);
    expect(first.medicines.inserted + first.medicines.adopted + first.medicines.updated).toBe(
      21714,
    );
    expect(first.generics.rows).toBe(1711);
    expect(first.manufacturers.rows).toBe(240);
    console.log('classes on the full data:', first.classes);

    const napa = await t.ctx.db
      .selectFrom('medicines')
      .selectAll()
      .where('source_id', '=', 10452)
      .executeTakeFirstOrThrow();
    expect(napa).toMatchObject({
      brand: 'Napa',
      strength: '500 mg',
      price_basis: 'unit',
      pack_qty: 510,
      prescription_class: 'otc',
    });
    expect(Number(napa.unit_price)).toBe(120);
    expect(Number(napa.pack_price)).toBe(61200);

    const again = await importMedicines(t.ctx, DATA_DIR);
    expect(again.medicines).toMatchObject({
      inserted: 0,
      updated: 0,
      adopted: 0,
      unchanged: 21714,
    });
    expect(again.generics).toMatchObject({ inserted: 0, updated: 0 });
    expect(again.manufacturers).toMatchObject({ inserted: 0, updated: 0 });
    expect(again.examples).toEqual([]);

    // A copy with Napa 500's unit price changed from 1.20 to 1.35 taka.
    const copy = await tempDir();
    for (const file of Object.values(MEDICINE_FILES)) {
      await copyFile(path.join(DATA_DIR, file), path.join(copy, file));
    }
    const medicinesFile = path.join(copy, MEDICINE_FILES.medicines);
    const text = await readFile(medicinesFile, 'utf8');
    const changed = text.replace(
      /^10452,Napa,allopathic,Tablet,Paracetamol,500 mg,Beximco Pharmaceuticals Ltd\.,unit,1\.20,/m,
      '10452,Napa,allopathic,Tablet,Paracetamol,500 mg,Beximco Pharmaceuticals Ltd.,unit,1.35,',
    );
    expect(changed).not.toBe(text);
    await writeFile(medicinesFile, changed);
    const third = await importMedicines(t.ctx, copy);
    expect(third.medicines).toMatchObject({ inserted: 0, updated: 1, unchanged: 21713 });
    expect(third.examples).toEqual([
      { sourceId: 10452, brand: 'Napa', changes: { unit_price: { from: 120, to: 135 } } },
    ]);
  }, 120_000);

  it('keeps a class an admin set', async () => {
    await t.ctx.db
      .updateTable('medicines')
      .set({ prescription_class: 'rx', class_reason: 'admin: test', class_overridden: true })
      .where('source_id', '=', 10452)
      .execute();
    const report = await importMedicines(t.ctx, DATA_DIR);
    expect(report.medicines.classKept).toBeGreaterThanOrEqual(1);
    const napa = await t.ctx.db
      .selectFrom('medicines')
      .select(['prescription_class', 'class_reason', 'unit_price'])
      .where('source_id', '=', 10452)
      .executeTakeFirstOrThrow();
    expect(napa).toMatchObject({ prescription_class: 'rx', class_reason: 'admin: test' });
    expect(Number(napa.unit_price)).toBe(120); // the source's price again
  }, 60_000);
});
