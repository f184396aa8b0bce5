import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct, insertShop } from '../../src/modules/catalog/test-support.ts';
import { scheduleExpiry } from '../../src/modules/orders/expiry.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser } from '../helpers/factories.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('order expiry on the platform scheduler', () => {
  it('cancels an overdue online-payment order and gives its stock back', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shopId = await insertShop(t.ctx, seller.id);
    const shop = await t.ctx.db
      .selectFrom('shops')
      .select(['lat', 'lng'])
      .where('id', '=', shopId)
      .executeTakeFirstOrThrow();
    const p = await createProduct(t.app, seller.auth, shopId, {
      variants: [{ sku: `E-${randomUUID().slice(0, 8)}`, price: 5000, initialStock: 4 }],
    });
    const variantId = p.variants[0]!.id;
    const customer = await createUser(t.ctx);
    const addr = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/addresses',
      headers: customer.auth,
      payload: {
        label: 'Home',
        recipientName: 'Rina',
        phone: '01711000000',
        addressLine: 'House 5',
        lat: shop.lat,
        lng: shop.lng,
      },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/cart/items',
      headers: customer.auth,
      payload: { variantId, quantity: 3 },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/checkout',
      headers: { ...customer.auth, 'idempotency-key': randomUUID() },
      payload: { addressId: addr.json().id, payment: 'bkash' },
    });
    const order = res.json().orders[0] as { id: string; status: string };
    expect(order.status).toBe('pending_payment');
    await t.ctx.db
      .updateTable('orders')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('id', '=', order.id)
      .execute();

    await scheduleExpiry(t.ctx, 200);
    await expect
      .poll(
        async () =>
          (
            await t.ctx.db
              .selectFrom('orders')
              .select('status')
              .where('id', '=', order.id)
              .executeTakeFirstOrThrow()
          ).status,
        { timeout: 15_000 },
      )
      .toBe('cancelled');
    const v = await t.ctx.db
      .selectFrom('product_variants')
      .select('on_hand')
      .where('id', '=', variantId)
      .executeTakeFirstOrThrow();
    expect(v.on_hand).toBe(4);
  });
});
