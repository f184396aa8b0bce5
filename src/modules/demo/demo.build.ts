import type { ShopType } from '../shops/index.ts';
import { electronicsProducts } from './data/electronics.ts';
import { fashionProducts } from './data/fashion.ts';
import { foodProducts } from './data/food.ts';
import { groceryProducts } from './data/grocery.ts';
import { hardwareProducts } from './data/hardware.ts';
import { pharmacyProducts } from './data/medicine.ts';
import type { MasterProduct, MasterVariant } from './demo.types.ts';
import type { Random } from './demo.random.ts';

/** What each type of shop sells. */
export const masterLists: Record<ShopType, MasterProduct[]> = {
  grocery: groceryProducts,
  pharmacy: pharmacyProducts,
  restaurant: foodProducts,
  electronics: electronicsProducts,
  hardware: hardwareProducts,
  fashion: fashionProducts,
  other: groceryProducts,
};

export type VariantSpec = {
  sku: string;
  label: string;
  /** poisha */
  price: number;
  compareAt: number | null;
  onHand: number;
  lowStockThreshold: number;
};

/** A product ready to insert into one shop. */
export type ProductSpec = Omit<MasterProduct, 'variants' | 'core'> & {
  sku: string;
  variants: VariantSpec[];
};

const LOW_STOCK: Record<MasterProduct['kind'], number> = {
  grocery: 5,
  medicine: 10,
  food: 5,
  electronics: 2,
  general: 3,
};
const USUAL_STOCK: Record<MasterProduct['kind'], [number, number]> = {
  grocery: [10, 80],
  medicine: [20, 200],
  food: [15, 60],
  electronics: [3, 25],
  general: [3, 30],
};

/** Shops round prices: ৳10 stays ৳10, ৳187 becomes ৳185, ৳1,453 becomes ৳1,450. */
function roundTaka(taka: number): number {
  if (taka < 100) return Math.max(1, Math.round(taka));
  if (taka < 1000) return Math.round(taka / 5) * 5;
  return Math.round(taka / 10) * 10;
}

/**
 * One shop's price and stock for a master variant: prices vary a few percent between shops
 * (medicine keeps its printed retail price), about 7% are out of stock and 10% running low.
 */
function variantFor(
  product: MasterProduct,
  variant: MasterVariant,
  priceFactor: number,
  random: Random,
): VariantSpec {
  const taka =
    product.kind === 'medicine' || variant.taka <= 10
      ? variant.taka
      : roundTaka(variant.taka * priceFactor);
  const threshold = LOW_STOCK[product.kind];
  const roll = random.next();
  const [min, max] = USUAL_STOCK[product.kind];
  const onHand = roll < 0.07 ? 0 : roll < 0.17 ? random.int(1, threshold) : random.int(min, max);
  const discounted = product.kind !== 'medicine' && random.next() < 0.08;
  return {
    sku: `${product.key}-${variant.key}`,
    label: variant.bn,
    price: Math.round(taka * 100),
    compareAt: discounted ? Math.round(roundTaka(taka * 1.1) * 100) : null,
    onHand,
    lowStockThreshold: threshold,
  };
}

export function productFor(
  product: MasterProduct,
  random: Random,
  options: { someVariants?: boolean; qualifier?: Qualifier } = {},
): ProductSpec {
  const priceFactor = 0.94 + random.next() * 0.14;
  let variants = product.variants;
  if (options.someVariants && variants.length > 1) {
    const kept = variants.filter(() => random.next() < 0.6);
    variants = kept.length ? kept : [random.pick(variants)];
  }
  const q = options.qualifier;
  const specs = variants.map((v) => variantFor(product, v, priceFactor, random));
  return {
    key: product.key,
    sku: q ? `${product.key}-${q.key}` : product.key,
    bn: q ? `${product.bn} (${q.bn})` : product.bn,
    en: q ? `${product.en} (${q.en})` : product.en,
    category: product.category,
    kind: product.kind,
    unit: product.unit,
    attributes: product.attributes,
    variants: q
      ? specs.map((s) => ({ ...s, sku: s.sku.replace(product.key, `${product.key}-${q.key}`) }))
      : specs,
  };
}

/** A demo shop's shelf: the staples of its type, then a random choice of the rest. */
export function stockShop(
  type: ShopType,
  random: Random,
  options: { take: number; categories?: string[] },
): ProductSpec[] {
  const list = masterLists[type].filter(
    (p) => !options.categories || options.categories.includes(p.category),
  );
  const core = list.filter((p) => p.core);
  const rest = random.shuffle(list.filter((p) => !p.core));
  const chosen = [...core, ...rest].slice(0, Math.max(options.take, core.length));
  return chosen.map((p) => productFor(p, random));
}

export type Qualifier = { key: string; en: string; bn: string };

/** Benchmark catalogs need more distinct products per shop than the master lists hold. */
export const qualifiers: Qualifier[] = [
  { key: 'PRM', en: 'Premium', bn: 'প্রিমিয়াম' },
  { key: 'SPL', en: 'Special', bn: 'স্পেশাল' },
  { key: 'FAM', en: 'Family pack', bn: 'ফ্যামিলি প্যাক' },
  { key: 'ECO', en: 'Economy', bn: 'ইকোনমি' },
  { key: 'IMP', en: 'Imported', bn: 'আমদানিকৃত' },
  { key: 'LOC', en: 'Local', bn: 'দেশি' },
  { key: 'NEW', en: 'New', bn: 'নতুন' },
];

/** `count` distinct products for a synthetic shop: the master list, then qualified copies. */
export function syntheticShelf(type: ShopType, count: number, random: Random): ProductSpec[] {
  const list = random.shuffle(masterLists[type]);
  const capacity = list.length * (qualifiers.length + 1);
  const out: ProductSpec[] = [];
  for (let i = 0; i < Math.min(count, capacity); i++) {
    const round = Math.floor(i / list.length);
    out.push(
      productFor(list[i % list.length]!, random, {
        someVariants: true,
        qualifier: round === 0 ? undefined : qualifiers[round - 1],
      }),
    );
  }
  return out;
}
