import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { localBdPhone } from '../../platform/phone.ts';
import { assessRisk, decide, type RiskAssessment, type RiskDecision } from './risk.score.ts';
import { shopPolicy } from './policy.service.ts';
import {
  duplicateOrders,
  isBlocked,
  phoneHistory,
  pinFarFromArea,
  recentOrders,
} from './risk.signals.ts';

/** What the guard needs of the checkout's priced cart (the orders module's CartQuote fits it). */
export type CodCheckout = {
  address: {
    phone: string;
    landmark: string | null;
    place_id: number | null;
    lat: number;
    lng: number;
  };
  shops: {
    shopId: string;
    payment: string;
    total: number;
    lines: { nameBn: string | null; nameEn: string | null }[];
    delivery: { distanceM: number; chargePoisha: number } | null;
  }[];
};

export type CodVerdict = RiskAssessment & {
  phone: string;
  decision: RiskDecision;
  /** Poisha the customer pays by bKash before the order goes to the shop (0: none). */
  advancePoisha: number;
};

/** What the customer agreed to, and what this installation can take, for an advance. */
export type AdvanceTerms = {
  /** The checkout asked to pay an advance where a shop's policy wants one (`codAdvance`). */
  accepted: boolean;
  /** bKash can be used here (credentials or its sandbox): without it an advance cannot be taken. */
  usable: boolean;
};

/**
 * The advance of a COD order: its delivery charge, at least RISK_COD_MIN_ADVANCE (a free or cheap
 * delivery still costs the shop a wasted trip), never more than the order's total.
 */
export function advanceAmount(ctx: AppContext, shop: CodCheckout['shops'][number]): number {
  const charge = shop.delivery?.chargePoisha ?? 0;
  return Math.min(shop.total, Math.max(charge, ctx.config.RISK_COD_MIN_ADVANCE));
}

/**
 * The cash-on-delivery guard, inside the checkout's transaction before anything is reserved: the
 * OTP gate, then a score per COD order and the shop's policy. Refuses the checkout (COD_NOT_ALLOWED,
 * COD_ADVANCE_REQUIRED, COD_PHONE_OTP_REQUIRED) or returns the verdicts to store with the orders.
 */
export async function guardCodCheckout(
  ctx: AppContext,
  tx: Executor,
  customerId: string,
  cart: CodCheckout,
  advance: AdvanceTerms = { accepted: false, usable: false },
): Promise<Map<string, CodVerdict>> {
  const verdicts = new Map<string, CodVerdict>();
  const cod = cart.shops.filter((s) => s.payment === 'cod');
  if (ctx.config.RISK_COD_GUARD === 'off' || cod.length === 0) return verdicts;
  const phone = cart.address.phone;
  // Two checkouts to one phone (any accounts) are assessed one after the other, so the second
  // sees the first as a duplicate.
  await sql`SELECT pg_advisory_xact_lock(hashtext(${'risk:' + phone}))`.execute(tx);
  const user = await tx
    .selectFrom('users')
    .select(['phone', 'phone_verified_at', 'created_at'])
    .where('id', '=', customerId)
    .executeTakeFirstOrThrow();
  await assertPhoneProven(ctx, tx, customerId, user, phone, cod);

  const history = await phoneHistory(tx, phone, null);
  const blocked = await isBlocked(tx, [phone, user.phone]);
  const recent = await recentOrders(tx, phone, null);
  const pinFar = await pinFarFromArea(tx, cart.address.place_id, cart.address);
  for (const shop of cod) {
    const shopRow = await tx
      .selectFrom('shops')
      .select('delivery_radius_m')
      .where('id', '=', shop.shopId)
      .executeTakeFirstOrThrow();
    const assessment = assessRisk({
      blocked,
      history,
      duplicates: await duplicateOrders(tx, {
        phone,
        lat: cart.address.lat,
        lng: cart.address.lng,
        itemNames: shop.lines.map((l) => l.nameBn ?? l.nameEn ?? ''),
        at: null,
        minutes: ctx.config.RISK_DUPLICATE_MINUTES,
      }),
      recentOrders: recent,
      missingLandmark: !cart.address.landmark?.trim(),
      pinFarFromArea: pinFar,
      outsideZone: (shop.delivery?.distanceM ?? 0) > shopRow.delivery_radius_m,
      phoneDiffersFromAccount: user.phone !== phone,
      accountAgeDays: (Date.now() - user.created_at.getTime()) / 86_400_000,
      amountPoisha: shop.total,
      courier: null,
    });
    const decision = decide(assessment.level, shop.total, await shopPolicy(tx, shop.shopId));
    const details = { shopId: shop.shopId, level: assessment.level, score: assessment.score };
    if (decision === 'refuse' || decision === 'prepaid')
      throw new AppError('COD_NOT_ALLOWED', details);
    const advancePoisha = decision === 'advance' ? advanceAmount(ctx, shop) : 0;
    if (decision === 'advance' && !(advance.accepted && advance.usable))
      throw new AppError('COD_ADVANCE_REQUIRED', {
        ...details,
        advancePoisha,
        dueAtDoorPoisha: shop.total - advancePoisha,
        // null: no bKash here, so the customer can only pay the whole order online.
        advanceProvider: advance.usable ? 'bkash' : null,
      });
    verdicts.set(shop.shopId, { ...assessment, phone, decision, advancePoisha });
  }
  return verdicts;
}

/**
 * A first COD order (the account has nothing delivered yet) and a COD order above
 * RISK_COD_OTP_ABOVE need the delivery phone proven by OTP within RISK_OTP_MAX_AGE_DAYS: the
 * account's own verified phone, or a phone the customer verified for delivery. The checkout already
 * requires a verified account phone; what it missed is an address with another phone, and a
 * verification made years ago.
 */
async function assertPhoneProven(
  ctx: AppContext,
  tx: Executor,
  customerId: string,
  user: { phone: string | null; phone_verified_at: Date | null },
  phone: string,
  cod: CodCheckout['shops'],
) {
  const large = cod.some((s) => s.total > ctx.config.RISK_COD_OTP_ABOVE);
  const delivered = await tx
    .selectFrom('risk_order_outcomes')
    .select('order_id')
    .where('customer_id', '=', customerId)
    .where('outcome', '=', 'delivered')
    .limit(1)
    .executeTakeFirst();
  if (!large && delivered) return;
  const since = Date.now() - ctx.config.RISK_OTP_MAX_AGE_DAYS * 86_400_000;
  if (user.phone === phone && user.phone_verified_at && user.phone_verified_at.getTime() > since)
    return;
  const proven = await tx
    .selectFrom('risk_verified_phones')
    .select('verified_at')
    .where('customer_id', '=', customerId)
    .where('phone', '=', phone)
    .where('verified_at', '>', new Date(since))
    .executeTakeFirst();
  if (proven) return;
  throw new AppError('COD_PHONE_OTP_REQUIRED', {
    phone: localBdPhone(phone),
    reason: large ? 'large_order' : 'first_order',
  });
}

/** Stores the verdict with the order just written (same transaction). */
export async function recordCodVerdict(
  tx: Executor,
  orderId: string,
  shopId: string,
  verdict: CodVerdict | undefined,
) {
  if (!verdict) return;
  await tx
    .insertInto('risk_assessments')
    .values({
      order_id: orderId,
      shop_id: shopId,
      phone: verdict.phone,
      score: verdict.score,
      level: verdict.level,
      decision: verdict.decision,
      reasons: JSON.stringify(verdict.reasons),
    })
    .execute();
}
