import type { AppContext } from '../../platform/context.ts';
import { localBdPhone } from '../../platform/phone.ts';
import { builtInPlaceId } from '../geo/index.ts';
import * as repo from './shops.repo.ts';
import { insertWithSlug } from './shops.service.ts';
import type { OpeningHours, ShopStatus, ShopType } from './shops.tables.ts';

/** The demo seller created by the identity module's seed. */
export const DEMO_SELLER_PHONE = '+8801700000002';

const everyDay = (open: string, close: string): OpeningHours =>
  [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, open, close }));

type DemoShop = {
  slug: string;
  nameEn: string;
  nameBn: string;
  type: ShopType;
  area: string;
  address: string;
  lat: number;
  lng: number;
  hours: OpeningHours;
  drugLicence?: string;
  status: ShopStatus;
};

const demoShops: DemoShop[] = [
  {
    slug: 'demo-gulshan-fresh-mart',
    nameEn: 'Gulshan Fresh Mart',
    nameBn: 'গুলশান ফ্রেশ মার্ট',
    type: 'grocery',
    area: 'haat:area:dhaka:gulshan',
    address: 'বাড়ি ১২, রোড ৯০, গুলশান ২, ঢাকা',
    lat: 23.7942,
    lng: 90.4148,
    hours: everyDay('08:00', '22:00'),
    status: 'approved',
  },
  {
    slug: 'demo-dhanmondi-health-pharmacy',
    nameEn: 'Dhanmondi Health Pharmacy',
    nameBn: 'ধানমন্ডি হেলথ ফার্মেসি',
    type: 'pharmacy',
    area: 'haat:area:dhaka:dhanmondi',
    address: 'বাড়ি ৪৫, রোড ২৭, ধানমন্ডি, ঢাকা',
    lat: 23.7502,
    lng: 90.3745,
    hours: everyDay('09:00', '23:00'),
    drugLicence: 'DL-DEMO-0001',
    status: 'approved',
  },
  {
    slug: 'demo-mirpur-kacchi-house',
    nameEn: 'Mirpur Kacchi House',
    nameBn: 'মিরপুর কাচ্চি হাউস',
    type: 'restaurant',
    area: 'haat:area:dhaka:mirpur',
    address: 'সেকশন ১০, মিরপুর, ঢাকা',
    lat: 23.8069,
    lng: 90.3687,
    hours: everyDay('11:00', '23:00'),
    status: 'approved',
  },
  {
    slug: 'demo-uttara-mobile-point',
    nameEn: 'Uttara Mobile Point',
    nameBn: 'উত্তরা মোবাইল পয়েন্ট',
    type: 'electronics',
    area: 'haat:area:dhaka:uttara',
    address: 'সেক্টর ৭, উত্তরা, ঢাকা',
    lat: 23.8691,
    lng: 90.3982,
    hours: everyDay('10:00', '21:00'),
    status: 'pending',
  },
];

/**
 * Three approved demo shops and one waiting for approval, owned by the demo seller. Idempotent:
 * each demo shop has a fixed slug and is only inserted when that slug is free.
 */
export async function seedShops(
  ctx: AppContext,
  options: { sellerPhone?: string; slugPrefix?: string } = {},
): Promise<string[]> {
  const phone = options.sellerPhone ?? DEMO_SELLER_PHONE;
  const prefix = options.slugPrefix ?? '';
  const seller = await repo.findOwnerByPhone(ctx.db, phone);
  if (!seller) return [];
  for (const demo of demoShops) {
    const exists = await ctx.db
      .selectFrom('shops')
      .select('id')
      .where('slug', '=', prefix + demo.slug)
      .executeTakeFirst();
    if (exists) continue;
    await insertWithSlug(
      ctx.db,
      {
        owner_id: seller.id,
        name_en: demo.nameEn,
        name_bn: demo.nameBn,
        type: demo.type,
        phone,
        address: demo.address,
        place_id: (await builtInPlaceId(ctx.db, demo.area)) ?? null,
        lat: demo.lat,
        lng: demo.lng,
        opening_hours: demo.hours,
        delivery_radius_m: 3000,
        trade_licence: null,
        drug_licence: demo.drugLicence ?? null,
        status: demo.status,
        approved_at: demo.status === 'approved' ? new Date() : null,
      },
      prefix + demo.slug,
    );
  }
  const approved = demoShops.filter((s) => s.status === 'approved').map((s) => s.nameEn);
  const pending = demoShops.filter((s) => s.status === 'pending').map((s) => s.nameEn);
  return [
    `Shops of ${localBdPhone(phone)}: ${approved.join(', ')}; waiting for approval: ${pending.join(', ')}`,
  ];
}
