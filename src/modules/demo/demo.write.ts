import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { OpeningHours, ShopType } from '../shops/index.ts';
import type { ProductSpec } from './demo.build.ts';

/*
 * Bulk writers for seeds and benchmarks. Rows go in as one INSERT … SELECT FROM unnest(arrays)
 * per batch: one parameter per column whatever the row count, so 10,000 rows cost one round trip.
 * Every insert is ON CONFLICT DO NOTHING on a natural key (shop slug; shop + SKU), so seeding again
 * leaves existing rows, and their updated_at, untouched.
 */

export type ShopRowSpec = {
  slug: string;
  ownerId: string;
  nameEn: string;
  nameBn: string;
  type: ShopType;
  phone: string;
  address: string;
  placeId: number | null;
  lat: number;
  lng: number;
  hours: OpeningHours;
  deliveryRadiusM: number;
  tradeLicence: string | null;
  drugLicence: string | null;
};

/** Inserts approved shops that are not there yet; returns slug → id for all of them. */
export async function upsertShops(
  db: Executor,
  shops: ShopRowSpec[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < shops.length; i += 2000) {
    const batch = shops.slice(i, i + 2000);
    const col = <T>(f: (s: ShopRowSpec) => T) => batch.map(f);
    await sql`
      INSERT INTO shops (slug, owner_id, name_en, name_bn, type, phone, address, place_id, lat, lng,
                         opening_hours, delivery_radius_m, trade_licence, drug_licence, status,
                         approved_at)
      SELECT slug, owner_id, name_en, name_bn, type, phone, address, place_id, lat, lng,
             hours::jsonb, radius, trade, drug, 'approved', now()
      FROM unnest(${col((s) => s.slug)}::text[], ${col((s) => s.ownerId)}::uuid[],
                  ${col((s) => s.nameEn)}::text[], ${col((s) => s.nameBn)}::text[],
                  ${col((s) => s.type)}::text[], ${col((s) => s.phone)}::text[],
                  ${col((s) => s.address)}::text[], ${col((s) => s.placeId)}::bigint[],
                  ${col((s) => s.lat)}::float8[], ${col((s) => s.lng)}::float8[],
                  ${col((s) => JSON.stringify(s.hours))}::text[],
                  ${col((s) => s.deliveryRadiusM)}::int[], ${col((s) => s.tradeLicence)}::text[],
                  ${col((s) => s.drugLicence)}::text[])
        AS t(slug, owner_id, name_en, name_bn, type, phone, address, place_id, lat, lng, hours,
             radius, trade, drug)
      ON CONFLICT (slug) DO NOTHING`.execute(db);
    const rows = await db
      .selectFrom('shops')
      .select(['id', 'slug'])
      .where(
        'slug',
        'in',
        batch.map((s) => s.slug),
      )
      .execute();
    for (const row of rows) ids.set(row.slug, row.id);
  }
  return ids;
}

export type ShopProducts = { shopId: string; products: ProductSpec[] };

/**
 * Inserts active products with their variants, and a 'restock' ledger entry for every variant
 * that starts with stock (so on_hand always equals the sum of the ledger). Products already in
 * the shop (same SKU) are skipped with their variants. Returns how many rows were created.
 */
export async function insertProducts(
  db: Executor,
  shops: ShopProducts[],
  categoryIds: Map<string, string>,
): Promise<{ products: number; variants: number }> {
  const rows = shops.flatMap((s) => s.products.map((p) => ({ shopId: s.shopId, p })));
  if (rows.length === 0) return { products: 0, variants: 0 };
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  const inserted = await sql<{ id: string; shop_id: string; sku: string }>`
    INSERT INTO products (shop_id, sku, kind, name_bn, name_en, category_id, unit, attributes,
                          status)
    SELECT shop_id, sku, kind, name_bn, name_en, category_id, unit, attributes::jsonb, 'active'
    FROM unnest(${col((r) => r.shopId)}::uuid[], ${col((r) => r.p.sku)}::text[],
                ${col((r) => r.p.kind)}::text[], ${col((r) => r.p.bn)}::text[],
                ${col((r) => r.p.en)}::text[],
                ${col((r) => categoryIds.get(r.p.category) ?? null)}::uuid[],
                ${col((r) => r.p.unit)}::text[], ${col((r) => JSON.stringify(r.p.attributes))}::text[])
      AS t(shop_id, sku, kind, name_bn, name_en, category_id, unit, attributes)
    ON CONFLICT (shop_id, sku) DO NOTHING
    RETURNING id, shop_id, sku`.execute(db);
  if (inserted.rows.length === 0) return { products: 0, variants: 0 };

  const specs = new Map(rows.map((r) => [`${r.shopId}|${r.p.sku}`, r.p]));
  const variants = inserted.rows.flatMap((row) =>
    specs.get(`${row.shop_id}|${row.sku}`)!.variants.map((v, position) => ({
      productId: row.id,
      shopId: row.shop_id,
      position,
      v,
    })),
  );
  const vcol = <T>(f: (r: (typeof variants)[number]) => T) => variants.map(f);
  await sql`
    WITH created AS (
      INSERT INTO product_variants (product_id, shop_id, sku, label, price, compare_at_price,
                                    on_hand, low_stock_threshold, position)
      SELECT * FROM unnest(${vcol((r) => r.productId)}::uuid[], ${vcol((r) => r.shopId)}::uuid[],
                           ${vcol((r) => r.v.sku)}::text[], ${vcol((r) => r.v.label)}::text[],
                           ${vcol((r) => r.v.price)}::bigint[],
                           ${vcol((r) => r.v.compareAt)}::bigint[],
                           ${vcol((r) => r.v.onHand)}::int[],
                           ${vcol((r) => r.v.lowStockThreshold)}::int[],
                           ${vcol((r) => r.position)}::int[])
      ON CONFLICT (shop_id, sku) DO NOTHING
      RETURNING id, product_id, shop_id, on_hand
    )
    INSERT INTO stock_movements (variant_id, product_id, shop_id, reason, delta, on_hand_after,
                                 note)
    SELECT id, product_id, shop_id, 'restock', on_hand, on_hand, 'opening stock'
    FROM created WHERE on_hand > 0`.execute(db);
  return { products: inserted.rows.length, variants: variants.length };
}

export async function categoryIdsBySlug(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('categories').select(['id', 'slug']).execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}
