import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import {
  insertCategory,
  longAgo,
  moneyShop,
  newBuyer,
  placeOrder,
  putRules,
  type MoneyShop,
} from './test-support.ts';

// Commission rules are global: this file runs on a database of its own.
let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createIsolatedTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
});
afterAll(() => t.close());

const rule = (over: Record<string, unknown>) => ({
  scope: 'default',
  rateBp: 1000,
  fixedFee: 0,
  effectiveFrom: longAgo,
  ...over,
});

async function linesOf(orderId: string) {
  return t.ctx.db
    .selectFrom('order_items')
    .select(['commission_bp', 'commission_fixed', 'commission_rule_id'])
    .where('order_id', '=', orderId)
    .execute();
}

async function orderAt(shop: MoneyShop) {
  const b = await newBuyer(t.ctx, t.app, shop.shopId);
  return placeOrder(t.app, b, shop, 'cod');
}

describe('GET/PUT /admin/commission-rules', () => {
  it('is for admins only', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const customer = await createUser(t.ctx);
    for (const user of [seller, customer]) {
      const get = await t.app.inject({ url: '/api/v1/admin/commission-rules', headers: user.auth });
      expect(get.statusCode).toBe(403);
      const put = await putRules(t.app, user, [rule({})]);
      expect(put.statusCode).toBe(403);
    }
    const anon = await t.app.inject({ url: '/api/v1/admin/commission-rules' });
    expect(anon.statusCode).toBe(401);
    expect((await t.ctx.db.selectFrom('commission_rules').select('id').execute()).length).toBe(0);
  });

  it('refuses hostile rule sets with VALIDATION_FAILED and keeps the rules it had', async () => {
    expect((await putRules(t.app, admin, [rule({ rateBp: 500 })])).statusCode).toBe(200);
    const bad: unknown[] = [
      rule({ rateBp: '500' }),
      rule({ rateBp: 10_001 }),
      rule({ rateBp: -1 }),
      rule({ rateBp: 12.5 }),
      rule({ fixedFee: -10 }),
      rule({ scope: 'shop' }),
      rule({ scope: 'default', shopId: '7d9f2a50-5a0e-4b4f-9a57-8a7b5f1c2d3e' }),
      rule({ scope: 'shop_type', shopType: 'casino' }),
      rule({ scope: 'category', categoryId: 'not-a-uuid' }),
      rule({ effectiveFrom: 'yesterday' }),
      rule({ effectiveTo: '2019-01-01T00:00:00Z' }),
      rule({ sneaky: true }),
      rule({ scope: 'everything' }),
    ];
    for (const r of bad) {
      const res = await putRules(t.app, admin, [r]);
      expect(res.statusCode, JSON.stringify(r)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const notArray = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/commission-rules',
      headers: admin.auth,
      payload: { rules: 'all of them' },
    });
    expect(notArray.statusCode).toBe(400);
    const now = await t.app.inject({ url: '/api/v1/admin/commission-rules', headers: admin.auth });
    expect(now.json().rules).toMatchObject([{ scope: 'default', rateBp: 500 }]);
  });

  it('refuses two rules for one target in effect at once (COMMISSION_RULES_OVERLAP)', async () => {
    const res = await putRules(t.app, admin, [
      rule({ effectiveTo: '2030-01-01T00:00:00Z' }),
      rule({ rateBp: 700, effectiveFrom: '2029-06-01T00:00:00Z' }),
    ]);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('COMMISSION_RULES_OVERLAP');
    // Back to back is fine.
    const ok = await putRules(t.app, admin, [
      rule({ effectiveTo: '2030-01-01T00:00:00Z' }),
      rule({ rateBp: 700, effectiveFrom: '2030-01-01T00:00:00Z' }),
    ]);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().rules.map((r: { rateBp: number }) => r.rateBp)).toEqual([1000, 700]);
  });

  it('replaces the set and audits what it was and what it became', async () => {
    const res = await putRules(t.app, admin, [rule({ rateBp: 900, fixedFee: 200 })]);
    expect(res.statusCode).toBe(200);
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'commission.rules_replaced')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(admin.id);
    const details = entry.details as { before: unknown[]; after: { rateBp: number }[] };
    expect(details.before).toHaveLength(2);
    expect(details.after.map((r) => r.rateBp)).toEqual([900]);
  });
});

describe('resolution at checkout: shop > category > shop type > default, in effect now', () => {
  it('fixes the most specific rule onto each line, and never changes it after', async () => {
    const parent = await insertCategory(t.ctx);
    const child = await insertCategory(t.ctx, parent);
    const other = await insertCategory(t.ctx);
    const byCategory = await moneyShop(t.ctx, t.app, { categoryId: child });
    const restaurant = await moneyShop(t.ctx, t.app, { type: 'restaurant', categoryId: other });
    const plain = await moneyShop(t.ctx, t.app);
    const ownRule = await moneyShop(t.ctx, t.app, { categoryId: child });
    const expiredOwn = await moneyShop(t.ctx, t.app);

    const put = await putRules(t.app, admin, [
      rule({ rateBp: 1000, effectiveTo: '2099-01-01T00:00:00Z' }),
      rule({ rateBp: 1500, effectiveFrom: '2099-01-01T00:00:00Z' }), // not yet
      rule({ scope: 'shop_type', shopType: 'restaurant', rateBp: 800 }),
      rule({ scope: 'category', categoryId: parent, rateBp: 600, fixedFee: 50 }),
      rule({ scope: 'shop', shopId: ownRule.shopId, rateBp: 300 }),
      rule({
        scope: 'shop',
        shopId: expiredOwn.shopId,
        rateBp: 1,
        effectiveTo: '2021-01-01T00:00:00Z',
      }),
    ]);
    expect(put.statusCode).toBe(200);
    const ids = Object.fromEntries(
      (put.json().rules as { id: string; scope: string; rateBp: number }[]).map((r) => [
        `${r.scope}:${r.rateBp}`,
        r.id,
      ]),
    );

    const expectations: [MoneyShop, number, number, string][] = [
      [byCategory, 600, 50, ids['category:600']!], // the parent's rule reaches its child
      [restaurant, 800, 0, ids['shop_type:800']!], // no rule for its category: the type's
      [plain, 1000, 0, ids['default:1000']!],
      [ownRule, 300, 0, ids['shop:300']!], // the shop's own beats its category
      [expiredOwn, 1000, 0, ids['default:1000']!], // its own rule has ended
    ];
    const orders: string[] = [];
    for (const [shop, bp, fixed, ruleId] of expectations) {
      const order = await orderAt(shop);
      orders.push(order.id);
      expect(await linesOf(order.id)).toEqual([
        { commission_bp: bp, commission_fixed: fixed, commission_rule_id: ruleId },
      ]);
    }

    // New rules apply to new orders only.
    expect((await putRules(t.app, admin, [rule({ rateBp: 50 })])).statusCode).toBe(200);
    expect((await linesOf(orders[0]!))[0]).toMatchObject({ commission_bp: 600 });
    const later = await orderAt(byCategory);
    expect((await linesOf(later.id))[0]).toMatchObject({ commission_bp: 50, commission_fixed: 0 });

    // And the database refuses to change a fixed rate.
    await expect(
      sql`UPDATE order_items SET commission_bp = 0 WHERE order_id = ${orders[0]}`.execute(t.ctx.db),
    ).rejects.toThrow(/never changes/);
  }, 60_000);

  it('no rule at all: no commission', async () => {
    expect((await putRules(t.app, admin, [])).statusCode).toBe(200);
    const shop = await moneyShop(t.ctx, t.app);
    const order = await orderAt(shop);
    expect(await linesOf(order.id)).toEqual([
      { commission_bp: 0, commission_fixed: 0, commission_rule_id: null },
    ]);
  });
});
