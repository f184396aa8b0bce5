import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { seedDefaultCategories } from './categories.service.ts';
import { csvColumns, takaToPoisha } from './csv.format.ts';
import { insertShop, multipartFile } from './test-support.ts';

let t: TestApp;
let seller: TestUser;
let rival: TestUser;
let customer: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  await seedDefaultCategories(t.ctx.db);
  [seller, rival, customer] = await Promise.all([
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'customer' }),
  ]);
});
afterAll(() => t.close());

const header = csvColumns.join(',');
function row(values: Partial<Record<(typeof csvColumns)[number], string>>) {
  return csvColumns.map((c) => values[c] ?? '').join(',');
}

function importCsv(shopId: string, csv: string | Buffer, auth = seller.auth) {
  const body = multipartFile(
    Buffer.isBuffer(csv) ? csv : Buffer.from(csv),
    'products.csv',
    'text/csv',
  );
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/shops/${shopId}/products/import`,
    headers: { ...auth, ...body.headers },
    payload: body.payload,
  });
}

const rice = {
  product_sku: 'RICE-1',
  name_bn: 'মিনিকেট চাল',
  name_en: 'Miniket rice',
  category: 'rice',
  kind: 'grocery',
  unit: 'kg',
  origin: 'Bangladesh',
  variant_sku: 'RICE-1-1KG',
  variant_label: '১ কেজি',
  price: '৮৫.৫০',
  stock: '20',
};

describe('CSV import and export', () => {
  it('converts taka to poisha exactly, with Bengali digits', () => {
    expect(takaToPoisha('85.5')).toBe(8550);
    expect(takaToPoisha('৮৫.০৫')).toBe(8505);
    expect(takaToPoisha('1,200')).toBe(120000);
    expect(takaToPoisha('0.1')).toBe(10);
    expect(takaToPoisha('1.234')).toBeUndefined();
    expect(takaToPoisha('-5')).toBeUndefined();
  });

  it('imports with a BOM and Bengali text, reports per row, and re-importing changes nothing', async () => {
    const shopId = await insertShop(t.ctx, seller.id);
    const csv =
      '\ufeff' +
      [
        header,
        row(rice),
        row({
          ...rice,
          variant_sku: 'RICE-1-5KG',
          variant_label: '৫ কেজি',
          price: '410',
          stock: '',
        }),
        row({
          product_sku: 'NAPA',
          name_bn: '"নাপা, ৫০০"',
          kind: 'medicine',
          unit: 'strip',
          category: 'otc',
          generic_name: 'Paracetamol',
          dosage_form: 'tablet',
          prescription_required: 'না',
          variant_sku: 'NAPA-STRIP',
          price: '12',
          stock: '100',
        }),
        row({
          ...rice,
          product_sku: 'BAD-1',
          variant_sku: 'BAD-1-A',
          kind: 'grocery',
          price: 'free',
        }),
        row({
          ...rice,
          product_sku: 'BAD-2',
          variant_sku: 'BAD-2-A',
          category: 'no-such-category',
        }),
        row({ ...rice, product_sku: 'BAD-3', variant_sku: 'BAD-3-A', generic_name: 'Paracetamol' }),
        row({ ...rice, product_sku: 'BAD-4', variant_sku: 'BAD-4-A', name_bn: '', name_en: '' }),
      ].join('\r\n');
    const first = await importCsv(shopId, csv);
    expect(first.statusCode).toBe(200);
    const report = first.json();
    expect(report.summary).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 4 });
    const rejected = report.rows.filter((r: { result: string }) => r.result === 'rejected');
    expect(rejected.map((r: { row: number }) => r.row)).toEqual([5, 6, 7, 8]);
    expect(rejected[0].reasons[0]).toMatchObject({ column: 'price', code: 'PRICE_INVALID' });
    expect(rejected[0].reasons[0].message).toContain('টাকায়');
    expect(rejected[1].reasons[0]).toMatchObject({ column: 'category', code: 'UNKNOWN_CATEGORY' });
    expect(rejected[2].reasons[0]).toMatchObject({ column: 'generic_name', code: 'NOT_FOR_KIND' });
    expect(rejected[3].reasons[0]).toMatchObject({ column: 'name_bn', code: 'NAME_REQUIRED' });

    const products = await t.ctx.db
      .selectFrom('products')
      .selectAll()
      .where('shop_id', '=', shopId)
      .orderBy('sku')
      .execute();
    expect(products.map((p) => p.sku)).toEqual(['NAPA', 'RICE-1']); // rejected rows wrote nothing
    expect(products[0]).toMatchObject({ name_bn: 'নাপা, ৫০০', kind: 'medicine' });
    expect(products[0]!.attributes).toEqual({
      genericName: 'Paracetamol',
      dosageForm: 'tablet',
      prescriptionRequired: false,
    });
    const variants = await t.ctx.db
      .selectFrom('product_variants')
      .select(['sku', 'price', 'on_hand'])
      .where('shop_id', '=', shopId)
      .orderBy('sku')
      .execute();
    expect(variants).toEqual([
      { sku: 'NAPA-STRIP', price: 1200, on_hand: 100 },
      { sku: 'RICE-1-1KG', price: 8550, on_hand: 20 },
      { sku: 'RICE-1-5KG', price: 41000, on_hand: 0 },
    ]);

    const again = await importCsv(shopId, csv);
    expect(again.json().summary).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 4 });
    const ledger = await t.ctx.db
      .selectFrom('stock_movements')
      .select('id')
      .where('shop_id', '=', shopId)
      .execute();
    expect(ledger).toHaveLength(2); // the two initial stocks, nothing from the re-import

    // A changed price and stock update the row; the stock change is a ledger correction.
    const changed = [header, row({ ...rice, price: '90', stock: '15' })].join('\n');
    const third = await importCsv(shopId, changed);
    expect(third.json().rows[0]).toMatchObject({ row: 2, result: 'updated' });
    const correction = await t.ctx.db
      .selectFrom('stock_movements')
      .select(['reason', 'delta', 'on_hand_after'])
      .where('shop_id', '=', shopId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(correction).toEqual({ reason: 'correction', delta: -5, on_hand_after: 15 });

    // A renamed product whose variant SKU belongs to another product: rejected, nothing renamed.
    const clash = [header, row({ ...rice, name_en: 'Renamed', variant_sku: 'NAPA-STRIP' })].join(
      '\n',
    );
    const fourth = await importCsv(shopId, clash);
    expect(fourth.json().rows[0].reasons[0].code).toBe('VARIANT_OF_OTHER_PRODUCT');
    const riceRow = await t.ctx.db
      .selectFrom('products')
      .select('name_en')
      .where('shop_id', '=', shopId)
      .where('sku', '=', 'RICE-1')
      .executeTakeFirstOrThrow();
    expect(riceRow.name_en).toBe('Miniket rice');
  });

  it('exports CSV that re-imports as all unchanged', async () => {
    const shopId = await insertShop(t.ctx, seller.id);
    const quoted = {
      ...rice,
      name_en: '"Rice, ""premium"" grade"',
      product_sku: 'Q-1',
      variant_sku: 'Q-1-A',
    };
    await importCsv(
      shopId,
      [header, row(quoted), row({ ...rice, product_sku: 'Q-2', variant_sku: 'Q-2-A' })].join('\n'),
    );
    const exported = await t.app.inject({
      url: `/api/v1/shops/${shopId}/products/export.csv`,
      headers: seller.auth,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(exported.body.startsWith('\ufeff')).toBe(true);
    const records = parse(exported.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      name_en: 'Rice, "premium" grade',
      name_bn: 'মিনিকেট চাল',
      price: '85.50',
    });
    const reimport = await importCsv(shopId, exported.rawPayload);
    expect(reimport.json().summary).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
  });

  it('serves a template that imports cleanly', async () => {
    const shopId = await insertShop(t.ctx, seller.id);
    const template = await t.app.inject({
      url: `/api/v1/shops/${shopId}/products/csv-template`,
      headers: seller.auth,
    });
    expect(template.statusCode).toBe(200);
    const result = await importCsv(shopId, template.rawPayload);
    expect(result.json().summary).toMatchObject({ created: 2, rejected: 0 });
  });

  it('refuses a broken file and unknown columns as a whole', async () => {
    const shopId = await insertShop(t.ctx, seller.id);
    const unknown = await importCsv(shopId, 'product_sku,colour\nA,red\n');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('CSV_INVALID');
    const ragged = await importCsv(shopId, `${header}\n"unterminated,quote\n`);
    expect(ragged.json().error.code).toBe('CSV_INVALID');
  });

  it('lets only the shop owner import and export', async () => {
    const shopId = await insertShop(t.ctx, seller.id);
    const csv = [header, row(rice)].join('\n');
    const stolen = await importCsv(shopId, csv, rival.auth);
    expect(stolen.statusCode).toBe(403);
    expect((await importCsv(shopId, csv, customer.auth)).statusCode).toBe(403);
    const exported = await t.app.inject({
      url: `/api/v1/shops/${shopId}/products/export.csv`,
      headers: rival.auth,
    });
    expect(exported.statusCode).toBe(403);
    const template = await t.app.inject({
      url: `/api/v1/shops/${shopId}/products/csv-template`,
      headers: rival.auth,
    });
    expect(template.statusCode).toBe(403);
    const count = await t.ctx.db
      .selectFrom('products')
      .select('id')
      .where('shop_id', '=', shopId)
      .execute();
    expect(count).toHaveLength(0);
  });
});
