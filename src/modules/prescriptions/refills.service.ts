import { sql } from 'kysely';
import { z } from 'zod';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { keyPart, keysetCursor } from '../../platform/http/cursor.ts';
import { isBuyer } from './prescriptions.policy.ts';

/**
 * Refill reminders: on a delivered line of a medicine, the buyer opts in with the days one pack
 * lasts; the reminder is due two days before the line's packs run out:
 *   remind_at = delivered_at + quantity × daysPerPack − REFILL_LEAD_DAYS.
 * The job (refills.jobs.ts) sends it once.
 */

export const REFILL_LEAD_DAYS = 2;
const DAY_MS = 86_400_000;
/** Without a better clue a pack is taken to last this long. */
const FALLBACK_DAYS = 30;
/** The usual strip of tablets or capsules in Bangladesh. */
const STRIP_UNITS = 10;

const listCursor = keysetCursor(z.tuple([keyPart.pgTimestamp, keyPart.id]));

type Line = {
  order_id: string;
  item_id: number;
  customer_id: string;
  status: string;
  shop_id: string;
  product_id: string;
  name: string;
  variant_label: string | null;
  quantity: number;
  kind: string;
  unit: string;
  medicine_id: string | null;
  dosage_form: string | null;
  master_form: string | null;
  pack_qty: number | null;
  delivered_at: Date | null;
};

/** A count of units written in a name or pack label: "10 tablets", "x 30", "30's", "১০টি". */
const COUNT =
  /(?:^|[^\d০-৯])([\d০-৯]{1,3})\s*(?:'s|’s|টি|pcs|tabs?|tablets?|caps?|capsules?|ট্যাবলেট|ক্যাপসুল)(?![a-z])|(?:\bx|×)\s*([\d০-৯]{1,3})\b/i;
const bnDigits = (s: string) => s.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6));

/**
 * The prefilled days per pack, taking one tablet or capsule a day: a count of units in the pack
 * label or the name ("10 tablets", "x 30", "30's"); else a strip → 10 days; else the master entry's
 * pack size for tablets and capsules; else 30 days (syrups, creams, …). The customer can change it.
 */
export function defaultDaysPerPack(line: {
  name: string;
  variant_label: string | null;
  unit: string;
  dosage_form: string | null;
  master_form?: string | null;
  pack_qty?: number | null;
}): number {
  const form = (line.dosage_form ?? line.master_form ?? '').toLowerCase();
  const solid = form === '' || /tablet|capsule/.test(form);
  if (solid) {
    for (const text of [line.variant_label, line.name]) {
      const m = text ? COUNT.exec(text) : null;
      const n = m ? Number(bnDigits(m[1] ?? m[2] ?? '')) : 0;
      if (n >= 1 && n <= 365) return n;
    }
    if (line.unit === 'strip') return STRIP_UNITS;
    if (line.pack_qty && line.pack_qty >= 1 && line.pack_qty <= 365) return line.pack_qty;
  }
  return FALLBACK_DAYS;
}

/** The reminder date of a line: its packs' end less the lead time. */
export function remindAtOf(deliveredAt: Date, quantity: number, daysPerPack: number): Date {
  return new Date(deliveredAt.getTime() + (quantity * daysPerPack - REFILL_LEAD_DAYS) * DAY_MS);
}

async function findLine(db: Executor, orderId: string, itemId: number): Promise<Line | undefined> {
  const { rows } = await sql<Line>`
    SELECT o.id AS order_id, i.id AS item_id, o.customer_id, o.status, o.shop_id, i.product_id,
           i.name, i.variant_label, i.quantity, p.kind, p.unit, p.medicine_id,
           p.attributes->>'dosageForm' AS dosage_form, m.dosage_form AS master_form, m.pack_qty,
           (SELECT max(e.created_at) FROM order_events e
             WHERE e.order_id = o.id AND e.to_status = 'delivered') AS delivered_at
    FROM order_items i
    JOIN orders o ON o.id = i.order_id
    JOIN products p ON p.id = i.product_id
    LEFT JOIN medicines m ON m.id = p.medicine_id
    WHERE o.id = ${orderId}::uuid AND i.id = ${itemId}`.execute(db);
  return rows[0];
}

/** The buyer's line; anyone else, or a line not in this order, gets 404. */
async function ownLine(db: Executor, user: AuthUser, orderId: string, itemId: number) {
  const line = await findLine(db, orderId, itemId);
  if (!line || !isBuyer(user, line)) throw new AppError('ORDER_NOT_FOUND');
  return line;
}

function assertEligible(line: Line): asserts line is Line & { delivered_at: Date } {
  if (line.kind !== 'medicine' && !line.medicine_id) throw new AppError('REFILL_NOT_MEDICINE');
  if (line.status !== 'delivered' || !line.delivered_at)
    throw new AppError('REFILL_NOT_DELIVERED', { status: line.status });
}

type ReminderRow = {
  id: string;
  days_per_pack: number;
  remind_at: Date;
  sent_at: Date | null;
  opted_out_at: Date | null;
};

function present(line: Line, reminder: ReminderRow | undefined) {
  const active = !!reminder && !reminder.opted_out_at;
  return {
    orderId: line.order_id,
    itemId: Number(line.item_id),
    productId: line.product_id,
    name: line.name,
    quantity: line.quantity,
    eligible: (line.kind === 'medicine' || !!line.medicine_id) && line.status === 'delivered',
    defaultDaysPerPack: defaultDaysPerPack(line),
    active,
    daysPerPack: active ? reminder.days_per_pack : null,
    remindAt: active ? reminder.remind_at.toISOString() : null,
    sentAt: active && reminder.sent_at ? reminder.sent_at.toISOString() : null,
  };
}

const reminderOf = (db: Executor, itemId: number) =>
  db
    .selectFrom('refill_reminders')
    .select(['id', 'days_per_pack', 'remind_at', 'sent_at', 'opted_out_at'])
    .where('order_item_id', '=', itemId)
    .executeTakeFirst();

export async function getReminder(db: Executor, user: AuthUser, orderId: string, itemId: number) {
  const line = await ownLine(db, user, orderId, itemId);
  return present(line, await reminderOf(db, itemId));
}

/**
 * Opts in (or changes the days per pack). A reminder already sent stays sent unless the new days
 * move its date; opting in again after opting out starts it again.
 */
export async function optIn(
  db: Executor,
  user: AuthUser,
  orderId: string,
  itemId: number,
  input: { daysPerPack?: number | undefined },
) {
  const line = await ownLine(db, user, orderId, itemId);
  assertEligible(line);
  const days = input.daysPerPack ?? defaultDaysPerPack(line);
  const remindAt = remindAtOf(line.delivered_at, line.quantity, days);
  await db
    .insertInto('refill_reminders')
    .values({
      order_item_id: itemId,
      customer_id: user.id,
      days_per_pack: days,
      remind_at: remindAt,
    })
    .onConflict((oc) =>
      oc.column('order_item_id').doUpdateSet({
        days_per_pack: days,
        remind_at: remindAt,
        opted_out_at: null,
        sent_at: sql`CASE WHEN refill_reminders.remind_at = excluded.remind_at
                          THEN refill_reminders.sent_at END`,
        updated_at: sql`now()`,
      }),
    )
    .execute();
  return present(line, await reminderOf(db, itemId));
}

/** Opts out: the reminder is kept (as opted out) so a job run in flight cannot send it. */
export async function optOut(db: Executor, user: AuthUser, orderId: string, itemId: number) {
  const line = await ownLine(db, user, orderId, itemId);
  await db
    .updateTable('refill_reminders')
    .set({ opted_out_at: sql`coalesce(opted_out_at, now())`, updated_at: sql`now()` })
    .where('order_item_id', '=', itemId)
    .where('customer_id', '=', user.id)
    .execute();
  return present(line, await reminderOf(db, itemId));
}

type Page = { limit: number; cursor?: string | undefined };

/** The customer's own active reminders, newest first. */
export async function listMine(db: Executor, user: AuthUser, f: Page) {
  const after = listCursor.decode(f.cursor);
  let q = db
    .selectFrom('refill_reminders as r')
    .innerJoin('order_items as i', 'i.id', 'r.order_item_id')
    .select([
      'r.id',
      'i.order_id',
      'r.order_item_id',
      'i.product_id',
      'i.name',
      'i.quantity',
      'r.days_per_pack',
      'r.remind_at',
      'r.sent_at',
      sql<string>`r.created_at::text`.as('cursor_ts'),
    ])
    .where('r.customer_id', '=', user.id)
    .where('r.opted_out_at', 'is', null);
  if (after) {
    const [ts, id] = after;
    q = q.where(sql<boolean>`(r.created_at, r.id) < (${ts}::timestamptz, ${id}::uuid)`);
  }
  const rows = await q
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(f.limit + 1)
    .execute();
  const items = rows.slice(0, f.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((r) => ({
      id: r.id,
      orderId: r.order_id,
      itemId: Number(r.order_item_id),
      productId: r.product_id,
      name: r.name,
      quantity: r.quantity,
      daysPerPack: r.days_per_pack,
      remindAt: r.remind_at.toISOString(),
      sentAt: r.sent_at ? r.sent_at.toISOString() : null,
    })),
    nextCursor: rows.length > f.limit && last ? listCursor.encode([last.cursor_ts, last.id]) : null,
  };
}
