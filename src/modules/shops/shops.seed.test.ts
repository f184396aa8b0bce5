import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, randomPhone } from '../../../test/helpers/factories.ts';
import { seedShops } from './shops.seed.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('shops seed', () => {
  it('creates three approved demo shops and one pending, once', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    // Own slug prefix, so a real `haat seed` on the same database cannot interfere.
    const options = { sellerPhone: seller.phone, slugPrefix: `t${randomUUID().slice(0, 8)}-` };
    const lines = await seedShops(t.ctx, options);
    expect(lines.join('\n')).toContain('Gulshan Fresh Mart');
    await seedShops(t.ctx, options);
    const shops = await t.ctx.db
      .selectFrom('shops')
      .selectAll()
      .where('owner_id', '=', seller.id)
      .execute();
    expect(shops).toHaveLength(4);
    expect(shops.filter((s) => s.status === 'approved')).toHaveLength(3);
    expect(shops.filter((s) => s.status === 'pending')).toHaveLength(1);
    expect(shops.every((s) => s.place_id !== null && s.slug.startsWith(options.slugPrefix))).toBe(
      true,
    );
    const pharmacy = shops.find((s) => s.type === 'pharmacy');
    expect(pharmacy?.drug_licence).toBeTruthy();
  });

  it('does nothing when the demo seller does not exist', async () => {
    const lines = await seedShops(t.ctx, { sellerPhone: randomPhone(), slugPrefix: 'none-' });
    expect(lines).toEqual([]);
    const rows = await t.ctx.db
      .selectFrom('shops')
      .select('id')
      .where('slug', 'like', 'none-%')
      .execute();
    expect(rows).toHaveLength(0);
  });
});
