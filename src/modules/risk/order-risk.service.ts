import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import type { Locale } from '../../platform/i18n.ts';
import { canManageShop } from '../shops/index.ts';
import type { CourierCheck } from './courier/courier-check.ts';
import { shopPolicy } from './policy.service.ts';
import { presentReason } from './risk.present.ts';
import { assessRisk, decide, type RiskAssessment, type RiskDecision } from './risk.score.ts';
import {
  duplicateOrders,
  isBlocked,
  phoneHistory,
  pinFarFromArea,
  recentOrders,
} from './risk.signals.ts';

/**
 * An order's risk for its seller or an admin: the assessment stored at checkout, or (an online
 * order, or one placed while the guard was off) one computed now from what was known when it was
 * placed. The phone's history is always the current figures before the order.
 */
export async function orderRisk(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  locale: Locale,
  courier: CourierCheck | null = null,
) {
  const order = await ctx.db
    .selectFrom('orders as o')
    .innerJoin('shops as s', 's.id', 'o.shop_id')
    .innerJoin('users as u', 'u.id', 'o.customer_id')
    .select([
      'o.id',
      'o.shop_id',
      'o.payment_method',
      'o.total',
      'o.address',
      'o.distance_m',
      'o.created_at',
      's.owner_id',
      's.delivery_radius_m',
      'u.phone as account_phone',
      'u.created_at as account_created_at',
    ])
    .where('o.id', '=', orderId)
    .executeTakeFirst();
  // Another shop's order looks exactly like no order.
  if (!order || !canManageShop(user, order)) throw new AppError('RISK_ORDER_NOT_FOUND');
  const phone = order.address.phone;
  const history = await phoneHistory(ctx.db, phone, order.created_at);
  const stored = await ctx.db
    .selectFrom('risk_assessments')
    .selectAll()
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  const courierRecord = courier ? await courier.lookup(phone).catch(() => null) : null;
  let assessment: RiskAssessment;
  let decision: RiskDecision;
  let assessedAt: Date;
  if (stored) {
    assessment = { score: stored.score, level: stored.level, reasons: stored.reasons };
    decision = stored.decision;
    assessedAt = stored.created_at;
  } else {
    const items = await ctx.db
      .selectFrom('order_items')
      .select('name')
      .where('order_id', '=', orderId)
      .execute();
    assessment = assessRisk({
      blocked: await isBlocked(ctx.db, [phone, order.account_phone]),
      history,
      duplicates: await duplicateOrders(ctx.db, {
        phone,
        lat: order.address.lat,
        lng: order.address.lng,
        itemNames: items.map((i) => i.name),
        at: order.created_at,
        minutes: ctx.config.RISK_DUPLICATE_MINUTES,
        excludeOrderId: orderId,
      }),
      recentOrders: await recentOrders(ctx.db, phone, order.created_at, orderId),
      missingLandmark: !order.address.landmark?.trim(),
      pinFarFromArea: await pinFarFromArea(ctx.db, order.address.placeId, order.address),
      outsideZone: (order.distance_m ?? 0) > order.delivery_radius_m,
      phoneDiffersFromAccount: order.account_phone !== phone,
      accountAgeDays:
        (order.created_at.getTime() - order.account_created_at.getTime()) / 86_400_000,
      amountPoisha: order.total,
      // Asked now (never inside the checkout's transaction): only an order assessed now uses it.
      courier: courierRecord,
    });
    decision = decide(assessment.level, order.total, await shopPolicy(ctx.db, order.shop_id));
    assessedAt = new Date();
  }
  return {
    orderId,
    score: assessment.score,
    level: assessment.level,
    decision,
    paymentMethod: order.payment_method,
    reasons: assessment.reasons.map((r) => presentReason(r, locale)),
    history,
    courier: courierRecord,
    assessedAt: assessedAt.toISOString(),
    storedAtCheckout: !!stored,
  };
}

/** Stored levels of a shop's orders, for the order queue's badges (the caller checked the shop). */
export async function queueRisk(ctx: AppContext, shopId: string, orderIds: string[]) {
  if (orderIds.length === 0) return { items: [] };
  const rows = await ctx.db
    .selectFrom('risk_assessments')
    .select(['order_id', 'score', 'level', 'decision'])
    .where('shop_id', '=', shopId)
    .where('order_id', 'in', orderIds)
    .execute();
  return {
    items: rows.map((r) => ({
      orderId: r.order_id,
      score: r.score,
      level: r.level,
      decision: r.decision,
    })),
  };
}
