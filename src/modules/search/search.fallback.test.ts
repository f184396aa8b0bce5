import { randomInt, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createProduct } from '../catalog/test-support.ts';
import { fallbackWords, looseVocabulary, editDistance } from './search.fallback.ts';

/**
 * The last resort of a text search (search.fallback.ts): when the normal pipeline finds nothing,
 * the query words are matched to their nearest catalog terms at a looser similarity and words
 * the catalog has nothing near are dropped; nonsense still finds nothing. Products are made by
 * this file in a shop at a point of its own, in a database of its own: "nationwide" must not see
 * the random words other files make up.
 */
let t: TestApp;
let seller: TestUser;
// Far from Dhaka, where other files put their shops: a product of theirs that matches a query
// here as typed ("Walton smartphone") would keep the fallback from running.
const centre = {
  lat: 24.3 + randomInt(0, 2000) / 100_000,
  lng: 88.6 + randomInt(0, 2000) / 100_000,
};
const p: Record<string, string> = {};

type Page = { items: { product: { id: string } }[]; nextCursor: string | null };

async function search(query: string): Promise<Page> {
  const res = await t.app.inject(`/api/v1/search?${query}`);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as Page;
}
const near = (q: string, extra = '') =>
  search(`q=${encodeURIComponent(q)}&lat=${centre.lat}&lng=${centre.lng}&radius=1000${extra}`);
const nationwide = (q: string) => search(`q=${encodeURIComponent(q)}&limit=50`);
const ids = (page: Page) => page.items.map((i) => i.product.id);

beforeAll(async () => {
  t = await createIsolatedTestApp();
  seller = await createUser(t.ctx, { role: 'seller' });
  const suffix = randomUUID().slice(0, 8);
  const shop = await sql<{ id: string }>`
    INSERT INTO shops (owner_id, name_bn, name_en, slug, type, phone, address, lat, lng, status)
    VALUES (${seller.id}, ${'দোকান ' + suffix}, ${'Shop ' + suffix}, ${'fb-' + suffix}, 'grocery',
            '+8801711000000', 'Dhaka', ${centre.lat}, ${centre.lng}, 'approved')
    RETURNING id`.execute(t.ctx.db);
  const shopId = shop.rows[0]!.id;
  const make = async (key: string, body: Record<string, unknown>) => {
    const variants = [{ sku: `V-${randomUUID().slice(0, 8)}`, price: 5000, initialStock: 10 }];
    p[key] = (await createProduct(t.app, seller.auth, shopId, { variants, ...body })).id;
  };
  await make('pangas', { nameBn: 'পাঙ্গাস মাছ', nameEn: 'Pangas' });
  await make('jilapi', { nameBn: 'জিলাপি', nameEn: 'Jilapi' });
  await make('featurePhone', { nameBn: 'সিম্ফনি ফিচার ফোন', nameEn: 'Symphony feature phone' });
});

afterAll(async () => {
  await t?.close();
});

describe('GET /search: the last resort when nothing matches', () => {
  it('a misspelt fish name (two letters swapped) with an unknown second word still finds the fish', async () => {
    const page = await near('pagnas tatka');
    expect(ids(page)[0]).toBe(p.pangas);
  });

  // A compound nobody else's product names: "smartphone" itself may be a word of other files'
  // products, and then it is no longer a compound the catalog lacks.
  it('a compound the catalog lacks (homephone) finds the phone its second half names', async () => {
    expect(ids(await near('homephone'))).toContain(p.featurePhone);
  });

  it('a sweet spelt two letters off (jilebi) still finds it', async () => {
    expect(ids(await near('jilebi'))).toContain(p.jilapi);
  });

  it('random letters still answer nothing, near a shop and nationwide', async () => {
    for (const q of ['xqzvw', 'xqzvw qprtz']) {
      expect((await near(q)).items).toEqual([]);
      expect((await nationwide(q)).items).toEqual([]);
    }
  });

  it('a fallback answer pages with its cursor like any other', async () => {
    const first = await near('pagnas tatka', '&limit=1');
    expect(first.items).toHaveLength(1);
    if (first.nextCursor) {
      const next = await near('pagnas tatka', `&limit=50&cursor=${first.nextCursor}`);
      expect(ids(next)).not.toContain(ids(first)[0]);
    }
  });
});

describe('fallback words', () => {
  const vocab = looseVocabulary(['pangas', 'pabda', 'three', 'piece', 'phone', 'jal', 'jilapi']);

  it('one edit: a swap, a letter added, dropped or changed', () => {
    expect(editDistance('pagnas', 'pangas', 2)).toBe(1);
    expect(editDistance('pangass', 'pangas', 2)).toBe(1);
    expect(editDistance('pngas', 'pangas', 2)).toBe(1);
    expect(editDistance('pangus', 'pangas', 2)).toBe(1);
    expect(editDistance('pgnaas', 'pangas', 2)).toBe(2);
    expect(editDistance('xqzvw', 'pangas', 2)).toBe(3);
  });

  it('drops a word the vocabulary has nothing near and keeps the misspelt one', () => {
    const words = fallbackWords(
      [
        { form: 'pagnas', key: 'pagnas' },
        { form: 'xqzvw', key: 'kskjb' },
      ],
      vocab,
    );
    expect(words.map((w) => w.variants?.map((v) => v.parts[0]!.form))).toEqual([['pangas']]);
  });

  it('does not take a long word for a short term sharing its first letters (jalebi is not jal)', () => {
    expect(fallbackWords([{ form: 'jalebi', key: 'jalebi' }], vocab)).toEqual([]);
  });
});
