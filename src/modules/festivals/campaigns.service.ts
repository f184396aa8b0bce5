import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { assertShopAccess, shopTypeOf } from '../shops/index.ts';
import { festivals } from './festivals.catalog.ts';
import { addDays, dhakaInstant, dhakaToday } from './festivals.dates.ts';
import { allFestivals, type Festival } from './festivals.service.ts';
import { iftarOn } from './iftar.ts';

/** Sales in this many days up to the last time the festival came count as "sold before it". */
export const LOOKBACK_DAYS = 21;
/** The suggested coupon runs this many days, ending on the festival day. */
export const COUPON_DAYS = 7;
/** A festival gets a suggestion this many days ahead by default. */
export const DEFAULT_HORIZON_DAYS = 60;
/** Restaurants' iftar offer: from this long before iftar until this long after. */
export const IFTAR_WINDOW = { minutesBefore: 60, minutesAfter: 30 };
/**
 * The iftar coupon a restaurant is offered in Ramadan: IFTAR<yy>, 15 % off an iftar bag of at least
 * ৳300, at most ৳150 off; valid each day of Ramadan only around iftar (docs/promotions.md).
 */
export const IFTAR_COUPON = {
  codeStem: 'IFTAR',
  percentOff: 15,
  minBag: 300_00,
  maxDiscount: 150_00,
};

/** Orders that count as sales (paid for or on their way, not cancelled or sent back). */
const SOLD = ['placed', 'accepted', 'packed', 'out_for_delivery', 'delivered'] as const;

/** The shop's categories by sales (poisha) from `from` to `to` (Dhaka dates, inclusive). */
async function categorySales(db: Executor, shopId: string, from: string, to: string) {
  const rows = await db
    .selectFrom('order_items as i')
    .innerJoin('orders as o', 'o.id', 'i.order_id')
    .innerJoin('products as p', 'p.id', 'i.product_id')
    .innerJoin('categories as c', 'c.id', 'p.category_id')
    .select([
      'c.id as categoryId',
      'c.name_bn as nameBn',
      'c.name_en as nameEn',
      sql<string>`sum(i.line_total)`.as('sales'),
      sql<string>`sum(i.quantity)`.as('units'),
    ])
    .where('o.shop_id', '=', shopId)
    .where('o.status', 'in', SOLD)
    .where('o.created_at', '>=', dhakaInstant(from))
    .where('o.created_at', '<', dhakaInstant(addDays(to, 1)))
    .groupBy(['c.id', 'c.name_bn', 'c.name_en'])
    .orderBy(sql`sum(i.line_total)`, 'desc')
    .orderBy('c.id')
    .limit(3)
    .execute();
  return rows.map((r) => ({
    categoryId: r.categoryId,
    nameBn: r.nameBn,
    nameEn: r.nameEn,
    salesPoisha: Number(r.sales),
    units: Number(r.units),
  }));
}

type TopCategory = Awaited<ReturnType<typeof categorySales>>[number];

/**
 * The coupon runs the week up to and including the festival day; Ramadan's runs through the month.
 * It never starts before today (a festival already under way gets the days left).
 */
function couponSpec(f: Festival, today: string) {
  const def = festivals[f.key];
  const lastDay = f.key === 'ramadan' ? f.endsOn : f.mainDay;
  const firstDay = f.key === 'ramadan' ? f.startsOn : addDays(f.mainDay, -(COUPON_DAYS - 1));
  return {
    code: `${def.codeStem}${f.year % 100}`,
    kind: 'percent' as const,
    // The coupons API's unit: basis points (1500 = 15 %).
    value: def.percentOff * 100,
    // Keeps the discount honest on small bags: at least ৳500 in the bag, at most ৳300 off.
    minBag: 500_00,
    maxDiscount: 300_00,
    startsAt: dhakaInstant(firstDay > today ? firstDay : today).toISOString(),
    endsAt: dhakaInstant(addDays(lastDay, 1)).toISOString(),
  };
}

/** The iftar coupon: Ramadan's days (from today), limited to the iftar window each day. */
function iftarCouponSpec(f: Festival, today: string) {
  const ramadan = couponSpec(f, today);
  return {
    ...ramadan,
    code: `${IFTAR_COUPON.codeStem}${f.year % 100}`,
    value: IFTAR_COUPON.percentOff * 100,
    minBag: IFTAR_COUPON.minBag,
    maxDiscount: IFTAR_COUPON.maxDiscount,
    timeWindow: 'iftar' as const,
  };
}

function bannerText(f: Festival, top: TopCategory[]) {
  const pct = festivals[f.key].percentOff;
  const bnDigits = (n: number) => new Intl.NumberFormat('bn-BD').format(n);
  const bnList = top.map((c) => c.nameBn).join(', ');
  const enList = top.map((c) => c.nameEn).join(', ');
  return {
    bn: `${f.nameBn} উপলক্ষে ${bnDigits(pct)}% ছাড়${bnList ? ` — ${bnList}` : ''}`,
    en: `${f.nameEn} offer: ${pct}% off${enList ? ` — ${enList}` : ''}`,
  };
}

/**
 * The campaign a shop is offered for each shopping festival ahead: the categories it sold most in the
 * weeks before the festival's last occurrence, a coupon to post (the coupons API takes this shape)
 * and a storefront banner. Restaurants get an iftar-time offer in Ramadan, with its own coupon
 * valid only around iftar each day.
 */
export async function suggestedCampaigns(
  db: Executor,
  user: AuthUser,
  shopId: string,
  days = DEFAULT_HORIZON_DAYS,
  now = new Date(),
) {
  await assertShopAccess(db, user, shopId);
  const type = await shopTypeOf(db, shopId);
  const today = dhakaToday(now);
  const until = addDays(today, days);
  const all = await allFestivals(db);
  const ahead = all.filter((f) => f.campaign && f.endsOn >= today && f.startsOn <= until);
  const items = [];
  for (const f of ahead) {
    const last = all
      .filter((x) => x.key === f.key && x.mainDay < f.mainDay && x.mainDay < today)
      .at(-1);
    const top = last
      ? await categorySales(db, shopId, addDays(last.mainDay, -LOOKBACK_DAYS), last.mainDay)
      : [];
    items.push({
      festival: {
        key: f.key,
        year: f.year,
        nameBn: f.nameBn,
        nameEn: f.nameEn,
        startsOn: f.startsOn,
        mainDay: f.mainDay,
        endsOn: f.endsOn,
        theme: f.theme,
      },
      basedOn: last
        ? { year: last.year, from: addDays(last.mainDay, -LOOKBACK_DAYS), to: last.mainDay }
        : null,
      topCategories: top,
      coupon: couponSpec(f, today),
      banner: bannerText(f, top),
      iftarOffer:
        f.key === 'ramadan' && type === 'restaurant'
          ? {
              ...IFTAR_WINDOW,
              firstDayIftar: iftarOn(f.startsOn > today ? f.startsOn : today).time,
              text: {
                bn: `ইফতারের ${new Intl.NumberFormat('bn-BD').format(IFTAR_WINDOW.minutesBefore)} মিনিট আগে থেকে বিশেষ ইফতার অফার`,
                en: `Iftar offer from ${IFTAR_WINDOW.minutesBefore} minutes before iftar`,
              },
              coupon: iftarCouponSpec(f, today),
            }
          : null,
    });
  }
  return { today, items };
}
