/**
 * robots.txt and the sitemap: the home page, every category, every approved shop and every
 * product anyone may see, each in Bengali (the URL itself) with its English alternate. Past
 * `pageSize` URLs the sitemap becomes an index of numbered parts.
 */
import type { AppContext } from '../../platform/context.ts';
import {
  categoryStamps,
  countPublicProducts,
  publicProductStamps,
  type PageStamp,
} from '../catalog/index.ts';
import { approvedShopStamps, countApprovedShops } from '../shops/index.ts';
import { escapeHtml as escapeXml } from './seo.html.ts';
import { localizedUrls } from './seo.pages.ts';

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/** Paths no crawler needs: the API and signed-in pages. */
export const disallowed = [
  '/api/',
  '/seller',
  '/admin',
  '/account',
  '/checkout',
  '/cart',
  '/orders',
  '/favorites',
  '/addresses',
  '/notifications',
  '/prescriptions',
  '/support',
];

export function robotsTxt(base: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...disallowed.map((p) => `Disallow: ${p}`),
    '',
    `Sitemap: ${base}/sitemap.xml`,
    '',
  ].join('\n');
}

type Entry = { path: string; params?: Record<string, string>; lastmod?: Date };

function urlElement(base: string, entry: Entry): string {
  const urls = localizedUrls(base, entry.path, entry.params);
  return [
    '<url>',
    `<loc>${escapeXml(urls.bn)}</loc>`,
    ...(entry.lastmod ? [`<lastmod>${entry.lastmod.toISOString()}</lastmod>`] : []),
    `<xhtml:link rel="alternate" hreflang="bn" href="${escapeXml(urls.bn)}"/>`,
    `<xhtml:link rel="alternate" hreflang="en" href="${escapeXml(urls.en)}"/>`,
    '</url>',
  ].join('');
}

function urlset(base: string, entries: Entry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries.map((e) => urlElement(base, e)),
    '</urlset>',
    '',
  ].join('\n');
}

const sections = ['pages', 'shops', 'products'] as const;
type Section = (typeof sections)[number];

const stampEntries = (prefix: string, stamps: PageStamp[]): Entry[] =>
  stamps.map((s) => ({ path: `${prefix}/${s.id}`, lastmod: s.updatedAt }));

async function pagesEntries(ctx: AppContext): Promise<Entry[]> {
  const categories = await categoryStamps(ctx.db);
  return [
    { path: '/' },
    ...categories.map((c) => ({
      path: '/search',
      params: { category: c.slug },
      lastmod: c.updatedAt,
    })),
  ];
}

async function sectionEntries(
  ctx: AppContext,
  section: Section,
  page: { offset: number; limit: number },
): Promise<Entry[]> {
  if (section === 'pages') {
    return (await pagesEntries(ctx)).slice(page.offset, page.offset + page.limit);
  }
  if (section === 'shops') return stampEntries('/shops', await approvedShopStamps(ctx.db, page));
  return stampEntries('/products', await publicProductStamps(ctx.db, page));
}

async function sectionSizes(ctx: AppContext): Promise<Record<Section, number>> {
  const [pages, shops, products] = await Promise.all([
    pagesEntries(ctx).then((e) => e.length),
    countApprovedShops(ctx.db),
    countPublicProducts(ctx.db),
  ]);
  return { pages, shops, products };
}

/** `/sitemap.xml`: every URL in one file, or an index of `/sitemaps/<section>-<n>.xml` parts. */
export async function sitemapXml(ctx: AppContext, base: string, pageSize: number): Promise<string> {
  const sizes = await sectionSizes(ctx);
  const total = sizes.pages + sizes.shops + sizes.products;
  if (total <= pageSize) {
    const all = await Promise.all(
      sections.map((s) => sectionEntries(ctx, s, { offset: 0, limit: pageSize })),
    );
    return urlset(base, all.flat());
  }
  const parts = sections.flatMap((s) =>
    Array.from({ length: Math.ceil(sizes[s] / pageSize) }, (_, i) => `${s}-${i + 1}`),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map((p) => `<sitemap><loc>${escapeXml(`${base}/sitemaps/${p}.xml`)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** One part of a sitemap index (`pages-1`, `products-3`); null when there is no such part. */
export async function sitemapPartXml(
  ctx: AppContext,
  base: string,
  pageSize: number,
  name: string,
): Promise<string | null> {
  const match = /^(pages|shops|products)-([1-9][0-9]{0,6})$/.exec(name);
  if (!match) return null;
  const section = match[1] as Section;
  const offset = (Number(match[2]) - 1) * pageSize;
  const entries = await sectionEntries(ctx, section, { offset, limit: pageSize });
  if (entries.length === 0) return null;
  return urlset(base, entries);
}
