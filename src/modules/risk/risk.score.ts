/**
 * The cash-on-delivery risk score as pure functions (no database): the checkout gathers the
 * signals and calls these, and the benchmark (bench/cod-risk) runs the very same functions over
 * generated order histories. Points are additive and each one is a reason the seller is shown.
 */

export const riskLevels = ['low', 'medium', 'high', 'blocked'] as const;
export type RiskLevel = (typeof riskLevels)[number];
/** What a shop asks of a cash-on-delivery order. */
export const riskActions = ['accept', 'advance', 'prepaid'] as const;
export type RiskAction = (typeof riskActions)[number];
export type RiskDecision = RiskAction | 'refuse';

/** What became of earlier orders to this phone, on every shop (figures only). */
export type PhoneHistory = {
  delivered: number;
  refused: number;
  returned: number;
  cancelledAfterDispatch: number;
};

export type RiskSignals = {
  /** The delivery phone (or the account's phone) is on the admin block list. */
  blocked: boolean;
  history: PhoneHistory;
  /** Orders in the last minutes to the same phone or pin with mostly the same items (any shop). */
  duplicates: number;
  /** Other orders to this phone in the last 24 hours (any shop). */
  recentOrders: number;
  missingLandmark: boolean;
  /** The pin is further from the named area than that kind of area reaches. */
  pinFarFromArea: boolean;
  /** The address is beyond the shop's own delivery radius. */
  outsideZone: boolean;
  /** The delivery phone is not the account's phone. */
  phoneDiffersFromAccount: boolean;
  accountAgeDays: number;
  amountPoisha: number;
  /** A courier's record of parcels to this phone, when a fraud-check service is configured. */
  courier: { delivered: number; total: number } | null;
};

export const riskReasonCodes = [
  'blocked',
  'refusal_history',
  'good_history',
  'first_order',
  'duplicate_order',
  'many_recent_orders',
  'missing_landmark',
  'pin_far_from_area',
  'outside_delivery_zone',
  'phone_differs',
  'new_account',
  'large_amount',
  'courier_low_success',
  'courier_good_record',
] as const;
export type RiskReasonCode = (typeof riskReasonCodes)[number];
export type RiskReason = {
  code: RiskReasonCode;
  /** Points this reason adds to the score (negative lowers it). */
  points: number;
  /** The figures behind it (counts, rates in per cent): never another shop's details. */
  figures?: Record<string, number>;
};
export type RiskAssessment = { score: number; level: RiskLevel; reasons: RiskReason[] };

/**
 * Score thresholds of the levels. Chosen on the benchmark's training period (bench/cod-risk):
 * medium and above is what a shop's policy acts on, and flags at most 10 % of good orders there.
 */
export const MEDIUM_FROM = 30;
export const HIGH_FROM = 60;
/** A COD order above this (poisha) counts as large for the score (৳5,000). */
export const LARGE_AMOUNT_POISHA = 500_000;

export function assessRisk(s: RiskSignals): RiskAssessment {
  if (s.blocked)
    return { score: 100, level: 'blocked', reasons: [{ code: 'blocked', points: 100 }] };
  const reasons: RiskReason[] = [];
  const add = (code: RiskReasonCode, points: number, figures?: Record<string, number>) => {
    if (points !== 0) reasons.push({ code, points, ...(figures ? { figures } : {}) });
  };
  const h = s.history;
  const known = h.delivered + h.refused + h.returned + h.cancelledAfterDispatch;
  // Refusals weigh fully; returns and late cancellations (the goods went out) half.
  const bad = h.refused + 0.5 * (h.returned + h.cancelledAfterDispatch);
  const figures = {
    delivered: h.delivered,
    refused: h.refused,
    returned: h.returned,
    cancelledAfterDispatch: h.cancelledAfterDispatch,
  };
  if (bad > 0) {
    const rate = bad / (bad + h.delivered + 1);
    add('refusal_history', Math.round(70 * rate) + Math.min(20, 5 * h.refused), figures);
  } else if (h.delivered >= 3) {
    add('good_history', -15, figures);
  }
  if (known === 0) add('first_order', 15);
  if (s.duplicates > 0)
    add('duplicate_order', Math.min(70, 40 * s.duplicates), { orders: s.duplicates });
  if (s.recentOrders >= 3) add('many_recent_orders', 10, { orders: s.recentOrders });
  if (s.missingLandmark) add('missing_landmark', 8);
  if (s.pinFarFromArea) add('pin_far_from_area', 15);
  if (s.outsideZone) add('outside_delivery_zone', 8);
  if (s.phoneDiffersFromAccount) add('phone_differs', 8);
  if (s.accountAgeDays < 1) add('new_account', 10);
  if (s.amountPoisha > LARGE_AMOUNT_POISHA) add('large_amount', 10);
  if (s.courier && s.courier.total >= 3) {
    const rate = s.courier.delivered / s.courier.total;
    const pct = Math.round(rate * 100);
    if (rate < 0.8)
      add('courier_low_success', Math.round(50 * (1 - rate)), {
        successPercent: pct,
        parcels: s.courier.total,
      });
    else if (rate >= 0.95)
      add('courier_good_record', -10, { successPercent: pct, parcels: s.courier.total });
  }
  reasons.sort((a, b) => b.points - a.points || a.code.localeCompare(b.code));
  const score = Math.max(
    0,
    Math.min(
      100,
      reasons.reduce((sum, r) => sum + r.points, 0),
    ),
  );
  const level: RiskLevel = score >= HIGH_FROM ? 'high' : score >= MEDIUM_FROM ? 'medium' : 'low';
  return { score, level, reasons };
}

export type ShopRiskPolicy = {
  mediumAction: RiskAction;
  highAction: RiskAction;
  /** COD orders above this total (poisha) get at least largeOrderAction; null = no amount rule. */
  largeOrderPoisha: number | null;
  largeOrderAction: RiskAction;
};

/** A shop that has not chosen: medium risk accepted, high risk asked for the delivery charge first. */
export const defaultPolicy: ShopRiskPolicy = {
  mediumAction: 'accept',
  highAction: 'advance',
  largeOrderPoisha: null,
  largeOrderAction: 'accept',
};

const strictness: Record<RiskAction, number> = { accept: 0, advance: 1, prepaid: 2 };
const stricter = (a: RiskAction, b: RiskAction) => (strictness[b] > strictness[a] ? b : a);

/** What the shop's policy asks of a COD order of this level and total. A blocked phone is refused. */
export function decide(
  level: RiskLevel,
  totalPoisha: number,
  policy: ShopRiskPolicy,
): RiskDecision {
  if (level === 'blocked') return 'refuse';
  let action: RiskAction =
    level === 'high' ? policy.highAction : level === 'medium' ? policy.mediumAction : 'accept';
  if (policy.largeOrderPoisha !== null && totalPoisha > policy.largeOrderPoisha)
    action = stricter(action, policy.largeOrderAction);
  return action;
}
