import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReceipt, type ReceiptData } from './receipts.document.ts';

/** The receipt document alone (no database): long orders, optional lines. */
const PDFTOTEXT = '/usr/bin/pdftotext';

const base: ReceiptData = {
  number: 'HT-2612-000123',
  status: 'delivered',
  placedAt: new Date('2026-12-01T06:30:00Z'),
  deliveredAt: new Date('2026-12-01T10:00:00Z'),
  printedAt: new Date('2026-12-02T04:00:00Z'),
  shop: {
    nameBn: 'রহমান স্টোর্স',
    nameEn: 'Rahman Stores',
    address: 'মিরপুর ১০, ঢাকা',
    phone: '+8801711000000',
    bin: null,
    vatRegistered: false,
    vatRate: null,
  },
  customerName: 'করিম উদ্দিন',
  address: {
    recipientName: 'করিম',
    phone: '+8801811000000',
    addressLine: 'বাসা ৩, রোড ২, ধানমন্ডি',
    landmark: null,
  },
  items: [
    {
      name: 'মিনিকেট চাল',
      variantLabel: '৫ কেজি',
      quantity: 2,
      unitPrice: 42500,
      lineTotal: 85000,
    },
  ],
  subtotal: 85000,
  deliveryCharge: 6000,
  codCharge: 0,
  total: 91000,
  paymentMethod: 'bkash',
  paymentStatus: 'paid',
};

const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
const text = (pdf: Buffer) =>
  execFileSync(PDFTOTEXT, ['-layout', '-', '-'], { input: pdf }).toString('utf8');

describe('the receipt document', () => {
  it('fits a short order on one page and continues a long one on the next', async () => {
    expect(pages(await renderReceipt(base, 'bn'))).toBe(1);
    const items = Array.from({ length: 60 }, (_, i) => ({
      ...base.items[0]!,
      name: `ক্ষ্মা স্ত্রী কর্ম কিছু কোমল রূপচাঁদা মাছ, বড় আকারের, তাজা ${i + 1}`,
    }));
    expect(pages(await renderReceipt({ ...base, items }, 'bn'))).toBeGreaterThan(1);
  });

  it.skipIf(!existsSync(PDFTOTEXT))(
    'prints a discount only when the charges exceed the total',
    async () => {
      const plain = text(await renderReceipt(base, 'en'));
      expect(plain).not.toContain('Discount');
      expect(plain).not.toContain('Cash on delivery charge');
      expect(plain).toContain('bKash');
      expect(plain).toContain('Paid');
      const discounted = text(
        await renderReceipt({ ...base, codCharge: 1000, total: 90000 }, 'en'),
      );
      expect(discounted).toContain('Cash on delivery charge');
      expect(discounted).toMatch(/Discount\s+−৳20\.00/);
    },
  );
});
