import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { account, type Account } from './accounts.ts';
import { lineCommission } from './commission.ts';
import { postingLines, postLedger, type LedgerLine } from './ledger.ts';

/**
 * How one payment of an order splits: the seller's share, the platform's commission and the
 * delivery fee the platform keeps (courier deliveries; own delivery and the COD charge are the
 * seller's). share + commission + deliveryFee = amount.
 */
export type Split = {
  paymentId: string;
  orderId: string;
  shopId: string;
  provider: string;
  amount: number;
  commission: number;
  deliveryFee: number;
  share: number;
  /** The order's discount the platform pays (a platform coupon): the seller is paid as if undiscounted. */
  platformDiscount: number;
};

export async function paymentSplit(tx: Executor, paymentId: string): Promise<Split> {
  const p = await tx
    .selectFrom('money_payments as p')
    .innerJoin('money_orders as o', 'o.id', 'p.order_id')
    .select([
      'p.id',
      'p.order_id',
      'p.provider',
      'p.amount',
      'o.shop_id',
      'o.delivery_method',
      'o.delivery_charge',
      'o.platform_discount',
    ])
    .where('p.id', '=', paymentId)
    .executeTakeFirst();
  if (!p) throw new AppError('LEDGER_POSTING_INVALID', { reason: 'payment', paymentId });
  const lines = await tx
    .selectFrom('money_order_lines')
    .select(['line_total', 'commission_bp', 'commission_fixed'])
    .where('order_id', '=', p.order_id)
    .execute();
  const commission = lines.reduce(
    (s, l) => s + lineCommission(l.line_total, l.commission_bp, l.commission_fixed),
    0,
  );
  const deliveryFee = p.delivery_method === 'courier' ? p.delivery_charge : 0;
  // The platform's discount is money the platform puts in for the customer (docs/promotions.md).
  const platformDiscount = p.platform_discount;
  const gross = p.amount + platformDiscount;
  // Never more taken than was paid (an order's own total always covers its lines and delivery).
  const taken = Math.min(gross, commission + deliveryFee);
  const commissionPart = Math.min(commission, taken);
  return {
    paymentId: p.id,
    orderId: p.order_id,
    shopId: p.shop_id,
    provider: p.provider,
    amount: p.amount,
    commission: commissionPart,
    deliveryFee: taken - commissionPart,
    share: gross - taken,
    platformDiscount,
  };
}

/** Where the money of a payment sits: the provider's clearing account, or the seller's cash. */
function source(s: Split): Account {
  return s.provider === 'cod' ? account.codCash(s.shopId) : account.clearing(s.provider);
}

/**
 * Splits `total` poisha over parts in proportion to `weights` (non-negative integers), exactly:
 * floors first, then one poisha each to the largest remainders (earlier parts first on ties).
 */
export function proportional(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (BigInt(w) * BigInt(total)) / BigInt(sum));
  const rem = weights.map((w, i) => BigInt(w) * BigInt(total) - exact[i]! * BigInt(sum));
  let left = total - exact.reduce((a, b) => a + Number(b), 0);
  const out = exact.map(Number);
  const order = rem
    .map((r, i) => [r, i] as const)
    .sort((a, b) => (b[0] > a[0] ? 1 : b[0] < a[0] ? -1 : a[1] - b[1]));
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}

/**
 * Money captured (an online payment confirmed by its provider, or cash taken on delivery): the
 * provider's clearing account (or the seller's cash in hand) against the seller's payable, the
 * platform's commission and delivery fee. Once per payment.
 */
export async function postPaymentCaptured(tx: Executor, paymentId: string) {
  const s = await paymentSplit(tx, paymentId);
  const entries: LedgerLine[] = [
    { account: source(s), amount: s.amount },
    ...(s.platformDiscount > 0
      ? [{ account: account.discounts('platform'), amount: s.platformDiscount }]
      : []),
    { account: account.payable(s.shopId), amount: -s.share },
    { account: account.commission, amount: -s.commission },
    { account: account.deliveryFees, amount: -s.deliveryFee },
  ];
  return postLedger(tx, {
    kind: 'payment.captured',
    sourceId: paymentId,
    orderId: s.orderId,
    shopId: s.shopId,
    memo: s.provider === 'cod' ? 'cash collected on delivery' : `${s.provider} payment captured`,
    entries,
  });
}

/**
 * A captured payment is to go back to the customer (order cancelled, rejected or returned, or paid
 * too late): the capture's credits are reversed in proportion to `amount` (the whole payment by
 * default) and the platform owes the customer that much (the refunds account) until it is paid.
 */
export async function postRefundDue(tx: Executor, paymentId: string, amount?: number) {
  const s = await paymentSplit(tx, paymentId);
  const refund = Math.min(amount ?? s.amount, s.amount);
  // Only a captured payment is refunded: a capture the ledger never saw (a payment taken before
  // the ledger existed) is posted first, so the reversal below always has something to reverse.
  await postPaymentCaptured(tx, paymentId);
  const captured = await postingLines(tx, 'payment.captured', paymentId);
  // Reverse what the capture actually posted (so a rate can never differ between the two). The
  // platform's discount comes back in the same proportion as the payment.
  const credits = captured.filter((l) => l.amount < 0);
  const discounted = captured.filter((l) => l.amount > 0 && l.account.kind === 'discounts');
  const discount = discounted.reduce((sum, l) => sum + l.amount, 0);
  const discountBack = proportional([refund, s.amount - refund], discount)[0]!;
  const back = proportional(
    credits.map((l) => -l.amount),
    refund + discountBack,
  );
  return postLedger(tx, {
    kind: 'refund.due',
    sourceId: paymentId,
    orderId: s.orderId,
    shopId: s.shopId,
    memo: 'refund due to the customer',
    entries: [
      ...credits.map((l, i) => ({ account: l.account, amount: back[i]! })),
      ...(discountBack > 0
        ? [{ account: account.discounts('platform'), amount: -discountBack }]
        : []),
      { account: account.refunds, amount: -refund },
    ],
  });
}

/** The refund was paid out (by the provider, or by hand for cash): it leaves the source account. */
export async function postRefundPaid(tx: Executor, paymentId: string, amount?: number) {
  const s = await paymentSplit(tx, paymentId);
  const refund = Math.min(amount ?? s.amount, s.amount);
  // What is paid back was owed first (posted now if the ledger never saw it).
  await postRefundDue(tx, paymentId, refund);
  return postLedger(tx, {
    kind: 'refund.paid',
    sourceId: paymentId,
    orderId: s.orderId,
    shopId: s.shopId,
    memo: s.provider === 'cod' ? 'cash returned to the customer' : `${s.provider} refund paid`,
    entries: [
      { account: account.refunds, amount: refund },
      { account: source(s), amount: -refund },
    ],
  });
}

export type AdjustmentInput = {
  shopId: string;
  /** Poisha: positive credits the seller, negative charges them. */
  amount: number;
  reason: string;
  key: string;
  adminId: string | null;
};

/** A manual correction between the platform and a seller (admins; audited by the caller). */
export async function postAdjustment(tx: Executor, input: AdjustmentInput) {
  const a = input.amount;
  const entries: LedgerLine[] =
    a > 0
      ? [
          { account: account.adjustments, amount: a },
          { account: account.payable(input.shopId), amount: -a },
        ]
      : [
          { account: account.receivable(input.shopId), amount: -a },
          { account: account.adjustments, amount: a },
        ];
  const existing = await tx
    .selectFrom('ledger_transactions')
    .select(['id', 'shop_id'])
    .where('kind', '=', 'adjustment')
    .where('source_id', '=', input.key)
    .executeTakeFirst();
  if (existing) {
    const lines = await postingLines(tx, 'adjustment', input.key);
    const same =
      existing.shop_id === input.shopId &&
      lines.length === 2 &&
      lines.every((l, i) => l.amount === entries[i]!.amount);
    if (!same) throw new AppError('ADJUSTMENT_ALREADY_POSTED');
    return { transactionId: existing.id, replayed: true };
  }
  if (a === 0) throw new AppError('LEDGER_POSTING_INVALID', { reason: 'zero adjustment' });
  const posted = await postLedger(tx, {
    kind: 'adjustment',
    sourceId: input.key,
    shopId: input.shopId,
    memo: input.reason,
    createdBy: input.adminId,
    entries,
  });
  return posted!;
}

export type PartialRefundInput = {
  /** The refund's own id: the posting's key (a payment may have many partial refunds). */
  refundId: string;
  paymentId: string;
  /** The returned part of each line: its amount, and what of the line was returned before. */
  lines: { orderItemId: number; amount: number; returnedBefore: number }[];
  /** The order's delivery and COD charges, refunded with the last line of the order (else 0). */
  charges: number;
};

/**
 * Part of a captured payment is owed back (returned lines). A returned part is what the customer
 * paid for it (`amount`, after the line's share of a coupon); its undiscounted value `g` is found
 * by scaling the line's paid total up to its `line_total` cumulatively (so the parts of a line
 * always add up to the whole line). For each part the platform gives back the commission of that
 * value, `lineCommission(L − before) − lineCommission(L − before − g)` in undiscounted terms (the
 * capture took the commission on undiscounted lines), and takes back the platform's part of the
 * part's discount (a platform coupon: the seller was paid as if undiscounted); the seller gives
 * back the rest. The order's charges (refunded only with the whole order) come back from the
 * delivery fees the platform kept (courier) and the seller (the rest). `refunds` is credited with
 * what the customer gets. Once per refund id.
 */
export async function postPartialRefundDue(tx: Executor, input: PartialRefundInput) {
  const s = await paymentSplit(tx, input.paymentId);
  await postPaymentCaptured(tx, input.paymentId);
  const rates = await tx
    .selectFrom('money_order_lines')
    .select(['id', 'line_total', 'commission_bp', 'commission_fixed', 'discount'])
    .where('order_id', '=', s.orderId)
    .execute();
  const order = await tx
    .selectFrom('money_orders')
    .select(['delivery_method', 'delivery_charge', 'discount', 'platform_discount'])
    .where('id', '=', s.orderId)
    .executeTakeFirstOrThrow();
  let commission = 0;
  let lines = 0;
  let platformBack = 0;
  for (const part of input.lines) {
    const r = rates.find((l) => l.id === part.orderItemId);
    const paidTotal = r ? r.line_total - r.discount : 0;
    if (!r || part.amount <= 0 || part.returnedBefore + part.amount > paidTotal)
      throw new AppError('LEDGER_POSTING_INVALID', { reason: 'returned line', ...part });
    // Paid → undiscounted, cumulatively: the last unit reaches line_total exactly.
    const gross = (paid: number) =>
      paid >= paidTotal ? r.line_total : Math.round((paid * r.line_total) / paidTotal);
    // The platform's part of the discount returned so far, cumulatively likewise.
    const platformPart = (paid: number) =>
      order.discount > 0
        ? Math.round(((gross(paid) - paid) * order.platform_discount) / order.discount)
        : 0;
    const before = part.returnedBefore;
    const after = before + part.amount;
    const c = (left: number) => lineCommission(left, r.commission_bp, r.commission_fixed);
    commission += c(r.line_total - gross(before)) - c(r.line_total - gross(after));
    platformBack += platformPart(after) - platformPart(before);
    lines += part.amount;
  }
  const deliveryBack =
    input.charges > 0 && order.delivery_method === 'courier'
      ? Math.min(order.delivery_charge, input.charges)
      : 0;
  const total = lines + input.charges;
  return postLedger(tx, {
    kind: 'refund.partial_due',
    sourceId: input.refundId,
    orderId: s.orderId,
    shopId: s.shopId,
    memo: 'returned items: refund due to the customer',
    entries: [
      {
        account: account.payable(s.shopId),
        amount: total + platformBack - commission - deliveryBack,
      },
      { account: account.commission, amount: commission },
      { account: account.deliveryFees, amount: deliveryBack },
      ...(platformBack > 0
        ? [{ account: account.discounts('platform'), amount: -platformBack }]
        : []),
      { account: account.refunds, amount: -total },
    ],
  });
}

/**
 * A partial refund was paid out: by the provider from its clearing account, or (cash on delivery)
 * from the platform's bKash account to the customer's number. The seller still holds the cash of a
 * COD order, and its payable was already reduced at `refund.partial_due`, so the settlement takes
 * the refunded part from the seller then. Posted once per refund id, after its `refund.partial_due`.
 */
export async function postPartialRefundPaid(
  tx: Executor,
  input: { refundId: string; paymentId: string },
) {
  const s = await paymentSplit(tx, input.paymentId);
  const due = await postingLines(tx, 'refund.partial_due', input.refundId);
  const owed = -due.filter((l) => l.account.kind === 'refunds').reduce((a, l) => a + l.amount, 0);
  if (owed <= 0) throw new AppError('LEDGER_POSTING_INVALID', { reason: 'no refund due' });
  const from = s.provider === 'cod' ? 'bkash' : s.provider;
  return postLedger(tx, {
    kind: 'refund.partial_paid',
    sourceId: input.refundId,
    orderId: s.orderId,
    shopId: s.shopId,
    memo:
      s.provider === 'cod' ? 'returned items: refunded to a bKash number' : `${from} refund paid`,
    entries: [
      { account: account.refunds, amount: owed },
      { account: account.clearing(from), amount: -owed },
    ],
  });
}
