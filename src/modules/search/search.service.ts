import { z } from 'zod';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { keyPart, keysetCursor } from '../../platform/http/cursor.ts';
import { normalizeText } from '../../platform/text.ts';
import { assertInsideBangladesh } from '../geo/index.ts';
import {
  allCategories,
  PRICE_BUCKETS,
  searchProducts,
  searchTerms,
  shopsInBounds,
  suggestProducts,
  suggestShops,
  type HitRow,
  type QueryWord,
  type SearchFilters,
  type SearchResult,
} from './search.repo.ts';
import { fallbackWords, looseVocabulary, type LooseTerm } from './search.fallback.ts';
import type { SearchQuery, SearchResponse } from './search.schema.ts';
import { documentWrites } from './search.document.ts';
import { analyzeDocument, analyzeQuery } from './text/analyze.ts';
import { basicNormalize } from './text/normalize.ts';
import { phoneticKey, trigramSimilarity } from './text/phonetic.ts';
import type { WordDomain } from './text/synonyms.ts';
import { knownIn, wordVariants, type VariantOptions } from './text/variants.ts';

export const DEFAULT_RADIUS_M = 1000;
/** Words of a query that take part in matching; longer queries are cut (each word costs a scan). */
const MAX_WORDS = 6;

/**
 * The words and numbers of a query in the forms product_search holds, each word with its other
 * readings (text/variants.ts). `known` (the catalog's vocabulary) lets a compound typed without a
 * space be split; without it compounds are not split.
 */
export function queryTerms(
  q: string | undefined,
  options: VariantOptions = {},
): { words: QueryWord[]; numbers: string[]; domain?: WordDomain } {
  if (!q || !q.trim()) return { words: [], numbers: [] };
  const analyzed = analyzeQuery(q);
  const words: QueryWord[] = [];
  const domains = new Set<WordDomain>();
  for (const t of analyzed.tokens) {
    if ((t.kind === 'bn' || t.kind === 'latin') && t.phoneticKey && words.length < MAX_WORDS) {
      if (!words.some((w) => w.form === t.normalized)) {
        const word = { form: t.normalized, key: t.phoneticKey, latin: t.kind === 'latin' };
        const { variants, domain } = wordVariants(word, options);
        if (domain) domains.add(domain);
        words.push({ form: word.form, key: word.key, variants });
      }
    }
  }
  const numbers = [
    ...analyzed.numbers.map(String),
    ...analyzed.quantities.map((qty) => `${qty.value}${qty.unit}`),
  ];
  return {
    words,
    numbers: [...new Set(numbers)].slice(0, MAX_WORDS),
    domain: domains.size === 1 ? [...domains][0] : undefined,
  };
}

/** The catalog's vocabulary (search_terms), cached for a minute or until a document is written. */
let vocabularyCache:
  | {
      at: number;
      writes: number;
      terms: Set<string>;
      known: (word: string, key: string) => boolean;
      /** Prepared for the fallback on its first use. */
      loose?: LooseTerm[];
    }
  | undefined;
const VOCABULARY_CACHE_MS = 60_000;

async function vocabulary(db: Executor): Promise<VariantOptions> {
  const c = vocabularyCache;
  if (!c || Date.now() - c.at > VOCABULARY_CACHE_MS || c.writes !== documentWrites()) {
    const writes = documentWrites();
    const terms = new Set(await searchTerms(db));
    vocabularyCache = { at: Date.now(), writes, terms, known: knownIn(terms) };
  }
  return { known: vocabularyCache!.known };
}

/** The vocabulary prepared for the fallback (trigram sets), built once per vocabulary load. */
async function fallbackVocabulary(db: Executor): Promise<LooseTerm[]> {
  await vocabulary(db);
  const c = vocabularyCache!;
  c.loose ??= looseVocabulary(c.terms);
  return c.loose;
}

/**
 * The last resort when the normal pipeline matched nothing (search.fallback.ts): the query words
 * as their nearest vocabulary terms at a looser similarity (unknown words dropped), then the
 * category whose name the query is closest to. Runs only after an empty answer, so ordinary
 * queries pay nothing; nonsense stays empty (the similarity floor).
 */
async function fallbackSearch(
  db: Executor,
  filters: SearchFilters,
): Promise<SearchResult | undefined> {
  const words = fallbackWords(filters.words, await fallbackVocabulary(db));
  if (words.length) {
    const result = await searchProducts(db, { ...filters, words, domain: undefined, numbers: [] });
    if (result.anyHit) return result;
  }
  if (filters.category) return undefined;
  const best = (await categoryEntries(db))
    .map((c) => ({ c, score: categoryScore(c, filters.words) }))
    .filter((x) => x.score >= CATEGORY_FALLBACK)
    .sort((a, b) => b.score - a.score || a.c.slug.localeCompare(b.c.slug))[0];
  if (!best) return undefined;
  const result = await searchProducts(db, { ...filters, words: [], category: best.c.id });
  return result.anyHit ? result : undefined;
}
/** How close (categoryScore) the query must be to a category's name for its listing. */
const CATEGORY_FALLBACK = 0.9;

/** The sort keys of the last hit: [s1, s2, id]. */
const hitCursor = keysetCursor(z.tuple([keyPart.number, keyPart.number, keyPart.id]));
const encodeCursor = (row: HitRow) => hitCursor.encode([row.s1, row.s2, row.id]);

export function thumbUrl(productId: string, imageId: string) {
  // The catalog's image route (src/modules/catalog imageUrls); not imported, to keep modules apart.
  return `/api/v1/products/${productId}/images/${imageId}/thumb`;
}

function present(row: HitRow) {
  return {
    product: {
      id: row.id,
      nameBn: row.name_bn,
      nameEn: row.name_en,
      thumbUrl: row.thumb_id ? thumbUrl(row.id, row.thumb_id) : null,
      minPrice: Number(row.min_price),
      unit: row.unit,
      inStock: row.in_stock,
      categoryId: row.category_id,
    },
    shop: {
      id: row.shop_id,
      nameBn: row.shop_name_bn,
      nameEn: row.shop_name_en,
      type: row.shop_type,
    },
    distanceM: row.distance_m === null ? null : Math.round(row.distance_m),
  };
}

/** Turns validated query parameters into filters (the checks zod cannot express). */
export function toFilters(
  query: SearchQuery,
  options: { facets?: boolean; vocabulary?: VariantOptions } = {},
): SearchFilters {
  if ((query.lat === undefined) !== (query.lng === undefined)) {
    throw new AppError('SEARCH_POINT_INCOMPLETE');
  }
  const point =
    query.lat !== undefined && query.lng !== undefined
      ? { lat: query.lat, lng: query.lng, radiusM: query.radius ?? DEFAULT_RADIUS_M }
      : undefined;
  if (point) assertInsideBangladesh(point.lat, point.lng);
  if (query.sort === 'distance' && !point) throw new AppError('SEARCH_POINT_REQUIRED');
  const terms = queryTerms(
    query.q === undefined ? undefined : normalizeText(query.q),
    options.vocabulary,
  );
  return {
    ...terms,
    point,
    category: query.category,
    shopType: query.shopType,
    minPrice: query.minPrice,
    maxPrice: query.maxPrice,
    inStock: query.inStock,
    minRating: query.minRating,
    sort: query.sort,
    limit: query.limit,
    after: hitCursor.decode(query.cursor),
    facets: options.facets ?? true,
  };
}

export async function search(db: Executor, query: SearchQuery): Promise<SearchResponse> {
  const filters = toFilters(query, { vocabulary: query.q ? await vocabulary(db) : undefined });
  let result = await searchProducts(db, filters);
  if (!result.anyHit && filters.words.length > 0) {
    result = (await fallbackSearch(db, filters)) ?? result;
  }
  const page = result.items.slice(0, filters.limit);
  return {
    items: page.map(present),
    nextCursor: result.items.length > filters.limit ? encodeCursor(page[page.length - 1]!) : null,
    facets: {
      categories: result.categories,
      shopTypes: result.shopTypes,
      priceRanges: result.prices.map(({ bucket, count }) => ({
        min: PRICE_BUCKETS[bucket - 1] ?? 0,
        max: PRICE_BUCKETS[bucket] ?? null,
        count,
      })),
    },
  };
}

type CategoryEntry = {
  id: string;
  slug: string;
  nameBn: string;
  nameEn: string;
  forms: string[];
  keys: string[];
};
let categoryCache: { at: number; entries: CategoryEntry[] } | undefined;
const CATEGORY_CACHE_MS = 60_000;

async function categoryEntries(db: Executor): Promise<CategoryEntry[]> {
  if (categoryCache && Date.now() - categoryCache.at < CATEGORY_CACHE_MS) {
    return categoryCache.entries;
  }
  const rows = await allCategories(db);
  const entries = rows.map((c) => {
    const doc = analyzeDocument(c.name_bn, c.name_en);
    const forms = [doc.bn, doc.en, doc.synonyms].join(' ').split(' ').filter(Boolean);
    return {
      id: c.id,
      slug: c.slug,
      nameBn: c.name_bn,
      nameEn: c.name_en,
      forms,
      keys: [...doc.phonetic.split(' '), ...forms.map((f) => phoneticKey(f))].filter(Boolean),
    };
  });
  categoryCache = { at: Date.now(), entries };
  return entries;
}

/** 0..1: every query word is a prefix of a name form, or close to a name's phonetic key. */
function categoryScore(entry: CategoryEntry, words: QueryWord[]): number {
  let total = 0;
  for (const w of words) {
    let best = 0;
    for (const form of entry.forms) if (form.startsWith(w.form)) best = Math.max(best, 1);
    for (const key of entry.keys) {
      if (key.startsWith(w.key)) best = Math.max(best, 0.9);
      else best = Math.max(best, trigramSimilarity(w.key, key));
    }
    total += best;
  }
  return total / words.length;
}

export async function suggest(db: Executor, q: string, limit: number) {
  const { words, domain } = queryTerms(normalizeText(q), await vocabulary(db));
  const text = basicNormalize(q).trim();
  if (words.length === 0 || text.length < 2) return { products: [], categories: [], shops: [] };
  const [products, shops, categories] = await Promise.all([
    suggestProducts(db, words, limit, domain),
    suggestShops(db, text, Math.min(limit, 5)),
    categoryEntries(db),
  ]);
  const seen = new Set<string>();
  const distinct = products.filter((p) => {
    const name = `${p.name_bn ?? ''}|${p.name_en ?? ''}`.toLowerCase();
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  return {
    products: distinct
      .slice(0, limit)
      .map((p) => ({ id: p.id, nameBn: p.name_bn, nameEn: p.name_en })),
    categories: categories
      .map((c) => ({ c, score: categoryScore(c, words) }))
      .filter((x) => x.score >= 0.6)
      .sort((a, b) => b.score - a.score || a.c.slug.localeCompare(b.c.slug))
      .slice(0, Math.min(limit, 5))
      .map(({ c }) => ({ id: c.id, slug: c.slug, nameBn: c.nameBn, nameEn: c.nameEn })),
    shops: shops.map((s) => ({ id: s.id, nameBn: s.name_bn, nameEn: s.name_en, type: s.type })),
  };
}

export const BOUNDS_LIMIT = 500;
/** A map box wider than this is a zoomed-out country view: the client should zoom in. */
const MAX_BOUNDS_DEGREES = 5;

export async function inBounds(
  db: Executor,
  b: { south: number; west: number; north: number; east: number; shopType?: string },
) {
  if (
    b.south >= b.north ||
    b.west >= b.east ||
    b.north - b.south > MAX_BOUNDS_DEGREES ||
    b.east - b.west > MAX_BOUNDS_DEGREES
  ) {
    throw new AppError('SEARCH_BOUNDS_INVALID');
  }
  const rows = await shopsInBounds(db, b, BOUNDS_LIMIT);
  return {
    items: rows.slice(0, BOUNDS_LIMIT).map((s) => ({
      id: s.id,
      slug: s.slug,
      nameBn: s.name_bn,
      nameEn: s.name_en,
      type: s.type,
      lat: s.lat,
      lng: s.lng,
    })),
    truncated: rows.length > BOUNDS_LIMIT,
  };
}
