/**
 * Bengali/English normalization for matching (not for display). Every index field and every query
 * goes through the same functions, so spelling variants meet in one form.
 */
import { asciiDigits, normalizeText } from '../../../platform/text.ts';

const NUKTA = '\u09bc';
const VIRAMA = '\u09cd';
/** Dependent vowel signs (া ি ী ু ূ ৃ ৄ ে ৈ ো ৌ) and the au length mark. */
const VOWEL_SIGNS = /[\u09be-\u09c4\u09c7\u09c8\u09cb\u09cc\u09d7]/;
/** Independent vowels and consonants: the letters a suffix-stripped stem is measured in. */
const BASE_LETTER =
  /[\u0985-\u098c\u098f\u0990\u0993-\u09a8\u09aa-\u09b0\u09b2\u09b6-\u09b9\u09ce]/g;

/**
 * Basic normalization: NFC + joiner cleanup (normalizeText), ASCII digits, lowercase, nukta placed
 * right after its consonant (NFC does not fix ক+ি+় vs ক+়+ি), khanda ta for ত+্ at a word end.
 */
export function basicNormalize(input: string): string {
  let s = asciiDigits(normalizeText(input)).toLowerCase();
  // A doubled nukta is a typing slip: one is meant. A nukta typed after a vowel sign belongs to the
  // consonant before the sign.
  s = s.replace(/\u09bc{2,}/g, NUKTA).replace(/([\u09be-\u09cc])\u09bc/g, `${NUKTA}$1`);
  // ত্‍ (ta + virama + ZWJ, the ZWJ already removed) at a word end is a khanda ta.
  s = s.replace(/\u09a4\u09cd(?![\u0980-\u09ff])/g, '\u09ce');
  return s.normalize('NFC');
}

/**
 * Spelling-variant folds used for matching, in the spirit of Lucene's BengaliNormalizer, except the
 * ড়/ঢ়→র fold (see foldFlaps) so that suffix stripping can still tell গুড় from a genitive -র.
 * Input must already be basicNormalize()d.
 */
export function foldVariants(s: string): string {
  return (
    s
      // অ্যা / এ্যা (as in অ্যাপল, এ্যাপল) → আ, before য-phala is dropped.
      .replace(/[\u0985\u098f]\u09cd\u09af\u09be/g, '\u0986')
      // য-phala and ব-phala after a consonant: ব্যাগ → বাগ, বিশ্বাস → বিশাস. Not after a ref (পূর্ব,
      // কার্য) and not ব after ম (অম্বল), where the letter is pronounced.
      .replace(
        /([\u0995-\u09b9\u09dc-\u09df])\u09cd([\u09ac\u09af])(?!\u09bc)/g,
        (all, c, phala) => (c === '\u09b0' || (c === '\u09ae' && phala === '\u09ac') ? all : c),
      )
      .replace(/\u0981/g, '') // chandrabindu: পেঁয়াজ → পেয়াজ
      .replace(/\u0983/g, '') // visarga
      .replace(/\u09c0/g, '\u09bf') // ী → ি  (কী → কি)
      .replace(/\u0988/g, '\u0987') // ঈ → ই
      .replace(/\u09c2/g, '\u09c1') // ূ → ু
      .replace(/\u098a/g, '\u0989') // ঊ → উ
      .replace(/\u0999/g, '\u0982') // ঙ → ং
      .replace(/[\u09b6\u09b7]/g, '\u09b8') // শ/ষ → স
      .replace(/\u09a3/g, '\u09a8') // ণ → ন  (লবণ → লবন)
      .replace(/\u09ce/g, '\u09a4') // ৎ → ত
      .replace(/\u099e/g, '\u09a8') // ঞ → ন  (নিকুঞ্জ/নিকুন্জ)
      // A stray virama at a word end.
      .replace(/\u09cd(?![\u0980-\u09ff])/g, '')
  );
}

/** ড় and ঢ় (NFC: ড/ঢ + nukta) → র, as typed by many people. */
export function foldFlaps(s: string): string {
  return s.replace(/[\u09a1\u09a2]\u09bc/g, '\u09b0');
}

/** Full Bengali matching form of a string (no suffix stripping). Idempotent. */
export function foldBengali(input: string): string {
  // A fold can expose a pattern an earlier rule handles (ঁ dropped between a vowel sign and a
  // nukta), so fold until nothing changes; two or three passes at most in practice.
  let previous = input;
  let folded = foldFlaps(foldVariants(basicNormalize(input)));
  for (let pass = 0; folded !== previous && pass < 4; pass++) {
    previous = folded;
    folded = foldFlaps(foldVariants(basicNormalize(folded)));
  }
  return folded;
}

/** Counts independent vowels and consonants (not signs) in a Bengali word. */
export function bengaliLetterCount(word: string): number {
  return word.match(BASE_LETTER)?.length ?? 0;
}

/**
 * Words that look like stem + suffix but are whole words; compared in folded form. Lucene's stemmer
 * turns চিনি→চি, পানি→পা, কলা→কল; ours never strips vowel endings, and these guard the -টি/-টা/-রা/-র/-কে
 * endings that are part of the word.
 */
// prettier-ignore
const PROTECTED_SOURCE = [
  'চিনি', 'পানি', 'কলা', 'রুটি', 'চাপাটি', 'পরোটা', 'পেয়ারা', 'জিরা', 'খিরা', 'চিড়া', 'আটা',
  'খেজুর', 'গুড়', 'পনির', 'আনার', 'আচার', 'পাউডার', 'ক্ষীর', 'মটর', 'গাজর', 'টমেটো', 'বিস্কুট',
  'মাখন', 'ছোলা', 'মুলা', 'তেজপাতা', 'মেথি', 'ঘি', 'দই', 'পাটা', 'বাটা', 'কাটা', 'মোটা', 'ভুট্টা',
  'কাঁঠাল', 'পাঁঠা', 'ভেটকি', 'রাবার', 'সুপার', 'ফিডার', 'ডাক্তার', 'বাজার', 'চার', 'হাজার', 'কেক',
  'লিটার', 'মিটার', 'ওয়াটার', 'বার্গার', 'সাবানদানি', 'গুলি', 'বাটি', 'মাটি', 'টাকা', 'চা', 'আলুবোখারা',
  'সরিষা', 'পাঙ্গাস', 'চিংড়ি', 'মুড়ি', 'ঝুড়ি', 'কড়াই', 'নুডুলস', 'নুডলস', 'আঙুর', 'কাজুবাদাম',
];
export const PROTECTED_WORDS: ReadonlySet<string> = new Set(
  PROTECTED_SOURCE.map((w) => foldVariants(basicNormalize(w))),
);

/** Case/number endings, tried first (longest first). -র only after a vowel sign (আলুর, টমেটোর). */
const CASE_SUFFIXES = ['দেরকে', 'দের', 'কে', '\u09c7\u09b0', '\u098f\u09b0', 'রা'];
/** Classifiers and plural markers, tried after the case ending is gone (ডিমগুলোর → ডিমগুলো → ডিম). */
const CLASSIFIER_SUFFIXES = ['গুলো', 'গুলি', 'গুলা', 'খানা', 'খানি', 'টা', 'টি', 'টো'];

function stripOne(word: string, suffixes: readonly string[], minStem: number): string {
  for (const suffix of suffixes) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      // Plural -রা is not cut after আ-কার: বোখারা, পেয়ারা, সারা are whole words (products are
      // rarely plural people).
      if (suffix === 'রা' && stem.endsWith('\u09be')) continue;
      if (bengaliLetterCount(stem) >= minStem && !stem.endsWith(VIRAMA)) return stem;
    }
  }
  return word;
}

/**
 * Light suffix stripping for one Bengali word in foldVariants() form (before foldFlaps, so that a
 * final ড় is not mistaken for a genitive র). Keeps protected words and stems shorter than two letters.
 */
export function stemBengali(word: string): string {
  if (PROTECTED_WORDS.has(word)) return word;
  let stem = stripOne(word, CASE_SUFFIXES, 2);
  if (stem === word && word.endsWith('\u09b0') && word.length > 2) {
    // Genitive -র directly after a vowel sign: আলুর → আলু. Not after a consonant (গাজর, মটর).
    const before = word.slice(0, -1);
    if (VOWEL_SIGNS.test(before.slice(-1)) && bengaliLetterCount(before) >= 2) stem = before;
  }
  if (PROTECTED_WORDS.has(stem)) return stem;
  const bare = stripOne(stem, CLASSIFIER_SUFFIXES, 2);
  return bare;
}

/** Matching form of one Bengali word: folded and stemmed. */
export function normalizeBengaliWord(word: string): string {
  return foldFlaps(stemBengali(foldVariants(basicNormalize(word))));
}

const ENGLISH_IRREGULAR: Record<string, string> = {
  leaves: 'leaf',
  knives: 'knife',
  loaves: 'loaf',
  halves: 'half',
  children: 'child',
  women: 'woman',
  men: 'man',
  teeth: 'tooth',
  feet: 'foot',
  mice: 'mouse',
  geese: 'goose',
  shoes: 'shoe',
};
/** Words ending in s that are not plurals (or whose singular looks the same). */
// prettier-ignore
const ENGLISH_NOT_PLURAL = new Set([
  'gas', 'bus', 'yes', 'this', 'his', 'news', 'series', 'species', 'molasses', 'rice', 'plus',
  'lens', 'asparagus', 'hummus', 'citrus', 'couscous', 'swiss', 'tennis', 'analysis',
  'diabetes', 'measles', 'always', 'less', 'glass', 'grass', 'cress', 'dress', 'moss', 'floss',
]);

/** Folds an English word to lowercase singular: eggs→egg, tomatoes→tomato, batteries→battery. */
export function singularizeEnglish(input: string): string {
  const w = input.toLowerCase();
  const irregular = ENGLISH_IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3 || ENGLISH_NOT_PLURAL.has(w) || !w.endsWith('s')) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/[^aeiou]oes$/.test(w)) return w.slice(0, -2); // tomatoes, potatoes, mangoes
  if (/(ch|sh|x|z|ss)es$/.test(w)) return w.slice(0, -2); // boxes, dishes, glasses
  if (/(ss|us|is)$/.test(w)) return w;
  return w.slice(0, -1);
}

export type TokenKind = 'bn' | 'latin' | 'number' | 'quantity';
export interface Token {
  /** The token as it appears after basicNormalize (lowercase, ASCII digits). */
  text: string;
  kind: TokenKind;
  /** For number and quantity tokens. */
  value?: number;
  /** Canonical unit of a quantity token: kg, g, mg, l, ml, pcs, dozen, hali, pack. */
  unit?: string;
}

// prettier-ignore
const UNIT_ALIASES: Record<string, string> = {
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', কেজি: 'kg',
  g: 'g', gm: 'g', gms: 'g', gr: 'g', gram: 'g', grams: 'g', গ্রাম: 'g', গ্রা: 'g',
  mg: 'mg', মিগ্রা: 'mg', mcg: 'mcg',
  l: 'l', lt: 'l', ltr: 'l', litre: 'l', litres: 'l', liter: 'l', liters: 'l', লিটার: 'l',
  ml: 'ml', মিলি: 'ml',
  pc: 'pcs', pcs: 'pcs', piece: 'pcs', pieces: 'pcs', পিস: 'pcs', টা: 'pcs', টি: 'pcs',
  tab: 'pcs', tabs: 'pcs', tablet: 'pcs', tablets: 'pcs', cap: 'pcs', caps: 'pcs',
  dozen: 'dozen', ডজন: 'dozen', hali: 'hali', হালি: 'hali',
  pack: 'pack', packs: 'pack', packet: 'pack', packets: 'pack', প্যাকেট: 'pack',
};
const UNIT_PATTERN = Object.keys(UNIT_ALIASES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const TOKEN_RE = new RegExp(
  `(\\d+(?:\\.\\d+)?)(?:\\s?(${UNIT_PATTERN}))?(?![a-z0-9.\\u0980-\\u09ff])|[\\u0980-\\u09e5\\u09f0-\\u09ff\\u200d]+|[a-z]+|\\d+`,
  'g',
);

/**
 * Splits text into Bengali words, Latin words, numbers (Bengali digits too) and quantities such as
 * "500mg", "1 kg", "২ কেজি", "১২টা". Everything else (punctuation, danda, emoji) separates tokens.
 */
export function tokenize(input: string): Token[] {
  // Digit-group commas (1,000 and the lakh style ১,০০,০০০) are part of the number.
  const s = basicNormalize(input).replace(/(?<=\d),(?=\d)/g, '');
  const tokens: Token[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    const [text, num, unit] = m;
    if (num !== undefined) {
      const value = Number(num);
      if (unit !== undefined) {
        tokens.push({ text, kind: 'quantity', value, unit: UNIT_ALIASES[unit] ?? unit });
      } else {
        tokens.push({ text, kind: 'number', value });
      }
    } else if (/^[a-z]/.test(text)) {
      tokens.push({ text, kind: 'latin' });
    } else if (/^\d/.test(text)) {
      tokens.push({ text, kind: 'number', value: Number(text) });
    } else {
      tokens.push({ text, kind: 'bn' });
    }
  }
  return tokens;
}
