import type { Executor } from '../../platform/db/index.ts';
import { AppError, errorMessage, type ErrorCode } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n.ts';
import { cartRows, changesOf, present, type CartChange, type CartRow } from '../cart/index.ts';
import {
  codCharge,
  courierRates,
  quoteDelivery,
  settingsFor,
  typicalDeliveryTime,
  type CourierZone,
} from '../delivery/index.ts';
import type { PaymentProviderName } from '../payments/index.ts';
import { ownAddress } from './addresses.service.ts';
import { prescriptionProducts } from './orders.repo.ts';
import { nextOpeningAt } from '../shops/index.ts';
import {
  applyPromotions,
  presentCoupon,
  presentShopPromotions,
  type CouponOutcome,
  type ShopPromotions,
} from '../promotions/index.ts';

export type DeliveryMethod = 'own' | 'courier';

export type QuoteInput = {
  addressId: string;
  payment: PaymentProviderName;
  shops?: { shopId: string; delivery?: DeliveryMethod; payment?: PaymentProviderName }[];
  /** A coupon to apply (src/modules/promotions). */
  couponCode?: string;
};

/** Weight assumed for an item whose product states none. */
export const DEFAULT_ITEM_GRAMS = 500;

export function itemGrams(row: CartRow): number {
  const g = (row.attributes as Record<string, unknown> | null)?.net_weight_grams;
  return typeof g === 'number' && Number.isInteger(g) && g > 0 ? g : DEFAULT_ITEM_GRAMS;
}

export type DeliveryOption =
  | {
      method: DeliveryMethod;
      available: true;
      chargePoisha: number;
      distanceM: number;
      zone: CourierZone | null;
    }
  | { method: DeliveryMethod; available: false; reason: 'disabled' | 'outside_radius' | 'no_rate' };

type Chosen = Extract<DeliveryOption, { available: true }>;

/** Something that stops this shop's order from being placed as asked (the checkout throws it). */
export type ShopProblem = { code: ErrorCode; details: Record<string, unknown> };

export type ShopQuote = {
  shopId: string;
  lines: CartRow[];
  changes: CartChange[];
  weightGrams: number;
  subtotal: number;
  payment: PaymentProviderName;
  codAvailable: boolean;
  /** What cash on delivery would add (also when paying online), 0 where the shop takes no cash. */
  codChargeIfCash: number;
  options: DeliveryOption[];
  delivery: Chosen | null;
  codCharge: number;
  total: number;
  problem: ShopProblem | null;
  /** A line is a prescription-only medicine: the order will wait for an approved prescription. */
  prescriptionRequired: boolean;
  /** The variants of those lines. */
  prescriptionVariantIds: string[];
  /** The shop is closed now and opens then (it takes the order when it opens); null when open. */
  shopOpensAt: Date | null;
  /** Flash prices, free delivery and the coupon, set by applyPromotions (total is net of them). */
  promotions?: ShopPromotions;
};

export type CartQuote = {
  address: Awaited<ReturnType<typeof ownAddress>>;
  rows: CartRow[];
  changes: CartChange[];
  shops: ShopQuote[];
  total: number;
  coupon: CouponOutcome | null;
};

/**
 * Prices the customer's cart for one address, per shop: current prices, the delivery options with
 * their charges, the chosen (or default) method, the COD charge and the totals. The quote endpoint
 * shows this and the checkout places exactly this (inside its transaction), so the two agree.
 * A choice naming a shop not in the cart, or a method the shop does not offer at this address,
 * is refused; a shop that cannot take the order as asked (a payment method this installation has no
 * provider for, no cash at this shop, no delivery) carries a `problem` instead.
 */
export async function priceCart(
  db: Executor,
  customerId: string,
  input: QuoteInput,
  /** Whether this installation can take the provider (credentials or sandbox); all when left out. */
  paymentUsable: (p: PaymentProviderName) => boolean = () => true,
): Promise<CartQuote> {
  const address = await ownAddress(db, customerId, input.addressId);
  const rows = await cartRows(db, customerId);
  if (rows.length === 0) throw new AppError('CART_EMPTY');

  const byShop = new Map<string, CartRow[]>();
  for (const r of rows) byShop.set(r.shopId, [...(byShop.get(r.shopId) ?? []), r]);
  const seen = new Set<string>();
  for (const c of input.shops ?? []) {
    if (!byShop.has(c.shopId) || seen.has(c.shopId))
      throw new AppError('SHOP_NOT_IN_CART', { shopId: c.shopId });
    seen.add(c.shopId);
  }
  const shopIds = [...byShop.keys()];
  const settings = await settingsFor(db, shopIds);
  const rates = await courierRates(db);
  const shopRows = await db
    .selectFrom('shops')
    .select(['id', 'lat', 'lng', 'delivery_radius_m', 'opening_hours'])
    .where('id', 'in', shopIds)
    .execute();

  const changes = changesOf(rows);
  const rx = await prescriptionProducts(
    db,
    rows.map((r) => r.productId),
  );
  const shops: ShopQuote[] = [];
  for (const shopId of shopIds) {
    const lines = byShop.get(shopId)!;
    const shop = shopRows.find((s) => s.id === shopId)!;
    const s = settings.get(shopId)!;
    const choice = input.shops?.find((c) => c.shopId === shopId);
    const payment = choice?.payment ?? input.payment;
    const weightGrams = lines.reduce((w, l) => w + itemGrams(l) * l.quantity, 0);
    const option = (method: DeliveryMethod, enabled: boolean): DeliveryOption => {
      if (!enabled) return { method, available: false, reason: 'disabled' };
      const q = quoteDelivery({
        method,
        shop: { lat: shop.lat, lng: shop.lng, radiusM: shop.delivery_radius_m, tiers: s.tiers },
        customer: { lat: address.lat, lng: address.lng },
        weightGrams,
        rates,
      });
      if (!q.ok) return { method, available: false, reason: q.reason };
      return {
        method,
        available: true,
        chargePoisha: q.chargePoisha,
        distanceM: q.distanceM,
        zone: q.zone,
      };
    };
    const options = [option('own', s.ownDelivery), option('courier', s.courier)];
    const own = options[0]!;
    const courier = options[1]!;

    let delivery: Chosen | null;
    if (choice?.delivery) {
      const picked = choice.delivery === 'own' ? own : courier;
      if (!picked.available)
        throw new AppError('DELIVERY_METHOD_NOT_OFFERED', {
          shopId,
          method: choice.delivery,
          reason: picked.reason,
        });
      delivery = picked;
    } else {
      // The shop's own riders when they reach the address, else the courier.
      delivery = own.available ? own : courier.available ? courier : null;
    }

    const subtotal = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
    const cashCharge = codCharge(subtotal, s.codChargeBp);
    const ifCash = s.cod ? cashCharge : 0;
    const cod = payment === 'cod' ? cashCharge : 0;
    let problem: ShopProblem | null = null;
    if (!paymentUsable(payment))
      problem = { code: 'PAYMENT_PROVIDER_NOT_CONFIGURED', details: { shopId, provider: payment } };
    else if (payment === 'cod' && !s.cod)
      problem = { code: 'PAYMENT_METHOD_UNAVAILABLE', details: { shopId, payment } };
    else if (!delivery) {
      const failed = s.courier ? courier : own;
      const reason = failed.available ? 'disabled' : failed.reason;
      problem = { code: 'DELIVERY_UNAVAILABLE', details: { shopId, reason } };
    }
    const variantIds = new Set(lines.map((l) => l.variantId));
    shops.push({
      shopId,
      lines,
      changes: changes.filter((c) => variantIds.has(c.variantId)),
      weightGrams,
      subtotal,
      payment,
      codAvailable: s.cod,
      codChargeIfCash: ifCash,
      options,
      delivery,
      codCharge: cod,
      total: subtotal + (delivery?.chargePoisha ?? 0) + cod,
      problem,
      prescriptionRequired: lines.some((l) => rx.has(l.productId)),
      prescriptionVariantIds: lines.filter((l) => rx.has(l.productId)).map((l) => l.variantId),
      shopOpensAt: nextOpeningAt(shop.opening_hours),
    });
  }
  const promotions = await applyPromotions(db, customerId, shops, input.couponCode);
  return { address, rows, changes, shops, total: promotions.total, coupon: promotions.coupon };
}

/** The quote as the customer sees it: charges for this address, never the shop's tier table. */
export function presentQuote(quote: CartQuote, locale: Locale) {
  const shops = quote.shops.map((q) => ({
    shopId: q.shopId,
    shopName: q.lines[0]!.shopNameBn || q.lines[0]!.shopNameEn,
    items: q.lines.map((l) => ({ ...present(l), priceSeen: l.priceSeen })),
    prescriptionRequired: q.prescriptionRequired,
    shopOpensAt: q.shopOpensAt?.toISOString() ?? null,
    changes: q.changes,
    subtotal: q.subtotal,
    weightGrams: q.weightGrams,
    deliveryOptions: q.options,
    delivery: q.delivery && {
      method: q.delivery.method,
      chargePoisha: q.delivery.chargePoisha,
      distanceM: q.delivery.distanceM,
      zone: q.delivery.zone,
      typicalTime: typicalDeliveryTime(q.delivery.method, q.delivery.zone),
    },
    payment: q.payment,
    cod: {
      available: q.codAvailable,
      chargePoisha: q.codCharge,
      chargeIfCashPoisha: q.codChargeIfCash,
    },
    total: q.total,
    promotions: presentShopPromotions(q.promotions),
    problem: q.problem && {
      code: q.problem.code,
      message: errorMessage(q.problem.code, locale, q.problem.details),
    },
  }));
  return {
    shops,
    cartChanged: quote.changes.length > 0,
    canPlace:
      quote.changes.length === 0 &&
      shops.every((s) => !s.problem) &&
      !(quote.coupon && !quote.coupon.applied),
    total: quote.total,
    coupon: presentCoupon(quote.coupon, locale),
  };
}
