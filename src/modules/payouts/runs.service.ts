import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { sendBkashPayout, type PaymentGateway } from '../payments/index.ts';
import { availableForPayout } from './available.ts';
import { destinationOf, findMethod } from './methods.service.ts';
import { postPayoutFailed, postPayoutInitiated, postPayoutPaid } from './postings.ts';
import { getRun } from './runs.read.ts';

export type StartRun = {
  key: string;
  minimum?: number;
  shopIds?: string[];
  trigger: 'manual' | 'schedule';
};

/** How long one worker holds a bKash payout while it asks bKash (then another may ask again). */
const LEASE = '2 minutes';

/** The invoice bKash sees (merchantInvoiceNumber): the payout id, alphanumeric. */
export const invoiceOf = (payoutId: string) => `PO${payoutId.replaceAll('-', '')}`;

/**
 * POST /admin/payout-runs: one run per key. Creating it (under one lock, so two runs never see the
 * same money) writes one payout per shop whose available amount reaches the minimum and posts
 * `payout.initiated` for each; then the bKash payouts are sent. The same key again returns the run
 * (and finishes any payout of it whose answer was lost), never a second payment.
 */
export async function startRun(
  ctx: AppContext,
  gateway: PaymentGateway,
  actor: AuditActor,
  input: StartRun,
) {
  const minimum = input.minimum ?? ctx.config.PAYOUT_MINIMUM;
  const shopIds = input.shopIds ? [...new Set(input.shopIds)].sort() : null;
  const { runId, replayed } = await ctx.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('payout_runs'))`.execute(tx);
    const existing = await tx
      .selectFrom('payout_runs')
      .select(['id', 'minimum', 'shop_ids'])
      .where('key', '=', input.key)
      .executeTakeFirst();
    if (existing) {
      const same =
        existing.minimum === minimum &&
        JSON.stringify(existing.shop_ids ? [...existing.shop_ids].sort() : null) ===
          JSON.stringify(shopIds);
      if (!same) throw new AppError('PAYOUT_RUN_KEY_REUSED');
      return { runId: existing.id, replayed: true };
    }
    const run = await tx
      .insertInto('payout_runs')
      .values({
        key: input.key,
        trigger: input.trigger,
        minimum,
        shop_ids: shopIds,
        created_by: actor.actorId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const skipped = await createPayouts(tx, run.id, minimum, shopIds, actor.actorId);
    await tx
      .updateTable('payout_runs')
      .set({ skipped: JSON.stringify(skipped) })
      .where('id', '=', run.id)
      .execute();
    await audit(tx, {
      ...actor,
      action: 'payout.run_started',
      targetType: 'payout_run',
      targetId: run.id,
      details: { key: input.key, minimum, shopIds, trigger: input.trigger },
    });
    return { runId: run.id, replayed: false };
  });
  await payRun(ctx, gateway, runId);
  return { ...(await getRun(ctx.db, runId)), replayed };
}

async function createPayouts(
  tx: Executor,
  runId: string,
  minimum: number,
  shopIds: string[] | null,
  createdBy: string | null,
) {
  const candidates = shopIds
    ? shopIds
    : (
        await tx
          .selectFrom('ledger_accounts')
          .select('shop_id')
          .where('kind', '=', 'shop_payable')
          .orderBy('shop_id')
          .execute()
      ).map((r) => r.shop_id!);
  const skipped: { shopId: string; reason: string; available: number }[] = [];
  for (const shopId of candidates) {
    const a = await availableForPayout(tx, shopId);
    if (a.available < minimum) continue;
    const method = await findMethod(tx, shopId);
    if (!method) {
      skipped.push({ shopId, reason: 'no_payout_method', available: a.available });
      continue;
    }
    const inFlight = await tx
      .selectFrom('payouts')
      .select('id')
      .where('shop_id', '=', shopId)
      .where('status', 'in', ['pending', 'processing', 'sent'])
      .executeTakeFirst();
    if (inFlight) {
      skipped.push({ shopId, reason: 'payout_in_flight', available: a.available });
      continue;
    }
    const id = randomUUID();
    const payout = await tx
      .insertInto('payouts')
      .values({
        id,
        run_id: runId,
        shop_id: shopId,
        invoice: invoiceOf(id),
        amount: a.available,
        method: method.kind,
        destination: JSON.stringify(destinationOf(method)),
        // bKash payouts are sent right after; bank payouts go out in the run's BEFTN file.
        status: method.kind === 'bkash' ? 'pending' : 'sent',
      })
      .returning(['id', 'shop_id', 'amount', 'method'])
      .executeTakeFirstOrThrow();
    await postPayoutInitiated(tx, payout, createdBy);
  }
  return skipped;
}

/** Sends the run's bKash payouts not yet answered (each at most once at a time, across processes). */
export async function payRun(ctx: AppContext, gateway: PaymentGateway, runId: string) {
  const open = await ctx.db
    .selectFrom('payouts')
    .select('id')
    .where('run_id', '=', runId)
    .where('method', '=', 'bkash')
    .where('status', 'in', ['pending', 'processing'])
    .orderBy('created_at')
    .execute();
  for (const p of open) await payOne(ctx, gateway, p.id);
}

/**
 * One bKash payout: claimed with a lease (no other process sends it meanwhile); a payout tried
 * before (its answer lost: a crash, a timeout) is first looked up at bKash by its invoice, so it is
 * never sent twice. An unknown outcome leaves it `processing` for the next attempt.
 */
export async function payOne(ctx: AppContext, gateway: PaymentGateway, payoutId: string) {
  const claimed = await ctx.db
    .updateTable('payouts')
    .set({
      status: 'processing',
      attempts: sql`attempts + 1`,
      lease_until: sql`now() + ${LEASE}::interval`,
      updated_at: new Date(),
    })
    .where('id', '=', payoutId)
    .where('method', '=', 'bkash')
    .where('status', 'in', ['pending', 'processing'])
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`now()`)]))
    .returning(['id', 'shop_id', 'amount', 'method', 'invoice', 'destination', 'attempts'])
    .executeTakeFirst();
  if (!claimed) return;
  const dest = claimed.destination;
  if (dest.kind !== 'bkash') return;
  let outcome;
  try {
    outcome = await sendBkashPayout(gateway, {
      invoice: claimed.invoice,
      msisdn: dest.msisdn,
      amountPoisha: claimed.amount,
      mayHaveBeenSent: claimed.attempts > 1,
    });
  } catch (err) {
    ctx.logger.warn({ err, payoutId }, 'payout outcome unknown: will ask bKash again');
    await ctx.db
      .updateTable('payouts')
      .set({ lease_until: null, updated_at: new Date() })
      .where('id', '=', payoutId)
      .where('status', '=', 'processing')
      .execute();
    return;
  }
  if (outcome.status === 'paid' && outcome.amountPoisha !== claimed.amount) {
    ctx.logger.error({ payoutId, outcome }, 'bKash paid another amount than the payout');
  }
  await ctx.db.transaction().execute(async (tx) => {
    const still = await tx
      .selectFrom('payouts')
      .select('status')
      .where('id', '=', payoutId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (still.status !== 'processing') return;
    if (outcome.status === 'paid') {
      await tx
        .updateTable('payouts')
        .set({
          status: 'paid',
          provider_txn_id: outcome.trxID,
          fee: outcome.feePoisha,
          lease_until: null,
          settled_at: new Date(),
          updated_at: new Date(),
        })
        .where('id', '=', payoutId)
        .execute();
      await postPayoutPaid(tx, claimed, outcome.trxID);
    } else {
      await tx
        .updateTable('payouts')
        .set({
          status: 'failed',
          failure_reason: outcome.reason.slice(0, 500),
          lease_until: null,
          settled_at: new Date(),
          updated_at: new Date(),
        })
        .where('id', '=', payoutId)
        .execute();
      await postPayoutFailed(tx, claimed, outcome.reason);
    }
  });
}

/**
 * Every bKash payout left without an answer (a crash, a timeout) for five minutes, asked about
 * again (a replay of its run's key asks at once).
 */
export async function resumeOpenPayouts(ctx: AppContext, gateway: PaymentGateway) {
  const open = await ctx.db
    .selectFrom('payouts')
    .select('id')
    .where('method', '=', 'bkash')
    .where('status', 'in', ['pending', 'processing'])
    .where('updated_at', '<', sql<Date>`now() - interval '5 minutes'`)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`now()`)]))
    .limit(500)
    .execute();
  for (const p of open) await payOne(ctx, gateway, p.id);
  return open.length;
}

/** An admin records the bank's answer for one line of a BEFTN file: paid, or failed (credited back). */
export async function settleBankPayout(
  db: Executor,
  actor: AuditActor,
  payoutId: string,
  body: { outcome: 'paid' | 'failed'; reference?: string; reason?: string },
) {
  await db.transaction().execute(async (tx) => {
    const p = await tx
      .selectFrom('payouts')
      .select(['id', 'shop_id', 'amount', 'method', 'status', 'run_id'])
      .where('id', '=', payoutId)
      .forUpdate()
      .executeTakeFirst();
    if (!p) throw new AppError('PAYOUT_NOT_FOUND');
    if (p.method !== 'bank' || p.status !== 'sent') throw new AppError('PAYOUT_NOT_SETTLEABLE');
    const reference = body.reference?.normalize('NFC').trim() || null;
    const reason = body.reason?.normalize('NFC').trim() || 'returned by the bank';
    await tx
      .updateTable('payouts')
      .set({
        status: body.outcome,
        provider_txn_id: reference,
        failure_reason: body.outcome === 'failed' ? reason.slice(0, 500) : null,
        settled_at: new Date(),
        updated_at: new Date(),
      })
      .where('id', '=', payoutId)
      .execute();
    if (body.outcome === 'paid') await postPayoutPaid(tx, p, reference);
    else await postPayoutFailed(tx, p, reason);
    await audit(tx, {
      ...actor,
      action: body.outcome === 'paid' ? 'payout.settled' : 'payout.failed',
      targetType: 'payout',
      targetId: payoutId,
      details: { amount: p.amount, shopId: p.shop_id, reference, reason: body.reason ?? null },
    });
  });
  const row = await db
    .selectFrom('payouts')
    .select('run_id')
    .where('id', '=', payoutId)
    .executeTakeFirstOrThrow();
  return getRun(db, row.run_id);
}
