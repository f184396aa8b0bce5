import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { actOnPaymentPage } from '../payments/index.ts';
import {
  adjust,
  backdateDelivery,
  payoutsApp,
  putMethod,
  runPayouts,
  shopPayouts,
  type PayoutsTestApp,
} from '../payouts/test-support.ts';
import { askReturn, moveReturn, type ReturnBody } from '../returns/test-support.ts';
import { lineCommission } from './commission.ts';
import { verifyLedger } from './ledger.ts';
import {
  deliver,
  expectedSplit,
  getBalance,
  longAgo,
  moneyShop,
  move,
  newBuyer,
  placeOrder,
  putRules,
  type MoneyShop,
} from './test-support.ts';

/**
 * 1,000 random order lifecycles, cash on delivery and bKash, through the real API: paid or not,
 * cancelled, rejected or delivered; part of a line returned (refused, cancelled, left open, or
 * checked and refunded: bKash's refund API, or a bKash disbursement to the customer's number for
 * cash on delivery); the return window closed; a payout run; an admin's adjustment. Shops run
 * their lifecycles side by side, each its own one after the other. After every step the shop's
 * balance and what it may be paid equal a hand computation from its orders; after every
 * lifecycle the whole ledger balances. "No seller is paid for an undelivered or returned line"
 * is the hand computation itself: only delivered orders whose window closed with no return open
 * count, net of what returns took back, and every payout pays exactly that.
 */

const LIFECYCLES = Number(process.env.LIFECYCLES ?? 1_000);
const SHOPS = 8;
const PRICES = [12_345, 9_999, 100_001, 5_050, 777, 64_321, 20_000, 3_333];

type Lifecycle = {
  shop: number;
  payment: 'cod' | 'bkash';
  qty: number;
  paid: boolean;
  end: 'cancel' | 'reject' | 'deliver';
  ret: { units: number; outcome: 'refuse' | 'cancel' | 'open' | 'checked' } | null;
  closeWindow: boolean;
  payout: boolean;
  adjustment: number;
};

const lifecycle: fc.Arbitrary<Lifecycle> = fc.record({
  shop: fc.nat(SHOPS - 1),
  payment: fc.constantFrom('cod' as const, 'bkash' as const),
  qty: fc.integer({ min: 1, max: 3 }),
  paid: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  end: fc.constantFrom(
    'cancel' as const,
    'reject' as const,
    'deliver' as const,
    'deliver' as const,
  ),
  ret: fc.option(
    fc.record({
      units: fc.integer({ min: 1, max: 2 }),
      outcome: fc.constantFrom(
        'refuse' as const,
        'cancel' as const,
        'open' as const,
        'checked' as const,
        'checked' as const,
      ),
    }),
    { freq: 2 },
  ),
  closeWindow: fc.boolean(),
  payout: fc.boolean(),
  adjustment: fc.oneof(
    { weight: 6, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: -20_000, max: 20_000 }) },
  ),
});

/** One order as the hand computation sees it. */
type Tracked = {
  payment: 'cod' | 'bkash';
  share: number;
  total: number;
  /** What returns took back from the seller's share. */
  reversal: number;
  captured: boolean;
  refundedWhole: boolean;
  delivered: boolean;
  windowClosed: boolean;
  openReturn: boolean;
};

type ShopModel = {
  shop: MoneyShop;
  orders: Tracked[];
  adjCredit: number;
  adjCharge: number;
  paidOut: number;
};

let t: PayoutsTestApp;
let admin: TestUser;
const models: ShopModel[] = [];

beforeAll(async () => {
  t = await payoutsApp({ PAYOUT_MINIMUM: '1' }, { isolated: true });
  t.bkash.payouts.balance = Number.MAX_SAFE_INTEGER;
  admin = await createUser(t.ctx, { role: 'admin' });
  const put = await putRules(t.app, admin, [
    { scope: 'default', rateBp: 750, fixedFee: 300, effectiveFrom: longAgo },
  ]);
  expect(put.statusCode).toBe(200);
  for (let i = 0; i < SHOPS; i++) {
    const shop = await moneyShop(t.ctx, t.app, { price: PRICES[i] });
    const method = await putMethod(t.app, shop.seller, shop.shopId, {
      kind: 'bkash',
      msisdn: `0171${String(10_000_000 + i).slice(1)}`,
    });
    expect(method.statusCode).toBe(200);
    models.push({ shop, orders: [], adjCredit: 0, adjCharge: 0, paidOut: 0 });
  }
}, 120_000);
afterAll(() => t?.close());

/** The shop's figures by hand: its balance and what it may be paid now, and what waits. */
function expected(m: ShopModel) {
  let payable = m.adjCredit - m.paidOut;
  let codCash = 0;
  let available = m.adjCredit - m.adjCharge - m.paidOut;
  let pending = 0;
  for (const o of m.orders) {
    if (!o.captured || o.refundedWhole) continue;
    const kept = o.share - o.reversal;
    payable += kept;
    if (o.payment === 'cod') {
      codCash += o.total;
      available += kept - o.total; // released at once: the shop holds the cash
    } else if (o.delivered && o.windowClosed && !o.openReturn) available += kept;
    else pending += kept;
  }
  return { payable, receivable: m.adjCharge, codCash, available, pending };
}

async function check(m: ShopModel, step: string) {
  const want = expected(m);
  const balance = await getBalance(t.app, m.shop.seller, m.shop.shopId);
  expect(
    { payable: balance.payable, receivable: balance.receivable, codCash: balance.codCash },
    step,
  ).toEqual({ payable: want.payable, receivable: want.receivable, codCash: want.codCash });
  const payouts = await shopPayouts(t.app, m.shop.seller, m.shop.shopId);
  expect({ available: payouts.available, pending: payouts.pending }, step).toEqual({
    available: want.available,
    pending: want.pending,
  });
}

async function payOnPage(redirectUrl: string, act: 'approve' | 'fail') {
  const outcome = await actOnPaymentPage(redirectUrl, act);
  if (outcome.kind !== 'redirect') throw new Error(`payment page: ${outcome.kind}`);
  const url = new URL(outcome.location);
  await t.app.inject({ method: 'GET', url: url.pathname + url.search });
}

async function returnPart(
  m: ShopModel,
  o: Tracked,
  orderId: string,
  buyer: TestUser,
  l: Lifecycle,
) {
  const units = Math.min(l.ret!.units, l.qty - 1);
  if (units < 1) return;
  const item = await t.ctx.db
    .selectFrom('order_items')
    .select(['id', 'unit_price', 'line_total', 'commission_bp', 'commission_fixed'])
    .where('order_id', '=', orderId)
    .executeTakeFirstOrThrow();
  const asked = await askReturn(t.app, buyer, orderId, {
    lines: [{ orderItemId: item.id, quantity: units }],
    reason: 'damaged',
    ...(o.payment === 'cod' ? { refundMsisdn: '01911000123' } : {}),
  });
  expect(asked.statusCode, asked.body).toBe(201);
  const r = asked.json() as ReturnBody;
  o.openReturn = true;
  await check(m, 'return asked');
  const seller = m.shop.seller;
  const step = async (payload: Record<string, unknown>, who: TestUser = seller) => {
    const res = await moveReturn(t.app, who, r.id, payload);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ReturnBody;
  };
  switch (l.ret!.outcome) {
    case 'open':
      await step({ to: 'accepted' });
      return;
    case 'refuse':
      await step({ to: 'refused', reason: 'seal broken by the customer' });
      o.openReturn = false;
      return;
    case 'cancel':
      await step({ to: 'cancelled' }, buyer);
      o.openReturn = false;
      return;
    case 'checked': {
      await step({ to: 'accepted' });
      await step({ to: 'picked_up' });
      const done = await step({
        to: 'checked',
        lines: r.lines.map((x) => ({ id: x.id, resellable: units % 2 === 0 })),
      });
      // The refund went out whole: bKash's refund API, or a disbursement for cash on delivery.
      expect(done.status).toBe('refunded');
      const a = item.unit_price * units;
      expect(done.refundAmount).toBe(a);
      const c = (x: number) => lineCommission(x, item.commission_bp, item.commission_fixed);
      o.reversal += a - (c(item.line_total) - c(item.line_total - a));
      o.openReturn = false;
      return;
    }
  }
}

async function runLifecycle(l: Lifecycle) {
  const m = models[l.shop]!;
  const buyer = await newBuyer(t.ctx, t.app, m.shop.shopId);
  const placed = await placeOrder(t.app, buyer, m.shop, l.payment, l.qty);
  const split = await expectedSplit(t.ctx, placed.id);
  const o: Tracked = {
    payment: l.payment,
    share: split.share,
    total: split.total,
    reversal: 0,
    captured: false,
    refundedWhole: false,
    delivered: false,
    windowClosed: false,
    openReturn: false,
  };
  m.orders.push(o);
  if (l.payment === 'bkash') {
    await payOnPage(placed.redirectUrl!, l.paid ? 'approve' : 'fail');
    if (!l.paid) return check(m, 'payment failed');
    o.captured = true;
    await check(m, 'paid');
  }
  if (l.end !== 'deliver') {
    const to = l.end === 'cancel' ? 'cancelled' : 'rejected';
    await move(t.app, l.end === 'cancel' ? buyer : m.shop.seller, placed.id, to);
    // A captured payment goes back whole (the bKash sandbox refunds at once).
    if (o.captured) o.refundedWhole = true;
    return check(m, to);
  }
  await deliver(t.app, m.shop.seller, placed.id);
  o.delivered = true;
  o.captured = true; // cash on delivery is captured on delivery
  await check(m, 'delivered');
  if (l.ret) await returnPart(m, o, placed.id, buyer, l);
  if (l.closeWindow) {
    await backdateDelivery(t.ctx, placed.id);
    o.windowClosed = true;
    await check(m, 'window closed');
  }
  if (l.payout) {
    const want = expected(m).available;
    const res = await runPayouts(t.app, admin, { shopIds: [m.shop.shopId], minimum: 1 });
    expect(res.statusCode, res.body).toBe(201);
    const payouts = res.json().payouts as { amount: number; status: string }[];
    if (want >= 1) {
      expect(payouts).toEqual([expect.objectContaining({ amount: want, status: 'paid' })]);
      m.paidOut += want;
    } else expect(payouts).toEqual([]);
    await check(m, 'payout');
  }
  if (l.adjustment !== 0) {
    const res = await adjust(t.app, admin, m.shop.shopId, l.adjustment);
    expect(res.statusCode, res.body).toBe(201);
    if (l.adjustment > 0) m.adjCredit += l.adjustment;
    else m.adjCharge -= l.adjustment;
    await check(m, 'adjusted');
  }
}

describe('money over 1,000 random order lifecycles', () => {
  it('every step matches a hand computation; the ledger always balances; payouts pay exactly what is released', async () => {
    const [lifecycles] = fc.sample(
      fc.array(lifecycle, { minLength: LIFECYCLES, maxLength: LIFECYCLES }),
      1,
    );
    let done = 0;
    // Each shop's lifecycles one after the other; the shops side by side.
    await Promise.all(
      models.map(async (_m, shop) => {
        for (const l of lifecycles!.filter((x) => x.shop === shop)) {
          await runLifecycle(l);
          done += 1;
          const v = await verifyLedger(t.ctx.db);
          expect(v.unbalanced).toEqual([]);
          expect(v.ok).toBe(true);
        }
      }),
    );
    expect(done).toBe(LIFECYCLES);
    const v = await verifyLedger(t.ctx.db);
    expect(v.ok).toBe(true);
    // The lifecycles reached every posting they are meant to test.
    const kinds = await t.ctx.db
      .selectFrom('ledger_transactions')
      .select('kind')
      .distinct()
      .orderBy('kind')
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual([
      'adjustment',
      'payment.captured',
      'payout.initiated',
      'payout.paid',
      'refund.due',
      'refund.paid',
      'refund.partial_due',
      'refund.partial_paid',
    ]);
  }, 900_000);
});
