import type { Locale } from '../../platform/i18n.ts';
import { localDigits } from '../../platform/text.ts';

export { formatMoney } from '../../platform/money.ts';

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

/** +8801712345678 → 01712345678 (how people in Bangladesh write and dial it). */
export function localPhone(locale: Locale, e164: string): string {
  return localDigits(locale, e164.startsWith('+880') ? `0${e164.slice(4)}` : e164);
}

/** A VAT rate, "15.00" → 15%, "7.50" → 7.5%. */
export function formatRate(locale: Locale, rate: string): string {
  return `${localDigits(locale, String(Number(rate)))}%`;
}
