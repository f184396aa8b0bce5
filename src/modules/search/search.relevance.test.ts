import { randomInt, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
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
  // A database of its own: other files' shops near Dhaka sell dal and masks too, and would outrank.
  t = await createIsolatedTestApp();
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
  // Products in categories of their own (named as the default tree names them).
  const category = async (nameBn: string, nameEn: string, parentId: string | null = null) =>
    (
      await t.ctx.db
        .insertInto('categories')
        .values({
          slug: `rel-${randomUUID().slice(0, 8)}`,
          name_bn: nameBn,
          name_en: nameEn,
          parent_id: parentId,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const vegetables = await category('শাকসবজি', 'Vegetables');
  const fish = await category('মাছ', 'Fish');
  const household = await category('গৃহস্থালি', 'Household & cleaning');
  const riceCategory = await category('চাল', 'Rice');
  const snacks = await category('নাস্তা ও বিস্কুট', 'Snacks & biscuits');
  const spices = await category('মসলা', 'Spices');
  const biryanis = await category('বিরিয়ানি ও তেহারি', 'Biryani & tehari');
  const medicine = await category('ওষুধ ও স্বাস্থ্য', 'Medicine & health');
  const otc = await category('সাধারণ ওষুধ', 'Over-the-counter', medicine);
  const devices = await category('চিকিৎসা সরঞ্জাম', 'Medical devices', medicine);
  const appliances = await category('গৃহস্থালি যন্ত্র', 'Home appliances');
  const accessories = await category('এক্সেসরিজ', 'Accessories');
  await make('carrot', grocery, { nameBn: 'গাজর', nameEn: 'Carrot', categoryId: vegetables });
  await make('soap', grocery, { nameBn: 'লাক্স সাবান', nameEn: 'Lux soap', categoryId: household });
  await make('pabda', grocery, { nameBn: 'পাবদা মাছ', nameEn: 'Pabda', categoryId: fish });
  await make('matchbox', grocery, {
    nameBn: 'দিয়াশলাই',
    nameEn: 'Matchboxes',
    categoryId: household,
  });
  await make('atap', grocery, { nameBn: 'আতপ চাল', nameEn: 'Atap rice', categoryId: riceCategory });
  await make('muri', grocery, { nameBn: 'মুড়ি', nameEn: 'Puffed rice (muri)', categoryId: snacks });
  await make('kacchi', restaurant, {
    nameBn: 'কাচ্চি বিরিয়ানি',
    nameEn: 'Kacchi biryani',
    categoryId: biryanis,
  });
  await make('masala', grocery, {
    nameBn: 'বিরিয়ানি মসলা',
    nameEn: 'Biryani masala',
    categoryId: spices,
  });
  await make('napa', pharmacy, {
    nameBn: 'নাপা ৫০০',
    nameEn: 'Napa 500',
    categoryId: otc,
    ...med('Paracetamol'),
  });
  await make('seclo', pharmacy, {
    nameBn: 'সেকলো ২০',
    nameEn: 'Seclo 20',
    categoryId: otc,
    ...med('Omeprazole'),
  });
  await make('mask', pharmacy, {
    nameBn: 'সার্জিক্যাল মাস্ক',
    nameEn: 'Surgical face masks',
    categoryId: devices,
  });
  await make('fan', hardware, {
    nameBn: 'টেবিল ফ্যান',
    nameEn: 'Table fan',
    categoryId: appliances,
  });
  await make('fenadin', pharmacy, {
    nameBn: 'ফেনাডিন ১২০',
    nameEn: 'Fenadin 120',
    categoryId: otc,
    ...med('Fexofenadine hydrochloride'),
  });
  await make('pendrive', hardware, {
    nameBn: 'পেনড্রাইভ',
    nameEn: 'USB flash drive',
    categoryId: accessories,
  });
  await make('plum', grocery, { nameBn: 'আলু বোখারা', nameEn: null });
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
    ['cal', 'rice|atap'],
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
  ])('"%s" ranks %s first', async (q, keys) => {
    const page = await near(q);
    // (either of a|b: both rices are rice)
    expect(keys.split('|').map((k) => p[k])).toContain(ids(page)[0]);
  });
});

describe('GET /search: generic words and category names', () => {
  it.each(['sobji', 'সবজি', 'shobji'])('"%s" finds vegetables', async (q) => {
    const page = await near(q);
    expect(ids(page)[0]).toBe(p.carrot);
    expect(ids(page)).not.toContain(p.soap);
  });

  it.each(['osud jor', 'ওষুধ জ্বর', 'jorer osud', 'জ্বরের ওষুধ', 'fever medicine'])(
    '"%s" finds fever medicine',
    async (q) => {
      const page = await near(q);
      expect(ids(page)[0]).toBe(p.napa);
      expect(rank(page, 'napa')).toBeLessThan(rank(page, 'seclo'));
    },
  );

  it.each(['gastric osud', 'গ্যাস্ট্রিকের ওষুধ', 'acidity'])(
    '"%s" finds gastric medicine',
    async (q) => {
      const page = await near(q);
      expect(ids(page)[0]).toBe(p.seclo);
      expect(rank(page, 'seclo')).toBeLessThan(rank(page, 'napa'));
    },
  );

  it('rice ranks the rice above puffed rice (a snack)', async () => {
    for (const q of ['rice', 'চাল', 'cal']) {
      const page = await near(q);
      expect(rank(page, 'atap')).toBeLessThan(rank(page, 'muri'));
    }
  });

  it('mach and mas rank the fish above the matchboxes', async () => {
    for (const q of ['mach', 'maach', 'mas']) {
      const page = await near(q);
      expect(rank(page, 'pabda')).toBeLessThan(rank(page, 'matchbox'));
    }
    // The matchbox's own name still finds it first.
    expect(ids(await near('diyashlai'))[0]).toBe(p.matchbox);
  });

  it('biryani ranks the biryani above biryani masala (a spice)', async () => {
    for (const q of ['biryani', 'biriyani', 'বিরিয়ানি']) {
      const page = await near(q);
      expect(rank(page, 'kacchi')).toBeLessThan(rank(page, 'masala'));
    }
  });
});

describe('GET /search: short typos and loanwords', () => {
  it.each([
    ['musk', 'mask'],
    ['fen', 'fan'],
    ['pendrive', 'pendrive'],
    ['pen drive', 'pendrive'],
    ['bokhara', 'plum'],
    ['alu bokhara', 'plum'],
  ])('"%s" ranks %s first', async (q, key) => {
    const page = await near(q);
    expect(ids(page)[0]).toBe(p[key]);
  });

  it('fen still finds Fenadin when asked in full, and a wrong vowel never beats a whole word', async () => {
    expect(ids(await near('fenadin'))[0]).toBe(p.fenadin);
    // "dal" is a word of the catalog: no vowel guesses (dil, dol …) are added.
    expect(ids(await near('dal'))[0]).toBe(p.dal);
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
