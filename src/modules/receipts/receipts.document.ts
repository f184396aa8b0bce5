import type { Locale } from '../../platform/i18n.ts';
import type { OrderStatus } from '../orders/index.ts';
import { localDigits } from '../../platform/text.ts';
import { formatDate, formatMoney, formatRate, localPhone } from './receipts.format.ts';
import { finish, newDocument, Pen } from './receipts.pen.ts';

/** Everything one receipt prints, read once from the database (see receipts.service.ts). */
export type ReceiptData = {
  number: string;
  status: OrderStatus;
  placedAt: Date;
  deliveredAt: Date | null;
  printedAt: Date;
  shop: {
    nameBn: string;
    nameEn: string;
    address: string;
    phone: string;
    bin: string | null;
    vatRegistered: boolean;
    vatRate: string | null;
  };
  customerName: string;
  address: {
    recipientName: string;
    phone: string;
    addressLine: string;
    landmark: string | null;
  };
  items: {
    name: string;
    variantLabel: string | null;
    quantity: number;
    unitPrice: number;
    lineTotal: number;
  }[];
  subtotal: number;
  deliveryCharge: number;
  codCharge: number;
  total: number;
  paymentMethod: string;
  paymentStatus: string | null;
};

const labels = {
  bn: {
    brand: 'হাট',
    title: 'রসিদ',
    order: 'অর্ডার নম্বর',
    placed: 'অর্ডারের তারিখ',
    delivered: 'ডেলিভারির তারিখ',
    printed: 'রসিদ তৈরির তারিখ',
    status: 'অবস্থা',
    shop: 'দোকান',
    phone: 'ফোন',
    bin: 'বিআইএন (BIN)',
    vat: 'ভ্যাট হার',
    customer: 'ক্রেতা',
    deliverTo: 'ডেলিভারির ঠিকানা',
    landmark: 'চিহ্ন',
    item: 'পণ্য',
    qty: 'পরিমাণ',
    unit: 'একক দাম',
    line: 'মোট',
    subtotal: 'পণ্যের দাম',
    delivery: 'ডেলিভারি চার্জ',
    cod: 'ক্যাশ অন ডেলিভারি চার্জ',
    discount: 'ছাড়',
    total: 'সর্বমোট',
    payment: 'পেমেন্ট',
    paymentStatus: 'পেমেন্টের অবস্থা',
    thanks: 'হাট থেকে কেনাকাটার জন্য ধন্যবাদ।',
    note: 'এটি অর্ডারের রসিদ; দাম দোকানের দেওয়া দাম অনুযায়ী।',
  },
  en: {
    brand: 'Haat',
    title: 'Receipt',
    order: 'Order number',
    placed: 'Order date',
    delivered: 'Delivered on',
    printed: 'Receipt issued',
    status: 'Status',
    shop: 'Shop',
    phone: 'Phone',
    bin: 'BIN',
    vat: 'VAT rate',
    customer: 'Customer',
    deliverTo: 'Deliver to',
    landmark: 'Landmark',
    item: 'Item',
    qty: 'Qty',
    unit: 'Unit price',
    line: 'Total',
    subtotal: 'Subtotal',
    delivery: 'Delivery charge',
    cod: 'Cash on delivery charge',
    discount: 'Discount',
    total: 'Total',
    payment: 'Payment',
    paymentStatus: 'Payment status',
    thanks: 'Thank you for shopping on Haat.',
    note: "This is a receipt for the order, at the shop's prices.",
  },
} as const;

const statusLabels: Record<Locale, Record<OrderStatus, string>> = {
  bn: {
    pending_payment: 'পেমেন্টের অপেক্ষায়',
    placed: 'অর্ডার হয়েছে',
    accepted: 'দোকান গ্রহণ করেছে',
    packed: 'প্যাক হয়েছে',
    out_for_delivery: 'ডেলিভারির পথে',
    delivered: 'ডেলিভারি হয়েছে',
    cancelled: 'বাতিল',
    rejected: 'দোকান ফিরিয়ে দিয়েছে',
    returned: 'ফেরত এসেছে',
    refunded: 'টাকা ফেরত দেওয়া হয়েছে',
  },
  en: {
    pending_payment: 'Waiting for payment',
    placed: 'Placed',
    accepted: 'Accepted by the shop',
    packed: 'Packed',
    out_for_delivery: 'Out for delivery',
    delivered: 'Delivered',
    cancelled: 'Cancelled',
    rejected: 'Rejected by the shop',
    returned: 'Returned',
    refunded: 'Refunded',
  },
};

const methodLabels: Record<Locale, Record<string, string>> = {
  bn: { cod: 'ক্যাশ অন ডেলিভারি', bkash: 'বিকাশ', nagad: 'নগদ', sslcommerz: 'কার্ড / ব্যাংক' },
  en: { cod: 'Cash on delivery', bkash: 'bKash', nagad: 'Nagad', sslcommerz: 'Card / bank' },
};

const paymentStatusLabels: Record<Locale, Record<string, string>> = {
  bn: {
    pending: 'বাকি',
    paid: 'পরিশোধিত',
    failed: 'ব্যর্থ',
    cancelled: 'বাতিল',
    refund_pending: 'টাকা ফেরতের প্রক্রিয়ায়',
    refunded: 'টাকা ফেরত দেওয়া হয়েছে',
    refund_manual: 'টাকা ফেরত (হাতে)',
  },
  en: {
    pending: 'Not yet paid',
    paid: 'Paid',
    failed: 'Failed',
    cancelled: 'Cancelled',
    refund_pending: 'Refund in progress',
    refunded: 'Refunded',
    refund_manual: 'Refunded by hand',
  },
};

/** The receipt as a PDF (A4), in Bengali or English. */
export async function renderReceipt(data: ReceiptData, locale: Locale): Promise<Buffer> {
  const t = labels[locale];
  const money = (poisha: number) => formatMoney(locale, poisha);
  const doc = newDocument({ title: `${t.title} ${data.number}` });
  const pen = new Pen(doc);
  const muted = { size: 9, color: '#555555' } as const;

  // Heading: Haat, "Receipt", the order number on the right.
  pen.y += 20;
  pen.draw(t.brand, pen.left, pen.y, { size: 22, weight: 700, color: '#0b6e4f' });
  pen.draw(t.title, pen.right, pen.y, { size: 18, weight: 700 }, 'right');
  pen.y += 16;
  // The order number in ASCII digits in both languages: as the app, messages and searches have it.
  pen.draw(`${t.order}: ${data.number}`, pen.right, pen.y, { size: 10 }, 'right');
  pen.rule(8);

  // Two columns: the shop on the left, the order's dates on the right.
  const col = pen.left + pen.width / 2 + 10;
  const top = pen.y;
  const shopName = locale === 'bn' ? data.shop.nameBn : data.shop.nameEn;
  pen.paragraph(t.shop, muted, pen.left, col - pen.left - 20);
  pen.paragraph(shopName, { size: 12, weight: 700 }, pen.left, col - pen.left - 20);
  pen.paragraph(data.shop.address, { size: 10 }, pen.left, col - pen.left - 20);
  pen.paragraph(`${t.phone}: ${localPhone(locale, data.shop.phone)}`, { size: 10 }, pen.left);
  if (data.shop.vatRegistered && data.shop.bin) {
    pen.paragraph(`${t.bin}: ${localDigits(locale, data.shop.bin)}`, { size: 10 }, pen.left);
    if (data.shop.vatRate !== null) {
      pen.paragraph(`${t.vat}: ${formatRate(locale, data.shop.vatRate)}`, { size: 10 }, pen.left);
    }
  }
  const leftEnd = pen.y;
  pen.y = top;
  const facts: [string, string][] = [
    [t.placed, formatDate(locale, data.placedAt)],
    ...(data.deliveredAt
      ? ([[t.delivered, formatDate(locale, data.deliveredAt)]] as [string, string][])
      : []),
    [t.status, statusLabels[locale][data.status]],
    [t.printed, formatDate(locale, data.printedAt)],
  ];
  for (const [label, value] of facts) {
    pen.paragraph(label, muted, col);
    pen.paragraph(value, { size: 10 }, col);
  }
  pen.y = Math.max(pen.y, leftEnd);
  pen.rule(8);

  // The customer and where the order goes.
  pen.paragraph(`${t.customer}: ${data.customerName}`, { size: 10, weight: 700 });
  pen.paragraph(t.deliverTo, muted);
  const a = data.address;
  pen.paragraph(`${a.recipientName}, ${localPhone(locale, a.phone)}`, { size: 10 });
  pen.paragraph(a.addressLine, { size: 10 });
  if (a.landmark) pen.paragraph(`${t.landmark}: ${a.landmark}`, { size: 10 });
  pen.rule(8);

  // The lines: item (and variant), quantity, unit price, line total.
  const cQty = pen.left + 285;
  const cUnit = pen.left + 390;
  const cLine = pen.right;
  const head = { size: 9, weight: 700, color: '#333333' } as const;
  pen.y += pen.lineHeight(head);
  pen.draw(t.item, pen.left, pen.y, head);
  pen.draw(t.qty, cQty, pen.y, head, 'right');
  pen.draw(t.unit, cUnit, pen.y, head, 'right');
  pen.draw(t.line, cLine, pen.y, head, 'right');
  pen.rule(6, '#dddddd');
  const body = { size: 10 } as const;
  for (const item of data.items) {
    const nameLines = pen.wrap(item.name, cQty - pen.left - 60, body);
    const variantLines = item.variantLabel
      ? pen.wrap(item.variantLabel, cQty - pen.left - 60, muted)
      : [];
    pen.ensure(pen.lineHeight(body) * (nameLines.length + variantLines.length) + 6);
    pen.y += pen.lineHeight(body);
    pen.draw(nameLines[0]!, pen.left, pen.y, body);
    pen.draw(localDigits(locale, item.quantity), cQty, pen.y, body, 'right');
    pen.draw(money(item.unitPrice), cUnit, pen.y, body, 'right');
    pen.draw(money(item.lineTotal), cLine, pen.y, body, 'right');
    for (const line of nameLines.slice(1)) {
      pen.y += pen.lineHeight(body);
      pen.draw(line, pen.left, pen.y, body);
    }
    for (const line of variantLines) {
      pen.y += pen.lineHeight(muted);
      pen.draw(line, pen.left, pen.y, muted);
    }
  }
  pen.rule(8);

  // Totals. A discount is whatever the charges add up to above the total (none today).
  const discount = data.subtotal + data.deliveryCharge + data.codCharge - data.total;
  const sums: [string, string, boolean][] = [
    [t.subtotal, money(data.subtotal), false],
    [t.delivery, money(data.deliveryCharge), false],
    ...(data.codCharge > 0
      ? [[t.cod, money(data.codCharge), false] as [string, string, boolean]]
      : []),
    ...(discount > 0
      ? [[t.discount, `−${money(discount)}`, false] as [string, string, boolean]]
      : []),
    [t.total, money(data.total), true],
  ];
  for (const [label, value, strong] of sums) {
    const style = strong ? ({ size: 12, weight: 700 } as const) : body;
    pen.ensure(pen.lineHeight(style));
    pen.y += pen.lineHeight(style);
    pen.draw(label, cUnit, pen.y, style, 'right');
    pen.draw(value, cLine, pen.y, style, 'right');
  }
  pen.rule(8);

  const method = methodLabels[locale][data.paymentMethod] ?? data.paymentMethod;
  pen.paragraph(`${t.payment}: ${method}`, body);
  if (data.paymentStatus) {
    const status = paymentStatusLabels[locale][data.paymentStatus] ?? data.paymentStatus;
    pen.paragraph(`${t.paymentStatus}: ${status}`, body);
  }
  pen.y += 12;
  pen.paragraph(t.thanks, { size: 10, weight: 700 });
  pen.paragraph(t.note, muted);
  return finish(doc);
}
