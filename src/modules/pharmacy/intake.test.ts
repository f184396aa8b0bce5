import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { AppError } from '../../platform/errors.ts';
import { catalogModule } from '../catalog/index.ts';
import type { IntakeDto } from './intake.schema.ts';
import { submitIntake } from './intake.service.ts';
import {
  candidate,
  fixedMatcher,
  insertMedicine,
  insertTypedShop,
  type TestMedicine,
} from './intake.test-support.ts';

let t: TestApp;
let seller: TestUser;
let rival: TestUser;
let customer: TestUser;
let admin: TestUser;
let shopId: string;
let rivalShopId: string;
let groceryId: string;
let napa: TestMedicine;
let napaExtra: TestMedicine;
let syrup: TestMedicine;
beforeAll(async () => {
  t = await createTestApp();
  // The default category tree (otc, prescription under medicine), as a fresh install has it.
  await catalogModule.reference!(t.ctx);
  [seller, rival, customer, admin] = await Promise.all([
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'customer' }),
    createUser(t.ctx, { role: 'admin' }),
  ]);
  shopId = await insertTypedShop(t.ctx, seller.id);
  rivalShopId = await insertTypedShop(t.ctx, rival.id);
  groceryId = await insertTypedShop(t.ctx, seller.id, 'grocery');
  napa = await insertMedicine(t.ctx, { unitPrice: 120, packQty: 100, packPrice: 12000 });
  napaExtra = await insertMedicine(t.ctx, {
    generic: 'Paracetamol + Caffeine',
    strength: '500 mg+65 mg',
    unitPrice: 250,
    prescriptionClass: 'rx',
  });
  syrup = await insertMedicine(t.ctx, {
    form: 'Syrup',
    strength: '120 mg/5 ml',
    priceBasis: '60 ml bottle',
    unitPrice: 3500,
    packQty: null,
    packPrice: null,
  });
});
afterAll(() => t.close());

const user = (u: TestUser) => ({ id: u.id, role: u.role });
const url = (shop: string, rest = '') => `/api/v1/shops/${shop}/medicine-intakes${rest}`;

async function productsOf(shop: string) {
  return t.ctx.db
    .selectFrom('products')
    .innerJoin('product_variants', 'product_variants.product_id', 'products.id')
    .select([
      'products.id',
      'products.medicine_id',
      'products.name_en',
      'products.unit',
      'products.attributes',
      'products.category_id',
      'product_variants.price',
      'product_variants.on_hand',
    ])
    .where('products.shop_id', '=', shop)
    .execute();
}

/** An intake whose lines all wait for review: each line's candidates are the given entries. */
async function reviewIntake(shop: string, owner: TestUser, lines: Record<string, TestMedicine[]>) {
  const matcher = fixedMatcher(
    Object.fromEntries(
      Object.entries(lines).map(([line, ms]) => [
        line,
        {
          status: 'review',
          candidates: ms.map((m, i) => candidate(m, 0.7 - i / 10)),
          quantity: null,
        },
      ]),
    ),
  );
  return submitIntake(
    t.ctx,
    user(owner),
    shop,
    {
      source: 'text',
      lines: Object.keys(lines).map((text) => ({ text, quantity: null, price: null })),
    },
    { matcher },
  );
}

describe('routing lines: auto, review, none', () => {
  it('stocks sure lines at once and keeps the rest in the review queue', async () => {
    const shop = await insertTypedShop(t.ctx, seller.id);
    const matcher = fixedMatcher({
      'napa 500 tab 10 pata': {
        status: 'auto',
        candidates: [candidate(napa, 0.97), candidate(napaExtra, 0.6)],
        quantity: { quantity: 10, unit: 'strip' },
      },
      'ace syp': { status: 'review', candidates: [candidate(syrup, 0.7)], quantity: null },
      napa: {
        // Said auto, but the first two are tied: ambiguous, so it waits.
        status: 'auto',
        candidates: [candidate(napa, 0.9), candidate(napaExtra, 0.9)],
        quantity: null,
      },
      xyzzy: { status: 'none', candidates: [], quantity: null },
    });
    const intake = await submitIntake(
      t.ctx,
      user(seller),
      shop,
      {
        source: 'text',
        lines: [
          { text: 'napa 500 tab 10 pata', quantity: null, price: 2000 },
          { text: 'ace syp', quantity: 3, price: null },
          { text: 'napa', quantity: null, price: null },
          { text: 'xyzzy', quantity: null, price: null },
        ],
      },
      { matcher },
    );
    expect(matcher.calls).toEqual([['napa 500 tab 10 pata', 'ace syp', 'napa', 'xyzzy']]);
    expect(intake.summary).toEqual({ lines: 4, added: 1, pending: 3, skipped: 0 });
    const [auto, review, tied, none] = intake.lines;
    expect(auto).toMatchObject({ status: 'added', matchStatus: 'auto', medicineId: napa.id });
    // 10 tablets a strip at 1.20 taka: MRP 12 taka; the list's 20 taka is capped.
    expect(auto!.result).toEqual({
      created: true,
      unit: 'strip',
      price: 1200,
      mrp: 1200,
      priceCapped: true,
      stockAdded: 10,
    });
    expect(review).toMatchObject({ status: 'pending', matchStatus: 'review', stock: 3 });
    expect(review!.candidates[0]).toMatchObject({ medicineId: syrup.id, unit: 'piece', mrp: 3500 });
    expect(tied).toMatchObject({ status: 'pending', matchStatus: 'review' });
    expect(none).toMatchObject({ status: 'pending', matchStatus: 'none', candidates: [] });

    const products = await productsOf(shop);
    expect(products).toHaveLength(1);
    const category = await t.ctx.db
      .selectFrom('categories')
      .select('slug')
      .where('id', '=', products[0]!.category_id)
      .executeTakeFirst();
    expect(category?.slug).toBe('otc');
    expect(products[0]).toMatchObject({
      medicine_id: napa.id,
      name_en: `${napa.brand} 500 mg Tablet`,
      unit: 'strip',
      price: 1200,
      on_hand: 10,
      attributes: {
        genericName: 'Paracetamol',
        strength: '500 mg',
        dosageForm: 'tablet',
        manufacturer: 'Test Pharmaceuticals Ltd.',
        prescriptionRequired: false,
      },
    });
  });

  it('a failure leaves no product and no list behind', async () => {
    const shop = await insertTypedShop(t.ctx, seller.id);
    const gone = { ...napa, id: '00000000-0000-4000-8000-000000000001' };
    const matcher = fixedMatcher({
      first: { status: 'auto', candidates: [candidate(napa, 0.99)], quantity: null },
      second: { status: 'auto', candidates: [candidate(gone, 0.99)], quantity: null },
    });
    const lines = ['first', 'second'].map((text) => ({ text, quantity: 5, price: null }));
    await expect(
      submitIntake(t.ctx, user(seller), shop, { source: 'text', lines }, { matcher }),
    ).rejects.toThrow(AppError);
    expect(await productsOf(shop)).toEqual([]);
    const intakes = await t.ctx.db
      .selectFrom('medicine_intakes')
      .select('id')
      .where('shop_id', '=', shop)
      .execute();
    expect(intakes).toEqual([]);
  });
});

describe('the review queue over HTTP', () => {
  it('one tap stocks a candidate; the price is capped at the MRP; the same medicine again adds stock', async () => {
    const shop = await insertTypedShop(t.ctx, seller.id);
    const intake = await reviewIntake(shop, seller, {
      'napa 500': [napa],
      'napa five hundred': [napa],
    });
    const [first, second] = intake.lines;
    const accept = (lineId: string, payload: object) =>
      t.app.inject({
        method: 'POST',
        url: url(shop, `/${intake.id}/lines/${lineId}/accept`),
        headers: seller.auth,
        payload,
      });
    const res = await accept(first!.id, {
      medicineId: napa.id,
      price: 99_999,
      stock: 7,
      unit: 'piece',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'added',
      result: { created: true, price: 120, mrp: 120, priceCapped: true, stockAdded: 7 },
    });
    const again = await accept(second!.id, {
      medicineId: napa.id,
      price: 100,
      stock: 5,
      unit: 'piece',
    });
    expect(again.json()).toMatchObject({ result: { created: false, stockAdded: 5 } });
    const products = await productsOf(shop);
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({ on_hand: 12, price: 120 });
    const ledger = await t.ctx.db
      .selectFrom('stock_movements')
      .select(['delta', 'reason'])
      .where('product_id', '=', products[0]!.id)
      .orderBy('id')
      .execute();
    expect(ledger).toEqual([
      { delta: 7, reason: 'restock' },
      { delta: 5, reason: 'restock' },
    ]);
    // A decided line stays decided.
    const twice = await accept(first!.id, { medicineId: napa.id, stock: 1, unit: 'piece' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('INTAKE_LINE_DONE');
  });

  it('a box is priced at the pack MRP by default; skip and search again work on waiting lines', async () => {
    const shop = await insertTypedShop(t.ctx, seller.id);
    const intake = await reviewIntake(shop, seller, {
      'napa box': [napa],
      junk: [],
      'nap extra': [napa],
    });
    const [box, junk, extra] = intake.lines;
    const res = await t.app.inject({
      method: 'POST',
      url: url(shop, `/${intake.id}/lines/${box!.id}/accept`),
      headers: seller.auth,
      payload: { medicineId: napa.id, stock: 2, unit: 'box' },
    });
    expect(res.json().result).toMatchObject({ price: 12000, mrp: 12000, priceCapped: false });
    const skipped = await t.app.inject({
      method: 'POST',
      url: url(shop, `/${intake.id}/lines/${junk!.id}/skip`),
      headers: seller.auth,
    });
    expect(skipped.json()).toMatchObject({ status: 'skipped' });
    const searched = await t.app.inject({
      method: 'POST',
      url: url(shop, `/${intake.id}/lines/${extra!.id}/search`),
      headers: seller.auth,
      payload: { query: napaExtra.brand },
    });
    expect(searched.statusCode).toBe(200);
    expect(searched.json().status).toBe('pending');
    const got = await t.app.inject({
      method: 'GET',
      url: url(shop, `/${intake.id}`),
      headers: seller.auth,
    });
    expect((got.json() as IntakeDto).summary).toEqual({
      lines: 3,
      added: 1,
      pending: 1,
      skipped: 1,
    });
    const list = await t.app.inject({
      method: 'GET',
      url: url(shop, '?limit=1'),
      headers: seller.auth,
    });
    expect(list.json().items[0]).toMatchObject({ id: intake.id, summary: { lines: 3 } });
  });

  it('a prescription-only entry files the product under prescription medicine', async () => {
    const shop = await insertTypedShop(t.ctx, seller.id);
    const intake = await reviewIntake(shop, seller, { 'napa extra': [napaExtra] });
    await t.app.inject({
      method: 'POST',
      url: url(shop, `/${intake.id}/lines/${intake.lines[0]!.id}/accept`),
      headers: seller.auth,
      payload: { medicineId: napaExtra.id, stock: 1, unit: 'strip', unitsPerSale: 12 },
    });
    const [product] = await productsOf(shop);
    expect(product).toMatchObject({ price: 3000, attributes: { prescriptionRequired: true } });
    const category = await t.ctx.db
      .selectFrom('categories')
      .select('slug')
      .where('id', '=', product!.category_id)
      .executeTakeFirst();
    expect(category?.slug).toBe('prescription');
  });
});

describe('pasted text through the master matcher', () => {
  it('matches a pasted list against the master and answers every line', async () => {
    const shop = await insertTypedShop(t.ctx, seller.id);
    const res = await t.app.inject({
      method: 'POST',
      url: url(shop),
      headers: seller.auth,
      payload: { text: `1. ${napa.brand} 500 mg tab ৳ 1.00\n\n----\n${syrup.brand} syrup\nqwxvbn` },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json() as IntakeDto;
    expect(body.lines.map((l) => l.line)).toEqual([
      `${napa.brand} 500 mg tab`,
      `${syrup.brand} syrup`,
      'qwxvbn',
    ]);
    expect(body.lines[0]!.price).toBe(100);
    for (const [i, m] of [napa, syrup].entries()) {
      const line = body.lines[i]!;
      // Whatever the matcher's confidence, the entry is offered or already stocked.
      if (line.status === 'added') expect(line.medicineId).toBe(m.id);
      else expect(line.candidates.map((c) => c.medicineId)).toContain(m.id);
    }
    expect(body.lines[2]).toMatchObject({ status: 'pending' });
  });

  it('reads a CSV export with Bengali headers and a semicolon', async () => {
    const shop = await insertTypedShop(t.ctx, seller.id);
    const csv = `ওষুধের নাম;পরিমাণ;দাম\n${napa.brand} 500;১০;১.১০\n${syrup.brand};3;40\n`;
    const res = await upload(shop, Buffer.from(csv), 'list.csv', 'text/csv');
    expect(res.statusCode).toBe(201);
    const body = res.json() as IntakeDto;
    expect(body.source).toBe('csv');
    expect(body.lines.map((l) => [l.line, l.quantity, l.price])).toEqual([
      [`${napa.brand} 500`, 10, 110],
      [syrup.brand, 3, 4000],
    ]);
  });
});

function upload(shop: string, data: Buffer, filename: string, type: string, auth = seller.auth) {
  const boundary = '----haat-intake-test';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: url(shop, '/upload'),
    headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

describe('who may stock a shop from a list', () => {
  it('only the owner: other sellers and admins get 404, customers 403, strangers 401', async () => {
    const own = await reviewIntake(shopId, seller, { 'napa 500': [napa] });
    const lineId = own.lines[0]!.id;
    const requests = (shop: string) => [
      { method: 'POST' as const, url: url(shop), payload: { text: 'napa' } },
      { method: 'GET' as const, url: url(shop) },
      { method: 'GET' as const, url: url(shop, `/${own.id}`) },
      {
        method: 'POST' as const,
        url: url(shop, `/${own.id}/lines/${lineId}/accept`),
        payload: { medicineId: napa.id, stock: 1, unit: 'piece' },
      },
      { method: 'POST' as const, url: url(shop, `/${own.id}/lines/${lineId}/skip`) },
    ];
    for (const request of requests(shopId)) {
      const byRival = await t.app.inject({ ...request, headers: rival.auth });
      expect(byRival.statusCode, `${request.method} ${request.url}`).toBe(404);
      expect(byRival.json().error.code).toBe('SHOP_NOT_FOUND');
      const byAdmin = await t.app.inject({ ...request, headers: admin.auth });
      expect(byAdmin.statusCode).toBe(403);
      const byCustomer = await t.app.inject({ ...request, headers: customer.auth });
      expect(byCustomer.statusCode).toBe(403);
      expect((await t.app.inject(request)).statusCode).toBe(401);
    }
    // The rival's own shop path with the seller's intake id: not theirs either.
    for (const request of requests(rivalShopId).slice(2)) {
      const res = await t.app.inject({ ...request, headers: rival.auth });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('INTAKE_NOT_FOUND');
    }
    const upload1 = await upload(shopId, Buffer.from('napa'), 'a.txt', 'text/plain', rival.auth);
    expect(upload1.statusCode).toBe(404);
    // Nothing was touched.
    const line = await t.ctx.db
      .selectFrom('medicine_intake_lines')
      .select('status')
      .where('id', '=', lineId)
      .executeTakeFirstOrThrow();
    expect(line.status).toBe('pending');
  });

  it('refuses a shop that is not a pharmacy, in Bengali by default', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: url(groceryId),
      headers: seller.auth,
      payload: { text: 'napa 500' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('SHOP_NOT_PHARMACY');
    expect(res.json().error.message).toMatch(/ফার্মেসি/);
  });
});

describe('hostile input', () => {
  it('refuses huge text, too many lines, wrong types and unknown fields', async () => {
    const post = (payload: unknown) =>
      t.app.inject({
        method: 'POST',
        url: url(shopId),
        headers: seller.auth,
        payload: payload as object,
      });
    expect((await post({ text: 'n'.repeat(100_001) })).statusCode).toBe(400);
    const many = await post({ text: Array.from({ length: 501 }, (_, i) => `med${i}`).join('\n') });
    expect(many.statusCode).toBe(413);
    expect(many.json().error.code).toBe('INTAKE_TOO_LARGE');
    expect((await post({ text: 5 })).statusCode).toBe(400);
    expect((await post({ text: ['napa'] })).statusCode).toBe(400);
    expect((await post({ text: 'napa', shopId: rivalShopId })).statusCode).toBe(400);
    const empty = await post({ text: ' \n---\n ১২৩ ' });
    expect(empty.json().error.code).toBe('INTAKE_EMPTY');
    const intake = await reviewIntake(shopId, seller, { 'napa 500 x': [napa] });
    const accept = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: url(shopId, `/${intake.id}/lines/${intake.lines[0]!.id}/accept`),
        headers: seller.auth,
        payload,
      });
    for (const bad of [
      { medicineId: 'napa', stock: 1, unit: 'piece' },
      { medicineId: napa.id, stock: -1, unit: 'piece' },
      { medicineId: napa.id, stock: 1.5, unit: 'piece' },
      { medicineId: napa.id, stock: 1, unit: 'kg' },
      { medicineId: napa.id, stock: 1, unit: 'piece', price: '10' },
      { medicineId: napa.id, stock: 1, unit: 'piece', price: -5 },
      { medicineId: napa.id, stock: 1, unit: 'piece', productId: napa.id },
    ]) {
      expect((await accept(bad)).statusCode, JSON.stringify(bad)).toBe(400);
    }
    const unknown = await accept({
      medicineId: '00000000-0000-4000-8000-00000000000f',
      stock: 1,
      unit: 'piece',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LINKED_MEDICINE_NOT_FOUND');
  });

  it('checks uploads by content: a text file called a photo, a spreadsheet binary, markup', async () => {
    const disguised = await upload(shopId, Buffer.from('Napa 500\nAce'), 'list.jpg', 'image/jpeg');
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().error.code).toBe('IMAGE_INVALID');
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), Buffer.alloc(64)]);
    const binary = await upload(shopId, xlsx, 'list.csv', 'text/csv');
    expect(binary.json().error.code).toBe('INTAKE_FILE_UNSUPPORTED');
    const svg = await upload(
      shopId,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
      'l.txt',
      'text/plain',
    );
    expect(svg.json().error.code).toBe('INTAKE_FILE_UNSUPPORTED');
    const notMultipart = await t.app.inject({
      method: 'POST',
      url: url(shopId, '/upload'),
      headers: seller.auth,
      payload: { text: 'napa' },
    });
    expect(notMultipart.statusCode).toBe(415);
  });
});

describe('without OCR', () => {
  it('a photo answers 503 OCR_UNAVAILABLE, localized', async () => {
    const noOcr = await createTestApp({ TESSERACT_PATH: '/nonexistent/tesseract' });
    try {
      const owner = await createUser(noOcr.ctx, { role: 'seller' });
      const pharmacy = await insertTypedShop(noOcr.ctx, owner.id);
      const sharp = (await import('sharp')).default;
      const png = await sharp({
        create: { width: 64, height: 64, channels: 3, background: '#ffffff' },
      })
        .png()
        .toBuffer();
      const boundary = 'b0undary';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const res = await noOcr.app.inject({
        method: 'POST',
        url: url(pharmacy, '/upload'),
        headers: {
          ...owner.auth,
          'accept-language': 'en',
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload,
      });
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toMatchObject({ code: 'OCR_UNAVAILABLE' });
      expect(res.json().error.message).toMatch(/not available/);
    } finally {
      await noOcr.close();
    }
  });
});
