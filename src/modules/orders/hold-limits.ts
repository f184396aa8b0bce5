import { sql } from 'kysely';
import type { Config } from '../../platform/config.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { CartQuote } from './quote.service.ts';

/**
 * Orders that hold stock with neither money nor the seller's word behind them: awaiting an online
 * payment, or cash on delivery not yet accepted by the shop. These are what one customer could use
 * to empty a shop's shelf, so checkout limits them per customer.
 */
export const openUnpaid = sql<boolean>`(o.status = 'pending_payment' OR (o.status = 'placed' AND o.payment_method = 'cod'))`;

/**
 * Locks the customer's row for the rest of the checkout transaction (so two checkouts of one
 * customer are counted one after the other, never side by side) and refuses an account whose phone
 * is not verified: holding stock needs a verified phone.
 */
export async function lockVerifiedCustomer(tx: Executor, customerId: string) {
  const user = await tx
    .selectFrom('users')
    .select('phone_verified_at')
    .where('id', '=', customerId)
    .forNoKeyUpdate()
    .executeTakeFirst();
  if (!user?.phone_verified_at) throw new AppError('PHONE_VERIFICATION_REQUIRED');
}

/**
 * Refuses a checkout that would leave the customer more open unpaid orders than
 * ORDER_MAX_OPEN_UNPAID, or more than ORDER_MAX_UNITS_PER_PRODUCT units of one product across them.
 * Called inside the checkout transaction after lockVerifiedCustomer and before anything is reserved.
 */
export async function assertWithinHoldLimits(
  tx: Executor,
  config: Config,
  customerId: string,
  cart: CartQuote,
) {
  const maxOrders = config.ORDER_MAX_OPEN_UNPAID;
  const maxUnits = config.ORDER_MAX_UNITS_PER_PRODUCT;
  // Every order of this checkout is open and unpaid when placed (online: awaiting payment; COD:
  // awaiting the seller).
  const open = await tx
    .selectFrom('orders as o')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('o.customer_id', '=', customerId)
    .where(openUnpaid)
    .executeTakeFirstOrThrow();
  const openNow = Number(open.n);
  if (openNow + cart.shops.length > maxOrders) {
    throw new AppError('OPEN_ORDER_LIMIT', {
      limit: maxOrders,
      open: openNow,
      requested: cart.shops.length,
    });
  }

  const wanted = new Map<string, number>();
  for (const shop of cart.shops)
    for (const l of shop.lines)
      wanted.set(l.productId, (wanted.get(l.productId) ?? 0) + l.quantity);
  if (wanted.size === 0) return;
  const held = await tx
    .selectFrom('order_items as i')
    .innerJoin('orders as o', 'o.id', 'i.order_id')
    .select(['i.product_id', (eb) => eb.fn.sum<string>('i.quantity').as('units')])
    .where('o.customer_id', '=', customerId)
    .where(openUnpaid)
    .where('i.product_id', 'in', [...wanted.keys()])
    .groupBy('i.product_id')
    .execute();
  const heldBy = new Map(held.map((h) => [h.product_id, Number(h.units)]));
  for (const [productId, quantity] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const already = heldBy.get(productId) ?? 0;
    if (already + quantity > maxUnits) {
      throw new AppError('PRODUCT_HOLD_LIMIT', {
        productId,
        limit: maxUnits,
        held: already,
        requested: quantity,
      });
    }
  }
}
