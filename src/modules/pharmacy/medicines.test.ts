import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createProduct, insertShop } from '../catalog/test-support.ts';
import { linkDemoProducts, seedDemoMedicines } from './index.ts';
import { masterOf } from './pharmacy.seed.ts';
import { linkToMaster } from './product-link.ts';

let t: TestApp;
let admin: TestUser;
let seller: TestUser;
let customer: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoMedicines(t.ctx.db);
  [admin, seller, customer] = await Promise.all([
    createUser(t.ctx, { role: 'admin' }),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx),
  ]);
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

/** A master entry by brand, strength and form (the demo's, or the import's when it ran first). */
async function master(brand: string, strength: string, form: string) {
  const row = await t.ctx.db
    .selectFrom('medicines')
    .selectAll()
    .where('brand', '=', brand)
    .where('strength', '=', strength)
    .where('dosage_form', '=', form)
    .orderBy('source_id')
    .executeTakeFirstOrThrow();
  return row;
}

type Item = { id: string; brand: string; genericName: string; strength: string };

async function searchAll(q: string, pages = 10): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < pages; i++) {
    const res = await get(
      `/medicines?q=${encodeURIComponent(q)}&limit=50${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: Item[]; nextCursor: string | null };
    items.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return items;
}

describe('GET /medicines (public master search)', () => {
  it('finds a brand in Latin or Bengali script, and brands by their generic', async () => {
    for (const q of ['napa', 'Napa', 'নাপা']) {
      const first = (await searchAll(q, 1))[0];
      expect(first?.brand, q).toBe('Napa');
    }
    const napa500 = (await searchAll('napa 500', 1))[0];
    expect(napa500).toMatchObject({ brand: 'Napa', strength: '500 mg' });

    for (const q of ['paracetamol', 'প্যারাসিটামল', 'paracetmol']) {
      const items = await searchAll(`${q} 500`);
      const brands = new Set(items.map((i) => i.brand));
      for (const brand of ['Napa', 'Ace', 'Renova'])
        expect(brands.has(brand), `${q}: ${brand}`).toBe(true);
      expect(items.every((i) => /paracetamol/i.test(i.genericName) || /^napa/i.test(i.brand))).toBe(
        true,
      );
    }
  });

  it('pages without repeating and refuses hostile input', async () => {
    const first = await get('/medicines?limit=3');
    expect(first.statusCode).toBe(200);
    const page1 = first.json() as { items: Item[]; nextCursor: string };
    expect(page1.items).toHaveLength(3);
    const second = await get(`/medicines?limit=3&cursor=${page1.nextCursor}`);
    const page2 = second.json() as { items: Item[] };
    expect(page2.items.map((i) => i.id)).not.toContain(page1.items[0]!.id);

    for (const url of [
      '/medicines?limit=0',
      '/medicines?limit=51',
      '/medicines?limit=abc',
      `/medicines?q=${'a'.repeat(101)}`,
      '/medicines?cursor=not-a-cursor!',
      `/medicines?cursor=${Buffer.from('[-1]').toString('base64url')}`,
      `/medicines?cursor=${Buffer.from('["x"]').toString('base64url')}`,
    ]) {
      expect((await get(url)).statusCode, url).toBe(400);
    }
    for (const q of ["%_'\\", "napa'; DROP TABLE medicines; --", '   ', '০০০']) {
      const res = await get(`/medicines?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
    }
  });
});

describe('GET /medicines/{id}', () => {
  it('says whether a prescription is needed and lists the same generic, cheapest first', async () => {
    const angilock = await master('Angilock', '50 mg', 'Tablet');
    const res = await get(`/medicines/${angilock.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      brand: 'Angilock',
      genericName: 'Losartan Potassium',
      prescriptionClass: 'rx',
      prescriptionRequired: true,
      mrp: { priceBasis: 'unit' },
    });
    expect(body.mrp.unitPrice).toBeGreaterThan(0);
    const alternatives = body.alternatives as {
      brand: string;
      mrp: { unitPrice: number | null };
    }[];
    // Another file's import may have put the whole master in this database: the list then holds the
    // cheapest 20, and Osartil is in it only when it is among them.
    const osartil = await master('Osartil', '50 mg', 'Tablet');
    if (alternatives.length < 20) expect(alternatives.map((a) => a.brand)).toContain('Osartil');
    else expect(alternatives.at(-1)?.mrp.unitPrice).toBeLessThanOrEqual(Number(osartil.unit_price));
    expect(alternatives.map((a) => a.brand)).not.toContain('Angilock');
    const prices = alternatives.map((a) => a.mrp.unitPrice ?? Infinity);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));

    const napa = await get(`/medicines/${(await master('Napa', '500 mg', 'Tablet')).id}`);
    expect(napa.json()).toMatchObject({ prescriptionClass: 'otc', prescriptionRequired: false });
    const zimax = await get(`/medicines/${(await master('Zimax', '500 mg', 'Tablet')).id}`);
    expect(zimax.json()).toMatchObject({
      prescriptionClass: 'rx_strict',
      prescriptionRequired: true,
    });
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await get(`/medicines/${randomUUID()}`)).statusCode).toBe(404);
    expect((await get('/medicines/not-a-uuid')).statusCode).toBe(400);
    expect((await get("/medicines/1'%20OR%20'1'='1")).statusCode).toBe(400);
  });
});

describe('PATCH /admin/medicines/{id}', () => {
  it('only admins may set a class; the change is audited, kept and followed by linked products', async () => {
    // A private entry, so other tests' reads of real brands are not disturbed.
    const entry = await t.ctx.db
      .insertInto('medicines')
      .values({
        brand: `Testdol ${randomUUID().slice(0, 6)}`,
        generic_name: 'Paracetamol',
        strength: '500 mg',
        dosage_form: 'Tablet',
        manufacturer_name: 'Test Pharma Ltd.',
        price_basis: 'unit',
        unit_price: 100,
        prescription_class: 'otc',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const shopId = await insertShop(t.ctx, seller.id);
    const product = await createProduct(t.app, seller.auth, shopId, {
      kind: 'medicine',
      unit: 'strip',
      attributes: { genericName: 'Paracetamol', prescriptionRequired: false },
      variants: [
        {
          sku: `TD-${randomUUID().slice(0, 6)}`,
          label: '১ পাতা (১০টি)',
          price: 900,
          initialStock: 5,
        },
      ],
    });
    await t.ctx.db.transaction().execute(async (tx) => {
      const row = await tx
        .selectFrom('medicines')
        .selectAll()
        .where('id', '=', entry.id)
        .executeTakeFirstOrThrow();
      await linkToMaster(tx, product.id, masterOf(row));
    });

    const url = `/api/v1/admin/medicines/${entry.id}`;
    const payload = { prescriptionClass: 'rx', reason: 'Pharmacist review: high dose' };
    const patch = (headers: Record<string, string>, body: unknown = payload) =>
      t.app.inject({ method: 'PATCH', url, headers, payload: body as object });
    expect((await patch({})).statusCode).toBe(401);
    expect((await patch(customer.auth)).statusCode).toBe(403);
    expect((await patch(seller.auth)).statusCode).toBe(403);
    for (const bad of [
      { prescriptionClass: 'banned', reason: 'x' },
      { prescriptionClass: 'rx', reason: '   ' },
      { prescriptionClass: 'rx' },
      { prescriptionClass: 'rx', reason: 'x'.repeat(501) },
      { ...payload, classOverridden: false },
      { ...payload, prescriptionClass: ['rx'] },
    ]) {
      expect((await patch(admin.auth, bad)).statusCode, JSON.stringify(bad).slice(0, 80)).toBe(400);
    }
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/admin/medicines/${randomUUID()}`,
          headers: admin.auth,
          payload,
        })
      ).statusCode,
    ).toBe(404);

    const ok = await patch(admin.auth);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      prescriptionClass: 'rx',
      prescriptionRequired: true,
      classReason: 'Pharmacist review: high dose',
      classOverridden: true,
    });
    const linked = await t.ctx.db
      .selectFrom('products')
      .select(['attributes', 'medicine_id'])
      .where('id', '=', product.id)
      .executeTakeFirstOrThrow();
    expect(linked.medicine_id).toBe(entry.id);
    expect(linked.attributes).toMatchObject({
      prescriptionRequired: true,
      genericName: 'Paracetamol',
    });
    const logged = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'medicine.class_changed')
      .where('target_id', '=', entry.id)
      .execute();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ actor_id: admin.id, actor_role: 'admin' });
    expect(logged[0]!.details).toMatchObject({ from: 'otc', to: 'rx', productsUpdated: 1 });
  });
});

describe('GET /products/{id}/alternatives', () => {
  it('lists other brands and the same brand elsewhere, for sale, nearest first', async () => {
    const [napa, ace, angilock] = await Promise.all([
      master('Napa', '500 mg', 'Tablet'),
      master('Ace', '500 mg', 'Tablet'),
      master('Angilock', '50 mg', 'Tablet'),
    ]);
    const here = await insertShop(t.ctx, seller.id);
    const there = await insertShop(t.ctx, seller.id);
    const pending = await insertShop(t.ctx, seller.id, 'pending');
    const shopPoint = await t.ctx.db
      .selectFrom('shops')
      .select(['lat', 'lng'])
      .where('id', '=', here)
      .executeTakeFirstOrThrow();
    const medicine = async (shopId: string, m: typeof napa, price = 1200) => {
      const p = await createProduct(t.app, seller.auth, shopId, {
        kind: 'medicine',
        unit: 'strip',
        attributes: { genericName: 'x', prescriptionRequired: false },
        variants: [
          { sku: `M-${randomUUID().slice(0, 8)}`, label: '১ পাতা (১০টি)', price, initialStock: 5 },
        ],
      });
      await t.ctx.db.transaction().execute((tx) => linkToMaster(tx, p.id, masterOf(m)));
      return p.id;
    };
    const asked = await medicine(here, napa);
    const aceThere = await medicine(there, ace, 1100);
    const napaThere = await medicine(there, napa);
    const hidden = await medicine(there, ace);
    await t.ctx.db
      .updateTable('products')
      .set({ hidden_at: new Date(), hidden_reason: 'test' })
      .where('id', '=', hidden)
      .execute();
    const inPending = await medicine(pending, ace);
    const otherGeneric = await medicine(there, angilock);

    const res = await get(
      `/products/${asked}/alternatives?lat=${shopPoint.lat}&lng=${shopPoint.lng}`,
    );
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      productId: string;
      sameBrand: boolean;
      price: number;
      distanceM: number | null;
      brand: string;
    }[];
    const ids = items.map((i) => i.productId);
    expect(ids).toEqual(expect.arrayContaining([aceThere, napaThere]));
    for (const absent of [asked, hidden, inPending, otherGeneric])
      expect(ids).not.toContain(absent);
    expect(items.find((i) => i.productId === napaThere)?.sameBrand).toBe(true);
    expect(items.find((i) => i.productId === aceThere)).toMatchObject({
      sameBrand: false,
      brand: 'Ace',
    });
    const distances = items.map((i) => i.distanceM!);
    expect(distances.every((d) => typeof d === 'number')).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    const noPoint = await get(`/products/${asked}/alternatives`);
    expect(noPoint.json().items.every((i: { distanceM: unknown }) => i.distanceM === null)).toBe(
      true,
    );
    // Prices were capped at the MRP of a strip of 10.
    const capped = await t.ctx.db
      .selectFrom('product_variants')
      .select('price')
      .where('product_id', '=', otherGeneric)
      .executeTakeFirstOrThrow();
    expect(Number(capped.price)).toBeLessThanOrEqual(10 * Number(angilock.unit_price));

    expect((await get(`/products/${hidden}/alternatives`)).statusCode).toBe(404);
    expect((await get(`/products/${inPending}/alternatives`)).statusCode).toBe(404);
    expect((await get(`/products/${randomUUID()}/alternatives`)).statusCode).toBe(404);
    expect((await get(`/products/${asked}/alternatives?lat=91&lng=90`)).statusCode).toBe(400);
    expect((await get(`/products/${asked}/alternatives?lat=abc`)).statusCode).toBe(400);
    expect((await get(`/products/${asked}/alternatives?limit=1000`)).statusCode).toBe(400);
  });
});

describe('search knows generics', () => {
  it('finds linked Napa, Ace and Renova products by "paracetamol" in either script', async () => {
    const shopId = await insertShop(t.ctx, seller.id);
    const point = await t.ctx.db
      .selectFrom('shops')
      .select(['lat', 'lng'])
      .where('id', '=', shopId)
      .executeTakeFirstOrThrow();
    const ids: Record<string, string> = {};
    for (const [brand, nameBn] of [
      ['Napa', 'নাপা'],
      ['Ace', 'এইস'],
      ['Renova', 'রেনোভা'],
    ] as const) {
      // The seller typed only the brand: the generic comes from the master.
      const p = await createProduct(t.app, seller.auth, shopId, {
        nameEn: `${brand} 500`,
        nameBn: `${nameBn} ৫০০`,
        kind: 'medicine',
        unit: 'strip',
        attributes: { genericName: brand, prescriptionRequired: false },
        variants: [
          {
            sku: `S-${randomUUID().slice(0, 8)}`,
            label: '১ পাতা (১০টি)',
            price: 1000,
            initialStock: 5,
          },
        ],
      });
      const m = await master(brand, '500 mg', 'Tablet');
      await t.ctx.db.transaction().execute((tx) => linkToMaster(tx, p.id, masterOf(m)));
      ids[brand] = p.id;
    }
    for (const q of ['paracetamol', 'প্যারাসিটামল']) {
      const res = await get(
        `/search?q=${encodeURIComponent(q)}&lat=${point.lat}&lng=${point.lng}&radius=100&limit=50`,
      );
      expect(res.statusCode, q).toBe(200);
      const found = (res.json().items as { product: { id: string } }[]).map((i) => i.product.id);
      for (const [brand, id] of Object.entries(ids)) expect(found, `${q} → ${brand}`).toContain(id);
    }
  });
});

describe('demo seed', () => {
  it('links a demo pharmacy product to its master entry: Angilock 50 needs a prescription, price capped', async () => {
    const shopId = await insertShop(t.ctx, seller.id);
    await sql`UPDATE shops SET type = 'pharmacy', drug_licence = 'DL-TEST-1' WHERE id = ${shopId}`.execute(
      t.ctx.db,
    );
    const p = await createProduct(t.app, seller.auth, shopId, {
      sku: 'ANGILOCK-50',
      nameEn: 'Angilock 50',
      kind: 'medicine',
      unit: 'strip',
      attributes: { genericName: 'Losartan potassium', prescriptionRequired: false },
      variants: [
        { sku: 'ANGILOCK-50-STRIP10', label: '১ পাতা (১০টি)', price: 100_00, initialStock: 5 },
      ],
    });
    expect(await linkDemoProducts(t.ctx, { shopIds: [shopId] })).toBe(1);
    expect(await linkDemoProducts(t.ctx, { shopIds: [shopId] })).toBe(0); // idempotent
    const m = await master('Angilock', '50 mg', 'Tablet');
    const row = await t.ctx.db
      .selectFrom('products')
      .select(['medicine_id', 'attributes'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row.medicine_id).toBe(m.id);
    expect(row.attributes).toMatchObject({
      genericName: 'Losartan Potassium',
      strength: '50 mg',
      dosageForm: 'tablet',
      prescriptionRequired: true,
    });
    const variant = await t.ctx.db
      .selectFrom('product_variants')
      .select('price')
      .where('product_id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(Number(variant.price)).toBe(10 * Number(m.unit_price));
    // A second seed writes no duplicate master entries.
    expect(await seedDemoMedicines(t.ctx.db)).toBe(0);
  });
});
