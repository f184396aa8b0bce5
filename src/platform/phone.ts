import { asciiDigits } from './text.ts';

const MOBILE = /^01[3-9]\d{8}$/;

/**
 * Bangladeshi mobile numbers to E.164 (+8801XXXXXXXXX). Accepts 01…, 8801…, +8801…, 008801…, spaces,
 * dashes, dots, brackets and Bengali digits. Returns null for anything that is not a BD mobile.
 */
export function normalizeBdPhone(input: string): string | null {
  let digits = asciiDigits(input.normalize('NFC')).replace(/[\s\-().]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.startsWith('880')) digits = digits.slice(2);
  if (!/^\d+$/.test(digits) || !MOBILE.test(digits)) return null;
  return `+88${digits}`;
}

/** 01XXXXXXXXX, the form SMS gateways and couriers want. */
export function localBdPhone(e164: string): string {
  return e164.replace(/^\+88/, '');
}
