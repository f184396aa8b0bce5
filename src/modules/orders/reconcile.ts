import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { schedule } from '../../platform/schedule.ts';
import type { PaymentGateway } from '../payments/index.ts';
import { reconcileAdvances } from './advance.service.ts';
import { recordResult } from './capture.service.ts';

/** Longest wait between two questions about one payment. */
const MAX_BACKOFF_MINUTES = 6 * 60;
/** Payments older than this are left to an admin (docs/reliability.md). */
const LOOKBACK_HOURS = 48;

export type ReconcileSummary = { checked: number; resolved: number; unresolved: number };

/**
 * Asks the provider about online payments that have no final answer PAYMENT_RECONCILE_AFTER_MINUTES
 * after they started: the callback timed out, brought an unreadable answer, or never came. Also
 * payments whose order expired or was cancelled before any answer (money may still have moved).
 *
 * - paid: captured through `recordResult`, the same idempotent path as callbacks (a payment whose
 *   order already expired is refunded or flagged there);
 * - failed / cancelled: recorded as such (the order is cancelled and its stock released);
 * - still pending, or no usable answer (timeout, garbage, rejected): left for a later run, asked
 *   again after a backoff (doubling, at most 6 h), logged and counted in
 *   haat_payment_reconciliations_total{outcome="pending"|"error"}.
 *
 * Each payment is claimed (its next check moved forward) before the provider is asked, so several
 * workers running this at once never ask about the same payment together.
 */
export async function reconcilePayments(
  ctx: AppContext,
  gateway: PaymentGateway,
  now = new Date(),
  batch = 50,
): Promise<ReconcileSummary> {
  const afterMinutes = ctx.config.PAYMENT_RECONCILE_AFTER_MINUTES;
  const summary: ReconcileSummary = { checked: 0, resolved: 0, unresolved: 0 };
  for (;;) {
    const claimed = await ctx.db.transaction().execute(async (tx) => {
      const due = await tx
        .selectFrom('payments')
        .select(['id', 'provider', 'merchant_txn_id', 'provider_ref', 'amount', 'status'])
        .where('raw', 'is', null)
        .where('provider', '<>', 'cod')
        .where('status', 'in', ['pending', 'cancelled'])
        .where('provider_ref', 'is not', null)
        .where(
          'created_at',
          '<=',
          sql<Date>`${now}::timestamptz - make_interval(mins => ${afterMinutes})`,
        )
        .where(
          'created_at',
          '>',
          sql<Date>`${now}::timestamptz - make_interval(hours => ${LOOKBACK_HOURS})`,
        )
        .where((eb) =>
          eb.or([eb('reconcile_next_at', 'is', null), eb('reconcile_next_at', '<=', now)]),
        )
        .orderBy('created_at')
        .limit(batch)
        .forUpdate()
        .skipLocked()
        .execute();
      if (due.length === 0) return due;
      // Claim them: the next check waits a backoff that doubles with every check, up to the cap.
      await tx
        .updateTable('payments')
        .set({
          reconcile_checks: sql<number>`reconcile_checks + 1`,
          reconcile_next_at: sql<Date>`${now}::timestamptz + make_interval(mins =>
            least(${afterMinutes} * power(2, reconcile_checks), ${MAX_BACKOFF_MINUTES})::int)`,
        })
        .where(
          'id',
          'in',
          due.map((p) => p.id),
        )
        .execute();
      return due;
    });
    for (const p of claimed) {
      summary.checked++;
      const outcome = await reconcileOne(ctx, gateway, p);
      ctx.metrics.business.paymentReconciliations.inc({ provider: p.provider, outcome });
      if (outcome === 'pending' || outcome === 'error') summary.unresolved++;
      else summary.resolved++;
    }
    if (claimed.length < batch) return summary;
  }
}

async function reconcileOne(
  ctx: AppContext,
  gateway: PaymentGateway,
  p: {
    id: string;
    provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
    merchant_txn_id: string;
    provider_ref: string | null;
    amount: number;
    status: string;
  },
): Promise<'paid' | 'failed' | 'cancelled' | 'pending' | 'error'> {
  const log = ctx.logger.child({ paymentId: p.id, provider: p.provider });
  try {
    const provider = await gateway.provider(p.provider);
    const result = await provider.query({
      merchantTxnId: p.merchant_txn_id,
      providerRef: p.provider_ref ?? '',
    });
    if (result.merchantTxnId !== p.merchant_txn_id) {
      log.warn(
        { got: result.merchantTxnId },
        'reconciliation: provider answered about another payment',
      );
      return 'error';
    }
    if (result.status === 'paid' && result.amountPoisha !== p.amount) {
      log.error(
        { got: result.amountPoisha },
        'reconciliation: paid amount differs; left for an admin',
      );
      return 'error';
    }
    if (result.status === 'pending') {
      log.info('reconciliation: still pending at the provider');
      return 'pending';
    }
    if (result.status !== 'paid' && p.status === 'cancelled') {
      // Order already closed and no money moved: keep the provider's word so we stop asking.
      await ctx.db
        .updateTable('payments')
        .set({ raw: JSON.stringify(result.raw ?? null), updated_at: sql`now()` })
        .where('id', '=', p.id)
        .where('raw', 'is', null)
        .execute();
      return result.status;
    }
    const status = await recordResult(ctx, gateway, p.id, result);
    log.info({ result: result.status, status }, 'reconciliation: payment resolved');
    return result.status;
  } catch (err) {
    log.warn({ err }, 'reconciliation: no usable answer from the provider; asking again later');
    return 'error';
  }
}

/** Every minute in the worker role, once per tick across all workers (platform scheduler). */
export async function scheduleReconciliation(
  ctx: AppContext,
  gateway: PaymentGateway,
  everyMs = 60_000,
) {
  await schedule(ctx, 'payments.reconcile', { everyMs }, async () => {
    await reconcilePayments(ctx, gateway);
    await reconcileAdvances(ctx, gateway);
  });
}
