import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';

/**
 * A delivered order's money is released only when no return of it is open (asked, accepted or on
 * its way back; view `payouts_open_returns`, migration 0037). An order with an open return stays in
 * `pending` until the return is checked or closed; a refund's posting then reverses its credit.
 */
export function noOpenReturn(orderId: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`NOT EXISTS (SELECT 1 FROM payouts_open_returns r WHERE r.order_id = ${orderId})`;
}

/**
 * Whether a ledger transaction's money on a shop's payable account is released for payout:
 * order-less transactions (adjustments, payouts and their reversals) always; cash-on-delivery
 * orders at once (their credit only nets the cash the shop already holds: share − cash ≤ 0);
 * online-paid orders once delivered, their return window closed, and no return open.
 */
function released(orderId: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`(
    ${orderId} IS NULL
    OR EXISTS (SELECT 1 FROM money_orders mo
                WHERE mo.id = ${orderId} AND mo.payment_method = 'cod')
    OR (EXISTS (SELECT 1 FROM order_return_windows w
                 WHERE w.order_id = ${orderId} AND w.window_ends_at <= now())
        AND ${noOpenReturn(orderId)})
  )`;
}

export type Availability = {
  shopId: string;
  /** Poisha the platform may pay the shop now (negative: the shop owes the platform). */
  available: number;
  /** Credits of orders not released yet (undelivered, in their return window, or a return open). */
  pending: number;
  /** The released part of the payable account (credits minus earlier payouts). */
  released: number;
  receivable: number;
  codCash: number;
  /** Payouts on their way (sent, not confirmed). */
  inFlight: number;
};

/**
 * What a shop may be paid now, computed from the ledger alone (docs/decisions/0025-payouts.md):
 *   available = released payable credits (incl. adjustments, less payouts made or in flight)
 *             − receivable − COD cash the shop holds.
 * Payouts debit the payable account when they start (`payout.initiated`) and a failed one credits
 * it back, so nothing paid or on its way is counted twice.
 */
export async function availableForPayout(db: Executor, shopId: string): Promise<Availability> {
  const { rows } = await sql<{
    released: string;
    pending: string;
    receivable: string;
    cod_cash: string;
  }>`
    SELECT
      coalesce(sum(-x.amount) FILTER (WHERE x.kind = 'shop_payable' AND x.released), 0)::text AS released,
      coalesce(sum(-x.amount) FILTER (WHERE x.kind = 'shop_payable' AND NOT x.released), 0)::text AS pending,
      coalesce(sum(x.amount) FILTER (WHERE x.kind = 'shop_receivable'), 0)::text AS receivable,
      coalesce(sum(x.amount) FILTER (WHERE x.kind = 'shop_cod_cash'), 0)::text AS cod_cash
    FROM (
      SELECT a.kind, e.amount, ${released(sql.ref('t.order_id'))} AS released
        FROM ledger_accounts a
        JOIN ledger_entries e ON e.account_id = a.id
        JOIN ledger_transactions t ON t.id = e.transaction_id
       WHERE a.shop_id = ${shopId}
    ) x`.execute(db);
  const r = rows[0]!;
  const inFlight = await db
    .selectFrom('payouts')
    .select(sql<string>`coalesce(sum(amount), 0)::text`.as('sum'))
    .where('shop_id', '=', shopId)
    .where('status', 'in', ['pending', 'processing', 'sent'])
    .executeTakeFirstOrThrow();
  const rel = Number(r.released);
  const receivable = Number(r.receivable);
  const codCash = Number(r.cod_cash);
  return {
    shopId,
    available: rel - receivable - codCash,
    pending: Number(r.pending),
    released: rel,
    receivable,
    codCash,
    inFlight: Number(inFlight.sum),
  };
}

/** The next scheduled run after `now`: `weekday` (0 = Sunday) at `hour` in Dhaka (UTC+6). */
export function nextPayoutAt(weekday: number, hour: number, now = new Date()): Date {
  const dhaka = new Date(now.getTime() + 6 * 3600_000);
  const candidate = new Date(
    Date.UTC(dhaka.getUTCFullYear(), dhaka.getUTCMonth(), dhaka.getUTCDate(), hour) - 6 * 3600_000,
  );
  const days = (weekday - dhaka.getUTCDay() + 7) % 7;
  candidate.setTime(candidate.getTime() + days * 86_400_000);
  if (candidate.getTime() <= now.getTime()) candidate.setTime(candidate.getTime() + 7 * 86_400_000);
  return candidate;
}
