import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';

/** What a cart line needs to know about its variant right now (price, stock, can it be sold). */
export function sellableVariants(db: Executor) {
  return db
    .selectFrom('product_variants as v')
    .innerJoin('products as p', 'p.id', 'v.product_id')
    .innerJoin('shops as s', 's.id', 'v.shop_id')
    .select([
      'v.id as variantId',
      'v.product_id as productId',
      'v.shop_id as shopId',
      'v.label as variantLabel',
      'v.price as price',
      'v.compare_at_price as compareAtPrice',
      'v.on_hand as onHand',
      'p.name_bn as nameBn',
      'p.name_en as nameEn',
      'p.attributes as attributes',
      's.name_bn as shopNameBn',
      's.name_en as shopNameEn',
      sql<boolean>`(p.status = 'active' AND p.hidden_at IS NULL AND s.status = 'approved')`.as(
        'sellable',
      ),
    ]);
}

export type VariantRow = Awaited<
  ReturnType<ReturnType<typeof sellableVariants>['execute']>
>[number];

export async function cartRows(db: Executor, customerId: string) {
  return db
    .selectFrom('cart_items as c')
    .innerJoin(sellableVariants(db).as('x'), 'x.variantId', 'c.variant_id')
    .selectAll('x')
    .select(['c.quantity', 'c.price_seen as priceSeen', 'c.added_at as addedAt'])
    .where('c.customer_id', '=', customerId)
    .orderBy('c.added_at')
    .orderBy('c.variant_id')
    .execute();
}

export type CartRow = Awaited<ReturnType<typeof cartRows>>[number];

/** A deleted account: its bag and favourites go. */
export async function forgetCart(tx: Executor, customerId: string) {
  await tx.deleteFrom('cart_items').where('customer_id', '=', customerId).execute();
  await tx.deleteFrom('favorites').where('customer_id', '=', customerId).execute();
  await tx.deleteFrom('bag_reminders').where('customer_id', '=', customerId).execute();
  await tx.deleteFrom('bag_reminder_settings').where('user_id', '=', customerId).execute();
}
