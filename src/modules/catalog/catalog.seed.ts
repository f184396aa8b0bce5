import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { seedDefaultCategories } from './categories.service.ts';
import type { ProductKind, ProductUnit } from './catalog.tables.ts';
import { adjustStock } from './stock.service.ts';

type DemoProduct = {
  sku: string;
  bn: string;
  en: string;
  category: string;
  kind: ProductKind;
  unit: ProductUnit;
  attributes: Record<string, unknown>;
  variants: { sku: string; label: string; price: number; compareAt?: number; stock: number }[];
};

/** A few products per demo shop (by shop slug), so a fresh install has something to browse. */
const demoProducts: Record<string, DemoProduct[]> = {
  'demo-gulshan-fresh-mart': [
    {
      sku: 'RICE-MINIKET',
      bn: 'মিনিকেট চাল',
      en: 'Miniket rice',
      category: 'rice',
      kind: 'grocery',
      unit: 'kg',
      attributes: { origin: 'Bangladesh' },
      variants: [
        { sku: 'RICE-MINIKET-1KG', label: '১ কেজি', price: 8500, stock: 40 },
        { sku: 'RICE-MINIKET-5KG', label: '৫ কেজি', price: 41000, compareAt: 43000, stock: 12 },
      ],
    },
    {
      sku: 'DAL-MASUR',
      bn: 'মসুর ডাল (দেশি)',
      en: 'Red lentils (local)',
      category: 'dal',
      kind: 'grocery',
      unit: 'kg',
      attributes: { netWeightGrams: 1000, origin: 'Bangladesh' },
      variants: [{ sku: 'DAL-MASUR-1KG', label: '১ কেজি', price: 14000, stock: 25 }],
    },
    {
      sku: 'EGG-FARM',
      bn: 'ফার্মের ডিম',
      en: 'Farm eggs',
      category: 'eggs',
      kind: 'grocery',
      unit: 'dozen',
      attributes: {},
      variants: [{ sku: 'EGG-FARM-12', label: '১ ডজন', price: 15000, stock: 30 }],
    },
    {
      sku: 'OIL-SOYBEAN',
      bn: 'সয়াবিন তেল',
      en: 'Soybean oil',
      category: 'oil',
      kind: 'grocery',
      unit: 'litre',
      attributes: { netVolumeMl: 1000 },
      variants: [
        { sku: 'OIL-SOYBEAN-1L', label: '১ লিটার', price: 18900, stock: 20 },
        { sku: 'OIL-SOYBEAN-5L', label: '৫ লিটার', price: 92000, stock: 6 },
      ],
    },
  ],
  'demo-dhanmondi-health-pharmacy': [
    {
      sku: 'NAPA-500',
      bn: 'নাপা ৫০০ মি.গ্রা.',
      en: 'Napa 500 mg',
      category: 'otc',
      kind: 'medicine',
      unit: 'strip',
      attributes: {
        genericName: 'Paracetamol',
        strength: '500 mg',
        dosageForm: 'tablet',
        manufacturer: 'Beximco Pharmaceuticals Ltd.',
        prescriptionRequired: false,
      },
      variants: [{ sku: 'NAPA-500-STRIP', label: '১ পাতা (১০টি)', price: 1200, stock: 200 }],
    },
    {
      sku: 'ORSALINE-N',
      bn: 'ওরস্যালাইন-এন',
      en: 'Orsaline-N',
      category: 'otc',
      kind: 'medicine',
      unit: 'pack',
      attributes: {
        genericName: 'Oral rehydration salts',
        dosageForm: 'powder',
        manufacturer: 'SMC Enterprise Ltd.',
        prescriptionRequired: false,
      },
      variants: [{ sku: 'ORSALINE-N-1', label: '১ প্যাকেট', price: 600, stock: 150 }],
    },
  ],
  'demo-mirpur-kacchi-house': [
    {
      sku: 'KACCHI-MUTTON',
      bn: 'মাটন কাচ্চি বিরিয়ানি',
      en: 'Mutton kacchi biryani',
      category: 'biryani',
      kind: 'food',
      unit: 'piece',
      attributes: { preparationMinutes: 20, vegetarian: false, spicy: true },
      variants: [
        { sku: 'KACCHI-MUTTON-HALF', label: 'হাফ', price: 28000, stock: 30 },
        { sku: 'KACCHI-MUTTON-FULL', label: 'ফুল', price: 52000, stock: 20 },
      ],
    },
    {
      sku: 'BORHANI',
      bn: 'বোরহানি',
      en: 'Borhani',
      category: 'beverages',
      kind: 'food',
      unit: 'ml',
      attributes: { preparationMinutes: 0, vegetarian: true, spicy: false },
      variants: [{ sku: 'BORHANI-250', label: '২৫০ মি.লি.', price: 6000, stock: 50 }],
    },
  ],
  'demo-uttara-mobile-point': [
    {
      sku: 'CHARGER-20W',
      bn: '২০ ওয়াট চার্জার (টাইপ-সি)',
      en: '20 W USB-C charger',
      category: 'accessories',
      kind: 'electronics',
      unit: 'piece',
      attributes: { brand: 'Generic', warrantyMonths: 6 },
      variants: [{ sku: 'CHARGER-20W-1', label: '১টি', price: 95000, stock: 15 }],
    },
  ],
};

/** Default categories, then demo products for the demo shops that exist. Idempotent by SKU. */
export async function seedCatalog(
  ctx: AppContext,
  options: { shopSlugPrefix?: string } = {},
): Promise<string[]> {
  await seedDefaultCategories(ctx.db);
  for (const [shopSlug, products] of Object.entries(demoProducts)) {
    const shop = (
      await sql<{
        id: string;
      }>`SELECT id FROM shops WHERE slug = ${(options.shopSlugPrefix ?? '') + shopSlug}`.execute(
        ctx.db,
      )
    ).rows[0];
    if (!shop) continue;
    for (const p of products) {
      await ctx.db.transaction().execute(async (tx) => {
        const category = await tx
          .selectFrom('categories')
          .select('id')
          .where('slug', '=', p.category)
          .executeTakeFirst();
        const product = await tx
          .insertInto('products')
          .values({
            shop_id: shop.id,
            sku: p.sku,
            name_bn: p.bn,
            name_en: p.en,
            category_id: category?.id ?? null,
            kind: p.kind,
            unit: p.unit,
            status: 'active',
            attributes: JSON.stringify(p.attributes),
          })
          .onConflict((oc) => oc.columns(['shop_id', 'sku']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!product) return;
        for (const [position, v] of p.variants.entries()) {
          const variant = await tx
            .insertInto('product_variants')
            .values({
              product_id: product.id,
              shop_id: shop.id,
              sku: v.sku,
              label: v.label,
              price: v.price,
              compare_at_price: v.compareAt ?? null,
              low_stock_threshold: 5,
              position,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await adjustStock(tx, {
            variantId: variant.id,
            delta: v.stock,
            reason: 'restock',
            actorUserId: null,
            note: 'demo stock',
          });
        }
      });
    }
  }
  // The banner of `haat start`/`haat seed` counts the whole marketplace once.
  return [];
}
