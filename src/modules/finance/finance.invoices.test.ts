import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { formatMoney } from '../../platform/money.ts';
import { lineCommission } from '../money/index.ts';
import {
  approveOnline,
  deliver,
  expectedSplit,
  longAgo,
  move,
  moneyShop,
  newBuyer,
  placeOrder,
  putRules,
  type MoneyShop,
} from '../money/test-support.ts';
import { buildInvoice, invoiceNumber } from './finance.invoice.ts';
import { dhakaDay } from './test-support.ts';

/** Monthly commission invoices and the admin's summary, on a database of this file's own. */
const PDFTOTEXT = '/usr/bin/pdftotext';
let t: TestApp;
let admin: TestUser;
let shop: MoneyShop;
let quiet: MoneyShop;
let dir: string;
const orders: Record<string, { id: string; number: string }> = {};
const month = () => dhakaDay(0).slice(0, 7);
const BIN = '0009876540202';

beforeAll(async () => {
  t = await createIsolatedTestApp({
    PLATFORM_LEGAL_NAME: 'Haat Marketplace Ltd',
    PLATFORM_ADDRESS: 'House 1, Road 2, Gulshan, Dhaka 1212',
    PLATFORM_BIN: BIN,
    COMMISSION_VAT_RATE: '15',
  });
  dir = await mkdtemp(path.join(tmpdir(), 'haat-invoices-'));
  admin = await createUser(t.ctx, { role: 'admin' });
  const put = await putRules(t.app, admin, [
    { scope: 'default', rateBp: 750, fixedFee: 300, effectiveFrom: longAgo },
  ]);
  expect(put.statusCode).toBe(200);
  shop = await moneyShop(t.ctx, t.app);
  quiet = await moneyShop(t.ctx, t.app);
  const cod = await placeOrder(t.app, await newBuyer(t.ctx, t.app, shop.shopId), shop, 'cod', 3);
  await deliver(t.app, shop.seller, cod.id);
  const paid = await placeOrder(t.app, await newBuyer(t.ctx, t.app, shop.shopId), shop, 'bkash', 2);
  await approveOnline(t.app, paid.redirectUrl!);
  const b = await newBuyer(t.ctx, t.app, shop.shopId);
  const refunded = await placeOrder(t.app, b, shop, 'bkash');
  await approveOnline(t.app, refunded.redirectUrl!);
  await move(t.app, b, refunded.id, 'cancelled');
  // The quiet shop's only order is refunded: its commission nets to nothing.
  const qb = await newBuyer(t.ctx, t.app, quiet.shopId);
  const qo = await placeOrder(t.app, qb, quiet, 'bkash');
  await approveOnline(t.app, qo.redirectUrl!);
  await move(t.app, qb, qo.id, 'cancelled');
  for (const [name, o] of Object.entries({ cod, paid, refunded })) {
    const { number } = await t.ctx.db
      .selectFrom('orders')
      .select('number')
      .where('id', '=', o.id)
      .executeTakeFirstOrThrow();
    orders[name] = { id: o.id, number };
  }
}, 120_000);
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string, user?: TestUser) => t.app.inject({ url, headers: user?.auth ?? {} });

describe('the monthly commission invoice', () => {
  it('lists each order line’s commission, less what refunds gave back, as the ledger took it', async () => {
    const inv = await buildInvoice(t.ctx.db, t.ctx.config, shop.shopId, month());
    const lines = await t.ctx.db
      .selectFrom('order_items as i')
      .innerJoin('orders as o', 'o.id', 'i.order_id')
      .select(['o.number', 'i.line_total', 'i.commission_bp', 'i.commission_fixed'])
      .where('o.shop_id', '=', shop.shopId)
      .orderBy('o.created_at')
      .execute();
    expect(
      inv.lines.map((l) => [l.orderNumber, l.lineTotal, l.rateBp, l.fixedFee, l.commission]),
    ).toEqual(
      lines.map((l) => [
        l.number,
        l.line_total,
        750,
        300,
        lineCommission(l.line_total, l.commission_bp, l.commission_fixed),
      ]),
    );
    const k = async (name: string) => (await expectedSplit(t.ctx, orders[name]!.id)).commission;
    expect(inv.gross).toBe((await k('cod')) + (await k('paid')) + (await k('refunded')));
    expect(inv.reversals).toEqual([
      expect.objectContaining({
        orderNumber: orders.refunded!.number,
        kind: 'refund.due',
        amount: await k('refunded'),
      }),
    ]);
    expect(inv.total).toBe((await k('cod')) + (await k('paid')));
    // What the ledger's commission account got from this shop.
    const { rows } = await sql<{ sum: string }>`
      SELECT (-sum(e.amount))::text AS sum FROM ledger_entries e
        JOIN ledger_accounts a ON a.id = e.account_id AND a.kind = 'platform_commission'
        JOIN ledger_transactions tr ON tr.id = e.transaction_id
       WHERE tr.shop_id = ${shop.shopId}`.execute(t.ctx.db);
    expect(inv.total).toBe(Number(rows[0]!.sum));
    // VAT is inside the commission: 15 / 115 of it.
    expect(inv.vat).toEqual({ rate: 15, amount: Math.round((inv.total * 15) / 115) });
    expect(inv.platform).toEqual({
      name: 'Haat Marketplace Ltd',
      address: 'House 1, Road 2, Gulshan, Dhaka 1212',
      bin: BIN,
    });
    expect(inv.number).toBe(
      `HAAT-COM-${month()}-${shop.shopId.replaceAll('-', '').slice(0, 8).toUpperCase()}`,
    );
  });

  it('the year’s list has the months with commission; a month netting to nothing is left out', async () => {
    const year = month().slice(0, 4);
    const res = await get(`/api/v1/shops/${shop.shopId}/invoices?year=${year}`, shop.seller);
    expect(res.statusCode).toBe(200);
    const inv = await buildInvoice(t.ctx.db, t.ctx.config, shop.shopId, month());
    expect(res.json().items).toEqual([
      { month: month(), number: invoiceNumber(shop.shopId, month()), commission: inv.total },
    ]);
    const none = await get(`/api/v1/shops/${quiet.shopId}/invoices?year=${year}`, quiet.seller);
    expect(none.json().items).toEqual([]);
    const other = await get(`/api/v1/shops/${shop.shopId}/invoices?year=2019`, shop.seller);
    expect(other.json().items).toEqual([]);
  });

  it.skipIf(!existsSync(PDFTOTEXT))(
    'as a PDF: numbers, platform and seller, lines, VAT',
    async () => {
      const inv = await buildInvoice(t.ctx.db, t.ctx.config, shop.shopId, month());
      const text = async (lang: 'bn' | 'en') => {
        const res = await get(
          `/api/v1/shops/${shop.shopId}/invoices/${month()}.pdf?lang=${lang}`,
          shop.seller,
        );
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toBe(
          `inline; filename="${inv.number}-${lang}.pdf"`,
        );
        const file = path.join(dir, `${randomUUID()}.pdf`);
        await writeFile(file, res.rawPayload);
        return execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
      };
      const en = await text('en');
      for (const s of [
        inv.number,
        'Commission invoice',
        'Haat Marketplace Ltd',
        `BIN: ${BIN}`,
        orders.cod!.number,
        orders.paid!.number,
        orders.refunded!.number,
        '7.5%',
        formatMoney('en', inv.total),
        formatMoney('en', inv.vat!.amount),
        'of which VAT (15%)',
      ]) {
        expect(en).toContain(s);
      }
      const bn = await text('bn');
      expect(bn).toContain(inv.number);
      expect(bn).toContain(formatMoney('bn', inv.total));
      expect(bn).toContain('৭.৫%');
    },
  );

  it('access and hostile months', async () => {
    const url = (m: string, shopId = shop.shopId) => `/api/v1/shops/${shopId}/invoices/${m}.pdf`;
    expect((await get(url(month()), admin)).statusCode).toBe(200);
    const theirs = await get(url(month()), quiet.seller);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.code).toBe('SHOP_NOT_FOUND');
    expect((await get(url(month()), await createUser(t.ctx))).statusCode).toBe(403);
    expect(await get(url(month()))).toMatchObject({ statusCode: 401 });
    expect((await get(url(month(), randomUUID()), admin)).statusCode).toBe(404);
    const empty = await get(url('2019-05'), shop.seller);
    expect(empty.statusCode).toBe(404);
    expect(empty.json().error.code).toBe('INVOICE_NOT_FOUND');
    for (const m of ['2026-13', '2026-00', '1999-12']) {
      const res = await get(url(m), shop.seller);
      expect(res.statusCode, m).toBe(400);
      expect(res.json().error.code).toBe('PERIOD_INVALID');
    }
    for (const m of ['2026-1', 'abcd-ef', '2026-12-01', '..%2F..%2Fetc']) {
      expect((await get(url(m), shop.seller)).statusCode, m).toBeGreaterThanOrEqual(400);
    }
    for (const y of ['abc', '1999', '3000', '']) {
      const res = await get(`/api/v1/shops/${shop.shopId}/invoices?year=${y}`, shop.seller);
      expect(res.statusCode, y).toBe(400);
    }
    expect(
      (await get(`/api/v1/shops/${shop.shopId}/invoices?year=2026`, quiet.seller)).statusCode,
    ).toBe(404);
  });
});

describe('GET /admin/finance/summary', () => {
  it('commission, delivery fees, refunds and what shops are owed and hold, as by hand', async () => {
    const res = await get(
      `/api/v1/admin/finance/summary?from=${dhakaDay(-1)}&to=${dhakaDay(1)}`,
      admin,
    );
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    const split = (name: string) => expectedSplit(t.ctx, orders[name]!.id);
    const [cod, paid, refunded] = await Promise.all([
      split('cod'),
      split('paid'),
      split('refunded'),
    ]);
    expect(s.commissionEarned).toBe(cod.commission + paid.commission);
    expect(s.deliveryFees).toBe(0);
    // Both refunded orders were paid back by bKash at once.
    const quietTotal = (
      await t.ctx.db
        .selectFrom('orders')
        .select('total')
        .where('shop_id', '=', quiet.shopId)
        .executeTakeFirstOrThrow()
    ).total;
    expect(s.refundsDue).toBe(refunded.total + quietTotal);
    expect(s.refundsPaid).toBe(refunded.total + quietTotal);
    expect(s.refundsOwed).toBe(0);
    expect(s.shops).toEqual({
      payable: cod.share + paid.share,
      receivable: 0,
      codCash: cod.total,
      net: cod.share + paid.share - cod.total,
    });
    expect(s.topShops[0]).toMatchObject({
      shopId: shop.shopId,
      payable: cod.share + paid.share,
      codCash: cod.total,
      net: cod.share + paid.share - cod.total,
    });
    // Before anything happened: all zero.
    const before = await get('/api/v1/admin/finance/summary?from=2020-01-01&to=2020-02-01', admin);
    expect(before.json()).toMatchObject({ commissionEarned: 0, refundsOwed: 0, topShops: [] });
  });

  it('admins only; the period is checked', async () => {
    const url = `/api/v1/admin/finance/summary?from=${dhakaDay(-1)}&to=${dhakaDay(1)}`;
    expect((await get(url, shop.seller)).statusCode).toBe(403);
    expect((await get(url, await createUser(t.ctx))).statusCode).toBe(403);
    expect((await get(url)).statusCode).toBe(401);
    const long = await get('/api/v1/admin/finance/summary?from=2020-01-01&to=2026-01-01', admin);
    expect(long.json().error.code).toBe('PERIOD_TOO_LONG');
  });
});
