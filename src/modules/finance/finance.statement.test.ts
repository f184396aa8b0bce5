import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import {
  approveOnline,
  deliver,
  expectedSplit,
  getBalance,
  longAgo,
  move,
  moneyShop,
  newBuyer,
  placeOrder,
  putRules,
  type MoneyShop,
} from '../money/test-support.ts';
import { dhakaDay, getStatement, postAt } from './test-support.ts';

// Commission rules are global: a database of this file's own.
let t: TestApp;
let admin: TestUser;
let shop: MoneyShop;
let other: MoneyShop;
const orders: Record<string, { id: string; number: string }> = {};

async function orderNumber(id: string) {
  const o = await t.ctx.db
    .selectFrom('orders')
    .select('number')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return o.number;
}

beforeAll(async () => {
  t = await createIsolatedTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  // 7.5 % and 3 taka a line: commissions with remainders.
  const put = await putRules(t.app, admin, [
    { scope: 'default', rateBp: 750, fixedFee: 300, effectiveFrom: longAgo },
  ]);
  expect(put.statusCode).toBe(200);
  shop = await moneyShop(t.ctx, t.app);
  other = await moneyShop(t.ctx, t.app);
  // A delivered COD order of 3 units.
  const cod = await placeOrder(t.app, await newBuyer(t.ctx, t.app, shop.shopId), shop, 'cod', 3);
  await deliver(t.app, shop.seller, cod.id);
  // A bKash order paid through the sandbox.
  const paid = await placeOrder(t.app, await newBuyer(t.ctx, t.app, shop.shopId), shop, 'bkash', 2);
  await approveOnline(t.app, paid.redirectUrl!);
  // A bKash order paid, then cancelled by its customer: refund due, then paid by bKash.
  const b = await newBuyer(t.ctx, t.app, shop.shopId);
  const refunded = await placeOrder(t.app, b, shop, 'bkash');
  await approveOnline(t.app, refunded.redirectUrl!);
  await move(t.app, b, refunded.id, 'cancelled');
  // Two adjustments by an admin: a credit and a charge.
  for (const [amount, reason] of [
    [50_000, 'promotion credit'],
    [-20_000, '=HYPERLINK("http://evil.example","click")'],
  ] as const) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/shops/${shop.shopId}/ledger/adjustments`,
      headers: admin.auth,
      payload: { amount, reason },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  for (const [name, o] of Object.entries({ cod, paid, refunded })) {
    orders[name] = { id: o.id, number: await orderNumber(o.id) };
  }
}, 120_000);
afterAll(() => t.close());

const period = () => ({ from: dhakaDay(-1), to: dhakaDay(1) });

describe('the statement of a period', () => {
  it('totals and running balance equal the hand computation from the orders', async () => {
    const cod = await expectedSplit(t.ctx, orders.cod!.id);
    const paid = await expectedSplit(t.ctx, orders.paid!.id);
    const refunded = await expectedSplit(t.ctx, orders.refunded!.id);
    expect(cod.commission).toBeGreaterThan(0);

    const s = await getStatement(t.app, shop.seller, shop.shopId, period().from, period().to);
    expect(s.openingBalance).toBe(0);
    // By hand: COD: the shop holds the cash (T) and is owed its share (S); bKash: owed its share;
    // the refunded order: its share owed, then taken back; adjustments +500 −200 taka.
    const closing = cod.share - cod.total + paid.share + 50_000 - 20_000;
    expect(s.closingBalance).toBe(closing);
    expect(s.totals).toEqual({
      sales: cod.total + paid.total + refunded.total,
      commission: cod.commission + paid.commission,
      deliveryFees: 0,
      refunds: refunded.total,
      codCash: cod.total,
      adjustments: 30_000,
      payouts: 0,
      other: 0,
      netChange: closing,
    });
    // The same as the balance endpoint says.
    expect((await getBalance(t.app, shop.seller, shop.shopId)).net).toBe(closing);

    // Every entry, oldest first, each balance the one before minus its debit plus its credit.
    const entries = s.entries.map((e) => [e.kind, e.account, e.orderNumber, e.debit, e.credit]);
    expect(entries).toEqual([
      ['payment.captured', 'cod_cash', orders.cod!.number, cod.total, 0],
      ['payment.captured', 'payable', orders.cod!.number, 0, cod.share],
      ['payment.captured', 'payable', orders.paid!.number, 0, paid.share],
      ['payment.captured', 'payable', orders.refunded!.number, 0, refunded.share],
      ['refund.due', 'payable', orders.refunded!.number, refunded.share, 0],
      ['adjustment', 'payable', null, 0, 50_000],
      ['adjustment', 'receivable', null, 20_000, 0],
    ]);
    let balance = s.openingBalance;
    for (const e of s.entries) {
      balance += e.credit - e.debit;
      expect(e.balance).toBe(balance);
    }
    expect(balance).toBe(s.closingBalance);
    expect(s.entries[0]!.kindLabel).toEqual({ bn: 'বিক্রি', en: 'Sale' });
    expect(s.entries[0]!.accountLabel.bn).toBe('হাতে নগদ');
    expect(s.entries[4]!.kindLabel.en).toBe('Refund due');
  });

  it("a later period opens with the earlier one's closing balance and lists nothing", async () => {
    const before = await getStatement(t.app, admin, shop.shopId, dhakaDay(-1), dhakaDay(1));
    const after = await getStatement(t.app, admin, shop.shopId, dhakaDay(1), dhakaDay(30));
    expect(after.openingBalance).toBe(before.closingBalance);
    expect(after.closingBalance).toBe(before.closingBalance);
    expect(after.entries).toEqual([]);
    expect(after.totals.netChange).toBe(0);
  });

  it('never shows another shop’s entries', async () => {
    const s = await getStatement(t.app, other.seller, other.shopId, dhakaDay(-1), dhakaDay(1));
    expect(s.entries).toEqual([]);
    expect(s.openingBalance).toBe(0);
  });
});

describe('period boundaries in Asia/Dhaka', () => {
  it('a date is midnight in Dhaka: 18:00 UTC the evening before opens the day', async () => {
    const s = await moneyShop(t.ctx, t.app);
    // 23:59:59 on 30 November in Dhaka, then 00:00 on 1 December, then 23:59:59 on 31 December.
    await postAt(t.ctx, {
      shopId: s.shopId,
      kind: 'adjustment',
      at: '2025-11-30T17:59:59Z',
      amount: -100,
    });
    await postAt(t.ctx, {
      shopId: s.shopId,
      kind: 'adjustment',
      at: '2025-11-30T18:00:00Z',
      amount: -200,
    });
    await postAt(t.ctx, {
      shopId: s.shopId,
      kind: 'adjustment',
      at: '2025-12-31T17:59:59Z',
      amount: -400,
    });
    await postAt(t.ctx, {
      shopId: s.shopId,
      kind: 'adjustment',
      at: '2025-12-31T18:00:00Z',
      amount: -800,
    });
    const dec = await getStatement(t.app, s.seller, s.shopId, '2025-12-01', '2026-01-01');
    expect(dec.from).toBe('2025-11-30T18:00:00.000Z');
    expect(dec.to).toBe('2025-12-31T18:00:00.000Z');
    expect(dec.openingBalance).toBe(100);
    expect(dec.entries.map((e) => e.credit)).toEqual([200, 400]);
    expect(dec.closingBalance).toBe(700);
    // An ISO time with an offset is that moment.
    const exact = await getStatement(
      t.app,
      s.seller,
      s.shopId,
      '2025-12-01T00:00:01+06:00',
      '2026-01-01T06:00:00+06:00',
    );
    expect(exact.entries.map((e) => e.credit)).toEqual([400, 800]);
  });

  it('unknown kinds are shown by their code and grouped by their prefix', async () => {
    const s = await moneyShop(t.ctx, t.app);
    await postAt(t.ctx, {
      shopId: s.shopId,
      kind: 'payout.brand_new',
      at: '2025-06-10T06:00:00Z',
      amount: 5_000,
    });
    await postAt(t.ctx, {
      shopId: s.shopId,
      kind: 'loyalty.bonus',
      at: '2025-06-11T06:00:00Z',
      amount: -700,
    });
    const st = await getStatement(t.app, s.seller, s.shopId, '2025-06-01', '2025-07-01');
    expect(st.entries.map((e) => e.kindLabel)).toEqual([
      { bn: 'payout.brand_new', en: 'payout.brand_new' },
      { bn: 'loyalty.bonus', en: 'loyalty.bonus' },
    ]);
    expect(st.totals).toMatchObject({ payouts: 5_000, other: 700, netChange: -4_300 });
    expect(st.closingBalance).toBe(-4_300);
  });
});

describe('access and hostile input', () => {
  const url = (shopId: string, q: string, ext = '') =>
    `/api/v1/shops/${shopId}/statement${ext}?${q}`;
  const get = (u: string, user?: TestUser) => t.app.inject({ url: u, headers: user?.auth ?? {} });
  const ok = `from=${dhakaDay(-1)}&to=${dhakaDay(1)}`;

  it('the owner and admins; another seller 404 as for any shop; customers 403; nobody 401', async () => {
    for (const ext of ['', '.csv', '.pdf']) {
      expect((await get(url(shop.shopId, ok, ext), shop.seller)).statusCode).toBe(200);
      expect((await get(url(shop.shopId, ok, ext), admin)).statusCode).toBe(200);
      const theirs = await get(url(shop.shopId, ok, ext), other.seller);
      expect(theirs.statusCode).toBe(404);
      expect(theirs.json().error.code).toBe('SHOP_NOT_FOUND');
      expect((await get(url(shop.shopId, ok, ext), await createUser(t.ctx))).statusCode).toBe(403);
      expect((await get(url(shop.shopId, ok, ext))).statusCode).toBe(401);
      expect((await get(url(randomUUID(), ok, ext), admin)).statusCode).toBe(404);
    }
  });

  it('refuses bad dates, reversed and empty periods, and more than 366 days', async () => {
    const cases: [string, string][] = [
      ['from=2026-02-30&to=2026-03-10', 'PERIOD_INVALID'],
      ['from=yesterday&to=2026-03-10', 'PERIOD_INVALID'],
      ['from=2026-03-10&to=2026-03-10', 'PERIOD_INVALID'],
      ['from=2026-03-10&to=2026-03-01', 'PERIOD_INVALID'],
      ['from=2026-13-01&to=2027-01-01', 'PERIOD_INVALID'],
      ["from=2026-01-01'%20OR%201=1--&to=2026-02-01", 'PERIOD_INVALID'],
      ['from=2024-01-01&to=2025-01-03', 'PERIOD_TOO_LONG'],
      ['from=0001-01-01&to=9999-12-31', 'PERIOD_TOO_LONG'],
      ['to=2026-02-01', 'VALIDATION_FAILED'],
      [`from=${'9'.repeat(100)}&to=2026-02-01`, 'VALIDATION_FAILED'],
    ];
    for (const [q, code] of cases) {
      for (const ext of ['', '.csv', '.pdf']) {
        const res = await get(url(shop.shopId, q, ext), shop.seller);
        expect(res.statusCode, `${q} ${ext}`).toBe(400);
        expect(res.json().error.code, q).toBe(code);
      }
    }
    // Exactly 366 days (a leap year) is allowed.
    expect(
      (await get(url(shop.shopId, 'from=2024-01-01&to=2025-01-01'), shop.seller)).statusCode,
    ).toBe(200);
    const bad = await get(url(shop.shopId, `${ok}&lang=fr`, '.csv'), shop.seller);
    expect(bad.statusCode).toBe(400);
  });
});
