/**
 * Restock suggestion from an item's forecast: when to order and how much.
 *
 *   L = lead time (days from ordering to stock on the shelf), R = review period (days until the
 *   next look at this item), σ = the forecast's daily error (the backtest's RMSE), z = the
 *   standard normal quantile of the service level (the chance of not running out in a cycle).
 *
 *   reorder point  = ⌈ Σ forecast over the next L days + z·σ·√L ⌉
 *   order-up-to    = Σ forecast over the next L + R days + z·σ·√(L + R)
 *   stock position = on hand + already on order
 *   order now      ⇔ stock position ≤ reorder point (and some demand is expected)
 *   order quantity = ⌈ order-up-to − stock position ⌉ when ordering now, else 0; never negative
 *
 * Daily errors are taken as independent, so the error over n days is σ·√n. A forecast shorter
 * than L + R days is extended with its own mean. Bad input is rejected with a RangeError: a
 * non-finite or negative forecast value, stock, error or lead time, a service level outside
 * [0.5, 0.9999].
 */
export type RestockInput = {
  /** Daily forecast from tomorrow. */
  forecast: readonly number[];
  leadTimeDays: number;
  reviewPeriodDays?: number;
  /** Default 0.95. */
  serviceLevel?: number;
  onHand: number;
  onOrder?: number;
  /** The forecast's daily RMSE (0 when unknown: no safety stock). */
  dailyError: number;
};

export type RestockReason = 'below_reorder_point' | 'enough_stock' | 'no_demand';

export type RestockSuggestion = {
  reorderPoint: number;
  orderQuantity: number;
  orderNow: boolean;
  safetyStock: number;
  reason: RestockReason;
};

/**
 * The standard normal quantile (inverse CDF), Peter Acklam's rational approximation: relative
 * error below 1.15e-9 over (0, 1).
 */
export function inverseNormal(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError('inverseNormal: p must be in (0, 1)');
  const a = [
    -39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269, -30.6647980661472,
    2.50662827745924,
  ];
  const b = [
    -54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197, -13.2806815528857,
  ];
  const c = [
    -0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373,
    4.37466414146497, 2.93816398269878,
  ];
  const d = [0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    return (
      ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
      (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
    );
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return (
      -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
}

function check(name: string, v: number) {
  if (!Number.isFinite(v) || v < 0) throw new RangeError(`restock: ${name} must be a number ≥ 0`);
}

/** Demand over the next `days` days: the forecast, extended with its mean when too short. */
function demandOver(forecast: readonly number[], days: number): number {
  const mean = forecast.length ? forecast.reduce((a, b) => a + b, 0) / forecast.length : 0;
  let sum = 0;
  for (let i = 0; i < days; i++) sum += i < forecast.length ? forecast[i]! : mean;
  return sum;
}

export function suggestRestock(input: RestockInput): RestockSuggestion {
  const { forecast, leadTimeDays: lead, onHand, dailyError } = input;
  const review = input.reviewPeriodDays ?? 7;
  const level = input.serviceLevel ?? 0.95;
  const onOrder = input.onOrder ?? 0;
  forecast.forEach((v, i) => check(`forecast[${i}]`, v));
  for (const [k, v] of Object.entries({ lead, review, onHand, onOrder, dailyError })) check(k, v);
  if (!(level >= 0.5 && level <= 0.9999))
    throw new RangeError('restock: service level must be within 0.5–0.9999');

  const z = inverseNormal(level);
  const safetyLead = z * dailyError * Math.sqrt(lead);
  const reorderPoint = Math.ceil(demandOver(forecast, lead) + safetyLead);
  const upTo = demandOver(forecast, lead + review) + z * dailyError * Math.sqrt(lead + review);
  const position = onHand + onOrder;
  const safetyStock = Math.ceil(safetyLead);
  if (demandOver(forecast, lead + review) === 0)
    return {
      reorderPoint: 0,
      orderQuantity: 0,
      orderNow: false,
      safetyStock: 0,
      reason: 'no_demand',
    };
  const orderNow = position <= reorderPoint;
  return {
    reorderPoint,
    orderQuantity: orderNow ? Math.max(0, Math.ceil(upTo - position)) : 0,
    orderNow,
    safetyStock,
    reason: orderNow ? 'below_reorder_point' : 'enough_stock',
  };
}
