import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { decodeListFile, detectDelimiter, parseListText, takaToPoisha } from './intake.parse.ts';

describe('reading a list', () => {
  it('drops bullets and empty lines, and takes prices only with a currency mark', () => {
    const { lines, delimited } = parseListText(
      '1. Napa 500 tab 10 pata\n২) নাপা এক্সট্রা ৳ ৩৫\n- Ace syp 40/-\n\n-----\nseclo 20mg cap x 30\n',
    );
    expect(delimited).toBe(false);
    expect(lines).toEqual([
      { text: 'Napa 500 tab 10 pata', quantity: null, price: null },
      { text: 'নাপা এক্সট্রা', quantity: null, price: 3500 },
      { text: 'Ace syp', quantity: null, price: 4000 },
      { text: 'seclo 20mg cap x 30', quantity: null, price: null },
    ]);
  });

  it('reads spreadsheet cells: headers in English or Bengali, any delimiter, or none', () => {
    expect(detectDelimiter('a;b;c\nd;e;f')).toBe(';');
    expect(detectDelimiter('Napa 500\nAce, syrup')).toBeNull();
    expect(parseListText('Item\tQty\tRate\nNapa 500\t10\t12.50\n').lines).toEqual([
      { text: 'Napa 500', quantity: 10, price: 1250 },
    ]);
    expect(parseListText('ক্রম,ওষুধের নাম,সংখ্যা\n১,সেকলো ২০,৩০\n').lines).toEqual([
      { text: 'সেকলো ২০', quantity: 30, price: null },
    ]);
    // No header: the wordy column is the name, then quantity, then price.
    expect(parseListText('Napa 500,10,12\n"Ace, syrup",2,40\n').lines).toEqual([
      { text: 'Napa 500', quantity: 10, price: 1200 },
      { text: 'Ace, syrup', quantity: 2, price: 4000 },
    ]);
  });

  it('refuses what is not a list', () => {
    expect(takaToPoisha('12.345')).toBeNull();
    expect(takaToPoisha('১,২৫০')).toBe(125_000);
    expect(() => parseListText('x\n'.repeat(501))).toThrow(AppError);
    expect(() => decodeListFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toThrow(AppError);
    expect(() => decodeListFile(Buffer.from([0xc3, 0x28]))).toThrow(AppError);
    expect(decodeListFile(Buffer.from('\ufeffNapa', 'utf8'))).toBe('Napa');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('নাম\tQty', 'utf16le')]);
    expect(decodeListFile(utf16)).toBe('নাম\tQty');
  });
});
