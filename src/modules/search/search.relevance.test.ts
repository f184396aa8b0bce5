import { randomInt, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createProduct } from '../catalog/test-support.ts';
import { reindexProducts } from './search.document.ts';

/**
 * Relevance as a shopper sees it: loose matches do not fill a result list, whole words beat
 * prefixes, a grocery word finds the grocery item first, and the spellings people type work.
 * Products are made by this file in shops at a point of its own in Dhaka; nationwide checks only
 * compare this file's products with each other.
 */
let t: TestApp;
let seller: TestUser;
// A point in Dhaka (Dhanmondi–Mohammadpur), moved a little so other files' shops are not at it.
const centre = {
  lat: 23.74 + randomInt(0, 2000) / 100_000,
  lng: 90.36 + randomInt(0, 2000) / 100_000,
};
const at = `lat=${centre.lat}&lng=${centre.lng}`;
const p: Record<string, string> = {};

type Item = { product: { id: string; nameBn: string | null; nameEn: string | null } };
type Page = { items: Item[] };

async function shopAt(metres: number, type: string): Promise<string> {
  const suffix = randomUUID().slice(0, 8);
  const result = await sql<{ id: string }>`
    INSERT INTO shops (owner_id, name_bn, name_en, slug, type, phone, address, lat, lng, status,
                       drug_licence)
    VALUES (${seller.id}, ${'দোকান ' + suffix}, ${'Shop ' + suffix}, ${'rel-' + suffix}, ${type},
            '+8801711000000', 'Dhaka', ${centre.lat + metres / 111_195}, ${centre.lng}, 'approved',
            ${type === 'pharmacy' ? 'DL-1' : null})
    RETURNING id`.execute(t.ctx.db);
  return result.rows[0]!.id;
}

async function search(query: string): Promise<Page> {
  const res = await t.app.inject(`/api/v1/search?${query}`);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as Page;
}

const ids = (page: Page) => page.items.map((i) => i.product.id);
const near = (q: string) => search(`q=${encodeURIComponent(q)}&${at}&radius=2000&limit=50`);
const nationwide = (q: string) => search(`q=${encodeURIComponent(q)}&limit=50`);
/** Position of a product of this file in an answer (Infinity when it is not there). */
const rank = (page: Page, key: string) => {
  const i = ids(page).indexOf(p[key]!);
  return i === -1 ? Infinity : i;
};

beforeAll(async () => {
  t = await createTestApp();
  seller = await createUser(t.ctx, { role: 'seller' });
  const grocery = await shopAt(0, 'grocery');
  const pharmacy = await shopAt(200, 'pharmacy');
  const restaurant = await shopAt(400, 'restaurant');
  const hardware = await shopAt(300, 'hardware');
  const make = async (key: string, shopId: string, body: Record<string, unknown>) => {
    const variants = [{ sku: `V-${randomUUID().slice(0, 8)}`, price: 5000, initialStock: 10 }];
    p[key] = (await createProduct(t.app, seller.auth, shopId, { variants, ...body })).id;
  };
  const med = (genericName: string) => ({
    kind: 'medicine',
    unit: 'strip',
    attributes: { genericName },
  });
  await make('eggs', grocery, { nameBn: 'দেশি মুরগির ডিম', nameEn: 'Deshi chicken eggs' });
  await make('duckEggs', grocery, { nameBn: 'হাঁসের ডিম', nameEn: 'Duck eggs' });
  await make('milkPowder', grocery, { nameBn: 'ডিপ্লোমা গুঁড়া দুধ', nameEn: 'Diploma milk powder' });
  await make('thermometer', pharmacy, {
    nameBn: 'ডিজিটাল থার্মোমিটার',
    nameEn: 'Digital thermometer',
  });
  await make('diapers', pharmacy, { nameBn: 'বেবি ডায়াপার', nameEn: 'Baby diapers' });
  await make('paint', hardware, { nameBn: 'ডিসটেম্পার রং', nameEn: 'Distemper paint' });
  await make('dimenform', pharmacy, {
    nameBn: 'ডিমেনফর্ম ৫০০',
    nameEn: 'Dimenform 500',
    ...med('Metformin'),
  });
  await make('alupent', pharmacy, {
    nameBn: 'অ্যালুপেন্ট',
    nameEn: 'Alupent',
    ...med('Orciprenaline'),
  });
  await make('potato', grocery, { nameBn: 'আলু', nameEn: 'Potato' });
  await make('alurChop', restaurant, { nameBn: 'আলুর চপ', nameEn: 'Potato chop' });
  await make('chicken', grocery, { nameBn: 'ব্রয়লার মুরগি', nameEn: 'Broiler chicken' });
  await make('biryani', restaurant, { nameBn: 'চিকেন বিরিয়ানি', nameEn: 'Chicken biryani' });
  await make('rice', grocery, { nameBn: 'মিনিকেট চাল', nameEn: 'Miniket rice' });
  await make('sugar', grocery, { nameBn: 'চিনি (খোলা)', nameEn: 'Sugar (loose)' });
  await make('tea', grocery, { nameBn: 'খোলা চা পাতা', nameEn: 'Loose tea leaves' });
  await make('mustardOil', grocery, { nameBn: 'সরিষার তেল', nameEn: 'Mustard oil' });
  await make('soybeanOil', grocery, { nameBn: 'সয়াবিন তেল', nameEn: 'Soybean oil' });
  await make('greenChilli', grocery, { nameBn: 'কাঁচা মরিচ', nameEn: null });
  await make('rui', grocery, { nameBn: 'রুই মাছ', nameEn: null });
  await make('lau', grocery, { nameBn: 'লাউ', nameEn: null });
  await make('brinjal', grocery, { nameBn: 'বেগুন', nameEn: null });
  await make('okra', grocery, { nameBn: 'ঢেঁড়স', nameEn: null });
  await make('dal', grocery, { nameBn: 'মসুর ডাল', nameEn: null });
  await make('cauliflower', grocery, { nameBn: 'ফুলকপি', nameEn: null });
  await make('dates', grocery, { nameBn: 'খেজুর', nameEn: null });
  await make('coriander', grocery, { nameBn: 'ধনেপাতা', nameEn: null });
});
afterAll(() => t.close());

describe('GET /search: loose matches do not fill a result list', () => {
  it('dim near a Dhaka point returns only egg items', async () => {
    for (const q of ['dim', 'ডিম', 'deem']) {
      const page = await near(q);
      expect(ids(page)).toEqual(expect.arrayContaining([p.eggs, p.duckEggs]));
      for (const item of page.items) {
        expect(`${item.product.nameBn} ${item.product.nameEn}`).toMatch(/ডিম|egg/i);
      }
      for (const noise of ['thermometer', 'diapers', 'milkPowder', 'paint', 'dimenform']) {
        expect(ids(page)).not.toContain(p[noise]);
      }
    }
  });

  it('a query with only loose matches still gets them (fuzzy when nothing matches whole)', async () => {
    const page = await near('chikken biriyani');
    expect(ids(page)[0]).toBe(p.biryani);
    // A short word with no whole match anywhere near: the prefix match is the answer.
    expect(ids(await near('dimen'))).toContain(p.dimenform);
  });
});

describe('GET /search: whole words and the grocery item first', () => {
  it('a grocery word ranks the grocery item above a medicine brand starting like it', async () => {
    const dim = await nationwide('dim');
    expect(rank(dim, 'eggs')).toBeLessThan(rank(dim, 'dimenform'));
    const alu = await nationwide('alu');
    expect(rank(alu, 'potato')).toBe(
      Math.min(...['potato', 'alupent', 'alurChop'].map((k) => rank(alu, k))),
    );
    expect(rank(alu, 'potato')).toBeLessThan(rank(alu, 'alupent'));
    // Near the shop, the brand is not offered at all for the grocery word.
    expect(ids(await near('alu'))).not.toContain(p.alupent);
  });

  it('a grocery word ranks the grocery item above a restaurant dish that contains it', async () => {
    for (const q of ['chicken', 'murgi', 'মুরগি']) {
      const page = await near(q);
      expect(rank(page, 'chicken')).toBeLessThan(rank(page, 'biryani'));
    }
    const potato = await near('potato');
    expect(rank(potato, 'potato')).toBeLessThan(rank(potato, 'alurChop'));
  });
});

describe('GET /search: spellings people type', () => {
  it.each([
    // chat spelling: c for চ
    ['cal', 'rice'],
    ['cini', 'sugar'],
    ['ca', 'tea'],
    // compounds written without a space
    ['sorishartel', 'mustardOil'],
    ['sorishar tel', 'mustardOil'],
    ['kachamorich', 'greenChilli'],
    ['কাঁচামরিচ', 'greenChilli'],
    // other names of fish and vegetables
    ['rohu', 'rui'],
    ['rui fish', 'rui'],
    ['কদু', 'lau'],
    ['bottle gourd', 'lau'],
    ['brinjal', 'brinjal'],
    ['eggplant', 'brinjal'],
    ['bhindi', 'okra'],
    ['okra', 'okra'],
    ['lonka', 'greenChilli'],
    ['coriander', 'coriander'],
    // aspirated / unaspirated pairs and vowel variants
    ['dhal', 'dal'],
    ['kejur', 'dates'],
    ['khejur', 'dates'],
    ['phulkopi', 'cauliflower'],
    ['fulkopi', 'cauliflower'],
    ['donepata', 'coriander'],
  ])('"%s" ranks %s first', async (q, key) => {
    const page = await near(q);
    expect(ids(page)[0]).toBe(p[key]);
  });
});

describe('documents built by an older text pipeline', () => {
  it('are all rebuilt by the next reindex (not only changed products)', async () => {
    // As the pipeline before loose keys wrote it: keys only, version 1.
    await sql`UPDATE product_search SET names_phonetic = 'masur dal', pipeline = 1
      WHERE product_id = ${p.dal}`.execute(t.ctx.db);
    await reindexProducts(t.ctx.db);
    const row = await sql<{ names_phonetic: string }>`
      SELECT names_phonetic FROM product_search WHERE product_id = ${p.dal}`.execute(t.ctx.db);
    expect(row.rows[0]?.names_phonetic.split(' ')).toEqual(
      expect.arrayContaining(['dal', '~~msr']),
    );
    expect(ids(await near('dhal'))[0]).toBe(p.dal);
  });
});
