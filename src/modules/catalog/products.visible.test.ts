import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { getVisibleProducts } from './index.ts';
import { createProduct, insertShop } from './test-support.ts';

let t: TestApp;
let seller: TestUser;
let customer: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  [seller, customer] = await Promise.all([
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'customer' }),
  ]);
});
afterAll(() => t.close());

describe('getVisibleProducts', () => {
  it('returns what each caller may see, with public availability, in one batch', async () => {
    const shop = await insertShop(t.ctx, seller.id);
    const pendingShop = await insertShop(t.ctx, seller.id, 'pending');
    const active = await createProduct(t.app, seller.auth, shop);
    const draft = await createProduct(t.app, seller.auth, shop, { status: 'draft' });
    const hidden = await createProduct(t.app, seller.auth, shop);
    const unapproved = await createProduct(t.app, seller.auth, pendingShop);
    await t.ctx.db
      .updateTable('products')
      .set({ hidden_at: new Date(), hidden_reason: 'test' })
      .where('id', '=', hidden.id)
      .execute();
    const ids = [active.id, draft.id, hidden.id, unapproved.id, randomUUID()];

    const asCustomer = await getVisibleProducts(t.ctx.db, customer, ids);
    expect([...asCustomer.keys()]).toEqual([active.id]);
    const variant = asCustomer.get(active.id)!.variants[0]!;
    expect(variant.availability).toBe('in_stock');
    expect(variant).not.toHaveProperty('onHand');

    const asGuest = await getVisibleProducts(t.ctx.db, null, ids);
    expect([...asGuest.keys()]).toEqual([active.id]);

    // The owner sees its own drafts and hidden products, as on its console.
    const asOwner = await getVisibleProducts(t.ctx.db, seller, ids);
    expect(new Set(asOwner.keys())).toEqual(
      new Set([active.id, draft.id, hidden.id, unapproved.id]),
    );
    expect(await getVisibleProducts(t.ctx.db, customer, [])).toEqual(new Map());
    const lean = await getVisibleProducts(t.ctx.db, customer, ids, { images: false });
    expect(lean.get(active.id)!.images).toEqual([]);
    expect(lean.get(active.id)!.variants).toEqual(asCustomer.get(active.id)!.variants);
  });
});
