import type { Locale } from '../../platform/i18n.ts';
import { bengaliDigits } from '../../platform/text.ts';

/** Poisha (integer, 100 per taka) as a decimal string, so Intl formats it exactly (no float). */
function takaDecimal(poisha: number): string {
  if (!Number.isSafeInteger(poisha)) throw new Error(`poisha must be an integer: ${poisha}`);
  const negative = poisha < 0;
  const abs = Math.abs(poisha);
  return `${negative ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const money = {
  bn: new Intl.NumberFormat('bn-BD', {
    style: 'currency',
    currency: 'BDT',
    currencyDisplay: 'narrowSymbol',
  }),
  en: new Intl.NumberFormat('en-BD', {
    style: 'currency',
    currency: 'BDT',
    currencyDisplay: 'narrowSymbol',
  }),
};

/** ৳ amounts: bn-BD ১২,৩৪,৫৬৭.৫০৳ (Bengali digits, lakh grouping), en-BD ৳1,234,567.50. */
export function formatMoney(locale: Locale, poisha: number): string {
  // Intl.NumberFormat takes decimal strings exactly (ES2023); the typings only list numbers.
  return money[locale].format(takaDecimal(poisha) as unknown as number);
}

const dhaka = { timeZone: 'Asia/Dhaka' } as const;
const dates = {
  bn: new Intl.DateTimeFormat('bn-BD', { ...dhaka, dateStyle: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { ...dhaka, dateStyle: 'long' }),
};
const times = {
  bn: new Intl.DateTimeFormat('bn-BD', {
    ...dhaka,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    ...dhaka,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
};

/** A moment in Asia/Dhaka, in the reader's language and digits (24-hour clock). */
export function formatDate(locale: Locale, at: Date): string {
  return `${dates[locale].format(at)}, ${times[locale].format(at)}`;
}

/** Numbers in the reader's digits (not the order number: it stays in ASCII digits everywhere). */
export function digits(locale: Locale, value: string | number): string {
  return locale === 'bn' ? bengaliDigits(String(value)) : String(value);
}

/** +8801712345678 → 01712345678 (how people in Bangladesh write and dial it). */
export function localPhone(locale: Locale, e164: string): string {
  return digits(locale, e164.startsWith('+880') ? `0${e164.slice(4)}` : e164);
}

/** A VAT rate, "15.00" → 15%, "7.50" → 7.5%. */
export function formatRate(locale: Locale, rate: string): string {
  return `${digits(locale, String(Number(rate)))}%`;
}
