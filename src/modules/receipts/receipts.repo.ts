import type { Executor } from '../../platform/db/index.ts';

/**
 * What a receipt adds to the order the orders module already shows: the shop's address, phone and
 * VAT registration, the customer's name, and when the order was delivered. Read-only.
 */
export function receiptExtras(db: Executor, orderId: string) {
  return db
    .selectFrom('orders as o')
    .innerJoin('shops as s', 's.id', 'o.shop_id')
    .innerJoin('users as u', 'u.id', 'o.customer_id')
    .select([
      's.name_bn as shop_name_bn',
      's.name_en as shop_name_en',
      's.address as shop_address',
      's.phone as shop_phone',
      's.bin as shop_bin',
      's.vat_registered as shop_vat_registered',
      's.vat_rate as shop_vat_rate',
      'u.name as customer_name',
      (eb) =>
        eb
          .selectFrom('order_events as e')
          .select((e) => e.fn.max('e.created_at').as('at'))
          .whereRef('e.order_id', '=', 'o.id')
          .where('e.to_status', '=', 'delivered')
          .as('delivered_at'),
    ])
    .where('o.id', '=', orderId)
    .executeTakeFirst();
}

/** The caller's saved language, for a receipt asked for without `lang` or Accept-Language. */
export async function savedLocale(db: Executor, userId: string) {
  const row = await db
    .selectFrom('users')
    .select('locale')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.locale ?? null;
}
