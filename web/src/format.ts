import { useTranslation } from 'react-i18next';

function intlLocale(lang: string) {
  return lang === 'en' ? 'en-BD' : 'bn-BD';
}

/** Number, price and date formatting in the UI language (Bengali digits in Bengali). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return {
    number: (n: number, options?: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat(locale, options).format(n),
    /** Money is integer poisha. */
    price: (poisha: number) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'BDT',
        currencyDisplay: 'narrowSymbol',
      }).format(poisha / 100),
    km: (metres: number) =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'kilometer',
        maximumFractionDigits: 1,
      }).format(metres / 1000),
    /** Under a kilometre in metres ("৪৫০ মি"), else kilometres with one decimal ("১.২ কিমি"). */
    distance: (metres: number) =>
      metres < 1000
        ? new Intl.NumberFormat(locale, {
            style: 'unit',
            unit: 'meter',
            maximumFractionDigits: 0,
          }).format(Math.round(metres / 10) * 10)
        : new Intl.NumberFormat(locale, {
            style: 'unit',
            unit: 'kilometer',
            maximumFractionDigits: 1,
          }).format(metres / 1000),
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Asia/Dhaka',
      }).format(new Date(iso)),
    /** "09:00" shown with the UI's digits. */
    time: (hhmm: string) => {
      const [h, m] = hhmm.split(':').map(Number);
      const date = new Date(Date.UTC(2024, 0, 1, h ?? 0, m ?? 0));
      return new Intl.DateTimeFormat(locale, {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'UTC',
      }).format(date);
    },
  };
}

const bengaliZero = 0x09e6;

/** A stored +8801XXXXXXXXX as people write and dial it here: 01XXXXXXXXX. */
export function localPhone(e164: string): string {
  return e164.replace(/^\+88/, '');
}

/** Typed input may use Bengali digits (০-৯); the API wants ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u09E6-\u09EF]/g, (d) => String(d.charCodeAt(0) - bengaliZero));
}
