import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser } from '../../../test/helpers/factories.ts';
import { seedShops } from '../shops/shops.seed.ts';
import { seedCatalog } from './catalog.seed.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('catalog seed', () => {
  it('puts demo products with stock into the demo shops, once', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const prefix = `t${randomUUID().slice(0, 8)}-`;
    await seedShops(t.ctx, { sellerPhone: seller.phone, slugPrefix: prefix });
    const count = async () =>
      (
        await t.ctx.db
          .selectFrom('products as p')
          .innerJoin('shops as s', 's.id', 'p.shop_id')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('s.slug', 'like', `${prefix}%`)
          .executeTakeFirstOrThrow()
      ).n;
    await seedCatalog(t.ctx, { shopSlugPrefix: prefix });
    const first = Number(await count());
    expect(first).toBeGreaterThan(0);
    await seedCatalog(t.ctx, { shopSlugPrefix: prefix });
    expect(Number(await count())).toBe(first);

    const pharmacy = await t.ctx.db
      .selectFrom('shops')
      .select('id')
      .where('slug', '=', `${prefix}demo-dhanmondi-health-pharmacy`)
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      url: `/api/v1/shops/${pharmacy.id}/products`,
      headers: seller.auth, // the owner sees exact stock; the public an availability level
    });
    const napa = res.json().items.find((p: { sku: string }) => p.sku === 'NAPA-500');
    expect(napa).toMatchObject({ kind: 'medicine', attributes: { genericName: 'Paracetamol' } });
    expect(napa.variants[0].onHand).toBe(200);
    const ledger = await t.ctx.db
      .selectFrom('stock_movements')
      .select(['reason', 'delta'])
      .where('variant_id', '=', napa.variants[0].id)
      .execute();
    expect(ledger).toEqual([{ reason: 'restock', delta: 200 }]);
  });
});
