import type { Locale } from '../../platform/i18n.ts';
import { takaDecimal } from '../../platform/money.ts';
import { totalWords, type TotalName } from './finance.kinds.ts';
import { dhakaDate } from './finance.period.ts';
import type { Statement } from './finance.statement.ts';

/** Byte-order mark: Excel reads the file as UTF-8 (and so shows Bengali) only with it. */
export const BOM = '\uFEFF';

const AMOUNT = /^-?\d+\.\d{2}$/;

/**
 * One CSV cell (RFC 4180). A text cell starting with = + - @ (or a tab or carriage return) would be
 * run as a formula by spreadsheets: it gets a leading apostrophe. Amounts we write ourselves
 * (-12.50) stay numbers.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !AMOUNT.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(',');
}

const headers = {
  bn: ['তারিখ', 'ধরন', 'হিসাব', 'অর্ডার নম্বর', 'বিবরণ', 'ডেবিট (৳)', 'ক্রেডিট (৳)', 'ব্যালান্স (৳)'],
  en: [
    'Date',
    'Kind',
    'Account',
    'Order number',
    'Memo',
    'Debit (BDT)',
    'Credit (BDT)',
    'Balance (BDT)',
  ],
};
const words = {
  bn: { opening: 'শুরুর ব্যালান্স', closing: 'শেষের ব্যালান্স' },
  en: { opening: 'Opening balance', closing: 'Closing balance' },
};

/** Dhaka time as `YYYY-MM-DD HH:mm` (ASCII digits: spreadsheets read it as a date). */
function dhakaTime(iso: string): string {
  const at = new Date(new Date(iso).getTime() + 6 * 3600_000).toISOString();
  return `${at.slice(0, 10)} ${at.slice(11, 16)}`;
}

/** The statement as CSV: BOM, header, opening balance, each entry, closing balance, totals. */
export function statementCsv(s: Statement, locale: Locale): string {
  const w = words[locale];
  const amount = (p: number) => takaDecimal(p);
  const rows: string[] = [csvRow(headers[locale])];
  rows.push(
    csvRow([dhakaDate(new Date(s.from)), w.opening, '', '', '', '', '', amount(s.openingBalance)]),
  );
  for (const e of s.entries) {
    rows.push(
      csvRow([
        dhakaTime(e.at),
        e.kindLabel[locale],
        e.accountLabel[locale],
        e.orderNumber,
        e.memoLabel[locale],
        e.debit ? amount(e.debit) : '',
        e.credit ? amount(e.credit) : '',
        amount(e.balance),
      ]),
    );
  }
  const last = dhakaDate(new Date(new Date(s.to).getTime() - 1));
  rows.push(csvRow([last, w.closing, '', '', '', '', '', amount(s.closingBalance)]));
  rows.push('');
  for (const [name, value] of Object.entries(s.totals) as [TotalName, number][]) {
    rows.push(csvRow(['', totalWords[name][locale], '', '', '', '', '', amount(value)]));
  }
  return BOM + rows.join('\r\n') + '\r\n';
}
