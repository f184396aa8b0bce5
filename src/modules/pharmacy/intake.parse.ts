import { parse } from 'csv-parse/sync';
import { AppError } from '../../platform/errors.ts';
import { asciiDigits, normalizeText } from '../../platform/text.ts';

/** Lines of one list; past it the seller sends the list in parts. */
export const MAX_INTAKE_LINES = 500;
/** Pasted text, in characters. */
export const MAX_INTAKE_TEXT = 100_000;
/** An uploaded text or CSV file. */
export const MAX_INTAKE_FILE_BYTES = 1024 * 1024;
/** Longer lines are cut (a line of a list names one medicine). */
export const MAX_LINE_CHARS = 300;

/** One line of a list: the medicine as written, and the quantity and price when the list gives them. */
export type IntakeLine = { text: string; quantity: number | null; price: number | null };

const MAX_QUANTITY = 1_000_000;
const MAX_PRICE_TAKA = 1_000_000;

/** "35", "৩৫.৫০", "1,250", "Tk 35", "35/-" → poisha; null when not a plain amount. */
export function takaToPoisha(cell: string): number | null {
  const s = asciiDigits(cell)
    .replace(/(৳|tk\.?|taka|টাকা|rs\.?|bdt|\/-|=)/gi, '')
    .replace(/,/g, '')
    .trim();
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const taka = Number(s);
  return taka > MAX_PRICE_TAKA ? null : Math.round(taka * 100);
}

export function parseQuantity(cell: string): number | null {
  const s = asciiDigits(cell)
    .replace(/(pcs|pc|pieces|piece|টি|টা|পিস|x|×)/gi, '')
    .trim();
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n > MAX_QUANTITY ? null : n;
}

// A price written with a currency mark: "৳35", "Tk. 35", "35 taka", "৩৫ টাকা", "35/-".
const pricePattern =
  /(?:(?:৳|\btk\.?|\btaka\b|টাকা|\brs\.?)\s*([0-9০-৯][0-9০-৯,]*(?:\.[0-9০-৯]{1,2})?))|(?:([0-9০-৯][0-9০-৯,]*(?:\.[0-9০-৯]{1,2})?)\s*(?:৳|\btk\b\.?|\btaka\b|টাকা|\/-))/i;
// "1.", "২)", "-", "*", "•" at the start of a line.
const bulletPattern = /^\s*(?:[-*•·–]+\s*|\(?[0-9০-৯]{1,3}\s*[.)।:]\s+)/;

function cleanLine(raw: string): IntakeLine | null {
  let text = normalizeText(raw).replace(bulletPattern, '');
  let price: number | null = null;
  const found = pricePattern.exec(text);
  if (found) {
    price = takaToPoisha(found[1] ?? found[2] ?? '');
    text = normalizeText(text.replace(found[0], ' '));
  }
  // A line without a letter ("-----", "১২৩") names no medicine.
  if (!/\p{L}/u.test(text)) return null;
  return { text: text.slice(0, MAX_LINE_CHARS), quantity: null, price };
}

function limitLines<T>(lines: T[]): T[] {
  if (lines.length > MAX_INTAKE_LINES) {
    throw new AppError('INTAKE_TOO_LARGE', { maxLines: MAX_INTAKE_LINES });
  }
  return lines;
}

const headerWords = {
  name: [
    'name',
    'item',
    'medicine',
    'product',
    'description',
    'particular',
    'line',
    'brand',
    'drug',
    'ওষুধ',
    'ঔষধ',
    'নাম',
    'পণ্য',
    'বিবরণ',
    'আইটেম',
  ],
  quantity: ['qty', 'quantity', 'qnty', 'pcs', 'units', 'stock', 'count', 'পরিমাণ', 'সংখ্যা', 'মজুদ'],
  price: ['price', 'rate', 'mrp', 'tk', 'taka', 'দাম', 'মূল্য', 'টাকা', 'দর'],
} as const;
type Role = keyof typeof headerWords;

function headerRole(cell: string): Role | null {
  const c = normalizeText(cell).toLowerCase();
  if (!c || c.length > 40) return null;
  for (const role of ['price', 'quantity', 'name'] as const) {
    if (
      headerWords[role].some((w) =>
        /^[a-z]+$/.test(w) ? new RegExp(`\\b${w}`).test(c) : c.includes(w),
      )
    ) {
      return role;
    }
  }
  return null;
}

/**
 * The delimiter of a spreadsheet export: the one of , ; tab | that splits most of the first lines
 * into the same number (≥ 2) of cells; null for a plain list.
 */
export function detectDelimiter(text: string): string | null {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 20);
  if (lines.length === 0) return null;
  let best: { delimiter: string; score: number } | null = null;
  for (const delimiter of ['\t', ';', ',', '|']) {
    // Delimiters inside quoted cells do not count.
    const counts = lines.map((l) => l.replace(/"[^"]*"/g, '').split(delimiter).length - 1);
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    const [, agreeing] = [...freq.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    const score = agreeing / lines.length;
    if (score >= 0.6 && (!best || score > best.score)) best = { delimiter, score };
  }
  return best?.delimiter ?? null;
}

function parseDelimited(text: string, delimiter: string): IntakeLine[] {
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      max_record_size: 10_000,
      to: MAX_INTAKE_LINES + 2,
    }) as string[][];
  } catch {
    throw new AppError('INTAKE_FILE_UNSUPPORTED');
  }
  if (rows.length === 0) return [];
  const roles = rows[0]!.map(headerRole);
  let nameCol = roles.indexOf('name');
  let quantityCol = roles.indexOf('quantity');
  let priceCol = roles.indexOf('price');
  const hasHeader = nameCol >= 0 || quantityCol >= 0 || priceCol >= 0;
  const body = hasHeader ? rows.slice(1) : rows;
  if (nameCol < 0) {
    // The first column that is mostly words; the numeric columns after it are quantity, then price.
    const sample = body.slice(0, 20);
    const width = Math.max(...sample.map((r) => r.length));
    const wordy = (i: number) =>
      sample.filter((r) => /\p{L}/u.test(r[i] ?? '') && takaToPoisha(r[i] ?? '') === null).length >=
      sample.length / 2;
    nameCol = [...Array(width).keys()].find(wordy) ?? 0;
    if (!hasHeader) {
      const numeric = [...Array(width).keys()].filter(
        (i) =>
          i > nameCol &&
          sample.filter((r) => takaToPoisha(r[i] ?? '') !== null).length >= sample.length / 2,
      );
      quantityCol = numeric[0] ?? -1;
      priceCol = numeric[1] ?? -1;
    }
  }
  const lines: IntakeLine[] = [];
  for (const row of body) {
    const cleaned = cleanLine(row[nameCol] ?? '');
    if (!cleaned) continue;
    const quantity = quantityCol >= 0 ? parseQuantity(row[quantityCol] ?? '') : null;
    const price = priceCol >= 0 ? takaToPoisha(row[priceCol] ?? '') : cleaned.price;
    lines.push({ text: cleaned.text, quantity, price: price ?? cleaned.price });
  }
  return limitLines(lines);
}

/** A pasted or read list: one medicine a line; cells copied from a spreadsheet (tabs) too. */
export function parseListText(text: string): { lines: IntakeLine[]; delimited: boolean } {
  if (text.length > MAX_INTAKE_TEXT) {
    throw new AppError('INTAKE_TOO_LARGE', { maxLines: MAX_INTAKE_LINES });
  }
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  if (delimiter) return { lines: parseDelimited(body, delimiter), delimited: true };
  const lines = body
    .split(/\r?\n|\r/)
    .map(cleanLine)
    .filter((l): l is IntakeLine => l !== null);
  return { lines: limitLines(lines), delimited: false };
}

/**
 * An uploaded text or CSV file's text (UTF-8, or the UTF-16 of a spreadsheet's "Unicode text"
 * export). Binary files (a spreadsheet's .xlsx, a PDF) and markup are refused.
 */
export function decodeListFile(data: Buffer): string {
  let text: string;
  try {
    if (data[0] === 0xff && data[1] === 0xfe) {
      text = new TextDecoder('utf-16le', { fatal: true }).decode(data.subarray(2));
    } else if (data[0] === 0xfe && data[1] === 0xff) {
      text = new TextDecoder('utf-16be', { fatal: true }).decode(data.subarray(2));
    } else {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    }
  } catch {
    throw new AppError('INTAKE_FILE_UNSUPPORTED');
  }
  text = text.replace(/^\uFEFF/, '');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text) || /^\s*</.test(text)) {
    throw new AppError('INTAKE_FILE_UNSUPPORTED');
  }
  return text;
}
