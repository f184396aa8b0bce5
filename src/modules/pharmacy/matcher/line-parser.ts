/**
 * One messy line → what it says: name words, strengths, form words, release modifiers, and the
 * quantity ("10 pata", "x 30", "2 box", "১০ পাতা"). Prices ("৳ 25", "25 tk") are dropped.
 */
import type { LineQuantity } from './matcher.types.ts';
import { formWord, type FormClass, type FormSite } from './forms.ts';
import { findAmounts, type Amount } from './strength.ts';
import { isBengali, normalizeLine, rawForm, soundKey } from './text.ts';

export type NameToken = {
  /** Position among the line's name words. */
  index: number;
  /** As written (normalized). */
  text: string;
  /** Latin letters and digits; empty for a Bengali word. */
  raw: string;
  /** Phonetic key. */
  key: string;
  /** A word that may also be a form, site or release modifier ("gel", "sr", "eye"). */
  formish: boolean;
};

export type ParsedLine = {
  line: string;
  names: NameToken[];
  amounts: Amount[];
  forms: FormClass[];
  sites: Exclude<FormSite, null>[];
  /** Release and other form modifiers named ("sr", "dr", "chewable"), as dosage-form words. */
  modifiers: string[];
  quantity: LineQuantity;
};

type QtyUnit = NonNullable<LineQuantity>['unit'];
// prettier-ignore
const QTY_WORDS: [QtyUnit, string[]][] = [
  ['strip', ['pata', 'pota', 'patta', 'pati', 'patha', 'strip', 'strips', 'stp', 'stps', 'str', 'পাতা', 'পাতা', 'স্ট্রিপ']],
  ['box', ['box', 'boxes', 'bx', 'bxs', 'carton', 'ctn', 'বক্স', 'বাক্স', 'বাকস']],
  ['piece', ['pcs', 'pc', 'piece', 'pieces', 'nos', 'ta', 'ti', 'টা', 'টি', 'খানা', 'পিস']],
  ['bottle', ['bottle', 'bottles', 'btl', 'botol', 'bottol', 'বোতল', 'phial', 'phials']],
  [null, ['pack', 'packs', 'pkt', 'pkts', 'packet', 'packets', 'প্যাকেট']],
];
const qtyUnit = new Map<string, QtyUnit>();
for (const [unit, words] of QTY_WORDS) for (const w of words) qtyUnit.set(w.normalize('NFC'), unit);
const QTY_ALT = [...qtyUnit.keys()].sort((a, b) => b.length - a.length).join('|');
const L = String.raw`a-z\u0980-\u09ff`;
const QTY_AFTER = new RegExp(String.raw`(?<![${L}\d.])(\d+)\s*(${QTY_ALT})(?![${L}])`, 'g');
const QTY_BEFORE = new RegExp(
  String.raw`(?<![${L}])(?:x|qty|quantity|পরিমাণ)\s*[:.=-]?\s*(\d+)(?:\s*(${QTY_ALT})(?![${L}]))?|[*×]\s*(\d+)(?:\s*(${QTY_ALT})(?![${L}]))?`,
  'g',
);
/** "৳ 25", "tk 25", "mrp: 25", "@ 25", then "25 tk", "25/-" (the currency first: "10 ৳ 25" is 10 at ৳ 25). */
const PRICE_BEFORE = new RegExp(
  String.raw`(?:৳|(?<![${L}])(?:tk|taka|rs|mrp|price|dam|টাকা|দাম|মূল্য)(?![${L}])|@)\s*[:.=@-]?\s*\d+(?:\.\d+)?(?:\s*/[-=])?`,
  'g',
);
const PRICE_AFTER = new RegExp(
  String.raw`\d+(?:\.\d+)?\s*(?:৳|/-|/=|(?:tk|taka|টাকা)(?![${L}]))`,
  'g',
);

const MAX_NAME_WORDS = 8;

// prettier-ignore
/** Words a list adds that say nothing about the medicine. */
const NOISE = new Set([
  'new', 'pls', 'plz', 'please', 'dao', 'din', 'den', 'dio', 'lagbe', 'chai', 'dorkar', 'lage', 'of', 'the',
  'and', 'brand', 'company', 'ltd', 'limited', 'pharma', 'pharmaceuticals', 'each', 'per', 'only', 'total',
  'mg', 'ml', 'gm', 'mcg', 'iu', 'unit', 'units', 'w', 'v', 'no', 'item', 'stock', 'rate', 'mrp', 'tk', 'taka', 'rs',
  'qty', 'for', 'with', 'x', 'আছে', 'লাগবে', 'দিন', 'দরকার', 'প্রতি', 'এর', 'মিগ্রা', 'মিলি', 'গ্রাম', 'এমজি', 'ও',
  'dose', 'doz', 'pcs', 'pc', 'pata', 'strip', 'box', 'bottle', 'pack', 'ta', 'ti', 'টা', 'টি', 'পাতা', 'বক্স',
].map((w) => w.normalize('NFC')));

// prettier-ignore
/** Modifiers a line may name, with the words of the master's dosage forms they stand for. */
export const MODIFIERS: Record<string, string> = {
  sr: 'sustained', xr: 'extended', er: 'extended', xl: 'extended', cr: 'controlled', mr: 'modified',
  dr: 'delayed', ec: 'enteric', chewable: 'chewable', chew: 'chewable', dispersible: 'dispersible',
  dt: 'dispersible', eff: 'effervescent', effervescent: 'effervescent', mups: 'mups', iv: 'iv',
  im: 'im', sc: 'sc', oral: 'oral', dry: 'powder for', infusion: 'infusion', retard: 'retard',
  vaginal: 'vaginal', topical: 'topical', flash: 'flash', ped: 'pediatric', paed: 'pediatric',
};

function takeQuantity(s: string): { rest: string; quantity: LineQuantity } {
  let quantity: LineQuantity = null;
  const found = (count: string | undefined, unitWord: string | undefined) => {
    const n = Number(count);
    if (quantity || !Number.isInteger(n) || n <= 0 || n > 100_000) return;
    quantity = { quantity: n, unit: unitWord ? (qtyUnit.get(unitWord) ?? null) : null };
  };
  let rest = s.replace(QTY_AFTER, (_all, n: string, unit: string) => {
    found(n, unit);
    return ' ';
  });
  rest = rest.replace(QTY_BEFORE, (_all, n1?: string, u1?: string, n2?: string, u2?: string) => {
    found(n1 ?? n2, u1 ?? u2);
    return ' ';
  });
  return { rest, quantity };
}

/**
 * Parses one line. `isName` tells a name with digits ("D-1000", "Cef-3"): its number is kept in the
 * name instead of being read as a strength.
 */
export function parseLine(
  line: string,
  isName: (raw: string) => boolean = () => false,
): ParsedLine {
  let s = normalizeLine(line).replace(PRICE_BEFORE, ' ').replace(PRICE_AFTER, ' ');
  const q = takeQuantity(s);
  s = q.rest;
  // "20mgcap", "500tab": a unit or number glued to a word.
  s = s
    .replace(/(\d)(?=[a-z\u0980-\u09ff])/g, '$1 ')
    .replace(/(?<=[a-z\u0980-\u09ff])(\d)/g, ' $1');
  s = s.replace(/(\d) (mg|mcg|gm|g|ml|iu)(?![a-z])/g, '$1$2');
  s = s.replace(
    /(?<![a-z])([a-z]+)[-\s]*(\d+)(?![\d.]|mg|mcg|gm|g|ml|iu)/g,
    (all, letters: string, digits: string) => (isName(letters + digits) ? letters + digits : all),
  );
  const { amounts, spans } = findAmounts(s);
  let text = s;
  for (const [a, b] of spans) text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  const parsed: ParsedLine = {
    line,
    names: [],
    amounts,
    forms: [],
    sites: [],
    modifiers: [],
    quantity: q.quantity,
  };
  for (const word of text.split(/[^a-z0-9\u0980-\u09ff]+/)) {
    if (!word || /^\d+$/.test(word)) continue;
    const form = formWord(word);
    if (form?.cls && !parsed.forms.includes(form.cls)) parsed.forms.push(form.cls);
    if (form?.site && !parsed.sites.includes(form.site)) parsed.sites.push(form.site);
    const modifier = MODIFIERS[word];
    if (modifier) parsed.modifiers.push(modifier);
    if (NOISE.has(word)) continue;
    // A medicine line names its medicine in a few words: a long one is not searched further (a
    // pasted paragraph costs no more than a line).
    if (parsed.names.length >= MAX_NAME_WORDS) break;
    // Form words are kept as names too: "gel", "cream" and "sr" are parts of brand names.
    const raw = isBengali(word) ? '' : rawForm(word);
    const key = soundKey(word);
    if (!key && !raw) continue;
    parsed.names.push({
      index: parsed.names.length,
      text: word,
      raw,
      key,
      formish: Boolean(form || modifier),
    });
  }
  return parsed;
}
