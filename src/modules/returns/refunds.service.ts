import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { postPartialRefundPaid } from '../money/index.ts';
import {
  sendBkashPayout,
  type PaymentGateway,
  type PaymentProviderName,
} from '../payments/index.ts';
import { emitReturnEvent, type ReturnActor } from './returns.service.ts';
import { stepReturn } from './transitions.service.ts';

/** Pays a cash-on-delivery refund to the customer's bKash number (a disbursement). */
export type CodRefundSender = (input: {
  refundId: string;
  msisdn: string;
  amountPoisha: number;
}) => Promise<{ status: 'sent' | 'failed' | 'manual'; ref?: string }>;

/** Nobody sends it automatically; an admin pays it and marks it paid. */
export const manualCodRefund: CodRefundSender = async () => ({ status: 'manual' });

/**
 * The default: a bKash disbursement (B2C payout) to the customer's number, our invoice being the
 * refund's id (a retry asks bKash about that invoice before paying again). Where bKash is not set
 * up, the refund is left for an admin.
 */
export function bkashCodRefund(gateway: PaymentGateway): CodRefundSender {
  return async ({ refundId, msisdn, amountPoisha }) => {
    if (!gateway.usable('bkash')) return { status: 'manual' };
    const invoice = `RF${refundId.replace(/-/g, '').toUpperCase()}`;
    const out = await sendBkashPayout(gateway, {
      invoice,
      msisdn,
      amountPoisha,
      mayHaveBeenSent: true,
    });
    return out.status === 'paid' ? { status: 'sent', ref: out.trxID } : { status: 'failed' };
  };
}

const senders = new WeakMap<AppContext, CodRefundSender>();

/** Plugs in how COD refunds are paid (a bKash disbursement client); default manual. */
export function setCodRefundSender(ctx: AppContext, sender: CodRefundSender) {
  senders.set(ctx, sender);
}

const system: ReturnActor = { id: null, role: 'system' };

/**
 * Pays a refund written at the check (after that transaction committed): through the original
 * provider, to the customer's bKash number for cash on delivery, or flagged for an admin (Nagad,
 * a provider without a transaction, or an error). Only a `pending` refund is acted on.
 */
export async function executeRefund(ctx: AppContext, gateway: PaymentGateway, refundId: string) {
  const f = await ctx.db
    .selectFrom('payment_refunds as f')
    .innerJoin('returns_payments as p', 'p.id', 'f.payment_id')
    .select([
      'f.id',
      'f.return_id',
      'f.amount',
      'f.method',
      'f.msisdn',
      'f.provider_refund_id',
      'p.provider',
      'p.merchant_txn_id',
      'p.provider_ref',
      'p.provider_txn_id',
    ])
    .where('f.id', '=', refundId)
    .where('f.status', '=', 'pending')
    .executeTakeFirst();
  if (!f) return null;
  if (f.method === 'manual') return setOutcome(ctx, refundId, 'manual', 'no refund API');
  if (f.method === 'bkash_number') {
    const send = senders.get(ctx) ?? bkashCodRefund(gateway);
    let sent;
    try {
      sent = await send({ refundId, msisdn: f.msisdn!, amountPoisha: f.amount });
    } catch (error) {
      return setOutcome(ctx, refundId, 'failed', (error as Error).message);
    }
    if (sent.status === 'sent') return confirmRefund(ctx, refundId, sent.ref ?? null, system);
    return setOutcome(ctx, refundId, sent.status, sent.status === 'manual' ? 'pay by hand' : null);
  }
  if (!f.provider_ref || !f.provider_txn_id) {
    return setOutcome(ctx, refundId, 'manual', 'no provider transaction to refund');
  }
  let outcome;
  try {
    const provider = await gateway.provider(f.provider as PaymentProviderName);
    outcome = await provider.refund({
      merchantTxnId: f.merchant_txn_id,
      providerRef: f.provider_ref,
      providerTxnId: f.provider_txn_id,
      amountPoisha: f.amount,
      reason: 'items returned',
      refundId: f.provider_refund_id,
    });
  } catch (error) {
    ctx.logger.warn({ err: error, refundId }, 'partial refund failed; left for an admin');
    return setOutcome(ctx, refundId, 'failed', (error as Error).message);
  }
  if (outcome.status === 'manual') return setOutcome(ctx, refundId, 'manual', 'no refund API');
  if (outcome.status === 'processing') {
    await ctx.db
      .updateTable('payment_refunds')
      .set({ provider_ref: outcome.refundRef ?? null, updated_at: sql`now()` })
      .where('id', '=', refundId)
      .execute();
    return 'pending' as const;
  }
  return confirmRefund(ctx, refundId, outcome.refundRef ?? null, system);
}

/**
 * Refunds a provider accepted but has not settled yet (SSLCommerz answers "processing"): asks the
 * provider again and confirms those it settled. Run on a schedule by the worker; idempotent.
 */
export async function followUpRefunds(ctx: AppContext, gateway: PaymentGateway, limit = 50) {
  const open = await ctx.db
    .selectFrom('payment_refunds as f')
    .innerJoin('returns_payments as p', 'p.id', 'f.payment_id')
    .select(['f.id', 'f.provider_ref', 'p.provider'])
    .where('f.status', '=', 'pending')
    .where('f.method', '=', 'provider')
    .where('f.provider_ref', 'is not', null)
    .orderBy('f.updated_at')
    .limit(limit)
    .execute();
  let settled = 0;
  for (const f of open) {
    try {
      const provider = (await gateway.provider(f.provider as PaymentProviderName)) as {
        refundStatus?: (ref: string) => Promise<{ status: string; refundRef?: string }>;
      };
      if (!provider.refundStatus) continue;
      const answer = await provider.refundStatus(f.provider_ref!);
      if (answer.status === 'refunded') {
        await confirmRefund(ctx, f.id, answer.refundRef ?? f.provider_ref, system);
        settled += 1;
      } else {
        await ctx.db
          .updateTable('payment_refunds')
          .set({ updated_at: sql`now()` })
          .where('id', '=', f.id)
          .execute();
      }
    } catch (error) {
      ctx.logger.warn(
        { err: error, refundId: f.id },
        'refund status check failed; tried again later',
      );
    }
  }
  return settled;
}

/** The refund could not be paid automatically: flagged for an admin, the return says so. */
async function setOutcome(
  ctx: AppContext,
  refundId: string,
  status: 'manual' | 'failed',
  why: string | null,
) {
  await ctx.db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('payment_refunds')
      .set({ status, failure: why?.slice(0, 500) ?? null, updated_at: sql`now()` })
      .where('id', '=', refundId)
      .where('status', '=', 'pending')
      .returning('return_id')
      .executeTakeFirst();
    if (!row?.return_id) return;
    const to = status === 'manual' ? 'refund_manual' : 'refund_failed';
    await stepReturn(tx, row.return_id, to, system, why);
    await emitReturnEvent(tx, row.return_id, null);
  });
  return status;
}

/**
 * The money went back: the refund is paid (once: a replay finds it paid and does nothing), the
 * ledger posts `refund.partial_paid`, the return moves to `refunded`.
 */
async function confirmRefund(
  ctx: AppContext,
  refundId: string,
  ref: string | null,
  actor: ReturnActor,
  alsoInTx?: (tx: Executor) => Promise<void>,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('payment_refunds')
      .set({
        status: 'refunded',
        provider_ref: ref,
        refunded_at: sql`now()`,
        updated_at: sql`now()`,
        paid_by: actor.id,
      })
      .where('id', '=', refundId)
      .where('status', 'in', ['pending', 'manual', 'failed'])
      .returning(['payment_id', 'return_id'])
      .executeTakeFirst();
    if (!row) return 'refunded' as const;
    await postPartialRefundPaid(tx, { refundId, paymentId: row.payment_id });
    if (row.return_id) {
      await stepReturn(tx, row.return_id, 'refunded', actor, ref ? `ref ${ref}` : null);
      await emitReturnEvent(tx, row.return_id, null);
    }
    await alsoInTx?.(tx);
    return 'refunded' as const;
  });
}

/** An admin paid a manual or failed refund by hand (audited `refund.issued`). */
export async function markRefundPaid(
  ctx: AppContext,
  actor: AuditActor,
  refundId: string,
  reference: string,
) {
  const f = await ctx.db
    .selectFrom('payment_refunds')
    .select(['id', 'status', 'amount', 'return_id'])
    .where('id', '=', refundId)
    .executeTakeFirst();
  if (!f) throw new AppError('REFUND_NOT_FOUND');
  if (f.status !== 'manual' && f.status !== 'failed') {
    throw new AppError('REFUND_NOT_PAYABLE', { status: f.status });
  }
  await confirmRefund(ctx, refundId, reference, { id: actor.actorId, role: 'admin' }, (tx) =>
    audit(tx, {
      ...actor,
      action: 'refund.issued',
      targetType: 'payment_refund',
      targetId: refundId,
      details: { amount: f.amount, reference, returnId: f.return_id },
    }),
  );
  return refundView(ctx, refundId);
}

export async function refundView(ctx: AppContext, refundId: string) {
  const f = await ctx.db
    .selectFrom('payment_refunds as f')
    .innerJoin('returns_payments as p', 'p.id', 'f.payment_id')
    .selectAll('f')
    .select(['p.provider', 'p.order_id'])
    .where('f.id', '=', refundId)
    .executeTakeFirst();
  if (!f) throw new AppError('REFUND_NOT_FOUND');
  return {
    id: f.id,
    paymentId: f.payment_id,
    orderId: f.order_id,
    returnId: f.return_id,
    provider: f.provider,
    amount: f.amount,
    method: f.method,
    msisdn: f.msisdn,
    status: f.status,
    providerRef: f.provider_ref,
    failure: f.failure,
    createdAt: f.created_at.toISOString(),
    refundedAt: f.refunded_at?.toISOString() ?? null,
  };
}

/** Admins' queue of refunds to pay by hand (?status=manual|failed|pending|refunded). */
export async function listRefunds(ctx: AppContext, status: string | undefined) {
  let q = ctx.db
    .selectFrom('payment_refunds')
    .select('id')
    .orderBy('created_at', 'desc')
    .limit(200);
  if (status) q = q.where('status', '=', status as 'manual');
  const rows = await q.execute();
  return { items: await Promise.all(rows.map((r) => refundView(ctx, r.id))) };
}
