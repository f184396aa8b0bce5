import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { adjustStock } from './stock.service.ts';
import { createProduct, insertShop } from './test-support.ts';

let t: TestApp;
let seller: TestUser;
let shopId: string;
beforeAll(async () => {
  t = await createTestApp();
  seller = await createUser(t.ctx, { role: 'seller' });
  shopId = await insertShop(t.ctx, seller.id);
});
afterAll(() => t.close());

const adjust = (productId: string, variantId: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/products/${productId}/variants/${variantId}/stock-adjustments`,
    headers: seller.auth,
    payload,
  });

describe('stock ledger', () => {
  it('records every change with actor, reason and resulting stock', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const variantId = product.variants[0]!.id;
    const restock = await adjust(product.id, variantId, {
      delta: 10,
      reason: 'restock',
      note: 'চালান',
    });
    expect(restock.statusCode).toBe(201);
    expect(restock.json().onHand).toBe(30);
    expect((await adjust(product.id, variantId, { delta: -4, reason: 'sale' })).json().onHand).toBe(
      26,
    );
    const ledger = await t.app.inject({
      url: `/api/v1/products/${product.id}/variants/${variantId}/stock-adjustments?limit=2`,
      headers: seller.auth,
    });
    const body = ledger.json();
    expect(body.items.map((m: { delta: number }) => m.delta)).toEqual([-4, 10]);
    expect(body.items[1]).toMatchObject({
      reason: 'restock',
      onHandAfter: 30,
      note: 'চালান',
      actorUserId: seller.id,
    });
    const older = await t.app.inject({
      url: `/api/v1/products/${product.id}/variants/${variantId}/stock-adjustments?cursor=${body.nextCursor}`,
      headers: seller.auth,
    });
    expect(older.json().items).toMatchObject([{ delta: 20, reason: 'restock', onHandAfter: 20 }]);
    expect(older.json().nextCursor).toBeNull();
  });

  it('never lets stock go below zero, and writes nothing when refused', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const variantId = product.variants[0]!.id;
    const res = await adjust(product.id, variantId, { delta: -21, reason: 'sale' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INSUFFICIENT_STOCK', details: { onHand: 20 } });
    const movements = await t.ctx.db
      .selectFrom('stock_movements')
      .select('id')
      .where('variant_id', '=', variantId)
      .execute();
    expect(movements).toHaveLength(1);
    expect((await adjust(product.id, variantId, { delta: 0, reason: 'sale' })).statusCode).toBe(
      400,
    );
    expect((await adjust(product.id, variantId, { delta: 1, reason: 'gift' })).statusCode).toBe(
      400,
    );
  });

  it('sells exactly the stock under 50 concurrent -1 adjustments of 20 units', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const variantId = product.variants[0]!.id;
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        t.ctx.db
          .transaction()
          .execute((tx) =>
            adjustStock(tx, { variantId, delta: -1, reason: 'sale', actorUserId: null }),
          ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(
      results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'INSUFFICIENT_STOCK'),
    ).toBe(true);
    const variant = await t.ctx.db
      .selectFrom('product_variants')
      .select('on_hand')
      .where('id', '=', variantId)
      .executeTakeFirstOrThrow();
    expect(variant.on_hand).toBe(0);
    const sales = await t.ctx.db
      .selectFrom('stock_movements')
      .select(['on_hand_after'])
      .where('variant_id', '=', variantId)
      .where('reason', '=', 'sale')
      .execute();
    expect(sales.map((s) => s.on_hand_after).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
  });

  it('has a CHECK constraint as the last line of defence', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    await expect(
      t.ctx.db
        .updateTable('product_variants')
        .set({ on_hand: -1 })
        .where('id', '=', product.variants[0]!.id)
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('also works over HTTP under concurrency', async () => {
    const product = await createProduct(t.app, seller.auth, shopId, {
      variants: [{ sku: `C-${Date.now()}`, price: 100, initialStock: 5 }],
    });
    const variantId = product.variants[0]!.id;
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        adjust(product.id, variantId, { delta: -1, reason: 'sale' }),
      ),
    );
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(5);
    expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(7);
  });
});
