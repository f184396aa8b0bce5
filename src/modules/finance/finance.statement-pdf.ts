import type { Locale } from '../../platform/i18n.ts';
import { localDigits } from '../../platform/text.ts';
import { finish, formatDate, formatMoney, newDocument, Pen } from '../receipts/index.ts';
import { totalWords, type TotalName } from './finance.kinds.ts';
import { dhakaDate } from './finance.period.ts';
import type { Statement } from './finance.statement.ts';

const labels = {
  bn: {
    brand: 'হাট',
    title: 'হিসাব বিবরণী',
    shop: 'দোকান',
    period: 'সময়কাল',
    printed: 'তৈরির তারিখ',
    opening: 'শুরুর ব্যালান্স',
    closing: 'শেষের ব্যালান্স',
    totals: 'সারসংক্ষেপ',
    date: 'তারিখ',
    kind: 'ধরন',
    order: 'অর্ডার',
    debit: 'ডেবিট',
    credit: 'ক্রেডিট',
    balance: 'ব্যালান্স',
    none: 'এই সময়ে কোনো লেনদেন নেই।',
    note: 'ব্যালান্স = পাওনা − দেনা − হাতে থাকা নগদ; ধনাত্মক হলে হাট দোকানকে দেবে। সময় ঢাকার।',
  },
  en: {
    brand: 'Haat',
    title: 'Statement',
    shop: 'Shop',
    period: 'Period',
    printed: 'Made on',
    opening: 'Opening balance',
    closing: 'Closing balance',
    totals: 'Summary',
    date: 'Date',
    kind: 'Kind',
    order: 'Order',
    debit: 'Debit',
    credit: 'Credit',
    balance: 'Balance',
    none: 'No entries in this period.',
    note: 'Balance = payable − receivable − cash held; positive: Haat pays the shop. Times in Dhaka.',
  },
};

/** A Dhaka calendar date in the reader's digits: 2026-12-01 → ০১/১২/২০২৬ or 01/12/2026. */
export function shortDate(locale: Locale, at: Date): string {
  const [y, m, d] = dhakaDate(at).split('-');
  return localDigits(locale, `${d}/${m}/${y}`);
}

/** The statement as an A4 PDF: heading, balances and totals, then every entry with its balance. */
export async function renderStatement(
  s: Statement,
  locale: Locale,
  now = new Date(),
): Promise<Buffer> {
  const t = labels[locale];
  const money = (p: number) => formatMoney(locale, p);
  const doc = newDocument({ title: `${t.title} ${s.shop.nameEn}` });
  const pen = new Pen(doc);
  const muted = { size: 9, color: '#555555' } as const;
  const body = { size: 9 } as const;
  const strong = { size: 10, weight: 700 } as const;
  const lastDay = new Date(new Date(s.to).getTime() - 1);

  pen.y += 20;
  pen.draw(t.brand, pen.left, pen.y, { size: 22, weight: 700, color: '#0b6e4f' });
  pen.draw(t.title, pen.right, pen.y, { size: 18, weight: 700 }, 'right');
  pen.rule(10);
  pen.paragraph(`${t.shop}: ${locale === 'bn' ? s.shop.nameBn : s.shop.nameEn}`, strong);
  pen.paragraph(
    `${t.period}: ${shortDate(locale, new Date(s.from))} – ${shortDate(locale, lastDay)}`,
    { size: 10 },
  );
  pen.paragraph(`${t.printed}: ${formatDate(locale, now)}`, muted);
  pen.rule(8);

  // Balances and the totals of the period.
  const cValue = pen.left + 300;
  const line = (label: string, value: string, style: { size: number; weight?: 400 | 700 }) => {
    pen.ensure(pen.lineHeight(style));
    pen.y += pen.lineHeight(style);
    pen.draw(label, pen.left, pen.y, style);
    pen.draw(value, cValue, pen.y, style, 'right');
  };
  line(t.opening, money(s.openingBalance), strong);
  pen.paragraph(t.totals, muted);
  for (const [name, value] of Object.entries(s.totals) as [TotalName, number][]) {
    if (name === 'netChange') continue;
    if (value === 0 && (name === 'other' || name === 'payouts')) continue;
    line(totalWords[name][locale], money(value), { size: 10 });
  }
  line(totalWords.netChange[locale], money(s.totals.netChange), { size: 10, weight: 700 });
  line(t.closing, money(s.closingBalance), { size: 11, weight: 700 });
  pen.rule(10);

  // Entries: date, kind (and account), order number, debit, credit, balance; the memo below.
  const cKind = pen.left + 78;
  const cOrder = pen.left + 200;
  const cDebit = pen.left + 355;
  const cCredit = pen.left + 430;
  const cBalance = pen.right;
  const head = { size: 9, weight: 700, color: '#333333' } as const;
  const header = () => {
    pen.y += pen.lineHeight(head);
    pen.draw(t.date, pen.left, pen.y, head);
    pen.draw(t.kind, cKind, pen.y, head);
    pen.draw(t.order, cOrder, pen.y, head);
    pen.draw(t.debit, cDebit, pen.y, head, 'right');
    pen.draw(t.credit, cCredit, pen.y, head, 'right');
    pen.draw(t.balance, cBalance, pen.y, head, 'right');
    pen.rule(6, '#dddddd');
  };
  header();
  if (s.entries.length === 0) pen.paragraph(t.none, muted);
  for (const e of s.entries) {
    const kind = pen.wrap(
      `${e.kindLabel[locale]} · ${e.accountLabel[locale]}`,
      cOrder - cKind - 6,
      body,
    );
    const memo = pen.wrap(e.memoLabel[locale], cDebit - cKind - 70, muted);
    const height = pen.lineHeight(body) * kind.length + pen.lineHeight(muted) * memo.length;
    if (pen.y + height + 4 > doc.page.height - doc.page.margins.bottom) {
      pen.ensure(height + 40);
      header();
    }
    pen.y += pen.lineHeight(body);
    pen.draw(shortDate(locale, new Date(e.at)), pen.left, pen.y, body);
    pen.draw(kind[0]!, cKind, pen.y, body);
    if (e.orderNumber) pen.draw(e.orderNumber, cOrder, pen.y, body);
    if (e.debit) pen.draw(money(e.debit), cDebit, pen.y, body, 'right');
    if (e.credit) pen.draw(money(e.credit), cCredit, pen.y, body, 'right');
    pen.draw(money(e.balance), cBalance, pen.y, body, 'right');
    for (const more of kind.slice(1)) {
      pen.y += pen.lineHeight(body);
      pen.draw(more, cKind, pen.y, body);
    }
    for (const m of memo) {
      pen.y += pen.lineHeight(muted);
      pen.draw(m, cKind, pen.y, muted);
    }
  }
  pen.rule(8);
  pen.ensure(40);
  line(t.closing, money(s.closingBalance), strong);
  pen.y += 8;
  pen.paragraph(t.note, muted);
  return finish(doc);
}
