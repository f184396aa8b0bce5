import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { actOnPaymentPage } from '../payments/index.ts';
import { verifyLedger } from './ledger.ts';
import {
  expectedSplit,
  longAgo,
  moneyShop,
  newBuyer,
  placeOrder,
  putRules,
  type MoneyShop,
} from './test-support.ts';

/**
 * Random order lifecycles (cash on delivery and online, paid, failed, cancelled, rejected,
 * returned, refunded, paid too late, adjusted by an admin) through the real checkout, callbacks
 * and transitions. After every step the ledger balances, and every shop's balance and the
 * platform's accounts equal what a hand computation from the orders and payments says.
 */
let t: TestApp;
let admin: TestUser;
const shops: MoneyShop[] = [];
type Tracked = {
  id: string;
  shop: number;
  buyer: TestUser;
  payment: string;
  redirectUrl: string | null;
};
const orders: Tracked[] = [];
const splits = new Map<string, Awaited<ReturnType<typeof expectedSplit>>>();
const adjustments = new Map<string, { credit: number; charge: number }>();

beforeAll(async () => {
  t = await createIsolatedTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  for (const price of [12_345, 9_999, 100_001])
    shops.push(await moneyShop(t.ctx, t.app, { price }));
  const put = await putRules(t.app, admin, [
    { scope: 'default', rateBp: 750, fixedFee: 300, effectiveFrom: longAgo },
    { scope: 'shop', shopId: shops[2]!.shopId, rateBp: 1234, fixedFee: 0, effectiveFrom: longAgo },
  ]);
  expect(put.statusCode).toBe(200);
}, 60_000);
afterAll(() => t.close());

type Action =
  | { kind: 'place'; shop: number; payment: 'cod' | 'bkash' | 'nagad' | 'sslcommerz'; qty: number }
  | { kind: 'pay' | 'fail' | 'advance' | 'cancel' | 'reject' | 'return'; order: number }
  | { kind: 'adjust'; shop: number; amount: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('place' as const),
      shop: fc.nat(2),
      payment: fc.constantFrom(
        'cod' as const,
        'bkash' as const,
        'nagad' as const,
        'sslcommerz' as const,
      ),
      qty: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'pay' as const,
        'pay' as const,
        'fail' as const,
        'advance' as const,
        'advance' as const,
        'advance' as const,
        'cancel' as const,
        'reject' as const,
        'return' as const,
      ),
      // Mostly the latest orders, so that lifecycles run to their end.
      order: fc.nat(4),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('adjust' as const),
      shop: fc.nat(2),
      amount: fc.integer({ min: -50_000, max: 50_000 }).filter((n) => n !== 0),
    }),
  },
);

const next: Record<string, string> = {
  placed: 'accepted',
  accepted: 'packed',
  packed: 'out_for_delivery',
  out_for_delivery: 'delivered',
};

async function statusOf(orderId: string) {
  return t.ctx.db
    .selectFrom('orders')
    .select('status')
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();
}

async function move(user: TestUser, orderId: string, to: string) {
  // An illegal step is refused by the order state machine and changes nothing.
  await t.app.inject({
    method: 'POST',
    url: `/api/v1/orders/${orderId}/transitions`,
    headers: user.auth,
    payload: { to },
  });
}

async function onPage(o: Tracked, act: 'approve' | 'fail') {
  if (!o.redirectUrl || o.payment === 'cod') return;
  const outcome = await actOnPaymentPage(o.redirectUrl, act);
  if (outcome.kind !== 'redirect') return; // already acted on: the provider's page is gone
  const url = new URL(outcome.location);
  await t.app.inject({ method: 'GET', url: url.pathname + url.search });
}

async function run(a: Action) {
  if (a.kind === 'adjust') {
    const shop = shops[a.shop]!;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/shops/${shop.shopId}/ledger/adjustments`,
      headers: admin.auth,
      payload: { amount: a.amount, reason: 'property test' },
    });
    expect(res.statusCode).toBe(201);
    const adj = adjustments.get(shop.shopId) ?? { credit: 0, charge: 0 };
    if (a.amount > 0) adj.credit += a.amount;
    else adj.charge -= a.amount;
    adjustments.set(shop.shopId, adj);
    return;
  }
  if (a.kind === 'place') {
    const shop = shops[a.shop]!;
    const buyer = await newBuyer(t.ctx, t.app, shop.shopId);
    const o = await placeOrder(t.app, buyer, shop, a.payment, a.qty);
    orders.push({ id: o.id, shop: a.shop, buyer, payment: a.payment, redirectUrl: o.redirectUrl });
    return;
  }
  if (orders.length === 0) return;
  const o = orders[orders.length - 1 - (a.order % orders.length)]!;
  const seller = shops[o.shop]!.seller;
  const { status } = await statusOf(o.id);
  switch (a.kind) {
    case 'pay':
      return onPage(o, 'approve');
    case 'fail':
      return onPage(o, 'fail');
    case 'advance':
      if (next[status]) await move(seller, o.id, next[status]);
      return;
    case 'cancel':
      return move(
        status === 'placed' || status === 'pending_payment' ? o.buyer : seller,
        o.id,
        'cancelled',
      );
    case 'reject':
      return move(seller, o.id, 'rejected');
    case 'return':
      return move(seller, o.id, 'returned');
  }
}

const captured = ['paid', 'refund_pending', 'refunded', 'refund_manual'];
const refundDue = ['refund_pending', 'refunded', 'refund_manual'];

/** Every shop's balance and the platform's accounts, by hand from the orders' payments. */
async function expected() {
  const perShop = new Map<string, { payable: number; receivable: number; codCash: number }>();
  const platform = { commission: 0, refunds: 0, deliveryFees: 0 };
  const clearing = new Map<string, number>();
  for (const shop of shops) {
    const adj = adjustments.get(shop.shopId) ?? { credit: 0, charge: 0 };
    perShop.set(shop.shopId, { payable: adj.credit, receivable: adj.charge, codCash: 0 });
  }
  if (orders.length === 0) return { perShop, platform, clearing };
  const payments = await t.ctx.db
    .selectFrom('payments')
    .select(['order_id', 'provider', 'status'])
    .where(
      'order_id',
      'in',
      orders.map((o) => o.id),
    )
    .execute();
  for (const p of payments) {
    if (!captured.includes(p.status)) continue;
    const o = orders.find((x) => x.id === p.order_id)!;
    // An order's split never changes once placed (its rate is fixed): computed once.
    let s = splits.get(o.id);
    if (!s) splits.set(o.id, (s = await expectedSplit(t.ctx, o.id)));
    const shop = perShop.get(shops[o.shop]!.shopId)!;
    const due = refundDue.includes(p.status);
    const paidBack = p.status === 'refunded';
    if (!due) {
      shop.payable += s.share;
      platform.commission += s.commission;
      platform.deliveryFees += s.deliveryFee;
    }
    if (due && !paidBack) platform.refunds += s.total;
    if (p.provider === 'cod') shop.codCash += paidBack ? 0 : s.total;
    else clearing.set(p.provider, (clearing.get(p.provider) ?? 0) + (paidBack ? 0 : s.total));
  }
  return { perShop, platform, clearing };
}

async function platformSums() {
  const rows = await t.ctx.db
    .selectFrom('ledger_accounts as a')
    .innerJoin('ledger_entries as e', 'e.account_id', 'a.id')
    .select(['a.key', (eb) => eb.fn.sum<string>('e.amount').as('sum')])
    .where('a.shop_id', 'is', null)
    .groupBy('a.key')
    .execute();
  return new Map(rows.map((r) => [r.key, Number(r.sum)]));
}

describe('the ledger over random order lifecycles', () => {
  it('balances after every step and matches a hand computation from the orders', async () => {
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 20, maxLength: 45 }), async (actions) => {
        for (const a of actions) {
          await run(a);
          steps += 1;
          const v = await verifyLedger(t.ctx.db);
          expect(v.unbalanced).toEqual([]);
          expect(v.ok).toBe(true);
          const want = await expected();
          for (const shop of shops) {
            const res = await t.app.inject({
              url: `/api/v1/shops/${shop.shopId}/balance`,
              headers: shop.seller.auth,
            });
            const w = want.perShop.get(shop.shopId)!;
            expect(res.json(), JSON.stringify(a)).toEqual({
              shopId: shop.shopId,
              currency: 'BDT',
              payable: w.payable,
              receivable: w.receivable,
              codCash: w.codCash,
              net: w.payable - w.receivable - w.codCash,
            });
          }
          const sums = await platformSums();
          expect(sums.get('platform:platform_commission') ?? 0).toBe(0 - want.platform.commission);
          expect(sums.get('platform:refunds') ?? 0).toBe(0 - want.platform.refunds);
          expect(sums.get('platform:delivery_fees') ?? 0).toBe(0 - want.platform.deliveryFees);
          for (const provider of ['bkash', 'nagad', 'sslcommerz']) {
            expect(sums.get(`clearing:${provider}`) ?? 0, provider).toBe(
              want.clearing.get(provider) ?? 0,
            );
          }
        }
      }),
      // State accumulates in the database across runs: shrinking could not replay a case alone.
      { numRuns: 8, endOnFailure: true },
    );
    // The lifecycles did reach the postings they are meant to test.
    const kinds = await t.ctx.db
      .selectFrom('ledger_transactions')
      .select('kind')
      .distinct()
      .orderBy('kind')
      .execute();
    expect(
      kinds.map((k) => k.kind),
      JSON.stringify(kinds),
    ).toEqual(['adjustment', 'payment.captured', 'refund.due', 'refund.paid']);
    expect(steps).toBeGreaterThanOrEqual(100);
  }, 120_000);
});
