import type { Locale } from '../../platform/i18n.ts';
import { localDigits } from '../../platform/text.ts';
import {
  finish,
  formatDate,
  formatMoney,
  localPhone,
  newDocument,
  Pen,
} from '../receipts/index.ts';
import type { Invoice } from './finance.invoice.ts';
import { shortDate } from './finance.statement-pdf.ts';

const labels = {
  bn: {
    title: 'কমিশন চালান',
    number: 'চালান নম্বর',
    month: 'মাস',
    issued: 'তৈরির তারিখ',
    from: 'প্রদানকারী',
    to: 'প্রাপক (বিক্রেতা)',
    phone: 'ফোন',
    bin: 'বিআইএন (BIN)',
    order: 'অর্ডার',
    date: 'তারিখ',
    line: 'লাইনের মোট',
    rate: 'হার',
    fixed: 'নির্দিষ্ট ফি',
    commission: 'কমিশন',
    reversals: 'টাকা ফেরতে ফেরত দেওয়া কমিশন',
    gross: 'মোট কমিশন',
    less: 'বাদ: ফেরত দেওয়া কমিশন',
    total: 'এই মাসের কমিশন',
    vat: 'এর মধ্যে ভ্যাট',
    note: 'কমিশন প্রতিটি অর্ডারের লাইনে অর্ডারের সময় নির্ধারিত; বিক্রেতার পাওনা থেকে কেটে নেওয়া হয়েছে। সময় ঢাকার।',
  },
  en: {
    title: 'Commission invoice',
    number: 'Invoice number',
    month: 'Month',
    issued: 'Issued',
    from: 'From',
    to: 'To (seller)',
    phone: 'Phone',
    bin: 'BIN',
    order: 'Order',
    date: 'Date',
    line: 'Line total',
    rate: 'Rate',
    fixed: 'Fixed fee',
    commission: 'Commission',
    reversals: 'Commission given back by refunds',
    gross: 'Commission',
    less: 'Less: commission given back',
    total: 'Commission for the month',
    vat: 'of which VAT',
    note: "The commission of each order line was fixed when the order was placed and deducted from the seller's payable. Times in Dhaka.",
  },
};

const monthNames = {
  bn: new Intl.DateTimeFormat('bn-BD', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export function monthName(locale: Locale, month: string): string {
  return monthNames[locale].format(new Date(`${month}-15T00:00:00Z`));
}

/** Basis points as a percent: 250 → 2.5%. */
function percent(locale: Locale, bp: number): string {
  return `${localDigits(locale, String(bp / 100))}%`;
}

/** The monthly commission invoice as an A4 PDF. */
export async function renderInvoice(inv: Invoice, locale: Locale): Promise<Buffer> {
  const t = labels[locale];
  const money = (p: number) => formatMoney(locale, p);
  const doc = newDocument({ title: `${t.title} ${inv.number}` });
  const pen = new Pen(doc);
  const muted = { size: 9, color: '#555555' } as const;
  const body = { size: 9 } as const;

  pen.y += 20;
  pen.draw(inv.platform.name, pen.left, pen.y, { size: 20, weight: 700, color: '#0b6e4f' });
  pen.draw(t.title, pen.right, pen.y, { size: 16, weight: 700 }, 'right');
  pen.y += 16;
  // The invoice number is an identifier: ASCII in both languages.
  pen.draw(`${t.number}: ${inv.number}`, pen.right, pen.y, { size: 10 }, 'right');
  pen.rule(8);

  const col = pen.left + pen.width / 2 + 10;
  const top = pen.y;
  const half = col - pen.left - 20;
  pen.paragraph(t.from, muted, pen.left, half);
  pen.paragraph(inv.platform.name, { size: 11, weight: 700 }, pen.left, half);
  if (inv.platform.address) pen.paragraph(inv.platform.address, { size: 10 }, pen.left, half);
  if (inv.platform.bin) {
    pen.paragraph(
      `${t.bin}: ${localDigits(locale, inv.platform.bin)}`,
      { size: 10 },
      pen.left,
      half,
    );
  }
  pen.paragraph(`${t.month}: ${monthName(locale, inv.month)}`, { size: 10 }, pen.left, half);
  pen.paragraph(
    `${t.issued}: ${formatDate(locale, new Date(inv.issuedAt))}`,
    muted,
    pen.left,
    half,
  );
  const leftEnd = pen.y;
  pen.y = top;
  const shopName = locale === 'bn' ? inv.shop.nameBn : inv.shop.nameEn;
  pen.paragraph(t.to, muted, col);
  pen.paragraph(shopName, { size: 11, weight: 700 }, col);
  pen.paragraph(inv.shop.address, { size: 10 }, col);
  pen.paragraph(`${t.phone}: ${localPhone(locale, inv.shop.phone)}`, { size: 10 }, col);
  if (inv.shop.bin)
    pen.paragraph(`${t.bin}: ${localDigits(locale, inv.shop.bin)}`, { size: 10 }, col);
  pen.y = Math.max(pen.y, leftEnd);
  pen.rule(8);

  const cDate = pen.left + 90;
  const cLine = pen.left + 250;
  const cRate = pen.left + 310;
  const cFixed = pen.left + 400;
  const cCommission = pen.right;
  const head = { size: 9, weight: 700, color: '#333333' } as const;
  const header = () => {
    pen.y += pen.lineHeight(head);
    pen.draw(t.order, pen.left, pen.y, head);
    pen.draw(t.date, cDate, pen.y, head);
    pen.draw(t.line, cLine, pen.y, head, 'right');
    pen.draw(t.rate, cRate, pen.y, head, 'right');
    pen.draw(t.fixed, cFixed, pen.y, head, 'right');
    pen.draw(t.commission, cCommission, pen.y, head, 'right');
    pen.rule(6, '#dddddd');
  };
  header();
  for (const l of inv.lines) {
    if (pen.y + pen.lineHeight(body) * 2 > doc.page.height - doc.page.margins.bottom) {
      pen.ensure(1000);
      header();
    }
    pen.y += pen.lineHeight(body);
    pen.draw(l.orderNumber, pen.left, pen.y, body);
    pen.draw(shortDate(locale, new Date(l.at)), cDate, pen.y, body);
    pen.draw(money(l.lineTotal), cLine, pen.y, body, 'right');
    pen.draw(percent(locale, l.rateBp), cRate, pen.y, body, 'right');
    pen.draw(money(l.fixedFee), cFixed, pen.y, body, 'right');
    pen.draw(money(l.commission), cCommission, pen.y, body, 'right');
    pen.y += pen.lineHeight(muted) - 4;
    pen.draw(pen.wrap(l.name, cLine - pen.left - 60, muted)[0]!, pen.left, pen.y, muted);
  }
  if (inv.reversals.length > 0) {
    pen.rule(8);
    pen.paragraph(t.reversals, { size: 10, weight: 700 });
    for (const r of inv.reversals) {
      pen.ensure(pen.lineHeight(body));
      pen.y += pen.lineHeight(body);
      pen.draw(r.orderNumber ?? '–', pen.left, pen.y, body);
      pen.draw(shortDate(locale, new Date(r.at)), cDate, pen.y, body);
      pen.draw(r.kindLabel[locale], cLine - 60, pen.y, body);
      pen.draw(`−${money(r.amount)}`, cCommission, pen.y, body, 'right');
    }
  }
  pen.rule(8);
  const sums: [string, string, boolean][] = [
    [t.gross, money(inv.gross), false],
    ...(inv.reversed !== 0
      ? [[t.less, `−${money(inv.reversed)}`, false] as [string, string, boolean]]
      : []),
    [t.total, money(inv.total), true],
    ...(inv.vat
      ? [
          [
            `${t.vat} (${localDigits(locale, String(inv.vat.rate))}%)`,
            money(inv.vat.amount),
            false,
          ] as [string, string, boolean],
        ]
      : []),
  ];
  for (const [label, value, isTotal] of sums) {
    const style = isTotal ? ({ size: 12, weight: 700 } as const) : ({ size: 10 } as const);
    pen.ensure(pen.lineHeight(style));
    pen.y += pen.lineHeight(style);
    pen.draw(label, cFixed, pen.y, style, 'right');
    pen.draw(value, cCommission, pen.y, style, 'right');
  }
  pen.y += 12;
  pen.paragraph(t.note, muted);
  return finish(doc);
}
