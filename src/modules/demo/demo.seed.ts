import type { AppContext } from '../../platform/context.ts';
import { localBdPhone } from '../../platform/phone.ts';
import { createAccount, DEMO_PASSWORD } from '../identity/index.ts';
import { stockShop } from './demo.build.ts';
import { addDemoPictures } from './demo.pictures.ts';
import { createRandom } from './demo.random.ts';
import { demoSellers, demoShops } from './demo.shops.ts';
import { categoryIdsBySlug, insertProducts, upsertShops, type ShopRowSpec } from './demo.write.ts';

export type DemoSeller = { name: string; phone: string; email: string };

export type DemoSeedOptions = {
  /** Prepended to every shop slug (tests use their own, so they never meet `haat seed` data). */
  slugPrefix?: string;
  /** The ten demo sellers; default 01700000101…01700000110. */
  sellers?: DemoSeller[];
  /** Owner of the shops marked owner 0; default the identity module's demo seller. */
  mainSellerPhone?: string;
};

const MAIN_SELLER_PHONE = '+8801700000002';
const RADIUS: Record<string, number> = {
  grocery: 2500,
  pharmacy: 3000,
  restaurant: 4000,
  electronics: 6000,
  hardware: 6000,
  fashion: 6000,
};

/** Users with these phones, creating the missing ones as verified sellers (password DEMO_PASSWORD). */
async function ensureSellers(ctx: AppContext, sellers: DemoSeller[]): Promise<string[]> {
  const existing = await ctx.db
    .selectFrom('users')
    .select(['id', 'phone'])
    .where(
      'phone',
      'in',
      sellers.map((s) => s.phone),
    )
    .execute();
  const byPhone = new Map(existing.map((u) => [u.phone, u.id]));
  // argon2 runs on libuv's thread pool, so hashing the missing passwords in parallel is faster.
  await Promise.all(
    sellers
      .filter((s) => !byPhone.has(s.phone))
      .map(async (s) => {
        const user = await createAccount(ctx.db, {
          ...s,
          password: DEMO_PASSWORD,
          locale: 'bn',
          role: 'seller',
          verified: true,
        });
        byPhone.set(s.phone, user.id);
      }),
  );
  return sellers.map((s) => byPhone.get(s.phone)!);
}

/**
 * The demo marketplace: ten more sellers, 34 approved shops across Dhaka and their products
 * (about 950, from the master lists in ./data), each with a generated picture of its category.
 * Idempotent: fixed slugs and SKUs, existing rows are left as they are, products with a picture
 * keep it. Shops and products are written in one transaction, the pictures in a second.
 */
export async function seedDemo(ctx: AppContext, options: DemoSeedOptions = {}): Promise<string[]> {
  const prefix = options.slugPrefix ?? '';
  const sellers = options.sellers ?? demoSellers;
  const sellerIds = await ensureSellers(ctx, sellers);
  const main = await ctx.db
    .selectFrom('users')
    .select(['id', 'phone'])
    .where('phone', '=', options.mainSellerPhone ?? MAIN_SELLER_PHONE)
    .executeTakeFirst();
  const others = sellers.map((s, i) => ({ id: sellerIds[i]!, phone: s.phone }));
  const owners = [main?.phone ? { id: main.id, phone: main.phone } : others[0]!, ...others];

  // The geo module's built-in Dhaka areas, read once (its table, its keys).
  const areas = await ctx.db
    .selectFrom('places')
    .select(['id', 'source_key'])
    .where('source_key', 'like', 'haat:area:dhaka:%')
    .execute();
  const placeIds = new Map(areas.map((a) => [a.source_key, a.id]));

  const rows: ShopRowSpec[] = [];
  for (const [index, shop] of demoShops.entries()) {
    const owner = owners[shop.owner]!;
    rows.push({
      slug: prefix + shop.slug,
      ownerId: owner.id,
      nameEn: shop.en,
      nameBn: shop.bn,
      type: shop.type,
      phone: owner.phone,
      address: shop.address,
      placeId: placeIds.get(`haat:area:dhaka:${shop.area}`) ?? null,
      lat: shop.lat,
      lng: shop.lng,
      hours: shop.hours,
      deliveryRadiusM: RADIUS[shop.type] ?? 3000,
      tradeLicence: `TRAD/DNCC/${String(41000 + index * 37).padStart(6, '0')}/2025`,
      drugLicence: shop.type === 'pharmacy' ? `DL-${String(2200 + index).padStart(5, '0')}` : null,
    });
  }

  const categories = await categoryIdsBySlug(ctx.db);
  const shopIds = await ctx.db.transaction().execute(async (tx) => {
    const ids = await upsertShops(tx, rows);
    await insertProducts(
      tx,
      demoShops.map((shop) => ({
        shopId: ids.get(prefix + shop.slug)!,
        // Seeded by the slug without prefix: every database gets the same prices and stock.
        products: stockShop(shop.type, createRandom(shop.slug), shop),
      })),
      categories,
    );
    return [...ids.values()];
  });
  // After the commit: pictures are files as well as rows, written by the catalog in a transaction
  // of their own; a product that already has one keeps it.
  // The main seller's other `demo-` shops are the shops module's, stocked by the catalog seed.
  const theirs = main
    ? await ctx.db
        .selectFrom('shops')
        .select('id')
        .where('owner_id', '=', main.id)
        .where('slug', 'like', 'demo-%')
        .execute()
    : [];
  await addDemoPictures(ctx, [...new Set([...shopIds, ...theirs.map((s) => s.id)])]);

  const first = localBdPhone(sellers[0]!.phone);
  const last = localBdPhone(sellers[sellers.length - 1]!.phone);
  return [
    `and ${sellers.length} more demo sellers ${first} … ${last} with password ${DEMO_PASSWORD}`,
  ];
}
