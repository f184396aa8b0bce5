import { sql } from 'kysely';
import { publicUrl } from '../../platform/config.ts';
import type { AppContext } from '../../platform/context.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { schedule } from '../../platform/schedule.ts';
import { DEFAULT_QUIET, optOutToken } from './reminders.settings.ts';

export const BAG_REMINDER_TOPIC = 'cart.reminder';
/** A bag untouched longer than this is old news: it is not reminded at all. */
export const BAG_REMINDER_MAX_AGE_DAYS = 7;

/** Minutes after midnight in Asia/Dhaka (UTC+6, no daylight saving). */
function dhakaMinute(at: Date): number {
  const d = new Date(at.getTime() + 6 * 3_600_000);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
}

type Candidate = { customer_id: string; bag_state: string; item_count: number };

/**
 * Sends the reminders due at `now`: one per abandoned bag (untouched `BAG_REMINDER_IDLE_HOURS`,
 * not older than a week), never twice for the same lines, never to a customer who opted out, and
 * never in the customer's quiet hours: such a bag is not picked, and a tick after they end takes
 * it (the filter is in the query, so a night's backlog never crowds out customers awake now).
 * The upsert on bag_reminders that only writes a new bag state is the claim: with several
 * workers or a re-run, one transaction sends it, with its outbox event.
 */
export async function sendBagReminders(
  ctx: Pick<AppContext, 'db' | 'config' | 'jwtSecret'>,
  now: Date = new Date(),
): Promise<number> {
  const idleSince = new Date(now.getTime() - ctx.config.BAG_REMINDER_IDLE_HOURS * 3_600_000);
  const oldest = new Date(now.getTime() - BAG_REMINDER_MAX_AGE_DAYS * 86_400_000);
  const minute = dhakaMinute(now);
  const { rows } = await sql<Candidate>`
    SELECT b.customer_id, b.bag_state, b.item_count::int AS item_count
    FROM (
      SELECT customer_id, count(*) AS item_count, max(updated_at) AS last_touched,
             md5(string_agg(variant_id::text || ':' || quantity, ',' ORDER BY variant_id)) AS bag_state
      FROM cart_items GROUP BY customer_id
    ) b
    JOIN users u ON u.id = b.customer_id
    LEFT JOIN bag_reminder_settings s ON s.user_id = b.customer_id
    LEFT JOIN bag_reminders r ON r.customer_id = b.customer_id
    CROSS JOIN LATERAL (SELECT coalesce(s.quiet_from, ${DEFAULT_QUIET.from}) AS q_from,
                               coalesce(s.quiet_to, ${DEFAULT_QUIET.to}) AS q_to) q
    WHERE b.last_touched <= ${idleSince} AND b.last_touched > ${oldest}
      AND u.role = 'customer' AND u.disabled_at IS NULL AND u.deleted_at IS NULL
      AND s.opted_out_at IS NULL
      AND (r.bag_state IS NULL OR r.bag_state <> b.bag_state)
      -- not in quiet hours: none when from = to; a span may run past midnight (22:00-08:00)
      AND NOT CASE
        WHEN q.q_from = q.q_to THEN false
        WHEN q.q_from < q.q_to THEN ${minute} >= q.q_from AND ${minute} < q.q_to
        ELSE ${minute} >= q.q_from OR ${minute} < q.q_to
      END
    ORDER BY b.last_touched, b.customer_id
    LIMIT 500`.execute(ctx.db);

  let sent = 0;
  const base = publicUrl(ctx.config).replace(/\/+$/, '');
  for (const c of rows) {
    const claimed = await ctx.db.transaction().execute(async (tx) => {
      // Opted out since the read, or already sent by another worker: no row comes back.
      const { rows: won } = await sql`
        INSERT INTO bag_reminders (customer_id, bag_state, sent_at)
        SELECT ${c.customer_id}, ${c.bag_state}, ${now}
        WHERE NOT EXISTS (SELECT 1 FROM bag_reminder_settings
                          WHERE user_id = ${c.customer_id} AND opted_out_at IS NOT NULL)
        ON CONFLICT (customer_id) DO UPDATE SET bag_state = EXCLUDED.bag_state, sent_at = EXCLUDED.sent_at
          WHERE bag_reminders.bag_state <> EXCLUDED.bag_state
        RETURNING customer_id`.execute(tx);
      if (won.length === 0) return false;
      await emitEvent(tx, BAG_REMINDER_TOPIC, {
        customerId: c.customer_id,
        itemCount: c.item_count,
        optOutUrl: `${base}/bag-reminders/off?token=${optOutToken(ctx, c.customer_id)}`,
      });
      return true;
    });
    if (claimed) sent += 1;
  }
  return sent;
}

/** Every quarter hour: a bag is reminded within 15 minutes of falling idle (or of quiet hours ending). */
export async function scheduleBagReminders(ctx: AppContext) {
  await schedule(ctx, 'cart.bag-reminders', { cron: '*/15 * * * *' }, async () => {
    const sent = await sendBagReminders(ctx);
    if (sent > 0) ctx.logger.info({ sent }, 'bag reminders sent');
  });
}
