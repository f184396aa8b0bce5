import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { schedule } from '../../platform/schedule.ts';
import { REFILL_LEAD_DAYS } from './refills.service.ts';

export const REFILL_DUE_TOPIC = 'refill.due';
/** A reminder due longer ago than this (the worker was down for days) is dropped, not sent late. */
export const REFILL_STALE_DAYS = 7;

/**
 * Sends every refill reminder that is due at `now`: one `refill.due` event per reminder, in the
 * same transaction that marks it sent. The conditional update (sent_at IS NULL, not opted out) is
 * the claim: with several workers or a re-run, only one transaction sends it, and an opt-out
 * committed first stops it.
 */
export async function sendDueRefills(
  ctx: Pick<AppContext, 'db'>,
  now: Date = new Date(),
  chunk = 200,
): Promise<number> {
  const stale = new Date(now.getTime() - REFILL_STALE_DAYS * 86_400_000);
  let sent = 0;
  for (;;) {
    const claimed = await ctx.db.transaction().execute(async (tx) => {
      const { rows } = await sql<{
        id: string;
        customer_id: string;
        remind_at: Date;
        shop_id: string;
        product_id: string;
        name: string;
      }>`
        UPDATE refill_reminders r SET sent_at = ${now}, updated_at = now()
        FROM order_items i, orders o
        WHERE i.id = r.order_item_id AND o.id = i.order_id
          AND r.id IN (SELECT id FROM refill_reminders
                       WHERE sent_at IS NULL AND opted_out_at IS NULL
                         AND remind_at <= ${now} AND remind_at > ${stale}
                       ORDER BY remind_at, id LIMIT ${chunk}
                       FOR UPDATE SKIP LOCKED)
          AND r.sent_at IS NULL AND r.opted_out_at IS NULL
        RETURNING r.id, r.customer_id, r.remind_at, o.shop_id, i.product_id, i.name`.execute(tx);
      for (const r of rows) {
        const runsOut = new Date(r.remind_at.getTime() + REFILL_LEAD_DAYS * 86_400_000);
        await emitEvent(tx, REFILL_DUE_TOPIC, {
          reminderId: r.id,
          customerId: r.customer_id,
          shopId: r.shop_id,
          productId: r.product_id,
          productName: r.name,
          runsOutOn: dhakaDate(runsOut),
        });
      }
      return rows.length;
    });
    sent += claimed;
    if (claimed < chunk) return sent;
  }
}

/** The calendar date in Asia/Dhaka (UTC+6, no daylight saving). */
function dhakaDate(at: Date): string {
  return new Date(at.getTime() + 6 * 3_600_000).toISOString().slice(0, 10);
}

/** Hourly, so a reminder goes out within the hour it falls due. */
export async function scheduleRefillJobs(ctx: AppContext) {
  await schedule(ctx, 'prescriptions.refill-reminders', { cron: '17 * * * *' }, async () => {
    const sent = await sendDueRefills(ctx);
    if (sent > 0) ctx.logger.info({ sent }, 'refill reminders sent');
  });
}
