import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { createAccount, DEMO_PASSWORD } from '../identity/index.ts';
import type { ShopType } from '../shops/index.ts';
import { syntheticShelf } from './demo.build.ts';
import { createRandom, type Random } from './demo.random.ts';
import { categoryIdsBySlug, insertProducts, upsertShops, type ShopRowSpec } from './demo.write.ts';

export type ScaleOptions = {
  /** How many products to create in total (e.g. 100,000). */
  products: number;
  /** Run even though the database has shops that no seed made, or NODE_ENV is production. */
  force?: boolean;
  /** A folder with bd_upazilas.csv: shops are then also spread over upazila centres. */
  gazetteerDir?: string;
  /** Slug prefix of the synthetic shops and e-mail prefix of their sellers; default "scale". */
  prefix?: string;
  /** Synthetic sellers' phones: this prefix + a 6-digit number; default +8801399. */
  sellerPhonePrefix?: string;
  /** Random seed: the same seed and product count give the same catalog. */
  seed?: number;
  log?: (line: string) => void;
};

export type ScaleReport = {
  shops: number;
  sellers: number;
  products: number;
  variants: number;
  seconds: number;
};

export const PRODUCTS_PER_SHOP = 50;
const SHOPS_PER_SELLER = 100;
const BATCH_PRODUCTS = 5000;
/** Seeded accounts (demo and synthetic) all have e-mail addresses under this reserved domain. */
const SEED_EMAIL_DOMAIN = '@haat.test';

const shopTypeMix: [ShopType, number][] = [
  ['grocery', 0.45],
  ['pharmacy', 0.15],
  ['restaurant', 0.15],
  ['electronics', 0.1],
  ['fashion', 0.08],
  ['hardware', 0.07],
];

const families = [
  ['Rahman', 'রহমান'],
  ['Hossain', 'হোসেন'],
  ['Islam', 'ইসলাম'],
  ['Ahmed', 'আহমেদ'],
  ['Uddin', 'উদ্দিন'],
  ['Chowdhury', 'চৌধুরী'],
  ['Miah', 'মিয়া'],
  ['Sarkar', 'সরকার'],
  ['Talukder', 'তালুকদার'],
  ['Khan', 'খান'],
  ['Sheikh', 'শেখ'],
  ['Saha', 'সাহা'],
  ['Das', 'দাস'],
  ['Barua', 'বড়ুয়া'],
  ['Bhai Bhai', 'ভাই ভাই'],
  ['Bismillah', 'বিসমিল্লাহ'],
  ['Maa', 'মা'],
  ['Nobin', 'নবীন'],
] as const;

const typeWords: Record<ShopType, [string, string][]> = {
  grocery: [
    ['Store', 'স্টোর'],
    ['General Store', 'জেনারেল স্টোর'],
    ['Bhandar', 'ভান্ডার'],
    ['Mart', 'মার্ট'],
  ],
  pharmacy: [
    ['Pharmacy', 'ফার্মেসি'],
    ['Drug House', 'ড্রাগ হাউস'],
    ['Medical Hall', 'মেডিকেল হল'],
  ],
  restaurant: [
    ['Hotel & Restaurant', 'হোটেল অ্যান্ড রেস্টুরেন্ট'],
    ['Biryani House', 'বিরিয়ানি হাউস'],
    ['Food Corner', 'ফুড কর্নার'],
  ],
  electronics: [
    ['Electronics', 'ইলেকট্রনিক্স'],
    ['Telecom', 'টেলিকম'],
  ],
  hardware: [['Hardware', 'হার্ডওয়্যার']],
  fashion: [
    ['Fashion', 'ফ্যাশন'],
    ['Bostro Bitan', 'বস্ত্র বিতান'],
  ],
  other: [['Store', 'স্টোর']],
};

type Anchor = {
  nameEn: string;
  nameBn: string;
  lat: number;
  lng: number;
  placeId: number | null;
  jitter: number;
};

/** Built-in places (Dhaka areas, division centres) and, with a gazetteer, upazila centres. */
async function loadAnchors(ctx: AppContext, gazetteerDir?: string) {
  const places = await ctx.db
    .selectFrom('places')
    .select(['id', 'level', 'name_en', 'name_bn', 'lat', 'lng'])
    .where('source_key', 'like', 'haat:%')
    .where('level', 'in', ['area', 'division'])
    .execute();
  const toAnchor = (p: (typeof places)[number], jitter: number): Anchor => ({
    nameEn: p.name_en,
    nameBn: p.name_bn,
    lat: p.lat!,
    lng: p.lng!,
    placeId: p.id,
    jitter,
  });
  const groups: { weight: number; anchors: Anchor[] }[] = [
    // ~1 km around a Dhaka area, ~4 km around a divisional city centre.
    {
      weight: 0.4,
      anchors: places
        .filter((p) => p.level === 'area' && p.lat !== null)
        .map((p) => toAnchor(p, 0.009)),
    },
    {
      weight: 0.3,
      anchors: places
        .filter((p) => p.level === 'division' && p.lat !== null)
        .map((p) => toAnchor(p, 0.035)),
    },
  ];
  if (gazetteerDir) {
    const text = await readFile(path.join(gazetteerDir, 'bd_upazilas.csv'), 'utf8');
    const rows: Record<string, string>[] = parse(text, {
      columns: true,
      skip_empty_lines: true,
      bom: true,
      trim: true,
    });
    const upazilas = rows
      .map((r) => ({
        nameEn: r.name_en ?? '',
        nameBn: r.name_bn ?? '',
        lat: Number(r.lat),
        lng: Number(r.lon ?? r.lng),
        placeId: null,
        jitter: 0.012,
      }))
      .filter((a) => a.nameEn && Number.isFinite(a.lat) && Number.isFinite(a.lng));
    groups.push({ weight: 0.3, anchors: upazilas });
  }
  const usable = groups.filter((g) => g.anchors.length > 0);
  if (usable.length === 0) throw new Error('No places with coordinates: run `haat migrate` first.');
  const total = usable.reduce((sum, g) => sum + g.weight, 0);
  return (random: Random): Anchor => {
    let roll = random.next() * total;
    for (const g of usable) {
      roll -= g.weight;
      if (roll <= 0) return random.pick(g.anchors);
    }
    return random.pick(usable[usable.length - 1]!.anchors);
  };
}

function pickType(random: Random): ShopType {
  let roll = random.next();
  for (const [type, share] of shopTypeMix) {
    roll -= share;
    if (roll <= 0) return type;
  }
  return 'grocery';
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Refuses unless the database only holds seeded shops (owners with @haat.test e-mail addresses,
 * i.e. the demo and earlier synthetic runs) and is not production; `force` skips both checks.
 */
export async function assertScaleTarget(ctx: AppContext, force: boolean) {
  if (force) return;
  if (ctx.config.NODE_ENV === 'production') {
    throw new Error(
      'Refusing to generate a synthetic catalog with NODE_ENV=production (use --force).',
    );
  }
  const real = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM shops s JOIN users u ON u.id = s.owner_id
    WHERE u.email IS NULL OR lower(u.email) NOT LIKE ${'%' + SEED_EMAIL_DOMAIN}`.execute(ctx.db);
  const n = real.rows[0]!.n;
  if (n > 0) {
    throw new Error(
      `Refusing to add a synthetic catalog: this database has ${n} shop(s) of real sellers. ` +
        'Use a fresh database for benchmarks, or --force.',
    );
  }
}

/**
 * A large synthetic catalog for benchmarks: one shop per 50 products spread over Bangladesh,
 * products from the demo master lists (with "Premium", "Family pack"… copies once a shop has
 * them all) and a random subset of their variants. Deterministic for a given seed and count, so
 * running it again adds nothing.
 */
export async function seedScale(ctx: AppContext, options: ScaleOptions): Promise<ScaleReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  if (!Number.isInteger(options.products) || options.products < 1) {
    throw new Error('--scale needs a positive number of products');
  }
  await assertScaleTarget(ctx, options.force ?? false);
  const prefix = options.prefix ?? 'scale';
  const phonePrefix = options.sellerPhonePrefix ?? '+8801399';
  const random = createRandom(options.seed ?? 1);
  const shopCount = Math.max(1, Math.round(options.products / PRODUCTS_PER_SHOP));
  const sellerCount = Math.ceil(shopCount / SHOPS_PER_SELLER);

  // A few synthetic sellers (one argon2 hash each), created through the identity service.
  const sellers: { id: string; phone: string }[] = [];
  for (let i = 0; i < sellerCount; i += 4) {
    const chunk = Array.from({ length: Math.min(4, sellerCount - i) }, (_, k) => i + k + 1);
    sellers.push(
      ...(await Promise.all(
        chunk.map(async (n) => {
          const phone = `${phonePrefix}${String(n).padStart(6, '0')}`;
          const found = await ctx.db
            .selectFrom('users')
            .select(['id', 'phone'])
            .where('phone', '=', phone)
            .executeTakeFirst();
          if (found) return { id: found.id, phone };
          const user = await createAccount(ctx.db, {
            name: `Synthetic seller ${n}`,
            phone,
            email: `${prefix}-seller-${n}${SEED_EMAIL_DOMAIN}`,
            password: DEMO_PASSWORD,
            locale: 'bn',
            role: 'seller',
            verified: true,
          });
          return { id: user.id, phone };
        }),
      )),
    );
  }
  log(`${sellers.length} synthetic sellers`);

  const anchorFor = await loadAnchors(ctx, options.gazetteerDir);
  const shops: (ShopRowSpec & { count: number })[] = [];
  for (let i = 0; i < shopCount; i++) {
    const type = pickType(random);
    const anchor = anchorFor(random);
    const [familyEn, familyBn] = random.pick(families);
    const [wordEn, wordBn] = random.pick(typeWords[type]);
    const seller = sellers[i % sellers.length]!;
    const n = String(i + 1).padStart(6, '0');
    shops.push({
      slug: `${prefix}-${n}`,
      ownerId: seller.id,
      nameEn: `${familyEn} ${wordEn}, ${anchor.nameEn}`.slice(0, 120),
      nameBn: `${familyBn} ${wordBn}, ${anchor.nameBn}`.slice(0, 120),
      type,
      phone: seller.phone,
      address: `দোকান ${n.replace(/^0+/, '')}, ${anchor.nameBn}`,
      placeId: anchor.placeId,
      lat: clamp(anchor.lat + (random.next() * 2 - 1) * anchor.jitter, 20.6, 26.6),
      lng: clamp(anchor.lng + (random.next() * 2 - 1) * anchor.jitter, 88.05, 92.65),
      hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, open: '09:00', close: '22:00' })),
      deliveryRadiusM: 3000,
      tradeLicence: null,
      drugLicence: type === 'pharmacy' ? `DL-SYN-${n}` : null,
      // Spread the products evenly: the first (products mod shops) shops get one more.
      count: Math.floor(options.products / shopCount) + (i < options.products % shopCount ? 1 : 0),
    });
  }
  const ids = await upsertShops(ctx.db, shops);
  log(`${ids.size} synthetic shops`);

  const categories = await categoryIdsBySlug(ctx.db);
  let products = 0;
  let variants = 0;
  let batch: { shopId: string; products: ReturnType<typeof syntheticShelf> }[] = [];
  let batchSize = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    batchSize = 0;
    const created = await ctx.db
      .transaction()
      .execute((tx) => insertProducts(tx, pending, categories));
    products += created.products;
    variants += created.variants;
    log(`${products} products, ${variants} variants`);
  };
  for (const shop of shops) {
    // Each shop's shelf has its own random stream, so shelves do not depend on batch sizes.
    const shelf = syntheticShelf(
      shop.type,
      shop.count,
      createRandom(`${options.seed ?? 1}:${shop.slug}`),
    );
    batch.push({ shopId: ids.get(shop.slug)!, products: shelf });
    batchSize += shelf.length;
    if (batchSize >= BATCH_PRODUCTS) await flush();
  }
  await flush();
  return {
    shops: ids.size,
    sellers: sellers.length,
    products,
    variants,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
