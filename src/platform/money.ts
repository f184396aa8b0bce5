import type { Locale } from './i18n.ts';

/** Money is integer poisha (100 per taka); these read it and write it for people. */

/** Poisha as a decimal string of taka, so Intl formats it exactly (no floating point). */
export function takaDecimal(poisha: bigint | number | string): string {
  const value = toPoisha(poisha);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** An integer amount in poisha from a bigint, a safe integer or a string of digits; else throws. */
export function toPoisha(value: bigint | number | string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`poisha must be an integer: ${value}`);
    return BigInt(value);
  }
  if (!/^-?\d+$/.test(value)) throw new Error(`poisha must be an integer: ${value}`);
  return BigInt(value);
}

const moneyFormats = {
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

/** ৳ with Intl: bn-BD gives Bengali digits and lakh grouping (১২,৩৪,৫৬৭.৫০৳), en-BD ৳1,234,567.50. */
export function formatMoney(locale: Locale, poisha: bigint | number | string): string {
  // Intl.NumberFormat takes decimal strings exactly (ES2023); the typings only list numbers.
  return moneyFormats[locale].format(takaDecimal(poisha) as unknown as number);
}
