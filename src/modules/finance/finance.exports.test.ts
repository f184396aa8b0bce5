import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { chromium, type Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { ink, similarity } from '../../../test/helpers/ink.ts';
import { formatMoney } from '../../platform/money.ts';
import { fontFile } from '../receipts/receipts.fonts.ts';
import {
  deliver,
  expectedSplit,
  longAgo,
  moneyShop,
  newBuyer,
  placeOrder,
  putRules,
  type MoneyShop,
} from '../money/test-support.ts';
import { csvCell } from './finance.csv.ts';
import { dhakaDay, getStatement } from './test-support.ts';

/**
 * The statement's CSV and PDF: a spreadsheet-safe UTF-8 file, and a PDF whose Bengali is shaped
 * (rasterized by poppler's pdftoppm and compared with Chromium drawing the same text).
 */
const CHROMIUM = '/usr/bin/chromium';
const PDFTOPPM = '/usr/bin/pdftoppm';
const PDFTOTEXT = '/usr/bin/pdftotext';
const canCompare = existsSync(CHROMIUM) && existsSync(PDFTOPPM);
if (!canCompare || !existsSync(PDFTOTEXT)) {
  console.warn('finance PDF checks skipped: needs /usr/bin/chromium and poppler-utils.');
}

let t: TestApp;
let admin: TestUser;
let shop: MoneyShop;
let order: { id: string; number: string };
let dir: string;
const SHOP_BN = 'ক্ষুদ্র স্টোর';
const q = () => `from=${dhakaDay(-1)}&to=${dhakaDay(1)}`;

beforeAll(async () => {
  t = await createIsolatedTestApp();
  dir = await mkdtemp(path.join(tmpdir(), 'haat-finance-'));
  admin = await createUser(t.ctx, { role: 'admin' });
  const put = await putRules(t.app, admin, [
    { scope: 'default', rateBp: 750, fixedFee: 300, effectiveFrom: longAgo },
  ]);
  expect(put.statusCode).toBe(200);
  shop = await moneyShop(t.ctx, t.app);
  await sql`UPDATE shops SET name_bn = ${SHOP_BN} WHERE id = ${shop.shopId}`.execute(t.ctx.db);
  const placed = await placeOrder(t.app, await newBuyer(t.ctx, t.app, shop.shopId), shop, 'cod', 3);
  await deliver(t.app, shop.seller, placed.id);
  const { number } = await t.ctx.db
    .selectFrom('orders')
    .select('number')
    .where('id', '=', placed.id)
    .executeTakeFirstOrThrow();
  order = { id: placed.id, number };
  // Reasons a hostile admin account (or a pasted text) could put in a spreadsheet.
  for (const [amount, reason] of [
    [100, '=1+2'],
    [200, '+cmd|calc'],
    [-300, '-2+3 "quoted", with comma'],
    [400, '@SUM(A1:A9)'],
  ] as const) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/shops/${shop.shopId}/ledger/adjustments`,
      headers: admin.auth,
      payload: { amount, reason },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
}, 120_000);
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

/** Splits CSV text into rows of cells (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('statement.csv', () => {
  it('is UTF-8 with a BOM, in Bengali, amounts in taka with two decimals', async () => {
    const res = await t.app.inject({
      url: `/api/v1/shops/${shop.shopId}/statement.csv?${q()}&lang=bn`,
      headers: shop.seller.auth,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="haat-statement-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-bn\.csv"$/,
    );
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.body.slice(1));
    expect(rows[0]).toEqual([
      'তারিখ',
      'ধরন',
      'হিসাব',
      'অর্ডার নম্বর',
      'বিবরণ',
      'ডেবিট (৳)',
      'ক্রেডিট (৳)',
      'ব্যালান্স (৳)',
    ]);
    const s = await expectedSplit(t.ctx, order.id);
    const taka = (p: number) =>
      `${Math.trunc(p / 100)}.${String(Math.abs(p) % 100).padStart(2, '0')}`;
    expect(rows[1]!.slice(1, 2)).toEqual(['শুরুর ব্যালান্স']);
    expect(rows[1]![7]).toBe('0.00');
    // The sale: the cash held (debit) and the shop's share (credit), with the order number.
    const sale = rows.filter((r) => r[3] === order.number);
    expect(sale.map((r) => [r[1], r[2], r[5], r[6]])).toEqual([
      ['বিক্রি', 'হাতে নগদ', taka(s.total), ''],
      ['বিক্রি', 'পাওনা', '', taka(s.share)],
    ]);
    expect(sale[0]![0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(sale[0]![4]).toBe('ডেলিভারিতে নগদ নেওয়া');
    // The net after the sale is minus the commission, negative and still a number.
    expect(sale[1]![7]).toBe(`-${taka(s.commission)}`);
    const closing = rows.find((r) => r[1] === 'শেষের ব্যালান্স')!;
    expect(closing[7]).toBe(`-${taka(s.commission - 400)}`);
    const commission = rows.find((r) => r[1] === 'কমিশন')!;
    expect(commission[7]).toBe(taka(s.commission));
  });

  it('neutralises formulas: cells starting with = + - @ get an apostrophe', async () => {
    const res = await t.app.inject({
      url: `/api/v1/shops/${shop.shopId}/statement.csv?${q()}&lang=en`,
      headers: admin.auth,
    });
    expect(res.statusCode).toBe(200);
    const rows = parseCsv(res.body.slice(1));
    expect(rows[0]![0]).toBe('Date');
    const memos = rows.filter((r) => r[1] === 'Adjustment').map((r) => r[4]);
    expect(memos).toEqual(["'=1+2", "'+cmd|calc", '\'-2+3 "quoted", with comma', "'@SUM(A1:A9)"]);
    // In the raw text, the quote and comma are quoted as RFC 4180 says.
    expect(res.body).toContain('"\'-2+3 ""quoted"", with comma"');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@]/);
  });

  it('csvCell: formulas, tabs and carriage returns are defused; our own amounts stay numbers', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell('-12.5')).toBe("'-12.5");
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe('');
  });
});

async function pdfText(pdf: Buffer): Promise<string> {
  const file = path.join(dir, `${randomUUID()}.pdf`);
  await writeFile(file, pdf);
  return execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
}

describe.skipIf(!existsSync(PDFTOTEXT))('statement.pdf', () => {
  it('in English and in Bengali: the order, the amounts (Bengali digits in Bengali)', async () => {
    const s = await getStatement(t.app, shop.seller, shop.shopId, dhakaDay(-1), dhakaDay(1));
    for (const lang of ['en', 'bn'] as const) {
      const res = await t.app.inject({
        url: `/api/v1/shops/${shop.shopId}/statement.pdf?${q()}&lang=${lang}`,
        headers: shop.seller.auth,
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
      const text = await pdfText(res.rawPayload);
      expect(text).toContain(order.number);
      expect(text).toContain(formatMoney(lang, s.closingBalance));
      expect(text).toContain(formatMoney(lang, s.totals.commission));
      if (lang === 'en') expect(text).toContain('Statement');
    }
  });
});

/** The region (in points) of page 1, rasterized at 96 dpi, as a PNG. */
async function pdfRegion(
  pdf: Buffer,
  box: { x: number; y: number; w: number; h: number },
  dpi: number,
) {
  const file = path.join(dir, `${randomUUID()}.pdf`);
  await writeFile(file, pdf);
  const out = path.join(dir, randomUUID());
  execFileSync(PDFTOPPM, [
    '-r',
    String(dpi),
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    out,
  ]);
  const k = dpi / 72;
  return sharp(await readFile(`${out}.png`))
    .extract({
      left: Math.round(box.x * k),
      top: Math.round(box.y * k),
      width: Math.round(box.w * k),
      height: Math.round(box.h * k),
    })
    .png()
    .toBuffer();
}

describe.skipIf(!canCompare)('the PDFs draw Bengali as Chromium shapes it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });
  afterAll(() => browser?.close());

  /** The text at `px` in bold Noto Sans Bengali (Bengali and Latin subsets), shaped or letter by letter. */
  async function chromiumText(text: string, px: number, unshaped: boolean) {
    const face = async (subset: 'bengali' | 'latin') =>
      (await readFile(fontFile(subset, 700))).toString('base64');
    const page = await browser.newPage();
    const body = unshaped
      ? [...text]
          .map((c) => `<span style="display:inline-block">${c === ' ' ? '&nbsp;' : c}</span>`)
          .join('')
      : text;
    await page.setContent(`<!doctype html><meta charset="utf-8">
      <style>
        @font-face { font-family: B; font-weight: 700; src: url(data:font/woff;base64,${await face('bengali')}) format('woff'); }
        @font-face { font-family: L; font-weight: 700; src: url(data:font/woff;base64,${await face('latin')}) format('woff'); }
        body { margin: 0; background: #fff; }
        div { font: 700 ${px}px B, L; padding: 30px; display: inline-block; color: #111; white-space: pre; }
      </style><div id="t">${body}</div>`);
    await page.evaluate(() => document.fonts.ready);
    const shot = await page.locator('#t').screenshot();
    await page.close();
    return shot;
  }

  async function compare(
    pdf: Buffer,
    box: { x: number; y: number; w: number; h: number },
    text: string,
    pt: number,
    dpi = 96,
  ) {
    const region = await pdfRegion(pdf, box, dpi);
    const drawn = await ink(region);
    const good = similarity(drawn, await ink(await chromiumText(text, (pt * dpi) / 72, false)));
    const bad = similarity(drawn, await ink(await chromiumText(text, (pt * dpi) / 72, true)));
    console.info(`${text}: vs Chromium ${good.toFixed(2)}, vs unshaped ${bad.toFixed(2)}`);
    expect(good, text).toBeGreaterThan(0.7);
    expect(good - bad, text).toBeGreaterThan(0.15);
  }

  it('the Bengali statement: its title and the shop’s name with conjuncts', async () => {
    const res = await t.app.inject({
      url: `/api/v1/shops/${shop.shopId}/statement.pdf?${q()}&lang=bn`,
      headers: shop.seller.auth,
    });
    expect(res.statusCode).toBe(200);
    // The title, right-aligned on the baseline at 60 pt (18 pt bold); the shop's line at 88 pt.
    await compare(res.rawPayload, { x: 330, y: 36, w: 230, h: 32 }, 'হিসাব বিবরণী', 18);
    await compare(res.rawPayload, { x: 36, y: 74, w: 260, h: 19 }, `দোকান: ${SHOP_BN}`, 10, 288);
  }, 60_000);

  it('the Bengali commission invoice: its title', async () => {
    const month = dhakaDay(0).slice(0, 7);
    const res = await t.app.inject({
      url: `/api/v1/shops/${shop.shopId}/invoices/${month}.pdf?lang=bn`,
      headers: shop.seller.auth,
    });
    expect(res.statusCode, res.body).toBe(200);
    await compare(res.rawPayload, { x: 330, y: 38, w: 230, h: 28 }, 'কমিশন চালান', 16);
  }, 60_000);
});
