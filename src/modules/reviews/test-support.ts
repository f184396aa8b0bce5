import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import type { OrderStatus } from '../orders/orders.tables.ts';

/**
 * Inserts an order with one item straight into the database (the orders module owns the real
 * checkout flow): what the review rules need is an item, its order's customer and status.
 */
export async function insertOrder(
  ctx: AppContext,
  customerId: string,
  shopId: string,
  product: { id: string; variantId: string },
  status: OrderStatus,
) {
  const checkout = await ctx.db
    .insertInto('checkouts')
    .values({ customer_id: customerId, idempotency_key: randomUUID(), request_hash: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = await ctx.db
    .insertInto('orders')
    .values({
      number: `HT-TEST-${randomUUID().slice(0, 12)}`,
      checkout_id: checkout.id,
      customer_id: customerId,
      shop_id: shopId,
      status,
      payment_method: 'cod',
      delivery_method: 'own',
      delivery_zone: null,
      distance_m: 1000,
      weight_grams: 1000,
      subtotal: 8500,
      delivery_charge: 0,
      cod_charge: 0,
      total: 8500,
      address: JSON.stringify({
        label: 'Home',
        recipientName: 'Test',
        phone: '+8801711000000',
        addressLine: 'Mirpur 10',
        landmark: null,
        placeId: null,
        lat: 23.8,
        lng: 90.36,
      }),
      expires_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const item = await ctx.db
    .insertInto('order_items')
    .values({
      order_id: order.id,
      product_id: product.id,
      variant_id: product.variantId,
      name: 'Miniket rice',
      variant_label: null,
      unit_price: 8500,
      quantity: 1,
      line_total: 8500,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { orderId: order.id, itemId: Number(item.id) };
}
