import { useTranslation } from 'react-i18next';

/**
 * Intl formatters, made once per locale and options: making one is costly (a price list on a slow
 * phone spent more time building NumberFormats than rendering), formatting with one is cheap.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * Builds the formatters every shopping page uses (prices, numbers) ahead of need: the first one
 * for a locale loads its data, a long task on a slow phone; done while the page waits for the
 * network, it is off the way to the first content.
 */
export function warmFormats(lang: string) {
  const locale = intlLocale(lang);
  // Whole taka and taka with poisha take different options.
  for (const poisha of [0, 1]) numberFormat(locale, priceOptions(poisha)).format(0);
  numberFormat(locale).format(0);
}

function priceOptions(poisha: number): Intl.NumberFormatOptions {
  return {
    style: 'currency',
    currency: 'BDT',
    currencyDisplay: 'narrowSymbol',
    ...(poisha % 100 === 0 ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  };
}

function intlLocale(lang: string) {
  return lang === 'en' ? 'en-BD' : 'bn-BD';
}

/** Number, price and date formatting in the UI language (Bengali digits in Bengali). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return {
    number: (n: number, options?: Intl.NumberFormatOptions) =>
      numberFormat(locale, options).format(n),
    /** Digits in a string (a phone number) in the UI's digits: "০১৭১১০০০০০০" in Bengali. */
    digits: (text: string) =>
      locale.startsWith('bn')
        ? text.replace(/\d/g, (d) => String.fromCharCode(bengaliZero + Number(d)))
        : text,
    /** Money is integer poisha; whole taka without a needless ".০০" ("৳৭৮", "৳৭২.৫০"). */
    price: (poisha: number) => numberFormat(locale, priceOptions(poisha)).format(poisha / 100),
    km: (metres: number) =>
      numberFormat(locale, {
        style: 'unit',
        unit: 'kilometer',
        maximumFractionDigits: 1,
      }).format(metres / 1000),
    /** Under a kilometre in metres ("৪৫০ মি"), else kilometres with one decimal ("১.২ কিমি"). */
    distance: (metres: number) =>
      metres < 1000
        ? numberFormat(locale, {
            style: 'unit',
            unit: 'meter',
            maximumFractionDigits: 0,
          }).format(Math.round(metres / 10) * 10)
        : numberFormat(locale, {
            style: 'unit',
            unit: 'kilometer',
            maximumFractionDigits: 1,
          }).format(metres / 1000),
    /** A typical span in the largest unit that reads naturally ("১৫–৬০ মিনিট", "১–২ দিন"). */
    duration: (minMinutes: number, maxMinutes: number) =>
      durationText(locale, minMinutes, maxMinutes),
    dateTime: (iso: string) =>
      clock(
        locale,
        {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
          timeZone: 'Asia/Dhaka',
        },
        new Date(iso),
      ),
    /** "09:00" shown with the UI's digits ("সকাল ৯:০০" in Bengali). */
    time: (hhmm: string) => {
      const [h, m] = hhmm.split(':').map(Number);
      const date = new Date(Date.UTC(2024, 0, 1, h ?? 0, m ?? 0));
      return clock(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }, date);
    },
  };
}

/** A span of minutes in minutes (up to two hours), hours (under a day) or days, as a range. */
export function durationText(locale: string, minMinutes: number, maxMinutes: number): string {
  const [unit, size] =
    maxMinutes <= 120 ? ['minute', 1] : maxMinutes < 24 * 60 ? ['hour', 60] : ['day', 24 * 60];
  const format = numberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: 0,
  });
  const low = Math.max(1, Math.round(minMinutes / size));
  const high = Math.max(low, Math.round(maxMinutes / size));
  return low === high ? format.format(low) : format.formatRange(low, high);
}

/**
 * A time of day as people here say it: in Bengali the part of the day comes first, in words
 * ("বিকাল ৫:০৫", never "৫:০৫ PM"); English keeps AM/PM.
 */
export function clock(locale: string, options: Intl.DateTimeFormatOptions, date: Date): string {
  if (!locale.startsWith('bn')) return dateFormat(locale, options).format(date);
  const parts = dateFormat(locale, { ...options, dayPeriod: 'short' }).formatToParts(date);
  const period = parts.find((p) => p.type === 'dayPeriod')?.value;
  const out: string[] = [];
  parts.forEach((p, i) => {
    if (p.type === 'dayPeriod') return;
    // The space or comma that joined the time to its day period goes with it.
    if (p.type === 'literal' && (parts[i + 1]?.type === 'dayPeriod' || i === parts.length - 1))
      return;
    if (p.type === 'hour' && period) out.push(`${period} `);
    out.push(p.value);
  });
  return out.join('').trim();
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

/**
 * The Bengali possessive of a place name, joined as it is written: "মিরপুর" → "মিরপুরের",
 * "ধানমন্ডি" → "ধানমন্ডির", "Mirpur" → "Mirpur-এর" (never the stilted "মিরপুর এর").
 */
export function bengaliPossessive(name: string): string {
  const trimmed = name.trim();
  const last = trimmed.at(-1) ?? '';
  if (!/[\u0980-\u09FF]/.test(last)) return `${trimmed}-এর`;
  // Ends in a vowel (a vowel sign, or a written vowel): "র"; in a consonant: "ের".
  const code = last.codePointAt(0) ?? 0;
  const vowel = (code >= 0x0985 && code <= 0x0994) || (code >= 0x09be && code <= 0x09cc);
  if (vowel || code === 0x09d7) return `${trimmed}র`;
  return `${trimmed}ের`;
}

/** The words a window needs in the UI's language: today, tomorrow, and "from–to". */
export type EtaWords = {
  today: string;
  tomorrow: string;
  range: (from: string, to: string) => string;
};

const HOUR = 3_600_000;

/** The Dhaka calendar day of an instant, as YYYY-MM-DD. */
function dhakaDay(date: Date) {
  return new Date(date.getTime() + 6 * HOUR).toISOString().slice(0, 10);
}

/**
 * An expected delivery window as people say it: "আজ বিকাল ৪টা–৫টা" (the day part once when both
 * ends share it), "আগামীকাল সকাল ১০টা–দুপুর ১২টা"; a window of more than a day as dates ("৯
 * ডিসেম্বর–১২ ডিসেম্বর"). Always Dhaka time, in the locale's digits.
 */
export function etaWindowText(
  locale: string,
  words: EtaWords,
  eta: { from: string; to: string },
  now = new Date(),
): string {
  const bn = locale.startsWith('bn');
  const zone = { timeZone: 'Asia/Dhaka' } as const;
  const hour = (d: Date) => {
    const text = clock(locale, { hour: 'numeric', ...zone }, d);
    return bn ? `${text}টা` : text;
  };
  const parts = (d: Date) =>
    dateFormat(locale, { hour: 'numeric', dayPeriod: 'short', ...zone }).formatToParts(d);
  const period = (d: Date) => parts(d).find((p) => p.type === 'dayPeriod')?.value;
  const hourDigits = (d: Date) => parts(d).find((p) => p.type === 'hour')?.value ?? '';
  const date = (d: Date) =>
    dateFormat(locale, { day: 'numeric', month: 'long', ...zone }).format(d);
  const dayName = (d: Date) => {
    const day = dhakaDay(d);
    if (day === dhakaDay(now)) return words.today;
    if (day === dhakaDay(new Date(now.getTime() + 24 * HOUR))) return words.tomorrow;
    return date(d);
  };
  const from = new Date(eta.from);
  const to = new Date(eta.to);
  // The window ends on the hour: its last moment belongs to the day before a midnight end.
  const last = new Date(to.getTime() - 1);
  if (to.getTime() - from.getTime() > 24 * HOUR)
    return dhakaDay(from) === dhakaDay(last) ? date(from) : words.range(date(from), date(last));
  if (dhakaDay(from) !== dhakaDay(last))
    return words.range(`${dayName(from)} ${hour(from)}`, `${dayName(to)} ${hour(to)}`);
  const end = bn && period(from) === period(to) ? `${hourDigits(to)}টা` : hour(to);
  return `${dayName(from)} ${words.range(hour(from), end)}`;
}
