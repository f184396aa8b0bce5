import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { ErrorCode } from '../../platform/errors.ts';
import { codCharge, settingsFor } from '../delivery/index.ts';
import type { CouponsTable, Funder } from './promotions.tables.ts';
import { timeWindowProblem } from './time-window.ts';
import type { Selectable } from 'kysely';

/** A cart line as the quote prices it (the cart module's row; only what promotions read). */
type Line = { variantId: string; price: number; quantity: number };

/** One shop's part of the quote, as the orders module builds it (structural: no import of orders). */
export type PricedShop<L extends Line = Line> = {
  shopId: string;
  lines: L[];
  subtotal: number;
  payment: string;
  delivery: { chargePoisha: number } | null;
  codCharge: number;
  codChargeIfCash: number;
  codAvailable: boolean;
  total: number;
  promotions?: ShopPromotions;
};

export type FlashLine = {
  variantId: string;
  flashSaleId: string;
  /** The flash price applies to the whole line; otherwise the regular price and why not. */
  applied: boolean;
  price: number;
  listPrice: number;
  endsAt: Date;
  /** How many more units this customer may buy at the flash price now. */
  maxQuantity: number;
};

export type ShopPromotions = {
  /** The coupon's discount on this shop's goods. */
  discount: number;
  /** The part of `discount` the platform pays. */
  platformDiscount: number;
  couponId: string | null;
  /** The delivery charge waived (the shop's free delivery over its threshold). */
  deliveryDiscount: number;
  freeDeliveryFrom: number | null;
  flash: FlashLine[];
};

export type CouponOutcome = {
  code: string;
  applied: boolean;
  fundedBy: Funder | null;
  discount: number;
  problem: { code: ErrorCode; details: Record<string, unknown> } | null;
};

type Coupon = Selectable<CouponsTable>;

/** Uppercase, no spaces: what a customer types ("eid 10") matches the stored code ("EID10"). */
export function normalizeCode(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Splits `total` over `weights` exactly: floors, then one poisha to the largest remainders. */
export function split(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => Math.floor((w * total) / sum));
  let left = total - exact.reduce((a, b) => a + b, 0);
  const order = weights
    .map((w, i) => [(w * total) % sum, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    exact[i]! += 1;
    left -= 1;
  }
  return exact;
}

/** The discount a coupon gives on `base` poisha of goods (never more than the goods). */
export function couponDiscount(c: Pick<Coupon, 'kind' | 'value' | 'max_discount'>, base: number) {
  const raw = c.kind === 'percent' ? Math.floor((base * c.value) / 10000) : c.value;
  return Math.max(0, Math.min(raw, c.max_discount ?? raw, base));
}

/** Flash sales running now on these variants, with what this customer already bought of each. */
async function runningFlashSales(db: Executor, customerId: string, variantIds: string[]) {
  if (variantIds.length === 0) return [];
  return db
    .selectFrom('flash_sales as f')
    .select([
      'f.id',
      'f.variant_id',
      'f.price',
      'f.stock_cap',
      'f.sold',
      'f.per_customer',
      'f.ends_at',
      (eb) =>
        eb
          .selectFrom('flash_sale_purchases as p')
          .select(sql<number>`coalesce(sum(p.quantity), 0)::int`.as('n'))
          .whereRef('p.flash_sale_id', '=', 'f.id')
          .where('p.customer_id', '=', customerId)
          .as('bought'),
    ])
    .where('f.variant_id', 'in', variantIds)
    .where('f.active', '=', true)
    .where('f.starts_at', '<=', sql<Date>`now()`)
    .where('f.ends_at', '>', sql<Date>`now()`)
    .execute();
}

/**
 * Why this coupon cannot be used on this bag at `now`, or null. `base`: the goods it would apply
 * to. The dates come first; then a coupon limited to a time of day (iftar) must be inside it.
 */
async function couponProblem(
  db: Executor,
  c: Coupon,
  customerId: string,
  base: number,
  payments: string[],
  now: Date,
): Promise<CouponOutcome['problem']> {
  const t = now.getTime();
  if (!c.active || c.starts_at.getTime() > t || c.ends_at.getTime() <= t)
    return { code: 'COUPON_NOT_ACTIVE', details: { code: c.code } };
  const outside = timeWindowProblem(c, now);
  if (outside) return outside;
  if (c.payment_methods && !payments.some((p) => c.payment_methods!.includes(p)))
    return { code: 'COUPON_PAYMENT_METHOD', details: { methods: c.payment_methods.join(', ') } };
  if (base < c.min_bag) return { code: 'COUPON_MIN_BAG', details: { minBag: c.min_bag / 100 } };
  if (c.max_uses !== null && c.used >= c.max_uses)
    return { code: 'COUPON_USED_UP', details: { code: c.code } };
  if (c.per_customer !== null) {
    const mine = await db
      .selectFrom('coupon_redemptions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('coupon_id', '=', c.id)
      .where('customer_id', '=', customerId)
      .executeTakeFirstOrThrow();
    if (Number(mine.n) >= c.per_customer)
      return { code: 'COUPON_CUSTOMER_LIMIT', details: { limit: c.per_customer } };
  }
  if (c.first_order_only) {
    let before = db
      .selectFrom('orders')
      .select('id')
      .where('customer_id', '=', customerId)
      .where('status', 'not in', ['cancelled', 'rejected']);
    if (c.shop_id) before = before.where('shop_id', '=', c.shop_id);
    if (await before.limit(1).executeTakeFirst())
      return { code: 'COUPON_FIRST_ORDER_ONLY', details: {} };
  }
  return null;
}

/**
 * Applies the promotions to a priced cart, in place: flash-sale prices on the lines they cover
 * (the COD charge follows the new subtotal), the shop's free delivery over its threshold, and the
 * coupon `code` (the shop coupons of that code at the bag's shops, else the platform's coupon of
 * that code). Each shop's total drops by what it was given; the grand total is returned. The
 * checkout calls this inside its transaction (through priceCart) and then `redeemPromotions`.
 * `now` decides whether a coupon's dates and time of day (an iftar coupon) hold.
 */
export async function applyPromotions<L extends Line>(
  db: Executor,
  customerId: string,
  shops: PricedShop<L>[],
  rawCode: string | undefined,
  now: Date = new Date(),
): Promise<{ total: number; coupon: CouponOutcome | null }> {
  const variantIds = shops.flatMap((s) => s.lines.map((l) => l.variantId));
  const sales = await runningFlashSales(db, customerId, variantIds);
  const shopIds = shops.map((s) => s.shopId);
  const thresholds = await db
    .selectFrom('shop_free_delivery')
    .select(['shop_id', 'min_subtotal'])
    .where('shop_id', 'in', shopIds)
    .execute();
  const settings = sales.length > 0 ? await settingsFor(db, shopIds) : null;

  for (const s of shops) {
    const promo: ShopPromotions = {
      discount: 0,
      platformDiscount: 0,
      couponId: null,
      deliveryDiscount: 0,
      freeDeliveryFrom: thresholds.find((t) => t.shop_id === s.shopId)?.min_subtotal ?? null,
      flash: [],
    };
    s.promotions = promo;
    let changed = false;
    s.lines = s.lines.map((l) => {
      const sale = sales.find((f) => f.variant_id === l.variantId);
      if (!sale || sale.price >= l.price) return l;
      const maxQuantity = Math.max(
        0,
        Math.min(sale.per_customer - (sale.bought ?? 0), sale.stock_cap - sale.sold),
      );
      const applied = l.quantity <= maxQuantity;
      promo.flash.push({
        variantId: l.variantId,
        flashSaleId: sale.id,
        applied,
        price: sale.price,
        listPrice: l.price,
        endsAt: sale.ends_at,
        maxQuantity,
      });
      if (!applied) return l;
      changed = true;
      return { ...l, price: sale.price };
    });
    if (changed) {
      s.subtotal = s.lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
      const bp = settings!.get(s.shopId)!.codChargeBp;
      s.codChargeIfCash = s.codAvailable ? codCharge(s.subtotal, bp) : 0;
      s.codCharge = s.payment === 'cod' ? codCharge(s.subtotal, bp) : 0;
    }
    if (s.delivery && promo.freeDeliveryFrom !== null && s.subtotal >= promo.freeDeliveryFrom)
      promo.deliveryDiscount = s.delivery.chargePoisha;
  }

  const coupon =
    rawCode === undefined ? null : await applyCoupon(db, customerId, shops, rawCode, now);

  let total = 0;
  for (const s of shops) {
    const p = s.promotions!;
    s.total = s.subtotal + (s.delivery?.chargePoisha ?? 0) + s.codCharge - p.discount;
    s.total -= p.deliveryDiscount;
    total += s.total;
  }
  return { total, coupon };
}

async function applyCoupon<L extends Line>(
  db: Executor,
  customerId: string,
  shops: PricedShop<L>[],
  rawCode: string,
  now: Date,
): Promise<CouponOutcome> {
  const code = normalizeCode(rawCode);
  const found = await db
    .selectFrom('coupons')
    .selectAll()
    .where('code', '=', code)
    .where((eb) =>
      eb.or([
        eb('shop_id', 'is', null),
        eb(
          'shop_id',
          'in',
          shops.map((s) => s.shopId),
        ),
      ]),
    )
    .execute();
  const own = found.filter((c) => c.shop_id !== null);
  const outcome: CouponOutcome = {
    code,
    applied: false,
    fundedBy: null,
    discount: 0,
    problem: null,
  };
  if (own.length > 0) {
    // A seller's code: each shop of the bag that has it gives its own discount on its goods.
    for (const c of own) {
      const s = shops.find((x) => x.shopId === c.shop_id)!;
      const problem = await couponProblem(db, c, customerId, s.subtotal, [s.payment], now);
      if (problem) {
        outcome.problem ??= problem;
        continue;
      }
      const d = couponDiscount(c, s.subtotal);
      Object.assign(s.promotions!, { discount: d, couponId: c.id });
      outcome.discount += d;
      outcome.applied = true;
      outcome.fundedBy = 'shop';
    }
    if (outcome.applied) outcome.problem = null;
    return outcome;
  }
  const c = found[0];
  if (!c) return { ...outcome, problem: { code: 'COUPON_NOT_FOUND', details: { code } } };
  // The platform's code: on the goods of every shop whose payment method it allows.
  const eligible = shops.filter((s) => !c.payment_methods || c.payment_methods.includes(s.payment));
  const base = eligible.reduce((sum, s) => sum + s.subtotal, 0);
  const problem = await couponProblem(
    db,
    c,
    customerId,
    base,
    shops.map((s) => s.payment),
    now,
  );
  if (problem) return { ...outcome, problem };
  const d = couponDiscount(c, base);
  const parts = split(
    eligible.map((s) => s.subtotal),
    d,
  );
  eligible.forEach((s, i) =>
    Object.assign(s.promotions!, {
      discount: parts[i]!,
      platformDiscount: parts[i]!,
      couponId: c.id,
    }),
  );
  return { ...outcome, applied: true, fundedBy: 'platform', discount: d };
}
