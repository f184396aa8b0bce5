import { client, ok } from './client';
import type { paths } from './openapi.gen';
import type { ApiResponse } from './schema';

/** Shapes of the catalog API (docs/catalog.md), from the API description. Money is integer poisha. */

export type CategoryNode = ApiResponse<'/api/v1/categories'>['items'][number];
export type Category = Omit<CategoryNode, 'children'>;

export type Product = ApiResponse<'/api/v1/products/{id}'>;
export type AdminProduct = ApiResponse<'/api/v1/admin/products'>['items'][number];
export type Variant = Product['variants'][number];
export type ProductImage = Product['images'][number];
export type ImageSize = keyof NonNullable<ProductImage['urls']>;
export type ProductKind = Product['kind'];
export type ProductUnit = Product['unit'];
export type ProductStatus = Product['status'];

export const productKinds = [
  'grocery',
  'medicine',
  'food',
  'electronics',
  'general',
] as const satisfies readonly ProductKind[];
export const productUnits = [
  'piece',
  'kg',
  'g',
  'litre',
  'ml',
  'dozen',
  'pack',
  'strip',
  'box',
] as const satisfies readonly ProductUnit[];
export const productStatuses = [
  'draft',
  'active',
  'archived',
] as const satisfies readonly ProductStatus[];
export const dosageForms = [
  'tablet',
  'capsule',
  'syrup',
  'suspension',
  'injection',
  'cream',
  'ointment',
  'drops',
  'inhaler',
  'powder',
  'gel',
  'suppository',
  'other',
] as const;

type ProductCreateBody = NonNullable<
  NonNullable<paths['/api/v1/products']['post']>['requestBody']
>['content']['application/json'];
/** What the product editor sends: a new product may start draft or active; an edit may also archive. */
export type ProductInput = Omit<ProductCreateBody, 'status'> & { status: ProductStatus };
export type VariantInput = ProductInput['variants'][number];

export type StockMovement =
  ApiResponse<'/api/v1/products/{id}/variants/{variantId}/stock-adjustments'>['items'][number];
/** The reasons a seller may give (the ledger also shows `expiry`, the write-off of a batch). */
export type StockReason = Exclude<StockMovement['reason'], 'expiry'>;
export const stockReasons = [
  'restock',
  'sale',
  'cancellation',
  'return',
  'correction',
] as const satisfies readonly StockReason[];

export type ImportReport = ApiResponse<'/api/v1/shops/{id}/products/import', 'post'>;
export type ImportRow = ImportReport['rows'][number];

/** The name in the UI language, falling back to the other one (a product may have only one). */
export function productName(p: { nameBn: string | null; nameEn: string | null }, lang: string) {
  return (lang === 'en' ? (p.nameEn ?? p.nameBn) : (p.nameBn ?? p.nameEn)) ?? '';
}

export function categoryName(c: Pick<Category, 'nameBn' | 'nameEn'>, lang: string) {
  return lang === 'en' ? c.nameEn : c.nameBn;
}

/** Flattens the tree for pickers: each category with its depth, in tree order. */
export function flattenCategories(
  nodes: CategoryNode[],
  depth = 0,
): { category: CategoryNode; depth: number }[] {
  return nodes.flatMap((node) => [
    { category: node, depth },
    ...flattenCategories(node.children, depth + 1),
  ]);
}

export type StockState = 'in' | 'low' | 'out';
type StockFields = Pick<Variant, 'availability' | 'onHand' | 'lowStock'>;
/**
 * The badge for a product's variants. The public sees the API's availability level (few_left:
 * 1 to 5 units); the shop owner and admins, who get exact counts, see their own low-stock mark.
 */
export function stockState(variants: StockFields[]): StockState {
  if (variants.every((v) => v.availability === 'out_of_stock')) return 'out';
  const low = (v: StockFields) => v.lowStock ?? v.availability === 'few_left';
  if (variants.some((v) => v.availability !== 'out_of_stock' && !low(v))) return 'in';
  return 'low';
}

/** The API's cap on one line of the bag (src/modules/cart). */
const MAX_PER_LINE = 100;

/**
 * How many a guest may put in the bag without asking the server: the exact count when we have it,
 * else the most the availability level allows (the server checks again when the bag is saved).
 */
export function addableUnits(v: StockFields): number {
  if (v.onHand !== undefined) return v.onHand;
  if (v.availability === 'out_of_stock') return 0;
  return v.availability === 'few_left' ? 5 : MAX_PER_LINE;
}

/** The first ready image, for cards. */
export function coverImage(images: ProductImage[]): ProductImage | undefined {
  return images.find((i) => i.status === 'ready' && i.urls);
}

/**
 * Taka typed by a person ("120", "১২০.৫০", "1,200") → integer poisha, exactly (no floating point).
 * Returns null for anything else, including more than two decimals.
 */
export function takaToPoisha(text: string): number | null {
  const ascii = text
    .trim()
    .replace(/[\u09E6-\u09EF]/g, (d) => String(d.charCodeAt(0) - 0x09e6))
    .replace(/[,\s৳]/g, '');
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(ascii);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** Poisha → "120.5" style text for an input field (ASCII digits, no grouping). */
export function poishaToTaka(poisha: number): string {
  const whole = Math.floor(poisha / 100);
  const fraction = poisha % 100;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, '0')}`;
}

// ---- typed calls (the answers' types are the server's, see client.ts) --------------------------

export const fetchCategories = () => ok(client.GET('/api/v1/categories'));

export const fetchCategory = (idOrSlug: string) =>
  ok(client.GET('/api/v1/categories/{idOrSlug}', { params: { path: { idOrSlug } } }));

export const fetchProduct = (id: string) =>
  ok(client.GET('/api/v1/products/{id}', { params: { path: { id } } }));

export const productQuery = (id: string) => ({
  queryKey: ['product', id],
  queryFn: () => fetchProduct(id),
});

export const fetchShop = (id: string) =>
  ok(client.GET('/api/v1/shops/{id}', { params: { path: { id } } }));

export const fetchShopProducts = (
  id: string,
  query: { limit?: number; cursor?: string | null; status?: ProductStatus },
) =>
  ok(
    client.GET('/api/v1/shops/{id}/products', {
      params: { path: { id }, query: { ...query, cursor: query.cursor ?? undefined } },
    }),
  );

export const fetchNearbyShops = (lat: number, lng: number, radius: number) =>
  ok(client.GET('/api/v1/shops/nearby', { params: { query: { lat, lng, radius } } }));
