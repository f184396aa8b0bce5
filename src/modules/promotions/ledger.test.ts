import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { addToCart } from '../../../test/helpers/shopping.ts';
import { lineCommission, verifyLedger } from '../money/index.ts';
import {
  approveOnline,
  getBalance,
  longAgo,
  move,
  moneyShop,
  newBuyer,
  putRules,
  type MoneyShop,
} from '../money/test-support.ts';
import {
  acceptThroughCheck,
  askReturn,
  deliveredOrder,
  type ReturnBody,
} from '../returns/test-support.ts';
import { checkoutWith, coupon } from './test-support.ts';

// Commission rules are global: a database of this file's own.
let t: TestApp;
let admin: TestUser;
let shop: MoneyShop;
beforeAll(async () => {
  t = await createIsolatedTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  const put = await putRules(t.app, admin, [
    { scope: 'default', rateBp: 750, fixedFee: 300, effectiveFrom: longAgo },
  ]);
  expect(put.statusCode).toBe(200);
  shop = await moneyShop(t.ctx, t.app, { price: 12_345 });
});
afterAll(() => t.close());

async function postingsOf(orderId: string) {
  const rows = await t.ctx.db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_transactions as tr', 'tr.id', 'e.transaction_id')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(['tr.kind', 'a.key', 'e.amount'])
    .where('tr.order_id', '=', orderId)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => `${r.kind} ${r.key} ${r.amount}`);
}

/** Two units through the bKash sandbox with `code`: the order, paid. */
async function paidWith(code: string) {
  const b = await newBuyer(t.ctx, t.app, shop.shopId);
  await addToCart(t.app, b, shop.variantId, 2);
  const res = await checkoutWith(t.app, b, { payment: 'bkash', couponCode: code }, randomUUID());
  expect(res.statusCode).toBe(201);
  const order = res.json().orders[0] as {
    id: string;
    total: number;
    payment: { redirectUrl: string };
  };
  await approveOnline(t.app, order.payment.redirectUrl);
  return { b, order };
}

// The commission is on the line as listed (2 × ৳123.45), whoever pays the discount.
const K = lineCommission(2 * 12_345, 750, 300);

describe('discounts in the ledger', () => {
  it('a platform coupon: the platform books the discount; the seller is paid as if undiscounted', async () => {
    const before = await getBalance(t.app, shop.seller, shop.shopId);
    const code = await coupon(t.app, admin, null, { kind: 'fixed', value: 5_000 });
    const { b, order } = await paidWith(code);
    const T = order.total;
    expect(T).toBe(2 * 12_345 - 5_000);
    const share = T + 5_000 - K;
    expect(await postingsOf(order.id)).toEqual([
      `payment.captured clearing:bkash ${T}`,
      `payment.captured discounts:platform 5000`,
      `payment.captured shop:${shop.shopId}:payable ${-share}`,
      `payment.captured platform:platform_commission ${-K}`,
    ]);
    expect((await getBalance(t.app, shop.seller, shop.shopId)).net).toBe(before.net + share);

    // Cancelled after payment: everything comes back, the platform's discount too.
    const cancelled = await move(t.app, b, order.id, 'cancelled');
    expect(cancelled.status).toBe('refunded');
    expect((await postingsOf(order.id)).filter((p) => p.startsWith('refund.due'))).toEqual([
      `refund.due shop:${shop.shopId}:payable ${share}`,
      `refund.due platform:platform_commission ${K}`,
      `refund.due discounts:platform -5000`,
      `refund.due platform:refunds ${-T}`,
    ]);
    expect(await getBalance(t.app, shop.seller, shop.shopId)).toEqual(before);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });

  it('a shop coupon lowers the seller’s sale and posts no platform discount', async () => {
    const before = await getBalance(t.app, shop.seller, shop.shopId);
    const code = await coupon(t.app, shop.seller, shop.shopId, { kind: 'fixed', value: 5_000 });
    const { order } = await paidWith(code);
    const T = order.total;
    expect(T).toBe(2 * 12_345 - 5_000);
    expect(await postingsOf(order.id)).toEqual([
      `payment.captured clearing:bkash ${T}`,
      `payment.captured shop:${shop.shopId}:payable ${-(T - K)}`,
      `payment.captured platform:platform_commission ${-K}`,
    ]);
    expect((await getBalance(t.app, shop.seller, shop.shopId)).net).toBe(before.net + T - K);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });
});

describe('returned lines of a couponed order', () => {
  /** Every account this order's postings touched, summed: what is left after all of them. */
  async function netOf(orderId: string) {
    const rows = await t.ctx.db
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_transactions as tr', 'tr.id', 'e.transaction_id')
      .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
      .select(['a.key', 'e.amount'])
      .where('tr.order_id', '=', orderId)
      .execute();
    const net: Record<string, number> = {};
    for (const r of rows) net[r.key] = (net[r.key] ?? 0) + Number(r.amount);
    return net;
  }

  it.each([
    ['a platform coupon', true],
    ['a shop coupon', false],
  ])(
    '%s: returning every line in parts gives back the commission, the platform’s discount and the seller’s share exactly',
    async (_, platform) => {
      const d = await deliveredOrder(t.ctx, t.app, 'bkash', {
        coupon: (app, seller, shopId) =>
          platform
            ? coupon(app, admin, null, { kind: 'fixed', value: 1_001 })
            : coupon(app, seller, shopId, { kind: 'fixed', value: 1_001 }),
      });
      const [a, b] = d.items;
      for (const [item, quantity] of [
        [a!, 1],
        [a!, 2],
        [b!, 1],
        [b!, 1],
      ] as const) {
        const asked = await askReturn(t.app, d.buyer, d.orderId, {
          reason: 'damaged',
          lines: [{ orderItemId: item.id, quantity }],
        });
        expect(asked.statusCode, asked.body).toBe(201);
        const checked = await acceptThroughCheck(t.app, d.shop.seller, asked.json() as ReturnBody);
        expect(checked.statusCode, checked.body).toBe(200);
      }
      const net = await netOf(d.orderId);
      // Nothing is left anywhere: not the platform's discount, its commission, the seller's share,
      // or money owed to the customer; bKash paid back exactly what it took in.
      for (const [key, amount] of Object.entries(net)) expect([key, amount]).toEqual([key, 0]);
      expect(Object.keys(net)).toContain('platform:platform_commission');
      if (platform) expect(Object.keys(net)).toContain('discounts:platform');
      expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
    },
  );
});
