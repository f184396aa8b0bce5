import { client, ok } from './client';
import type { ProductUnit } from './catalog';
import type { ApiResponse } from './schema';
import type { ShopType } from './types';

/**
 * The search API (GET /search, /search/suggest, /shops/in-bounds) through the
 * typed client: the answers' shapes are the server's, checked by `npm run check`.
 */

export const searchSorts = ['relevance', 'distance', 'price_asc', 'price_desc', 'newest'] as const;
export type SearchSort = (typeof searchSorts)[number];

export type SearchParams = {
  q?: string;
  lat?: number;
  lng?: number;
  /** metres */
  radius?: number;
  category?: string;
  shopType?: ShopType;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort?: SearchSort;
  limit?: number;
  cursor?: string | null;
};

type SearchAnswer = ApiResponse<'/api/v1/search'>;
type RawHit = SearchAnswer['items'][number];

/** One product in a result list; the shop's own product list (ShopPage) shows the same rows. */
export type SearchHit = {
  id: string;
  nameBn: string | null;
  nameEn: string | null;
  unit: ProductUnit | null;
  /** Lowest variant price, poisha */
  price: number | null;
  compareAtPrice: number | null;
  inStock: boolean | null;
  /** 200 px WebP */
  thumbUrl: string | null;
  shop: { id: string; nameBn: string; nameEn: string; type?: ShopType } | null;
  distanceM: number | null;
};

export type Facet = { value: string; count: number };
export type SearchResult = {
  items: SearchHit[];
  nextCursor: string | null;
  facets: { categories: Facet[]; shopTypes: Facet[] };
};

function toHit({ product: p, shop, distanceM }: RawHit): SearchHit {
  return {
    id: p.id,
    nameBn: p.nameBn,
    nameEn: p.nameEn,
    unit: p.unit as ProductUnit,
    price: p.minPrice,
    compareAtPrice: null,
    inStock: p.inStock,
    thumbUrl: p.thumbUrl,
    shop: {
      id: shop.id,
      nameBn: shop.nameBn ?? shop.nameEn ?? '',
      nameEn: shop.nameEn ?? shop.nameBn ?? '',
      type: shop.type as ShopType,
    },
    distanceM,
  };
}

/** The page's parameters as the API takes them (no empty text, `inStock` only when asked). */
function filters({ q, inStock, cursor, ...rest }: SearchParams) {
  return {
    ...rest,
    q: q?.trim() || undefined,
    inStock: inStock ? ('true' as const) : undefined,
    cursor: cursor ?? undefined,
  };
}

function toResult(answer: SearchAnswer): SearchResult {
  return {
    items: answer.items.map(toHit),
    nextCursor: answer.nextCursor,
    facets: {
      categories: answer.facets.categories.map((c) => ({ value: c.id, count: c.count })),
      shopTypes: answer.facets.shopTypes.map((s) => ({ value: s.type, count: s.count })),
    },
  };
}

export async function search(params: SearchParams): Promise<SearchResult> {
  return toResult(await ok(client.GET('/api/v1/search', { params: { query: filters(params) } })));
}

export type Suggestion = {
  kind: 'product' | 'category' | 'shop';
  id: string;
  nameBn: string | null;
  nameEn: string | null;
  slug?: string;
};

export async function suggest(q: string): Promise<Suggestion[]> {
  const answer = await ok(
    client.GET('/api/v1/search/suggest', { params: { query: { q, limit: 8 } } }),
  );
  return [
    ...answer.products.map((p) => ({ kind: 'product' as const, ...p })),
    ...answer.categories.map((c) => ({ kind: 'category' as const, ...c })),
    ...answer.shops.map(({ id, nameBn, nameEn }) => ({
      kind: 'shop' as const,
      id,
      nameBn,
      nameEn,
    })),
  ];
}

/** A shop marker from GET /shops/in-bounds. */
export type MapShop = ApiResponse<'/api/v1/shops/in-bounds'>['items'][number];

export function shopsInBounds(bounds: {
  south: number;
  west: number;
  north: number;
  east: number;
}) {
  return ok(client.GET('/api/v1/shops/in-bounds', { params: { query: bounds } }));
}
