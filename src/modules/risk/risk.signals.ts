import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { PhoneHistory } from './risk.score.ts';

/** How far a pin may sit from the centre of the place the address names, by kind of place. */
const areaReachM: Record<string, number> = {
  area: 3_000,
  upazila: 20_000,
  district: 60_000,
};

/** Per-phone outcomes of orders placed before `before`, on every shop: counts only. */
export async function phoneHistory(db: Executor, phone: string, before: Date | null) {
  let q = db
    .selectFrom('risk_order_outcomes')
    .select(['outcome', (eb) => eb.fn.countAll<string>().as('n')])
    .where('phone', '=', phone)
    .where('outcome', 'is not', null)
    .groupBy('outcome');
  if (before) q = q.where('created_at', '<', before);
  const rows = await q.execute();
  const n = (o: string) => Number(rows.find((r) => r.outcome === o)?.n ?? 0);
  return {
    delivered: n('delivered'),
    refused: n('refused'),
    returned: n('returned'),
    cancelledAfterDispatch: n('cancelled_after_dispatch'),
  } satisfies PhoneHistory;
}

/** Item names as compared across shops: NFC, lower case, single spaces. */
export function itemKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Share of the two name sets they have in common (Jaccard). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Orders in the `minutes` before `at` (any shop, any account) to the same phone or to a pin within
 * 30 m, whose items are mostly the same (half or more of the names in common). Cancelled and
 * refused ones count too: a prank retried is still a prank.
 */
export async function duplicateOrders(
  db: Executor,
  o: {
    phone: string;
    lat: number;
    lng: number;
    itemNames: string[];
    at: Date | null;
    minutes: number;
    excludeOrderId?: string;
  },
): Promise<number> {
  // Live: the clock, not now() (the transaction's start): a checkout that waited on the phone's lock
  // must see the order the one before it committed meanwhile.
  const at = o.at ? sql<Date>`${o.at}::timestamptz` : sql<Date>`clock_timestamp()`;
  let q = db
    .selectFrom('risk_order_outcomes')
    .select('order_id')
    .where('created_at', '>', sql<Date>`${at} - make_interval(mins => ${o.minutes})`)
    .where('created_at', '<', at)
    .where((eb) =>
      eb.or([
        eb('phone', '=', o.phone),
        eb(
          sql<number>`earth_distance(ll_to_earth(lat, lng), ll_to_earth(${o.lat}, ${o.lng}))`,
          '<',
          30,
        ),
      ]),
    )
    .limit(50);
  if (o.excludeOrderId) q = q.where('order_id', '!=', o.excludeOrderId);
  const candidates = await q.execute();
  if (candidates.length === 0) return 0;
  const items = await db
    .selectFrom('order_items')
    .select(['order_id', 'name'])
    .where(
      'order_id',
      'in',
      candidates.map((c) => c.order_id),
    )
    .execute();
  const mine = new Set(o.itemNames.map(itemKey));
  const byOrder = new Map<string, Set<string>>();
  for (const i of items) {
    const set = byOrder.get(i.order_id) ?? new Set<string>();
    set.add(itemKey(i.name));
    byOrder.set(i.order_id, set);
  }
  return [...byOrder.values()].filter((names) => overlap(mine, names) >= 0.5).length;
}

/** Orders to this phone in the 24 hours before `at`, any shop. */
export async function recentOrders(
  db: Executor,
  phone: string,
  at: Date | null,
  excludeOrderId?: string,
) {
  const when = at ? sql<Date>`${at}::timestamptz` : sql<Date>`clock_timestamp()`;
  let q = db
    .selectFrom('risk_order_outcomes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('phone', '=', phone)
    .where('created_at', '>', sql<Date>`${when} - interval '24 hours'`)
    .where('created_at', '<', when);
  if (excludeOrderId) q = q.where('order_id', '!=', excludeOrderId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** The pin further from the named place than that kind of place reaches (false when none named). */
export async function pinFarFromArea(
  db: Executor,
  placeId: number | null,
  point: { lat: number; lng: number },
) {
  if (placeId == null) return false;
  const place = await db
    .selectFrom('places')
    .select([
      'level',
      sql<
        number | null
      >`earth_distance(ll_to_earth(lat, lng), ll_to_earth(${point.lat}, ${point.lng}))`.as(
        'metres',
      ),
    ])
    .where('id', '=', placeId)
    .executeTakeFirst();
  const reach = place && areaReachM[place.level];
  return !!reach && place.metres != null && place.metres > reach;
}

/** Whether the phone (either of them) is on the block list. */
export async function isBlocked(db: Executor, phones: (string | null)[]) {
  const list = phones.filter((p): p is string => !!p);
  if (list.length === 0) return false;
  const row = await db
    .selectFrom('risk_blocks')
    .select('id')
    .where('phone', 'in', list)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
  return !!row;
}
