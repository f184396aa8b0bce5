import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { listAddresses } from './addresses.service.ts';
import { getOrder } from './orders.service.ts';
import type { OrderStatus } from './orders.tables.ts';

/** Orders still moving: their customer and seller are still needed to finish them. */
export const OPEN_ORDER_STATUSES: OrderStatus[] = [
  'pending_payment',
  'placed',
  'accepted',
  'packed',
  'out_for_delivery',
];

export async function customerOrderCount(db: Executor, customerId: string): Promise<number> {
  const row = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('customer_id', '=', customerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Open orders placed by a customer, or received by any of the given shops. */
export async function openOrderCount(
  db: Executor,
  who: { customerId?: string; shopIds?: string[] },
): Promise<number> {
  const shopIds = who.shopIds ?? [];
  if (!who.customerId && shopIds.length === 0) return 0;
  const row = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('status', 'in', OPEN_ORDER_STATUSES)
    .where((eb) =>
      eb.or([
        ...(who.customerId ? [eb('customer_id', '=', who.customerId)] : []),
        ...(shopIds.length ? [eb('shop_id', 'in', shopIds)] : []),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A customer's saved addresses and every order they placed, with lines and timeline (data export). */
export async function customerDataForExport(db: Executor, customer: AuthUser) {
  const ids = await db
    .selectFrom('orders')
    .select('id')
    .where('customer_id', '=', customer.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const orders = [];
  for (const { id } of ids) orders.push(await getOrder(db, customer, id));
  return { addresses: await listAddresses(db, customer.id), orders };
}

/**
 * A deleted customer: saved addresses go; the orders stay (accounting and consumer-protection
 * retention, docs/privacy.md) but their delivery address loses the name, phone, street and
 * landmark, and keeps only the area and a point rounded to about a kilometre.
 */
export async function forgetCustomer(tx: Executor, customerId: string) {
  await tx.deleteFrom('addresses').where('customer_id', '=', customerId).execute();
  await tx
    .updateTable('orders')
    .set({
      address: sql`jsonb_build_object(
        'label', '',
        'recipientName', '',
        'phone', '',
        'addressLine', '',
        'landmark', NULL,
        'placeId', address->'placeId',
        'lat', round((address->>'lat')::numeric, 2),
        'lng', round((address->>'lng')::numeric, 2)
      )`,
      updated_at: new Date(),
    })
    .where('customer_id', '=', customerId)
    .execute();
}
