import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { shopTypes } from '../shops/index.ts';

export const searchSorts = ['relevance', 'distance', 'price_asc', 'price_desc', 'newest'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** "true"/"false"/"1"/"0" (z.coerce.boolean would read "false" as true). */
const queryBoolean = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/**
 * A latitude or longitude rounded to 7 decimals (about 1 cm): a denormal such as 1e-323 would
 * otherwise make PostgreSQL's float arithmetic underflow (500 instead of an answer).
 */
function coordinate(limit: number) {
  return z.coerce
    .number()
    .min(-limit)
    .max(limit)
    .transform((v) => Math.round(v * 1e7) / 1e7);
}

const point = {
  lat: coordinate(90).optional(),
  lng: coordinate(180).optional(),
  radius: z.coerce.number().int().min(1).max(50_000).optional(),
};

export const searchQuery = z.object({
  q: z.string().max(200).optional(),
  ...point,
  /** Category id or slug; the filter includes its whole subtree. */
  category: z.string().min(1).max(100).optional(),
  shopType: z.enum(shopTypes).optional(),
  minPrice: z.coerce.number().int().min(0).max(1e12).optional(),
  maxPrice: z.coerce.number().int().min(0).max(1e12).optional(),
  inStock: queryBoolean.optional(),
  /** Average of the product's visible reviews (rating_aggregates); unrated products are left out. */
  minRating: z.coerce.number().min(0).max(5).optional(),
  sort: z.enum(searchSorts).default('relevance'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: cursorParam,
});
export type SearchQuery = z.output<typeof searchQuery>;

export const nearbyProductsQuery = searchQuery
  .omit({ q: true, lat: true, lng: true, sort: true })
  .extend({
    lat: coordinate(90),
    lng: coordinate(180),
    sort: z.enum(searchSorts).default('distance'),
  });

export const suggestQuery = z.object({
  q: z.string().max(100),
  limit: z.coerce.number().int().min(1).max(10).default(6),
});

export const boundsQuery = z.object({
  south: coordinate(90),
  west: coordinate(180),
  north: coordinate(90),
  east: coordinate(180),
  shopType: z.enum(shopTypes).optional(),
});

const names = { nameBn: z.string().nullable(), nameEn: z.string().nullable() };

export const searchItem = z.object({
  product: z.object({
    id: z.string(),
    ...names,
    thumbUrl: z.string().nullable(),
    /** Lowest variant price, in poisha. */
    minPrice: z.number(),
    unit: z.string(),
    inStock: z.boolean(),
    categoryId: z.string().nullable(),
  }),
  shop: z.object({ id: z.string(), ...names, type: z.string() }),
  distanceM: z.number().nullable(),
});

const facetCount = z.object({ count: z.number() });
export const searchResponse = z.object({
  items: z.array(searchItem),
  nextCursor: z.string().nullable(),
  facets: z.object({
    categories: z.array(facetCount.extend({ id: z.string() })),
    shopTypes: z.array(facetCount.extend({ type: z.string() })),
    priceRanges: z.array(facetCount.extend({ min: z.number(), max: z.number().nullable() })),
  }),
});
export type SearchResponse = z.infer<typeof searchResponse>;

export const suggestResponse = z.object({
  products: z.array(z.object({ id: z.string(), ...names })),
  categories: z.array(z.object({ id: z.string(), slug: z.string(), ...names })),
  shops: z.array(z.object({ id: z.string(), ...names, type: z.string() })),
});

export const boundsResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      nameBn: z.string(),
      nameEn: z.string(),
      type: z.string(),
      lat: z.number(),
      lng: z.number(),
    }),
  ),
  truncated: z.boolean(),
});
