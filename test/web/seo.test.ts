/**
 * Search engines and share previews: the public pages' first HTML (no script run) carries the
 * title, description, canonical and language links, Open Graph and Twitter tags and JSON-LD;
 * pages nobody may see answer 404 with noindex; robots.txt and the sitemap. The web app is a stub
 * build shaped like the real one (docs/seo.md).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct, insertShop } from '../../src/modules/catalog/test-support.ts';
import type { AppContext } from '../../src/platform/context.ts';
import type { HttpApp } from '../../src/platform/http/types.ts';
import { buildServer } from '../../src/server.ts';
import { createTestContext } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { rememberContext } from '../helpers/identity.ts';
import { approveInDb, createShop } from '../helpers/shops.ts';

const BASE = 'https://haat.example.com';
// The build's manifest, as Vite writes it: the entry, two pages and the chunks they share.
const MANIFEST = {
  'index.html': { file: 'assets/index-stub.js', isEntry: true, imports: ['_react-stub.js'] },
  '_react-stub.js': { file: 'assets/react-stub.js' },
  '_api-stub.js': { file: 'assets/api-stub.js', imports: ['_react-stub.js'] },
  'src/pages/Product.tsx': {
    file: 'assets/Product-stub.js',
    isDynamicEntry: true,
    imports: ['index.html', '_api-stub.js', '_react-stub.js'],
  },
  'src/pages/Cart.tsx': {
    file: 'assets/Cart-stub.js',
    isDynamicEntry: true,
    imports: ['index.html', '_react-stub.js'],
  },
};
const INDEX_HTML = `<!doctype html>
<html lang="bn">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>হাট</title>
    <script type="module" crossorigin src="/assets/index-stub.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
// Breaks out of a <script>, an attribute, a <title>; `$&` would be expanded by a string replace.
const EVIL = `Chal </script><script>alert("x")</script> 'q' & $& <title>`;

let webDir: string;
let ctx: AppContext;
let app: HttpApp;
let indexCtx: AppContext;
let indexApp: HttpApp;
let seller: TestUser;
let shopId: string;
let pharmacyId: string;
let pendingShopId: string;
let categorySlug: string;
let parentSlug: string;
let product: { id: string };
let evil: { id: string };
let soldOut: { id: string };
let draft: { id: string };
let hidden: { id: string };
let imageId: string;

// ---- a few lines of HTML reading, enough for the tags under test ----------------------------

const decode = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

function tags(html: string, name: 'meta' | 'link' | 'img'): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((m) =>
    Object.fromEntries(
      [...m[1]!.matchAll(/([a-z:-]+)="([^"]*)"/gi)].map((a) => [
        a[1]!.toLowerCase(),
        decode(a[2]!),
      ]),
    ),
  );
}

function meta(html: string, key: string): string[] {
  return tags(html, 'meta')
    .filter((t) => t.name === key || t.property === key)
    .map((t) => t.content!);
}

const one = (html: string, key: string) => {
  const values = meta(html, key);
  expect(values, key).toHaveLength(1);
  return values[0]!;
};

const titleOf = (html: string) => {
  const titles = [...html.matchAll(/<title>([\s\S]*?)<\/title>/g)].map((m) => decode(m[1]!));
  expect(titles).toHaveLength(1);
  return titles[0]!;
};

const canonicalOf = (html: string) =>
  tags(html, 'link')
    .filter((l) => l.rel === 'canonical')
    .map((l) => l.href);

const hreflang = (html: string) =>
  Object.fromEntries(
    tags(html, 'link')
      .filter((l) => l.rel === 'alternate' && l.hreflang)
      .map((l) => [l.hreflang!, l.href!]),
  );

type Ld = Record<string, unknown> & { '@type': string };
const jsonLd = (html: string): Ld[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Ld,
  );
const ldOf = (html: string, type: string) => {
  const found = jsonLd(html).filter((d) => d['@type'] === type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};

const get = (url: string, target: HttpApp = app) => target.inject({ method: 'GET', url });

/** The API answers the page carries for the app (`#haat-initial-data`). */
const initialData = (html: string) => {
  const block = /<script type="application\/json" id="haat-initial-data">([\s\S]*?)<\/script>/.exec(
    html,
  );
  expect(block, 'initial data block').not.toBeNull();
  return JSON.parse(block![1]!) as { at: number; queries: { key: unknown[]; data: unknown }[] };
};
/** What `#root` holds before the app starts. */
const firstScreen = (html: string) =>
  /<div id="root">([\s\S]*?)<\/div>\s*<script type="application\/json"/.exec(html)?.[1] ?? '';

beforeAll(async () => {
  webDir = await mkdtemp(path.join(tmpdir(), 'haat-web-seo-'));
  await writeFile(path.join(webDir, 'index.html'), INDEX_HTML);
  await mkdir(path.join(webDir, '.vite'));
  await writeFile(path.join(webDir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  const env = { WEB_DIST_DIR: webDir, PUBLIC_URL: `${BASE}/` };
  ctx = await createTestContext(env);
  app = await buildServer(ctx);
  await app.ready();
  rememberContext(app, ctx);
  indexCtx = await createTestContext(env);
  indexApp = await buildServer(indexCtx, { sitemapPageSize: 1 });
  await indexApp.ready();

  seller = await createUser(ctx, { role: 'seller' });
  shopId = await insertShop(ctx, seller.id);
  pendingShopId = await insertShop(ctx, seller.id, 'pending');
  const pharmacy = await createShop({ app, ctx, close: async () => {} }, seller, {
    type: 'pharmacy',
    drugLicence: 'DL-SEO-1',
    nameEn: `Pharma "Plus" </script>`,
    nameBn: 'ফার্মা প্লাস',
    phone: '01711-223344',
    openingHours: [
      { day: 0, open: '09:00', close: '21:00' },
      { day: 5, open: '15:00', close: '22:00' },
    ],
  });
  pharmacyId = pharmacy.id;
  await approveInDb({ app, ctx, close: async () => {} }, pharmacyId);

  const suffix = randomUUID().slice(0, 8);
  parentSlug = `seo-food-${suffix}`;
  categorySlug = `seo-rice-${suffix}`;
  const parent = await ctx.db
    .insertInto('categories')
    .values({ slug: parentSlug, name_bn: 'খাবার', name_en: 'Food' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const category = await ctx.db
    .insertInto('categories')
    .values({ slug: categorySlug, parent_id: parent.id, name_bn: 'চাল', name_en: 'Rice' })
    .returning('id')
    .executeTakeFirstOrThrow();

  product = await createProduct(app, seller.auth, shopId, {
    nameBn: 'মিনিকেট চাল',
    nameEn: 'Miniket rice',
    descriptionBn: 'নতুন মৌসুমের মিনিকেট চাল, পরিষ্কার ও ঝরঝরে।',
    descriptionEn: 'New-season Miniket rice, clean and fluffy.',
    categoryId: category.id,
    variants: [{ sku: `SEO-${suffix}-1`, label: '১ কেজি', price: 8550, initialStock: 20 }],
  });
  const image = await ctx.db
    .insertInto('product_images')
    .values({
      product_id: product.id,
      status: 'ready',
      original_format: 'jpeg',
      width: 800,
      height: 600,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  imageId = image.id;
  await ctx.db
    .insertInto('rating_aggregates')
    .values({ subject_type: 'product', subject_id: product.id, count: 2, sum: 9, r4: 1, r5: 1 })
    .execute();

  evil = await createProduct(app, seller.auth, shopId, {
    nameBn: EVIL,
    nameEn: EVIL,
    descriptionBn: `${EVIL} -->`,
    descriptionEn: `${EVIL} -->`,
    variants: [{ sku: `SEO-${suffix}-2`, price: 1000, initialStock: 3 }],
  });
  soldOut = await createProduct(app, seller.auth, shopId, {
    variants: [{ sku: `SEO-${suffix}-3`, price: 12000, initialStock: 0 }],
  });
  draft = await createProduct(app, seller.auth, shopId, {
    status: 'draft',
    variants: [{ sku: `SEO-${suffix}-4`, price: 100, initialStock: 1 }],
  });
  hidden = await createProduct(app, seller.auth, shopId, {
    variants: [{ sku: `SEO-${suffix}-5`, price: 100, initialStock: 1 }],
  });
  await ctx.db
    .updateTable('products')
    .set({ hidden_at: new Date(), hidden_reason: 'test' })
    .where('id', '=', hidden.id)
    .execute();
});

afterAll(async () => {
  await app?.close();
  await ctx?.close();
  await indexApp?.close();
  await indexCtx?.close();
  await rm(webDir, { recursive: true, force: true });
});

describe('product pages', () => {
  it('carry title, description, canonical, language links and the share preview (Bengali)', async () => {
    const res = await get(`/products/${product.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const html = res.body;
    expect(html).toMatch(/<html lang="bn">/);
    const shop = await ctx.db
      .selectFrom('shops')
      .select('name_bn')
      .where('id', '=', shopId)
      .executeTakeFirstOrThrow();
    expect(titleOf(html)).toBe(`মিনিকেট চাল — ${shop.name_bn} | হাট`);
    expect(one(html, 'description')).toBe('নতুন মৌসুমের মিনিকেট চাল, পরিষ্কার ও ঝরঝরে।');
    const url = `${BASE}/products/${product.id}`;
    expect(canonicalOf(html)).toEqual([url]);
    expect(hreflang(html)).toEqual({ bn: url, en: `${url}?lang=en`, 'x-default': url });
    expect(one(html, 'og:title')).toBe(titleOf(html));
    expect(one(html, 'og:description')).toBe(one(html, 'description'));
    expect(one(html, 'og:url')).toBe(url);
    expect(one(html, 'og:type')).toBe('product');
    expect(one(html, 'og:locale')).toBe('bn_BD');
    const image = `${BASE}/api/v1/products/${product.id}/images/${imageId}/large`;
    expect(one(html, 'og:image')).toBe(image);
    expect(one(html, 'twitter:card')).toBe('summary_large_image');
    expect(one(html, 'twitter:title')).toBe(titleOf(html));
    expect(one(html, 'twitter:image')).toBe(image);
    expect(one(html, 'product:price:amount')).toBe('85.50');
    expect(meta(html, 'robots')).toEqual([]);
    // The app's own script is still there, once.
    expect(html.match(/<script type="module"[^>]*src="\/assets\/index-stub\.js"/g)).toHaveLength(1);
  });

  it('in English with ?lang=en', async () => {
    const res = await get(`/products/${product.id}?lang=en`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toMatch(/<html lang="en">/);
    expect(titleOf(html)).toMatch(/^Miniket rice — Shop [0-9a-f]{8} \| Haat$/);
    expect(one(html, 'description')).toBe('New-season Miniket rice, clean and fluffy.');
    const url = `${BASE}/products/${product.id}`;
    expect(canonicalOf(html)).toEqual([`${url}?lang=en`]);
    expect(one(html, 'og:url')).toBe(`${url}?lang=en`);
    expect(one(html, 'og:locale')).toBe('en_US');
    expect(hreflang(html)).toEqual({ bn: url, en: `${url}?lang=en`, 'x-default': url });
  });

  it('describe the product in JSON-LD: offer in taka, availability, rating, breadcrumbs', async () => {
    const html = (await get(`/products/${product.id}?lang=en`)).body;
    const ld = ldOf(html, 'Product');
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld.name).toBe('Miniket rice');
    expect(ld.image).toEqual([`${BASE}/api/v1/products/${product.id}/images/${imageId}/large`]);
    expect(ld.offers).toMatchObject({
      '@type': 'Offer',
      price: '85.50',
      priceCurrency: 'BDT',
      availability: 'https://schema.org/InStock',
      url: `${BASE}/products/${product.id}?lang=en`,
      seller: { '@type': 'GroceryStore' },
    });
    expect(ld.aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 4.5,
      reviewCount: 2,
      bestRating: 5,
      worstRating: 1,
    });
    const crumbs = ldOf(html, 'BreadcrumbList').itemListElement as Record<string, unknown>[];
    expect(crumbs.map((c) => [c.position, c.name, c.item])).toEqual([
      [1, 'Haat', `${BASE}/?lang=en`],
      [2, 'Food', `${BASE}/search?category=${parentSlug}&lang=en`],
      [3, 'Rice', `${BASE}/search?category=${categorySlug}&lang=en`],
      [4, 'Miniket rice', `${BASE}/products/${product.id}?lang=en`],
    ]);
  });

  it('say out of stock and leave out the rating and image a product does not have', async () => {
    const html = (await get(`/products/${soldOut.id}`)).body;
    const ld = ldOf(html, 'Product');
    expect(ld.offers).toMatchObject({
      price: '120.00',
      availability: 'https://schema.org/OutOfStock',
    });
    expect(ld).not.toHaveProperty('aggregateRating');
    expect(ld).not.toHaveProperty('image');
    expect(meta(html, 'og:image')).toEqual([]);
    expect(one(html, 'twitter:card')).toBe('summary');
    expect(one(html, 'product:availability')).toBe('out of stock');
  });

  it('escape names: nothing breaks out of the title, the attributes or the JSON-LD', async () => {
    for (const lang of ['', '?lang=en']) {
      const res = await get(`/products/${evil.id}${lang}`);
      expect(res.statusCode).toBe(200);
      const html = res.body;
      // Only the app's script, the two JSON-LD blocks and the page's data: no injected element.
      expect(html.match(/<script\b/g)).toHaveLength(4);
      expect((initialData(html).queries[0]!.data as { nameBn: string }).nameBn).toBe(EVIL);
      expect(firstScreen(html)).toContain(
        `<h1>${EVIL.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;')}</h1>`,
      );
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('-->');
      expect(titleOf(html).startsWith(`${EVIL} — `)).toBe(true);
      expect(one(html, 'og:title')).toBe(titleOf(html));
      expect(one(html, 'description')).toBe(`${EVIL} -->`);
      const ld = ldOf(html, 'Product');
      expect(ld.name).toBe(EVIL);
      expect(ld.description).toBe(`${EVIL} -->`);
      expect(ld.offers).toMatchObject({ availability: 'https://schema.org/LimitedAvailability' });
    }
  });

  it('draw the first screen (picture, name) and carry the API answer a guest gets', async () => {
    const html = (await get(`/products/${product.id}`)).body;
    const api = await app.inject({ method: 'GET', url: `/api/v1/products/${product.id}` });
    const data = initialData(html);
    expect(data.queries).toEqual([
      { key: ['product', product.id], url: `/api/v1/products/${product.id}`, data: api.json() },
    ]);
    expect(Math.abs(data.at - Date.now())).toBeLessThan(60_000);
    const screen = firstScreen(html);
    const name = (api.json() as { nameBn: string }).nameBn;
    expect(screen).toContain(`<h1>${name}</h1>`);
    // The same picture, from the same srcset and sizes, as the preload: one download.
    const img = tags(screen, 'img')[0]!;
    const preload = tags(html, 'link').find((l) => l.rel === 'preload' && l.as === 'image')!;
    expect(img.srcset).toBe(preload.imagesrcset);
    expect(img.sizes).toBe(preload.imagesizes);
    expect(img.alt).toBe(name);
    // English on request.
    const en = (await get(`/products/${product.id}?lang=en`)).body;
    expect(firstScreen(en)).toContain(`<h1>${(api.json() as { nameEn: string }).nameEn}</h1>`);
  });

  it('a draft, a hidden, an unknown or a malformed id: the app shell, 404, noindex, no tags', async () => {
    for (const id of [draft.id, hidden.id, randomUUID(), 'not-a-uuid']) {
      const res = await get(`/products/${id}`);
      expect(res.statusCode, id).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(meta(res.body, 'robots')).toEqual(['noindex']);
      expect(titleOf(res.body)).toBe('হাট');
      expect(canonicalOf(res.body)).toEqual([]);
      expect(jsonLd(res.body)).toEqual([]);
      expect(res.body).toContain('<div id="root"></div>');
    }
  });
});

describe('shop pages', () => {
  it('carry the tags and a Pharmacy with address, geo, opening hours and telephone', async () => {
    const res = await get(`/shops/${pharmacyId}?lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const html = res.body;
    const url = `${BASE}/shops/${pharmacyId}`;
    expect(titleOf(html)).toBe('Pharma "Plus" </script> | Haat');
    expect(one(html, 'description')).toMatch(/^Pharma "Plus" <\/script> — Pharmacy, বাড়ি ৭/);
    expect(canonicalOf(html)).toEqual([`${url}?lang=en`]);
    expect(hreflang(html)).toEqual({ bn: url, en: `${url}?lang=en`, 'x-default': url });
    expect(one(html, 'og:type')).toBe('business.business');
    expect(meta(html, 'og:image')).toEqual([]);
    expect(html.match(/<script\b/g)).toHaveLength(3);
    const ld = ldOf(html, 'Pharmacy');
    expect(ld).toMatchObject({
      name: 'Pharma "Plus" </script>',
      url: `${url}?lang=en`,
      telephone: '+8801711223344',
      address: { '@type': 'PostalAddress', addressCountry: 'BD' },
      geo: { '@type': 'GeoCoordinates', latitude: 23.7465, longitude: 90.376 },
      openingHoursSpecification: [
        { dayOfWeek: 'https://schema.org/Sunday', opens: '09:00', closes: '21:00' },
        { dayOfWeek: 'https://schema.org/Friday', opens: '15:00', closes: '22:00' },
      ],
    });
    expect(ld).not.toHaveProperty('aggregateRating');
  });

  it('a grocery shop is a GroceryStore, in Bengali', async () => {
    const html = (await get(`/shops/${shopId}`)).body;
    expect(one(html, 'og:locale')).toBe('bn_BD');
    expect(ldOf(html, 'GroceryStore').name).toMatch(/^দোকান /);
  });

  it('an unapproved or unknown shop: 404 with noindex', async () => {
    for (const id of [pendingShopId, randomUUID(), 'x']) {
      const res = await get(`/shops/${id}`);
      expect(res.statusCode, id).toBe(404);
      expect(meta(res.body, 'robots')).toEqual(['noindex']);
      expect(jsonLd(res.body)).toEqual([]);
    }
  });
});

describe('category, home and other pages', () => {
  it('a category page is the search page filtered to it', async () => {
    const res = await get(`/search?category=${categorySlug}&sort=price`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(titleOf(html)).toBe('চাল | হাট');
    const url = `${BASE}/search?category=${categorySlug}`;
    expect(canonicalOf(html)).toEqual([url]);
    expect(hreflang(html)).toEqual({ bn: url, en: `${url}&lang=en`, 'x-default': url });
    const crumbs = ldOf(html, 'BreadcrumbList').itemListElement as Record<string, unknown>[];
    expect(crumbs.map((c) => c.name)).toEqual(['হাট', 'খাবার', 'চাল']);
    expect(ldOf(html, 'CollectionPage').url).toBe(url);
  });

  it('an unknown category is not found; a text search is not indexed', async () => {
    const missing = await get(`/search?category=no-such-${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(meta(missing.body, 'robots')).toEqual(['noindex']);
    const search = await get('/search?q=chal');
    expect(search.statusCode).toBe(200);
    expect(meta(search.body, 'robots')).toEqual(['noindex']);
    expect(canonicalOf(search.body)).toEqual([]);
  });

  it('a repeated or odd query parameter still gets the page, never a JSON error', async () => {
    const res = await get(`/products/${product.id}?lang=en&lang=bn`);
    expect(res.statusCode).toBe(200);
    expect(one(res.body, 'og:locale')).toBe('bn_BD');
    const twice = await get(`/search?category=${categorySlug}&category=x`);
    expect(twice.statusCode).toBe(200);
    expect(meta(twice.body, 'robots')).toEqual(['noindex']);
    expect(canonicalOf(twice.body)).toEqual([]);
  });

  it('the home page has its tags and a site search action', async () => {
    const res = await get('/?lang=en');
    expect(res.statusCode).toBe(200);
    expect(titleOf(res.body)).toBe('Haat');
    expect(canonicalOf(res.body)).toEqual([`${BASE}/?lang=en`]);
    expect(ldOf(res.body, 'WebSite').potentialAction).toMatchObject({
      target: `${BASE}/search?q={search_term_string}`,
    });
  });

  it('other app paths still get the plain shell, not kept in caches', async () => {
    const res = await get('/account');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/no-cache|max-age=0/);
    expect(res.body).toBe(INDEX_HTML);
  });
});

describe('landing pages name their chunks', () => {
  const preloaded = (html: string) =>
    tags(html, 'link')
      .filter((l) => l.rel === 'modulepreload')
      .map((l) => l.href);

  it('a product page preloads its page chunk and what it imports, not what the entry loads', async () => {
    const res = await get(`/products/${product.id}`);
    expect(preloaded(res.body)).toEqual(['/assets/Product-stub.js', '/assets/api-stub.js']);
    // Still a page with its tags, and the links inside <head>.
    expect(canonicalOf(res.body)).toEqual([`${BASE}/products/${product.id}`]);
    expect(res.body.indexOf('modulepreload')).toBeLessThan(res.body.indexOf('</head>'));
  });

  it('the bag (a page of the app, not of the SEO module) too, uncached; other paths none', async () => {
    const bag = await get('/cart?from=push');
    expect(bag.statusCode).toBe(200);
    expect(bag.headers['cache-control']).toMatch(/no-cache/);
    expect(preloaded(bag.body)).toEqual(['/assets/Cart-stub.js']);
    // A page without a manifest entry, a path that only looks like one: the plain shell.
    expect(preloaded((await get('/checkout')).body)).toEqual([]);
    expect(preloaded((await get('/products/not-a-uuid')).body)).toEqual([]);
    expect(preloaded((await get('/cart/extra')).body)).toEqual([]);
  });
});

describe('robots.txt and the sitemap', () => {
  it('robots.txt lets public pages be crawled, keeps private ones out, names the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = res.body.split('\n');
    expect(lines[0]).toBe('User-agent: *');
    expect(lines).toContain('Allow: /');
    for (const p of ['/api/', '/seller', '/admin', '/account', '/checkout', '/cart']) {
      expect(lines).toContain(`Disallow: ${p}`);
    }
    expect(lines.some((l) => /^Disallow: \/(products|shops|search)?$/.test(l))).toBe(false);
    expect(lines).toContain(`Sitemap: ${BASE}/sitemap.xml`);
  });

  it('the sitemap lists home, categories, approved shops and visible products only', async () => {
    const res = await get('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const xml = res.body;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset /);
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decode(m[1]!));
    expect(locs).toContain(`${BASE}/`);
    expect(locs).toContain(`${BASE}/search?category=${categorySlug}`);
    expect(locs).toContain(`${BASE}/shops/${shopId}`);
    expect(locs).toContain(`${BASE}/shops/${pharmacyId}`);
    expect(locs).not.toContain(`${BASE}/shops/${pendingShopId}`);
    for (const p of [product, evil, soldOut]) expect(locs).toContain(`${BASE}/products/${p.id}`);
    for (const p of [draft, hidden]) expect(locs).not.toContain(`${BASE}/products/${p.id}`);
    const row = await ctx.db
      .selectFrom('products')
      .select('updated_at')
      .where('id', '=', product.id)
      .executeTakeFirstOrThrow();
    expect(xml).toContain(
      `<loc>${BASE}/products/${product.id}</loc><lastmod>${row.updated_at.toISOString()}</lastmod>`,
    );
    // The English alternate, with its & escaped.
    expect(xml).toContain(
      `<xhtml:link rel="alternate" hreflang="en" href="${BASE}/search?category=${categorySlug}&amp;lang=en"/>`,
    );
  });

  it('past the page size the sitemap is an index of parts', async () => {
    const res = await get('/sitemap.xml', indexApp);
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<sitemapindex /);
    const parts = [...res.body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(parts).toContain(`${BASE}/sitemaps/pages-1.xml`);
    expect(parts).toContain(`${BASE}/sitemaps/shops-1.xml`);
    expect(parts).toContain(`${BASE}/sitemaps/products-1.xml`);
    const first = await get('/sitemaps/pages-1.xml', indexApp);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect([...first.body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([`${BASE}/`]);
    const last = parts.filter((p) => p.includes('/products-')).at(-1)!;
    const lastPart = await get(new URL(last).pathname, indexApp);
    expect(lastPart.body.match(/<url>/g)).toHaveLength(1);
    for (const missing of ['products-9999999.xml', 'users-1.xml', 'pages-1']) {
      expect((await get(`/sitemaps/${missing}`, indexApp)).statusCode, missing).toBe(404);
    }
  });
});
