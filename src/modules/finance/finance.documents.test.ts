import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInvoice } from './finance.invoice-pdf.ts';
import type { Invoice } from './finance.invoice.ts';
import { renderStatement } from './finance.statement-pdf.ts';
import type { Statement } from './finance.statement.ts';

/** The documents alone (no database): long statements continue on further pages, and so on. */
const PDFTOTEXT = '/usr/bin/pdftotext';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'haat-finance-docs-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function pages(pdf: Buffer): Promise<string[]> {
  const file = path.join(dir, `${Math.random()}.pdf`);
  await writeFile(file, pdf);
  return execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
}

function statement(entries: number): Statement {
  return {
    shopId: '00000000-0000-4000-8000-000000000001',
    shop: { nameBn: 'করিম স্টোর', nameEn: 'Karim Store' },
    from: '2026-11-30T18:00:00.000Z',
    to: '2026-12-31T18:00:00.000Z',
    currency: 'BDT',
    openingBalance: 10_000,
    closingBalance: 10_000 - entries * 100,
    totals: {
      sales: 0,
      commission: 0,
      deliveryFees: 0,
      refunds: 0,
      codCash: 0,
      adjustments: -entries * 100,
      payouts: 0,
      other: 0,
      netChange: -entries * 100,
    },
    entries: Array.from({ length: entries }, (_, i) => ({
      id: i + 1,
      transactionId: i + 1,
      at: '2026-12-03T10:00:00.000Z',
      kind: 'adjustment',
      kindLabel: { bn: 'সমন্বয়', en: 'Adjustment' },
      account: 'receivable' as const,
      accountLabel: { bn: 'দেনা', en: 'Receivable' },
      orderId: null,
      orderNumber: null,
      memo: `charge number ${i + 1}`,
      memoLabel: { bn: `charge number ${i + 1}`, en: `charge number ${i + 1}` },
      debit: 100,
      credit: 0,
      balance: 10_000 - (i + 1) * 100,
    })),
  };
}

describe.skipIf(!existsSync(PDFTOTEXT))('the statement and invoice PDFs', () => {
  it('a long statement continues on further pages, each with the column headings', async () => {
    const text = await pages(await renderStatement(statement(120), 'en'));
    const used = text.filter((p) => p.trim());
    expect(used.length).toBeGreaterThan(2);
    for (const page of used) expect(page).toMatch(/Date\s+Kind\s+Order\s+Debit\s+Credit\s+Balance/);
    const all = text.join('\n');
    for (const n of [1, 60, 120]) expect(all).toContain(`charge number ${n}`);
    expect(all).toContain('Period: 01/12/2026 – 31/12/2026');
    expect(all).toContain('Closing balance');
    // No entries: said so.
    expect((await pages(await renderStatement(statement(0), 'en'))).join('')).toContain(
      'No entries in this period.',
    );
  });

  it('the invoice: the VAT line only when configured, the reversal line only when there is one', async () => {
    const inv: Invoice = {
      number: 'HAAT-COM-2026-12-ABCDEF12',
      month: '2026-12',
      issuedAt: '2026-12-07T02:00:00.000Z',
      platform: { name: 'Haat Ltd', address: null, bin: null },
      shop: {
        id: 'x',
        nameBn: 'করিম স্টোর',
        nameEn: 'Karim Store',
        address: 'Mirpur 10, Dhaka',
        phone: '+8801712345678',
        bin: null,
      },
      lines: [
        {
          orderNumber: 'HT-2612-000123',
          at: '2026-12-03T10:00:00.000Z',
          name: 'Lentils',
          lineTotal: 24_000,
          rateBp: 1000,
          fixedFee: 200,
          commission: 2_600,
        },
      ],
      reversals: [],
      gross: 2_600,
      reversed: 0,
      total: 2_600,
      vat: null,
    };
    const plain = (await pages(await renderInvoice(inv, 'en'))).join('');
    expect(plain).toContain('December 2026');
    expect(plain).toContain('01712345678');
    expect(plain).not.toContain('VAT');
    expect(plain).not.toContain('Less:');
    expect(plain).not.toContain('BIN');
    const full = (
      await pages(
        await renderInvoice(
          {
            ...inv,
            platform: { name: 'Haat Ltd', address: 'Gulshan', bin: '0001234560101' },
            reversals: [
              {
                orderNumber: 'HT-2612-000124',
                at: '2026-12-04T10:00:00.000Z',
                kind: 'refund.due',
                kindLabel: { bn: 'টাকা ফেরত (বাকি)', en: 'Refund due' },
                amount: 500,
              },
            ],
            reversed: 500,
            total: 2_100,
            vat: { rate: 15, amount: 274 },
          },
          'en',
        ),
      )
    ).join('');
    expect(full).toContain('BIN: 0001234560101');
    expect(full).toContain('HT-2612-000124');
    expect(full).toMatch(/Less: commission given back\s+−৳5\.00/);
    expect(full).toMatch(/of which VAT \(15%\)\s+৳2\.74/);
  });
});
