import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.ts';
import type { Executor } from '../../../platform/db/index.ts';
import { emitEvent } from '../../../platform/outbox.ts';
import { schedule } from '../../../platform/schedule.ts';
import { adjustStock } from '../stock.service.ts';
import { daysBetween, dhakaToday } from './batches.dates.ts';
import { lockVariantBatches } from './batches.stock.ts';

export const BATCH_EXPIRING_TOPIC = 'stock.batch_expiring';
/** Days before expiry at which the seller is told, once per batch and threshold. */
export const ALERT_THRESHOLDS = [60, 30] as const;

/**
 * Writes off every batch past its expiry date (Asia/Dhaka) that still holds units: the batch goes
 * to zero and the variant's stock drops by the same units with an `expiry` ledger entry, so the
 * shown stock matches what can be sold. One variant per transaction, under the variant lock: safe
 * with several workers and re-runs (a second pass finds nothing left to write off).
 */
export async function writeOffExpired(
  ctx: Pick<AppContext, 'db'>,
  today = dhakaToday(),
  chunk = 200,
): Promise<{ variants: number; units: number }> {
  const result = { variants: 0, units: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await sql<{ variant_id: string }>`
      SELECT DISTINCT variant_id FROM stock_batches
      WHERE quantity > 0 AND expiry_date < ${today}::date AND variant_id > ${after}::uuid
      ORDER BY variant_id LIMIT ${chunk}`.execute(ctx.db);
    if (rows.length === 0) return result;
    for (const { variant_id } of rows) {
      const units = await ctx.db
        .transaction()
        .execute((tx) => writeOffVariant(tx, variant_id, today));
      if (units > 0) {
        result.variants += 1;
        result.units += units;
      }
    }
    after = rows[rows.length - 1]!.variant_id;
  }
}

async function writeOffVariant(tx: Executor, variantId: string, today: string): Promise<number> {
  const locked = await lockVariantBatches(tx, variantId);
  if (!locked) return 0;
  const due = locked.batches.filter((b) => b.expiry_date < today);
  if (due.length === 0) return 0;
  const units = due.reduce((s, b) => s + b.quantity, 0);
  await tx
    .updateTable('stock_batches')
    .set({
      written_off_quantity: sql<number>`written_off_quantity + quantity`,
      quantity: 0,
      written_off_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
    })
    .where(
      'id',
      'in',
      due.map((b) => b.id),
    )
    .execute();
  const written = await adjustStock(tx, {
    variantId,
    delta: -units,
    reason: 'expiry',
    actorUserId: null,
    note: `expired: ${due.map((b) => `${b.batch_number ?? '—'} (exp ${b.expiry_date})`).join(', ')}`.slice(
      0,
      500,
    ),
  });
  if (!written.ok) throw new Error(`write-off of ${variantId} refused: batches exceed on_hand`);
  return units;
}

/**
 * Tells each seller about batches with units left that are within 60, then 30, days of expiry:
 * one `stock.batch_expiring` event per batch and threshold, whatever the number of runs or workers
 * (the alert row's primary key decides who sends, in the same transaction as the outbox row). A
 * batch first seen inside 30 days gets the 30-day alert only (the 60-day one is marked as passed).
 */
export async function sendExpiryAlerts(
  ctx: Pick<AppContext, 'db'>,
  today = dhakaToday(),
): Promise<number> {
  const horizon = Math.max(...ALERT_THRESHOLDS);
  const { rows } = await sql<{
    id: string;
    shop_id: string;
    product_id: string;
    variant_id: string;
    batch_number: string | null;
    expiry_date: string;
    quantity: number;
    product_name: string;
    sku: string;
  }>`
    SELECT b.id, b.shop_id, b.product_id, b.variant_id, b.batch_number,
           b.expiry_date::text AS expiry_date, b.quantity,
           coalesce(nullif(p.name_bn, ''), nullif(p.name_en, ''), v.sku) AS product_name, v.sku
    FROM stock_batches b
    JOIN products p ON p.id = b.product_id
    JOIN product_variants v ON v.id = b.variant_id
    WHERE b.quantity > 0 AND b.expiry_date >= ${today}::date
      AND b.expiry_date <= ${today}::date + ${horizon}::int
      AND NOT EXISTS (SELECT 1 FROM stock_batch_alerts a
                      WHERE a.batch_id = b.id AND a.threshold_days = ${Math.min(...ALERT_THRESHOLDS)})
    ORDER BY b.expiry_date, b.id`.execute(ctx.db);
  let sent = 0;
  for (const b of rows) {
    const daysLeft = daysBetween(today, b.expiry_date);
    const reached = ALERT_THRESHOLDS.filter((t) => daysLeft <= t);
    const threshold = Math.min(...reached);
    const notified = await ctx.db.transaction().execute(async (tx) => {
      const fresh = await tx
        .insertInto('stock_batch_alerts')
        .values({ batch_id: b.id, threshold_days: threshold, notified: true })
        .onConflict((oc) => oc.columns(['batch_id', 'threshold_days']).doNothing())
        .returning('batch_id')
        .executeTakeFirst();
      if (!fresh) return false;
      // Looser thresholds not yet sent are passed over: one alert, the most urgent one.
      for (const t of reached.filter((x) => x !== threshold)) {
        await tx
          .insertInto('stock_batch_alerts')
          .values({ batch_id: b.id, threshold_days: t, notified: false })
          .onConflict((oc) => oc.columns(['batch_id', 'threshold_days']).doNothing())
          .execute();
      }
      await emitEvent(tx, BATCH_EXPIRING_TOPIC, {
        shopId: b.shop_id,
        productId: b.product_id,
        productName: b.product_name,
        variantId: b.variant_id,
        sku: b.sku,
        batchId: b.id,
        batchNumber: b.batch_number,
        expiryDate: b.expiry_date,
        daysLeft,
        threshold,
        quantity: b.quantity,
      });
      return true;
    });
    if (notified) sent += 1;
  }
  return sent;
}

/**
 * Daily, just after midnight in Dhaka (18:05 UTC): the write-off of what expired, then the
 * near-expiry alerts. Reservation never waits for this: it skips expired batches by itself.
 */
export async function scheduleBatchJobs(ctx: AppContext) {
  await schedule(ctx, 'catalog.batch-expiry', { cron: '5 18 * * *' }, async () => {
    const written = await writeOffExpired(ctx);
    const alerts = await sendExpiryAlerts(ctx);
    if (written.units > 0 || alerts > 0)
      ctx.logger.info({ ...written, alerts }, 'batch expiry run');
  });
}
