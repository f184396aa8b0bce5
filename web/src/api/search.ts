import { api } from './client';
import type { ProductImage, ProductUnit } from './catalog';
import type { ShopType } from './types';

/**
 * The search API (GET /search, /search/suggest, /products/nearby, /shops/in-bounds) as the pages
 * use it. Responses pass through `toHit` so the pages depend on one shape only.
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

export type Facet = { value: string; count: number; nameBn?: string; nameEn?: string };
export type SearchResult = {
  items: SearchHit[];
  nextCursor: string | null;
  facets: Record<string, Facet[]>;
};

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function toHit(raw: Raw): SearchHit {
  // Either a flat hit or { product, shop, distanceM }.
  const p = (raw.product as Raw | undefined) ?? raw;
  const shop = (raw.shop as Raw | undefined) ?? (p.shop as Raw | undefined);
  const variants = Array.isArray(p.variants) ? (p.variants as Raw[]) : [];
  const prices = variants.map((v) => num(v.price)).filter((n): n is number => n !== null);
  const images = Array.isArray(p.images) ? (p.images as ProductImage[]) : [];
  const ready = images.find((i) => i.status === 'ready' && i.urls);
  const thumbUrl = str(p.thumbUrl) ?? ready?.urls?.thumb ?? null;
  const price = num(p.price) ?? num(p.minPrice) ?? (prices.length ? Math.min(...prices) : null);
  const cheapest = variants.find((v) => num(v.price) === price);
  // Product variants carry an availability level (exact counts only for their shop's owner).
  const levels = variants.map((v) => str(v.availability)).filter((l): l is string => l !== null);
  return {
    id: String(p.id),
    nameBn: str(p.nameBn),
    nameEn: str(p.nameEn),
    unit: (str(p.unit) as ProductUnit | null) ?? null,
    price,
    compareAtPrice: num(p.compareAtPrice) ?? num(cheapest?.compareAtPrice) ?? null,
    inStock:
      typeof p.inStock === 'boolean'
        ? p.inStock
        : levels.length
          ? levels.some((l) => l !== 'out_of_stock')
          : null,
    thumbUrl,
    shop: shop
      ? {
          id: String(shop.id),
          nameBn: str(shop.nameBn) ?? '',
          nameEn: str(shop.nameEn) ?? '',
          type: (str(shop.type) as ShopType | null) ?? undefined,
        }
      : null,
    distanceM: num(raw.distanceM) ?? num(p.distanceM) ?? num(shop?.distanceM),
  };
}

function query(params: Record<string, unknown>) {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    qs.set(key, String(value));
  }
  return qs.toString();
}

export async function search(params: SearchParams): Promise<SearchResult> {
  const raw = await api<{ items: Raw[]; nextCursor?: string | null; facets?: unknown }>(
    `/search?${query(params)}`,
  );
  return {
    items: raw.items.map(toHit),
    nextCursor: raw.nextCursor ?? null,
    facets: normalizeFacets(raw.facets),
  };
}

function normalizeFacets(raw: unknown): Record<string, Facet[]> {
  if (!raw || typeof raw !== 'object') return {};
  const out: Record<string, Facet[]> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (Array.isArray(value)) {
      out[key] = (value as Raw[]).map((f) => ({
        value: String(f.value ?? f.id ?? f.type ?? f.slug ?? f.key ?? ''),
        count: num(f.count) ?? 0,
        nameBn: str(f.nameBn) ?? undefined,
        nameEn: str(f.nameEn) ?? undefined,
      }));
    } else if (value && typeof value === 'object') {
      out[key] = Object.entries(value as Record<string, unknown>).map(([k, c]) => ({
        value: k,
        count: num(c) ?? 0,
      }));
    }
  }
  return out;
}

export type Suggestion = {
  kind: 'product' | 'category' | 'shop';
  id: string;
  nameBn: string | null;
  nameEn: string | null;
  slug?: string;
};

export async function suggest(q: string) {
  const raw = await api<Record<string, unknown>>(`/search/suggest?${query({ q, limit: 8 })}`);
  const out: Suggestion[] = [];
  const take = (list: unknown, kind: Suggestion['kind']) => {
    if (!Array.isArray(list)) return;
    for (const r of list as Raw[]) {
      out.push({
        kind: (str(r.kind) ?? str(r.type) ?? kind) as Suggestion['kind'],
        id: String(r.id),
        nameBn: str(r.nameBn) ?? str(r.name),
        nameEn: str(r.nameEn),
        slug: str(r.slug) ?? undefined,
      });
    }
  };
  if (Array.isArray(raw.items)) take(raw.items, 'product');
  take(raw.products, 'product');
  take(raw.categories, 'category');
  take(raw.shops, 'shop');
  return out;
}

/** A shop marker from GET /shops/in-bounds. */
export type MapShop = {
  id: string;
  nameBn: string;
  nameEn: string;
  type: string;
  lat: number;
  lng: number;
};

export async function shopsInBounds(b: {
  south: number;
  west: number;
  north: number;
  east: number;
}) {
  return api<{ items: MapShop[]; truncated: boolean }>(`/shops/in-bounds?${query(b)}`);
}

export async function productsNearby(params: SearchParams) {
  const raw = await api<{ items: Raw[]; nextCursor?: string | null }>(
    `/products/nearby?${query(params)}`,
  );
  return { items: raw.items.map(toHit), nextCursor: raw.nextCursor ?? null };
}
