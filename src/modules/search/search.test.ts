import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { randomPointInBangladesh } from '../../../test/helpers/shops.ts';
import { createProduct } from '../catalog/test-support.ts';

let t: TestApp;
let seller: TestUser;
let admin: TestUser;
const centre = randomPointInBangladesh();
// About 111 m per 0.001° of latitude.
const north = (metres: number) => ({ lat: centre.lat + metres / 111_195, lng: centre.lng });
const at = `lat=${centre.lat}&lng=${centre.lng}`;

type Item = {
  product: { id: string; nameBn: string | null; nameEn: string | null; minPrice: number };
  shop: { id: string; type: string };
  distanceM: number | null;
};
type Page = {
  items: Item[];
  nextCursor: string | null;
  facets: {
    categories: { id: string; count: number }[];
    shopTypes: { type: string; count: number }[];
    priceRanges: { min: number; max: number | null; count: number }[];
  };
};

async function shopAt(
  metres: number,
  options: { status?: string; type?: string; name?: string } = {},
): Promise<string> {
  const suffix = randomUUID().slice(0, 8);
  const p = north(metres);
  const type = options.type ?? 'grocery';
  const result = await sql<{ id: string }>`
    INSERT INTO shops (owner_id, name_bn, name_en, slug, type, phone, address, lat, lng, status,
                       drug_licence)
    VALUES (${seller.id}, ${'দোকান ' + suffix}, ${options.name ?? 'Shop ' + suffix},
            ${'srch-' + suffix}, ${type}, '+8801711000000', 'Dhaka', ${p.lat}, ${p.lng},
            ${options.status ?? 'approved'}, ${type === 'pharmacy' ? 'DL-1' : null})
    RETURNING id`.execute(t.ctx.db);
  return result.rows[0]!.id;
}

async function category(nameBn: string, nameEn: string, parentId: string | null = null) {
  const row = await t.ctx.db
    .insertInto('categories')
    .values({
      slug: `srch-${randomUUID().slice(0, 8)}`,
      name_bn: nameBn,
      name_en: nameEn,
      parent_id: parentId,
    })
    .returning(['id', 'slug'])
    .executeTakeFirstOrThrow();
  return row;
}

function variant(price: number, stock = 10, label?: string) {
  return [{ sku: `V-${randomUUID().slice(0, 8)}`, label, price, initialStock: stock }];
}

async function search(query: string): Promise<Page> {
  const res = await t.app.inject(`/api/v1/search?${query}`);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as Page;
}

const ids = (page: Page) => page.items.map((i) => i.product.id);

let shopA: string; // at the centre
let shopB: string; // 500 m north
let shopFar: string; // 3 km north
let shopPending: string; // at the centre, not approved
let shopPharmacy: string; // 300 m north
let grocery: { id: string; slug: string };
let eggsCategory: { id: string; slug: string };
const p: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  seller = await createUser(t.ctx, { role: 'seller' });
  admin = await createUser(t.ctx, { role: 'admin' });
  shopA = await shopAt(0, { name: 'Karim Grocery' });
  shopB = await shopAt(500, { type: 'other' });
  shopFar = await shopAt(3000);
  shopPending = await shopAt(0, { status: 'pending' });
  shopPharmacy = await shopAt(300, { type: 'pharmacy' });
  grocery = await category('মুদি', 'Grocery test');
  eggsCategory = await category('ডিম', 'Eggs', grocery.id);
  const make = async (key: string, shopId: string, body: Record<string, unknown>) => {
    p[key] = (await createProduct(t.app, seller.auth, shopId, body)).id;
  };
  await make('eggsA', shopA, {
    nameBn: 'দেশি মুরগির ডিম',
    nameEn: 'Farm eggs',
    categoryId: eggsCategory.id,
    variants: variant(15000),
  });
  await make('eggsB', shopB, {
    nameBn: 'ফার্মের ডিম',
    nameEn: null,
    categoryId: eggsCategory.id,
    variants: variant(13000, 0),
  });
  await make('eggsFar', shopFar, { nameBn: 'ডিম', nameEn: 'Eggs', variants: variant(12000) });
  await make('eggsPending', shopPending, { nameBn: 'ডিম', nameEn: 'Eggs', variants: variant(1) });
  await make('eggsDraft', shopA, { nameBn: 'হাঁসের ডিম', status: 'draft', variants: variant(1) });
  await make('eggsHidden', shopB, { nameBn: 'ডিম লুকানো', variants: variant(1) });
  await make('potato', shopA, { nameBn: 'আলু', nameEn: 'Potato', variants: variant(5000) });
  await make('onion', shopA, { nameBn: 'দেশি পেঁয়াজ', nameEn: 'Onion', variants: variant(9000) });
  await make('chicken', shopB, {
    nameBn: 'মুরগির মাংস',
    nameEn: 'Chicken',
    variants: variant(30000),
  });
  await make('rice', shopA, {
    nameBn: 'মিনিকেট চাল',
    nameEn: 'Miniket rice',
    categoryId: grocery.id,
    variants: [...variant(8500, 10, '১ কেজি'), ...variant(41000, 10, '৫ কেজি')],
  });
  await make('oil', shopA, {
    nameBn: 'সয়াবিন তেল',
    nameEn: 'Soybean oil',
    variants: variant(19000),
  });
  await make('napa', shopPharmacy, {
    nameBn: 'নাপা ৫০০',
    nameEn: 'Napa 500mg',
    kind: 'medicine',
    unit: 'strip',
    attributes: { genericName: 'Paracetamol', strength: '500 mg' },
    variants: variant(1200),
  });
  await make('napaExtra', shopPharmacy, {
    nameBn: 'নাপা এক্সট্রা',
    nameEn: 'Napa Extra',
    kind: 'medicine',
    unit: 'strip',
    attributes: { genericName: 'Paracetamol + Caffeine' },
    variants: variant(2500),
  });
  const hide = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/products/${p.eggsHidden}/hide`,
    headers: admin.auth,
    payload: { reason: 'ভেজাল পণ্যের অভিযোগ' },
  });
  expect(hide.statusCode).toBe(200);
});
afterAll(() => t.close());

describe('GET /search: text in Bengali, English and Banglish', () => {
  it.each(['ডিম', 'dim', 'eggs', 'ডিমের', 'deem'])(
    '"%s" finds the visible eggs within 1 km, and nothing hidden, draft, far or unapproved',
    async (q) => {
      const page = await search(`q=${encodeURIComponent(q)}&${at}`);
      expect(ids(page)).toEqual(expect.arrayContaining([p.eggsA, p.eggsB]));
      for (const excluded of ['eggsFar', 'eggsPending', 'eggsDraft', 'eggsHidden']) {
        expect(ids(page)).not.toContain(p[excluded]);
      }
      expect(ids(page).slice(0, 2).sort()).toEqual([p.eggsA, p.eggsB].sort());
    },
  );

  it.each([
    ['alu', 'potato'],
    ['potatoes', 'potato'],
    ['piaj', 'onion'],
    ['peyaj', 'onion'],
    ['পিয়াজ', 'onion'],
    ['murgi mangsho', 'chicken'],
    ['chiken', 'chicken'],
    ['napa 500', 'napa'],
    ['chal 5 kg', 'rice'],
    ['miniket', 'rice'],
    ['soybean tel', 'oil'],
    ['soyabin oil', 'oil'],
  ])('"%s" ranks %s first', async (q, key) => {
    const page = await search(`q=${encodeURIComponent(q)}&${at}&radius=2000`);
    expect(page.items[0]?.product.id).toBe(p[key]);
  });

  it('finds a medicine by its generic name', async () => {
    const page = await search(`q=paracetamol&${at}`);
    expect(ids(page).slice(0, 2).sort()).toEqual([p.napa, p.napaExtra].sort());
  });

  it('finds the far shop with a wider radius, and nationwide without a point', async () => {
    const wide = await search(`q=dim&${at}&radius=5000`);
    expect(ids(wide)).toContain(p.eggsFar);
    const far = wide.items.find((i) => i.product.id === p.eggsFar)!;
    expect(far.distanceM).toBeGreaterThan(2900);
    expect(far.distanceM).toBeLessThan(3100);
    const nationwide = await search(`q=${encodeURIComponent('ফার্মের ডিম')}&limit=50`);
    expect(ids(nationwide)).toContain(p.eggsB);
    expect(nationwide.items.every((i) => i.distanceM === null)).toBe(true);
  });
});

describe('GET /search: filters, sorting, pagination, facets', () => {
  it('sorts by distance and by price', async () => {
    const byDistance = await search(`q=eggs&${at}&sort=distance`);
    expect(ids(byDistance)).toEqual([p.eggsA, p.eggsB]);
    expect(byDistance.items[0]!.distanceM).toBeLessThan(5);
    expect(byDistance.items[1]!.distanceM).toBeGreaterThan(490);
    const cheap = await search(`q=eggs&${at}&sort=price_asc`);
    expect(ids(cheap)).toEqual([p.eggsB, p.eggsA]);
    const dear = await search(`q=eggs&${at}&sort=price_desc`);
    expect(ids(dear)).toEqual([p.eggsA, p.eggsB]);
  });

  it('filters by shop type, price, stock and category subtree', async () => {
    expect(ids(await search(`q=dim&${at}&shopType=grocery`))).toEqual([p.eggsA]);
    expect(ids(await search(`q=dim&${at}&maxPrice=14000`))).toEqual([p.eggsB]);
    expect(ids(await search(`q=dim&${at}&minPrice=14000`))).toEqual([p.eggsA]);
    expect(ids(await search(`q=dim&${at}&inStock=true`))).toEqual([p.eggsA]);
    expect(ids(await search(`q=dim&${at}&inStock=false`))).toEqual([p.eggsB]);
    // The root category includes its child (eggs) and the rice filed directly under it.
    const subtree = await search(`${at}&category=${grocery.slug}&limit=50`);
    expect(ids(subtree).sort()).toEqual([p.eggsA, p.eggsB, p.rice].sort());
    const byId = await search(`${at}&category=${eggsCategory.id}`);
    expect(ids(byId).sort()).toEqual([p.eggsA, p.eggsB].sort());
  });

  it('pages through every result once, in order, with a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await search(
        `${at}&sort=distance&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    const all = await search(`${at}&sort=distance&limit=50`);
    expect(seen).toEqual(ids(all));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(9);

    // Relevance pages too: the eggs query over two pages of one.
    const first = await search(`q=dim&${at}&limit=1`);
    const second = await search(`q=dim&${at}&limit=1&cursor=${first.nextCursor}`);
    expect([...ids(first), ...ids(second)].sort()).toEqual([p.eggsA, p.eggsB].sort());
  });

  it('counts facets over all matches, not only the page', async () => {
    const page = await search(`q=dim&${at}&limit=1`);
    expect(page.items).toHaveLength(1);
    expect(page.facets.categories).toContainEqual({ id: eggsCategory.id, count: 2 });
    expect(page.facets.shopTypes).toEqual(
      expect.arrayContaining([
        { type: 'grocery', count: 1 },
        { type: 'other', count: 1 },
      ]),
    );
    expect(page.facets.priceRanges).toContainEqual({ min: 10_000, max: 50_000, count: 2 });
  });

  it('lists products near a point without a query (GET /products/nearby)', async () => {
    const res = await t.app.inject(`/api/v1/products/nearby?${at}&radius=400&limit=50`);
    expect(res.statusCode).toBe(200);
    const page = res.json() as Page;
    expect(ids(page)).toContain(p.napa);
    expect(ids(page)).not.toContain(p.eggsB);
    const distances = page.items.map((i) => i.distanceM!);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });
});

describe('GET /search/suggest and /shops/in-bounds', () => {
  it('suggests products, categories and shops as the user types', async () => {
    const res = await t.app.inject(`/api/v1/search/suggest?q=pia`);
    expect(res.statusCode).toBe(200);
    // Suggestions are nationwide and one per name, and other files add onions at the same time:
    // check that onions are suggested, not which shop's onion.
    const names = res
      .json()
      .products.map(
        (x: { nameBn: string | null; nameEn: string | null }) => `${x.nameBn} ${x.nameEn}`,
      );
    expect(names.length).toBeGreaterThan(0);
    expect(
      names.some((n: string) => /onion|piaj|peyaj|পেঁয়াজ|পিঁয়াজ|পিয়াজ/i.test(n)),
      names.join('; '),
    ).toBe(true);
    const eggs = (await t.app.inject(`/api/v1/search/suggest?q=dim`)).json();
    expect(eggs.categories.map((c: { id: string }) => c.id)).toContain(eggsCategory.id);
    const shops = (await t.app.inject(`/api/v1/search/suggest?q=karim%20groc`)).json();
    expect(shops.shops.map((s: { id: string }) => s.id)).toContain(shopA);
    const tooShort = (await t.app.inject(`/api/v1/search/suggest?q=d`)).json();
    expect(tooShort).toEqual({ products: [], categories: [], shops: [] });
  });

  it('returns approved shops inside a map box', async () => {
    const box = `south=${centre.lat - 0.01}&north=${centre.lat + 0.01}&west=${centre.lng - 0.01}&east=${centre.lng + 0.01}`;
    const res = await t.app.inject(`/api/v1/shops/in-bounds?${box}`);
    expect(res.statusCode).toBe(200);
    const found = res.json().items.map((s: { id: string }) => s.id);
    expect(found).toEqual(expect.arrayContaining([shopA, shopB, shopPharmacy]));
    expect(found).not.toContain(shopPending);
    expect(found).not.toContain(shopFar);
    const inverted = await t.app.inject(
      `/api/v1/shops/in-bounds?south=24&north=23&west=90&east=91`,
    );
    expect(inverted.json().error.code).toBe('SEARCH_BOUNDS_INVALID');
  });
});

describe('the search document follows catalog writes', () => {
  it('a renamed product is found by its new name only, in the same transaction', async () => {
    const made = await createProduct(t.app, seller.auth, shopA, {
      nameBn: 'কাঁঠাল',
      nameEn: 'Jackfruit',
      variants: variant(20000),
    });
    expect(ids(await search(`q=kathal&${at}`))).toContain(made.id);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${made.id}`,
      headers: seller.auth,
      payload: { nameBn: 'তরমুজ', nameEn: 'Watermelon' },
    });
    expect(res.statusCode).toBe(200);
    expect(ids(await search(`q=kathal&${at}`))).not.toContain(made.id);
    expect(ids(await search(`q=tormuj&${at}`))).toContain(made.id);
    const row = await t.ctx.db
      .selectFrom('product_search')
      .select('names')
      .where('product_id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(row.names).toContain('watermelon');
  });
});

describe('hostile input', () => {
  it('treats SQL and LIKE metacharacters as text', async () => {
    for (const q of ["'; DROP TABLE products; --", '%_\\', "ডিম' OR 1=1 --", '\u0000x']) {
      const res = await t.app.inject(`/api/v1/search?q=${encodeURIComponent(q)}&${at}`);
      expect([200, 400]).toContain(res.statusCode);
    }
    const res = await t.app.inject(`/api/v1/search?q=${encodeURIComponent('%dim%')}&${at}`);
    expect(res.statusCode).toBe(200);
    const count = await sql<{ n: string }>`SELECT count(*) AS n FROM products`.execute(t.ctx.db);
    expect(Number(count.rows[0]!.n)).toBeGreaterThan(0);
  });

  it.each([
    ['q=<10 kB>', 'VALIDATION_FAILED'],
    [`${at}&radius=1e9`, 'VALIDATION_FAILED'],
    [`lat=91&lng=90`, 'VALIDATION_FAILED'],
    [`lat=23.7`, 'SEARCH_POINT_INCOMPLETE'],
    [`lat=51.5&lng=-0.1`, 'OUTSIDE_BANGLADESH'],
    [`q=dim&sort=distance`, 'SEARCH_POINT_REQUIRED'],
    [`q=dim&cursor=bm90LWEtY3Vyc29y`, 'INVALID_CURSOR'],
    [`q=dim&limit=1000`, 'VALIDATION_FAILED'],
    [`q=dim&inStock=maybe`, 'VALIDATION_FAILED'],
  ])('refuses %s with 400 %s', async (query, code) => {
    const q = query.replace('<10 kB>', encodeURIComponent('ডিম'.repeat(1200)));
    const res = await t.app.inject(`/api/v1/search?${q}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
  });
});
