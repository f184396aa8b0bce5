import { describe, expect, it } from 'vitest';
import { asciiDigits, bengaliDigits, normalizeText } from './text.ts';
import { normalizeBdPhone } from './phone.ts';
import { localeFromAcceptLanguage } from './i18n.ts';

describe('normalizeText', () => {
  it('gives precomposed and decomposed য় one form', () => {
    const decomposed = 'প\u09c7\u09af\u09bcাজ'; // য + nukta
    const precomposed = 'প\u09c7\u09dfাজ';
    expect(normalizeText(decomposed)).toBe(normalizeText(precomposed));
  });
  it('drops stray ZWJ/ZWNJ but keeps the one in র‍্য', () => {
    expect(normalizeText('ক\u200dম\u200cল')).toBe('কমল');
    expect(normalizeText('র\u200d\u09cd\u09afাব')).toBe('র\u200d\u09cd\u09afাব');
  });
  it('trims and collapses whitespace', () => {
    expect(normalizeText('  চাল \n  ডাল ')).toBe('চাল ডাল');
  });
});

describe('digits', () => {
  it('converts Bengali digits both ways', () => {
    expect(asciiDigits('০১৭১২৩৪৫৬৭৮')).toBe('01712345678');
    expect(bengaliDigits('2025')).toBe('২০২৫');
  });
});

describe('normalizeBdPhone', () => {
  it.each([
    ['01712345678', '+8801712345678'],
    ['+8801712345678', '+8801712345678'],
    ['8801712345678', '+8801712345678'],
    ['008801712345678', '+8801712345678'],
    ['017-1234 5678', '+8801712345678'],
    ['০১৮১২৩৪৫৬৭৮', '+8801812345678'],
  ])('accepts %s', (input, expected) => {
    expect(normalizeBdPhone(input)).toBe(expected);
  });
  it.each(['01212345678', '0171234567', '017123456789', 'abc', '+91 9876543210', ''])(
    'rejects %s',
    (input) => {
      expect(normalizeBdPhone(input)).toBeNull();
    },
  );
});

describe('localeFromAcceptLanguage', () => {
  it('defaults to Bengali and honours q-values', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('bn');
    expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('fr, en;q=0.5, bn;q=0.8')).toBe('bn');
    expect(localeFromAcceptLanguage('de')).toBe('bn');
  });
});
