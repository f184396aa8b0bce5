import type { Page, Shop } from './types';

/** Shapes of the catalog API (docs/catalog.md). Money is integer poisha. */

export type Category = {
  id: string;
  parentId: string | null;
  slug: string;
  nameBn: string;
  nameEn: string;
  icon: string | null;
  sortOrder: number;
};
export type CategoryNode = Category & { children: CategoryNode[] };

export const productKinds = ['grocery', 'medicine', 'food', 'electronics', 'general'] as const;
export type ProductKind = (typeof productKinds)[number];
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
] as const;
export type ProductUnit = (typeof productUnits)[number];
export const productStatuses = ['draft', 'active', 'archived'] as const;
export type ProductStatus = (typeof productStatuses)[number];
export const stockReasons = ['restock', 'sale', 'cancellation', 'return', 'correction'] as const;
export type StockReason = (typeof stockReasons)[number];
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

export type ImageSize = 'large' | 'medium' | 'thumb';
export type ProductImage = {
  id: string;
  position: number;
  status: 'processing' | 'ready' | 'failed';
  width: number | null;
  height: number | null;
  urls: Record<ImageSize, string> | null;
};

export type Variant = {
  id: string;
  sku: string;
  label: string | null;
  price: number;
  compareAtPrice: number | null;
  onHand: number;
  lowStockThreshold: number;
  lowStock: boolean;
};

export type Product = {
  id: string;
  shopId: string;
  sku: string;
  nameBn: string | null;
  nameEn: string | null;
  descriptionBn: string | null;
  descriptionEn: string | null;
  categoryId: string | null;
  status: ProductStatus;
  hidden: boolean;
  unit: ProductUnit;
  kind: ProductKind;
  attributes: Record<string, unknown>;
  variants: Variant[];
  images: ProductImage[];
  createdAt: string;
  updatedAt: string;
};

export type VariantInput = {
  sku: string;
  label?: string | null;
  price: number;
  compareAtPrice?: number | null;
  lowStockThreshold?: number;
  initialStock?: number;
};

export type ProductInput = {
  shopId: string;
  sku: string;
  nameBn?: string | null;
  nameEn?: string | null;
  descriptionBn?: string | null;
  descriptionEn?: string | null;
  categoryId?: string | null;
  status: ProductStatus;
  unit: ProductUnit;
  kind: ProductKind;
  attributes: Record<string, unknown>;
  variants: VariantInput[];
};

export type StockMovement = {
  id: number;
  reason: StockReason;
  delta: number;
  onHandAfter: number;
  note: string | null;
  reference: string | null;
  actorUserId: string | null;
  createdAt: string;
};

export type ImportRow = {
  row: number;
  productSku: string | null;
  variantSku: string | null;
  result: 'created' | 'updated' | 'unchanged' | 'rejected';
  reasons?: { column: string; code: string; message: string; detail?: string }[];
};
export type ImportReport = {
  summary: { created: number; updated: number; unchanged: number; rejected: number };
  rows: ImportRow[];
};

export type ProductPage = Page<Product>;
export type NearbyShop = Shop & { distanceM: number };

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
export function stockState(variants: Pick<Variant, 'onHand' | 'lowStock'>[]): StockState {
  if (variants.every((v) => v.onHand <= 0)) return 'out';
  if (variants.some((v) => v.onHand > 0 && !v.lowStock)) return 'in';
  return 'low';
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
