import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../src/modules/catalog/test-support.ts';
import '../fast-check-seed.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { approveInDb, createShop } from '../helpers/shops.ts';

/**
 * Crafted page cursors. Every list that takes `?cursor=` (found in the published OpenAPI document, so a
 * new list is attacked too) gets random text, random bytes, random JSON and near-miss keys (timestamps
 * that do not exist, ids that are not ids, numbers where text belongs) in base64url. Pass: never a 5xx;
 * a refused cursor is a 400 with the one error body, code INVALID_CURSOR, in the asked language.
 */

let t: TestApp;
let customer: TestUser, seller: TestUser, admin: TestUser;
const ids = { shop: '', product: '', variant: '' };
let lists: string[] = [];

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A PostgreSQL-printed timestamp whose fields may be out of range (month 13, 31 February, hour 24 …). */
const timestampText = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    micros: fc.option(fc.integer({ min: 0, max: 999_999 })),
    offset: fc.constantFrom('+00', '+06', '-03:30', '+99', '+15:59'),
  })
  .map(
    (f) =>
      `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)}:07` +
      `${f.micros === null ? '' : `.${pad(f.micros, 6)}`}${f.offset}`,
  );

const keyPart = fc.oneof(
  timestampText,
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.constantFrom("' OR 1=1--", '00000000-0000-0000-0000-00000000000g', '-1', '1e309', null, true),
);

const cursor = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.uint8Array({ maxLength: 60 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
  fc.jsonValue({ maxDepth: 2 }).map((v) => b64(JSON.stringify(v))),
  fc.array(keyPart, { minLength: 1, maxLength: 4 }).map((key) => b64(JSON.stringify(key))),
  fc.constantFrom(
    "2026-01-01 00:00:00+00|' OR 1=1--",
    '2026-02-31 00:00:00+00|00000000-0000-0000-0000-000000000000',
    b64('["2026-02-31 00:00:00+00","00000000-0000-0000-0000-000000000000"]'),
    b64('["294277-01-01 00:00:00+00","00000000-0000-0000-0000-000000000000"]'),
    b64('[9007199254740993]'),
    b64('[5e-324, 1e308, "00000000-0000-0000-0000-000000000000"]'),
    'a'.repeat(401),
  ),
);

beforeAll(async () => {
  t = await createTestApp();
  [customer, seller, admin] = await Promise.all([
    createUser(t.ctx),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'admin' }),
  ]);
  const shop = await createShop(t, seller);
  await approveInDb(t, shop.id);
  const product = await createProduct(t.app, seller.auth, shop.id);
  Object.assign(ids, { shop: shop.id, product: product.id, variant: product.variants[0]!.id });

  const doc = (await t.app.inject({ url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
  };
  lists = Object.entries(doc.paths)
    .filter(([, ops]) => ops.get?.parameters?.some((p) => p.in === 'query' && p.name === 'cursor'))
    .map(([path]) => path);
});
afterAll(() => t?.close());

/** The list's URL with real ids, so the cursor is decoded after the resource is found. */
function listUrl(path: string, cursorValue: string) {
  const url = path
    .replace(/\/shops\/\{id\}/, `/shops/${ids.shop}`)
    .replace(/\/products\/\{id\}/, `/products/${ids.product}`)
    .replace('{variantId}', ids.variant);
  expect(url, `path parameter left unfilled in ${path}`).not.toMatch(/\{/);
  const point = /\/(search|nearby)$/.test(path) ? '&lat=23.75&lng=90.38' : '';
  const extra = path.endsWith('/search') ? `&q=dim${point}` : point;
  return `${url}?limit=2${extra}&cursor=${encodeURIComponent(cursorValue)}`;
}

/** Lists of the signed-in customer's own things. */
const customerLists = [
  '/api/v1/orders',
  '/api/v1/prescription-requests',
  '/api/v1/refill-reminders',
];

function send(path: string, cursorValue: string, lang: 'bn' | 'en') {
  const user = path.includes('/admin/') ? admin : customerLists.includes(path) ? customer : seller;
  return t.app.inject({
    url: listUrl(path, cursorValue),
    headers: { ...user.auth, 'accept-language': lang },
  });
}

describe('crafted page cursors', () => {
  it('finds every list that takes a cursor in the API description', () => {
    for (const known of [
      '/api/v1/orders',
      '/api/v1/admin/orders',
      '/api/v1/admin/payments',
      '/api/v1/shops/{id}/orders',
      '/api/v1/shops/{id}/products',
      '/api/v1/search',
      '/api/v1/notifications',
      '/api/v1/admin/shops',
      '/api/v1/admin/audit',
      '/api/v1/admin/reviews',
    ]) {
      expect(lists).toContain(known);
    }
  });

  it('a cursor that is not one this list gave is a 400 INVALID_CURSOR in Bengali or English', async () => {
    for (const path of lists) {
      for (const lang of ['bn', 'en'] as const) {
        const res = await send(path, b64('["not", "a", "key", 1]'), lang);
        expect(res.statusCode, path).toBe(400);
        const { error } = res.json();
        expect(error.code, path).toBe('INVALID_CURSOR');
        expect(error.message).toMatch(lang === 'bn' ? /[\u0980-\u09FF]/ : /cursor is not valid/);
      }
    }
  });

  it('random and near-miss cursors never give a 5xx on any list', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...lists),
        cursor,
        fc.constantFrom('bn', 'en'),
        async (path, cursorValue, lang) => {
          const res = await send(path, cursorValue, lang as 'bn' | 'en');
          expect(res.statusCode, `${path} ${cursorValue}: ${res.body}`).toBeLessThan(500);
          if (res.statusCode === 200) return;
          expect(res.statusCode).toBe(400);
          const { error } = res.json();
          expect(['INVALID_CURSOR', 'VALIDATION_FAILED']).toContain(error.code);
          if (cursorValue.length <= 400) expect(error.code).toBe('INVALID_CURSOR');
          expect(typeof error.message).toBe('string');
          expect(error.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the cursor a list gave is accepted by that list', async () => {
    for (const path of lists) {
      const first = await send(path, '', 'en');
      expect(first.statusCode, path).toBe(200);
      const next = first.json().nextCursor as string | null;
      if (next) expect((await send(path, next, 'en')).statusCode, path).toBe(200);
    }
  });
});
