/**
 * What search engines and share previews read from a public page's first HTML: the product, shop,
 * category and home pages, as anyone signed out sees them. Data comes from the catalog, shops and
 * reviews modules' own functions, so a draft or hidden product or an unapproved shop is "not
 * found" here exactly as in the app.
 */
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { categoryDetail, getProduct, productSchema, type ProductDto } from '../catalog/index.ts';
import { mainImagePreload, productPreview } from './seo.preview.ts';
import { ratingAggregate } from '../reviews/index.ts';
import { getShop, type OpeningHours, type ShopType } from '../shops/index.ts';
import { siteName, summary, type Lang, type PageHead } from './seo.html.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `?lang=en` selects English; anything else (or nothing) is Bengali, the default. */
export function langOf(query: unknown): Lang {
  const lang = (query as { lang?: unknown } | undefined)?.lang;
  return lang === 'en' ? 'en' : 'bn';
}

/** The page at `path` (with `params`) in each language: Bengali without `lang`, English with `lang=en`. */
export function localizedUrls(base: string, path: string, params: Record<string, string> = {}) {
  const url = (lang: Lang) => {
    const search = new URLSearchParams(params);
    if (lang === 'en') search.set('lang', 'en');
    const query = search.toString();
    return `${base}${path}${query ? `?${query}` : ''}`;
  };
  return { bn: url('bn'), en: url('en') };
}

/** Poisha as a schema.org price in taka ("85.50"), without floating point. */
export function takaString(poisha: number): string {
  return `${Math.trunc(poisha / 100)}.${String(poisha % 100).padStart(2, '0')}`;
}

function formatTaka(poisha: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-BD' : 'bn-BD', {
    style: 'currency',
    currency: 'BDT',
    minimumFractionDigits: poisha % 100 === 0 ? 0 : 2,
  }).format(poisha / 100);
}

const pick = (lang: Lang, bn: string | null, en: string | null): string =>
  (lang === 'en' ? (en ?? bn) : (bn ?? en)) ?? '';

const titled = (name: string, lang: Lang) => `${name} | ${siteName[lang]}`;

async function orNull<T>(work: Promise<T>, codes: string[]): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && codes.includes(error.code)) return null;
    throw error;
  }
}

const schemaAvailability = {
  in_stock: 'https://schema.org/InStock',
  few_left: 'https://schema.org/LimitedAvailability',
  out_of_stock: 'https://schema.org/OutOfStock',
} as const;

/** schema.org's type for each kind of shop (all of them LocalBusiness). */
export const shopSchemaType: Record<ShopType, string> = {
  grocery: 'GroceryStore',
  pharmacy: 'Pharmacy',
  restaurant: 'Restaurant',
  electronics: 'ElectronicsStore',
  hardware: 'HardwareStore',
  fashion: 'ClothingStore',
  other: 'Store',
};

const shopTypeLabel: Record<ShopType, Record<Lang, string>> = {
  grocery: { bn: 'মুদি দোকান', en: 'Grocery' },
  pharmacy: { bn: 'ফার্মেসি', en: 'Pharmacy' },
  restaurant: { bn: 'রেস্তোরাঁ', en: 'Restaurant' },
  electronics: { bn: 'ইলেকট্রনিক্স', en: 'Electronics' },
  hardware: { bn: 'হার্ডওয়্যার', en: 'Hardware' },
  fashion: { bn: 'পোশাক', en: 'Fashion' },
  other: { bn: 'দোকান', en: 'Shop' },
};

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function openingHoursSpecification(hours: OpeningHours) {
  return hours.map((h) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: `https://schema.org/${weekdays[h.day] ?? 'Sunday'}`,
    opens: h.open,
    closes: h.close,
  }));
}

function aggregateRating(rating: { average: number | null; count: number }) {
  if (rating.count === 0 || rating.average === null) return {};
  return {
    aggregateRating: {
      '@type': 'AggregateRating',
      ratingValue: rating.average,
      reviewCount: rating.count,
      bestRating: 5,
      worstRating: 1,
    },
  };
}

function breadcrumbs(items: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

type Crumb = { name: string; url: string };

/** Home, the category's ancestors and the category itself, as breadcrumb entries. */
async function categoryCrumbs(
  ctx: AppContext,
  base: string,
  lang: Lang,
  categoryId: string | null,
): Promise<Crumb[]> {
  const home: Crumb = { name: siteName[lang], url: localizedUrls(base, '/')[lang] };
  if (!categoryId) return [home];
  const category = await orNull(categoryDetail(ctx.db, categoryId), ['CATEGORY_NOT_FOUND']);
  if (!category) return [home];
  return [
    home,
    ...[...category.ancestors, category].map((c) => ({
      name: pick(lang, c.nameBn, c.nameEn),
      url: localizedUrls(base, '/search', { category: c.slug })[lang],
    })),
  ];
}

function productImage(base: string, product: ProductDto): string | undefined {
  const image = [...product.images]
    .sort((a, b) => a.position - b.position)
    .find((i) => i.urls !== null);
  return image?.urls ? `${base}${image.urls.large}` : undefined;
}

export async function productHead(
  ctx: AppContext,
  base: string,
  id: string,
  lang: Lang,
  saveData = false,
): Promise<PageHead | null> {
  if (!uuidPattern.test(id)) return null;
  const product = await orNull(getProduct(ctx.db, null, id), ['PRODUCT_NOT_FOUND']);
  if (!product) return null;
  const [shop, rating, crumbs] = await Promise.all([
    orNull(getShop(ctx.db, null, product.shopId), ['SHOP_NOT_FOUND']),
    ratingAggregate(ctx.db, 'product', product.id),
    categoryCrumbs(ctx, base, lang, product.categoryId),
  ]);
  if (!shop) return null;
  const alternates = localizedUrls(base, `/products/${product.id}`);
  const canonical = alternates[lang];
  const name = pick(lang, product.nameBn, product.nameEn) || product.sku;
  const shopName = pick(lang, shop.nameBn, shop.nameEn);
  const prices = product.variants.map((v) => v.price);
  const lowest = prices.length > 0 ? Math.min(...prices) : null;
  const available = product.variants.some((v) => v.availability !== 'out_of_stock');
  const own = pick(lang, product.descriptionBn, product.descriptionEn);
  const fallback =
    lang === 'en'
      ? `${name}${lowest !== null ? ` from ${formatTaka(lowest, lang)}` : ''} at ${shopName}. Order on Haat.`
      : `${shopName}-এ ${name}${lowest !== null ? `, দাম ${formatTaka(lowest, lang)} থেকে` : ''}। হাটে অর্ডার করুন।`;
  const description = summary(own || fallback);
  const image = productImage(base, product);
  const seller = { '@type': shopSchemaType[shop.type], name: shopName };
  const offers = product.variants.map((v) => ({
    '@type': 'Offer',
    sku: v.sku,
    ...(v.label ? { name: v.label } : {}),
    price: takaString(v.price),
    priceCurrency: 'BDT',
    availability: schemaAvailability[v.availability],
    itemCondition: 'https://schema.org/NewCondition',
    url: canonical,
    seller,
  }));
  const productLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name,
    sku: product.sku,
    description,
    url: canonical,
    ...(image ? { image: [image] } : {}),
    ...(offers.length === 1
      ? { offers: offers[0] }
      : offers.length > 1
        ? {
            offers: {
              '@type': 'AggregateOffer',
              priceCurrency: 'BDT',
              lowPrice: takaString(Math.min(...prices)),
              highPrice: takaString(Math.max(...prices)),
              offerCount: offers.length,
              offers,
            },
          }
        : {}),
    ...aggregateRating(rating),
  };
  return {
    lang,
    title: titled(`${name} — ${shopName}`, lang),
    description,
    canonical,
    alternates,
    ogType: 'product',
    image,
    preloadImage: mainImagePreload(product, saveData),
    extraProperties:
      lowest !== null
        ? [
            ['product:price:amount', takaString(lowest)],
            ['product:price:currency', 'BDT'],
            ['product:availability', available ? 'in stock' : 'out of stock'],
          ]
        : [],
    jsonLd: [productLd, breadcrumbs([...crumbs, { name, url: canonical }])],
    body: {
      markup: productPreview(
        product,
        name,
        crumbs.slice(1).map((c) => c.name),
        lang,
        saveData,
      ),
      // The answer GET /products/{id} gives a guest, for the app's ['product', id] query.
      queries: [
        {
          key: ['product', product.id],
          url: `/api/v1/products/${product.id}`,
          data: productSchema.parse(product),
        },
      ],
    },
  };
}

export async function shopHead(
  ctx: AppContext,
  base: string,
  id: string,
  lang: Lang,
): Promise<PageHead | null> {
  if (!uuidPattern.test(id)) return null;
  const shop = await orNull(getShop(ctx.db, null, id), ['SHOP_NOT_FOUND']);
  if (!shop) return null;
  const rating = await ratingAggregate(ctx.db, 'shop', shop.id);
  const alternates = localizedUrls(base, `/shops/${shop.id}`);
  const canonical = alternates[lang];
  const name = pick(lang, shop.nameBn, shop.nameEn);
  const kind = shopTypeLabel[shop.type][lang];
  const description = summary(
    lang === 'en'
      ? `${name} — ${kind}, ${shop.address}. Order online on Haat.`
      : `${name} — ${kind}, ${shop.address}। হাটে অনলাইনে অর্ডার করুন।`,
  );
  const shopLd = {
    '@context': 'https://schema.org',
    '@type': shopSchemaType[shop.type],
    '@id': canonical,
    name,
    url: canonical,
    description,
    telephone: shop.phone,
    address: { '@type': 'PostalAddress', streetAddress: shop.address, addressCountry: 'BD' },
    geo: { '@type': 'GeoCoordinates', latitude: shop.lat, longitude: shop.lng },
    ...(shop.openingHours.length > 0
      ? { openingHoursSpecification: openingHoursSpecification(shop.openingHours) }
      : {}),
    currenciesAccepted: 'BDT',
    ...aggregateRating(rating),
  };
  return {
    lang,
    title: titled(name, lang),
    description,
    canonical,
    alternates,
    ogType: 'business.business',
    extraProperties: [
      ['place:location:latitude', String(shop.lat)],
      ['place:location:longitude', String(shop.lng)],
    ],
    jsonLd: [
      shopLd,
      breadcrumbs([
        { name: siteName[lang], url: localizedUrls(base, '/')[lang] },
        { name, url: canonical },
      ]),
    ],
  };
}

/** A category's page: the search page filtered to it (`/search?category=<slug>`). */
export async function categoryHead(
  ctx: AppContext,
  base: string,
  slug: string,
  lang: Lang,
): Promise<PageHead | null> {
  const category = await orNull(categoryDetail(ctx.db, slug), ['CATEGORY_NOT_FOUND']);
  if (!category) return null;
  const alternates = localizedUrls(base, '/search', { category: category.slug });
  const canonical = alternates[lang];
  const name = pick(lang, category.nameBn, category.nameEn);
  const description =
    lang === 'en'
      ? `${name} from shops near you: compare prices and order on Haat.`
      : `আপনার কাছের দোকান থেকে ${name}: দাম মিলিয়ে হাটে অর্ডার করুন।`;
  const crumbs = await categoryCrumbs(ctx, base, lang, category.id);
  return {
    lang,
    title: titled(name, lang),
    description,
    canonical,
    alternates,
    ogType: 'website',
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'CollectionPage',
        name,
        description,
        url: canonical,
      },
      breadcrumbs(crumbs),
    ],
  };
}

export function homeHead(base: string, lang: Lang): PageHead {
  const alternates = localizedUrls(base, '/');
  const description =
    lang === 'en'
      ? 'Groceries, medicine and more from local shops near you, in Bengali or English: compare prices, order and pay by bKash, Nagad, card or cash on delivery.'
      : 'আপনার কাছের দোকান থেকে মুদি, ওষুধ ও আরও অনেক কিছু: দাম মিলিয়ে অর্ডার করুন, বিকাশ, নগদ, কার্ড বা ক্যাশ অন ডেলিভারিতে পরিশোধ করুন।';
  return {
    lang,
    title: siteName[lang],
    description,
    canonical: alternates[lang],
    alternates,
    ogType: 'website',
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'WebSite',
        name: siteName[lang],
        url: alternates[lang],
        potentialAction: {
          '@type': 'SearchAction',
          target: `${base}/search?q={search_term_string}`,
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  };
}
