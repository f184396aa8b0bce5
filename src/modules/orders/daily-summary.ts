import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { emitEvent } from '../../platform/outbox.ts';

export const DAILY_SUMMARY_TOPIC = 'seller.daily_summary';

/** The calendar day in Asia/Dhaka (UTC+6, no daylight saving) that `now` falls in, as [start, end). */
export function dhakaDay(now: Date): { date: string; start: Date; end: Date } {
  const offsetMs = 6 * 60 * 60 * 1000;
  const local = new Date(now.getTime() + offsetMs);
  const date = local.toISOString().slice(0, 10);
  const start = new Date(Date.parse(`${date}T00:00:00Z`) - offsetMs);
  return { date, start, end: new Date(start.getTime() + 24 * 60 * 60 * 1000) };
}

export type DayFigures = { shopId: string; placed: number; delivered: number; sales: number };

/**
 * Per shop, for [start, end): orders placed (past payment), orders delivered and the value of those
 * deliveries. Only shops with something that day; one shop when `shopId` is given.
 */
export async function dayFigures(
  db: Executor,
  { start, end }: { start: Date; end: Date },
  shopId?: string,
): Promise<DayFigures[]> {
  const oneShop = shopId ? sql`AND o.shop_id = ${shopId}` : sql``;
  const { rows } = await sql<DayFigures>`
    WITH placed AS (
      SELECT o.shop_id, count(DISTINCT o.id)::int AS n
      FROM order_events e JOIN orders o ON o.id = e.order_id
      WHERE e.to_status = 'placed' AND e.created_at >= ${start} AND e.created_at < ${end} ${oneShop}
      GROUP BY o.shop_id
    ), delivered AS (
      SELECT o.shop_id, count(DISTINCT o.id)::int AS n, sum(o.total)::bigint AS sales
      FROM order_events e JOIN orders o ON o.id = e.order_id
      WHERE e.to_status = 'delivered' AND e.created_at >= ${start} AND e.created_at < ${end} ${oneShop}
      GROUP BY o.shop_id
    )
    SELECT coalesce(p.shop_id, d.shop_id) AS "shopId", coalesce(p.n, 0) AS placed,
           coalesce(d.n, 0) AS delivered, coalesce(d.sales, 0)::float8 AS sales
    FROM placed p FULL JOIN delivered d ON d.shop_id = p.shop_id`.execute(db);
  return rows;
}

/**
 * Emits one `seller.daily_summary` per shop that had orders placed or delivered on the Dhaka day of
 * `now` (see `dayFigures`). Safe to run twice for a day (a retried tick): a shop's summary for a
 * date is emitted once.
 */
export async function emitDailySummaries(ctx: AppContext, now = new Date()): Promise<number> {
  const day = dhakaDay(now);
  return ctx.db.transaction().execute(async (tx) => {
    // One tick at a time per day, so two workers cannot both see "not yet emitted".
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`daily-summary:${day.date}`}))`.execute(tx);
    const emitted = await tx
      .selectFrom('outbox_events')
      .select(sql<string>`payload->>'shopId'`.as('shopId'))
      .where('topic', '=', DAILY_SUMMARY_TOPIC)
      .where(sql<string>`payload->>'date'`, '=', day.date)
      .execute();
    const done = new Set(emitted.map((e) => e.shopId));
    const rows = (await dayFigures(tx, day)).filter((r) => !done.has(r.shopId));
    for (const row of rows) {
      await emitEvent(tx, DAILY_SUMMARY_TOPIC, {
        shopId: row.shopId,
        date: day.date,
        ordersPlaced: row.placed,
        ordersDelivered: row.delivered,
        salesPoisha: row.sales,
      });
    }
    return rows.length;
  });
}
