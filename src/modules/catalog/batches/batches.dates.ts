import { asciiDigits } from '../../../platform/text.ts';

/**
 * Expiry dates as sellers and packs write them, to a calendar date 'YYYY-MM-DD' (Asia/Dhaka):
 * ISO `2027-03-31`, day first `31/03/2027`, `31-03-27`, `31.03.2027`, month and year `03/2027`,
 * `3/27`, `2027-03`, `MAR 2027`, `Mar-27`, `March 2027`, Bengali digits and month names, with or
 * without an `EXP`/`মেয়াদ` label. A month without a day is the last day of that month (what
 * "EXP 03/2027" on a strip means). Returns null for anything else or an impossible date.
 */
export function parseExpiry(input: string): string | null {
  let s = asciiDigits(input.normalize('NFC')).trim().toLowerCase();
  s = s
    .replace(
      /^(exp(iry)?\.?( date)?|use before|best before|মেয়াদ( শেষ)?|মেয়াদোত্তীর্ণের তারিখ)\s*[:.-]?\s*/u,
      '',
    )
    .trim();
  if (!s || s.length > 40) return null;

  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(s);
  if (m) return ymd(year(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m) return endOfMonth(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{2}|\d{4})$/.exec(s);
  if (m) return endOfMonth(year(m[2]!), Number(m[1]));
  // A month name, optionally a day before it: "mar 2027", "mar-27", "31 march 2027", "মার্চ ২০২৭".
  m = /^(?:(\d{1,2})[\s/.,-]+)?([\p{L}\p{M}]+)\.?[\s/.,-]+(\d{2}|\d{4})$/u.exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    if (!month) return null;
    return m[1] ? ymd(year(m[3]!), month, Number(m[1])) : endOfMonth(year(m[3]!), month);
  }
  return null;
}

function year(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function ymd(y: number, month: number, day: number): string | null {
  if (y < 2000 || y > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(y, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

function endOfMonth(y: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return ymd(y, month, new Date(Date.UTC(y, month, 0)).getUTCDate());
}

const MONTHS: [number, string[]][] = [
  [1, ['jan', 'january', 'জানুয়ারি', 'জানুয়ারী', 'জানু']],
  [2, ['feb', 'february', 'ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'ফেব্রু']],
  [3, ['mar', 'march', 'মার্চ']],
  [4, ['apr', 'april', 'এপ্রিল']],
  [5, ['may', 'মে']],
  [6, ['jun', 'june', 'জুন']],
  [7, ['jul', 'july', 'জুলাই']],
  [8, ['aug', 'august', 'আগস্ট', 'আগষ্ট']],
  [9, ['sep', 'sept', 'september', 'সেপ্টেম্বর']],
  [10, ['oct', 'october', 'অক্টোবর']],
  [11, ['nov', 'november', 'নভেম্বর']],
  [12, ['dec', 'december', 'ডিসেম্বর']],
];

function monthNumber(name: string): number | null {
  const n = name.normalize('NFC');
  for (const [month, names] of MONTHS)
    if (names.some((x) => x.normalize('NFC') === n)) return month;
  return null;
}

/** Today's calendar date in Asia/Dhaka (UTC+6, no daylight saving). */
export function dhakaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 6 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 'YYYY-MM-DD' plus `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
