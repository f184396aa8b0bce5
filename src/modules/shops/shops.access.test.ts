import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthUser } from '../../platform/http/auth.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createShop } from '../../../test/helpers/shops.ts';
import { assertShopAccess, canManageShop } from './index.ts';

let t: TestApp;
let owner: TestUser, otherSeller: TestUser, admin: TestUser, customer: TestUser;
let shopId: string;
const as = (u: TestUser) => ({ id: u.id, role: u.role }) as AuthUser;

beforeAll(async () => {
  t = await createTestApp();
  [owner, otherSeller, admin, customer] = await Promise.all([
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'admin' }),
    createUser(t.ctx),
  ]);
  shopId = (await createShop(t, owner)).id;
});
afterAll(() => t?.close());

describe('the one shop-access check', () => {
  it('lets the owning seller and admins manage a shop, nobody else', () => {
    const shop = { owner_id: owner.id };
    expect(canManageShop(as(owner), shop)).toBe(true);
    expect(canManageShop(as(admin), shop)).toBe(true);
    expect(canManageShop(as(otherSeller), shop)).toBe(false);
    expect(canManageShop(as(customer), { owner_id: customer.id })).toBe(false); // not a seller
    expect(canManageShop(null, shop)).toBe(false);
  });

  it("answers another seller's shop and a missing shop alike, with the code the caller guards", async () => {
    await expect(assertShopAccess(t.ctx.db, as(owner), shopId)).resolves.toMatchObject({
      id: shopId,
      owner_id: owner.id,
    });
    await expect(assertShopAccess(t.ctx.db, as(admin), shopId)).resolves.toBeTruthy();
    for (const [user, id] of [
      [otherSeller, shopId],
      [owner, randomUUID()],
    ] as const) {
      await expect(assertShopAccess(t.ctx.db, as(user), id)).rejects.toMatchObject({
        code: 'SHOP_NOT_FOUND',
      });
    }
    await expect(
      assertShopAccess(t.ctx.db, as(admin), shopId, {
        access: 'owner',
        notFound: 'REVIEW_NOT_FOUND',
      }),
    ).rejects.toMatchObject({ code: 'REVIEW_NOT_FOUND' });
  });
});
