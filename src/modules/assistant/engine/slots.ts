/**
 * Slot extraction over engine tokens. Each extractor marks the tokens it used, so that what is left
 * (minus filler words in the three languages) is the product as said.
 */
import { isKnownEnglishWord } from '../../search/index.ts';
import type { Intent, Slots } from './engine.types.ts';
import {
  ANAPHORA,
  ANAPHORA_PAIRS,
  BARE_STRENGTHS,
  COD_PHRASE,
  CURRENCY,
  FILLER_KEYS,
  FILLER_RAW,
  FRACTIONS,
  exactForm,
  LAST_ORDER_RE,
  MONEY_WORDS,
  NUMBER_WORDS,
  PRICE_MAX_CUES,
  PRICE_MIN_CUES,
  RANGE_CUES,
  RETURN_PHRASE,
  TOKENIZER_UNITS,
  TOPIC_CUES,
  unitOf,
} from './lexicon.ts';
import { isProductWord } from './concepts.ts';
import { findPlace } from './place.ts';
import { wordKey, type EngineToken } from './text.ts';

/** Intents whose replies read a product, quantity or price bound. */
const PRODUCT_INTENTS = new Set<Intent>([
  'product_search',
  'price_query',
  'cheaper_alternative',
  'product_info',
  'add_to_cart',
  'medicine_info',
]);
const PLACE_INTENTS = new Set<Intent>([
  'product_search',
  'shop_search',
  'shop_info',
  'delivery_quote',
  'price_query',
  'policy',
]);
const MEDICINE_CONTEXT = new Set<Intent>([
  'medicine_info',
  'price_query',
  'product_search',
  'add_to_cart',
  'product_info',
  'cheaper_alternative',
]);

type Work = { tokens: EngineToken[]; used: boolean[]; slots: Slots };

function isWord(t: EngineToken | undefined): t is EngineToken {
  return t !== undefined && (t.kind === 'bn' || t.kind === 'latin');
}
function cue(set: Set<string>, t: EngineToken | undefined): boolean {
  return isWord(t) && (set.has(t.key) || set.has(t.text));
}
function unitAt(t: EngineToken | undefined): string | undefined {
  return isWord(t) ? unitOf(t.text, t.key, t.kind === 'latin') : undefined;
}

function orderNumber(w: Work): void {
  const i = w.tokens.findIndex((t) => t.kind === 'order');
  if (i >= 0) {
    w.slots.orderNumber = w.tokens[i]!.text;
    w.used[i] = true;
  }
}

function lastOrder(w: Work, text: string): void {
  if (LAST_ORDER_RE.test(text)) w.slots.lastOrder = true;
}

/** A number said as money: "100 taka", "১০০ টাকার", "tk 100", "৳100". */
function moneyAt(w: Work, i: number, text: string): boolean {
  const t = w.tokens[i]!;
  if (t.kind !== 'number') return false;
  if (cue(CURRENCY, w.tokens[i + 1])) return true;
  if (cue(CURRENCY, w.tokens[i - 1])) return true;
  return new RegExp(`৳\\s*${t.text}\\b`).test(text);
}

function priceBounds(w: Work, text: string): void {
  const { tokens } = w;
  const money: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (moneyAt(w, i, text)) money.push(i);
  if (money.length === 0) return;
  const mark = (i: number) => {
    w.used[i] = true;
    if (cue(CURRENCY, tokens[i + 1])) w.used[i + 1] = true;
    if (cue(CURRENCY, tokens[i - 1])) w.used[i - 1] = true;
  };
  const near = (i: number, set: Set<string>) => {
    for (let j = Math.max(0, i - 3); j <= Math.min(tokens.length - 1, i + 3); j++) {
      if (j !== i && cue(set, tokens[j])) return j;
    }
    return -1;
  };
  // A range: "100 theke 200 taka", "between 100 and 200 tk", "100-200 taka".
  const first = money[0]!;
  // "100-300 taka" (the tokenizer drops the dash) or "200 theke 500 taka", "between 100 and 200 tk".
  const low =
    tokens[first - 1]?.kind === 'number'
      ? first - 1
      : tokens[first - 2]?.kind === 'number' && cue(RANGE_CUES, tokens[first - 1])
        ? first - 2
        : -1;
  if (money.length === 1 && low >= 0 && tokens[low]!.value! < tokens[first]!.value!) {
    w.slots.priceMin = Math.round(tokens[low]!.value! * 100);
    w.slots.priceMax = Math.round(tokens[first]!.value! * 100);
    for (let j = low; j < first; j++) w.used[j] = true;
    if (cue(RANGE_CUES, tokens[low - 1])) w.used[low - 1] = true;
    mark(first);
    return;
  }
  if (money.length >= 2) {
    const [a, b] = [tokens[money[0]!]!.value!, tokens[money[1]!]!.value!];
    w.slots.priceMin = Math.round(Math.min(a, b) * 100);
    w.slots.priceMax = Math.round(Math.max(a, b) * 100);
    mark(money[0]!);
    mark(money[1]!);
    return;
  }
  const poisha = Math.round(tokens[first]!.value! * 100);
  const maxCue = near(first, PRICE_MAX_CUES);
  const minCue = near(first, PRICE_MIN_CUES);
  if (maxCue >= 0 && (minCue < 0 || Math.abs(maxCue - first) <= Math.abs(minCue - first))) {
    w.slots.priceMax = poisha;
    w.used[maxCue] = true;
    mark(first);
  } else if (minCue >= 0) {
    w.slots.priceMin = poisha;
    w.used[minCue] = true;
    mark(first);
  } else {
    // A price said without a bound ("100 takar dim") is not a product word either.
    mark(first);
  }
}

function setQuantity(w: Work, value: number, unit: string | undefined): void {
  if (w.slots.quantity !== undefined) return;
  if (unit === 'hali') {
    w.slots.quantity = value * 4;
    w.slots.unit = 'piece';
    return;
  }
  w.slots.quantity = value;
  if (unit) w.slots.unit = unit;
}

function quantities(w: Work, intent: Intent): void {
  const { tokens } = w;
  for (let i = 0; i < tokens.length; i++) {
    if (w.used[i]) continue;
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.kind === 'quantity') {
      const unit = t.unit!;
      if (unit === 'mg' || unit === 'mcg' || (unit === 'ml' && intent === 'medicine_info')) {
        w.slots.strength ??= `${t.value} ${unit}`;
      } else {
        setQuantity(w, t.value!, TOKENIZER_UNITS[unit] ?? unit);
      }
      w.used[i] = true;
      continue;
    }
    if (t.kind === 'number') {
      const unit = unitAt(next);
      if (unit) {
        setQuantity(w, t.value!, unit);
        w.used[i] = true;
        w.used[i + 1] = true;
        continue;
      }
      const latinMg = isWord(next) && /^(mg|mgs|mcg|milligram)$/.test(next.text);
      if (latinMg) {
        w.slots.strength ??= `${t.value} ${next.text === 'mcg' ? 'mcg' : 'mg'}`;
        w.used[i] = true;
        w.used[i + 1] = true;
      }
      continue;
    }
    if (!isWord(t)) continue;
    const fraction = FRACTIONS.get(t.key) ?? FRACTIONS.get(t.text);
    // "half a kilo": skip the article.
    const skip = next?.text === 'a' ? 1 : 0;
    const unitAfter = unitAt(tokens[i + 1 + skip]);
    if (fraction !== undefined && unitAfter && unitAfter !== 'piece') {
      setQuantity(w, fraction, unitAfter);
      for (let j = i; j <= i + 1 + skip; j++) w.used[j] = true;
      continue;
    }
    const unitNext = unitAt(next);
    const number = NUMBER_WORDS.get(exactForm(t.text));
    const pointer = /^(that|this|the|same)$/.test(tokens[i - 1]?.text ?? '');
    if (number && !(t.text === 'one' && pointer)) {
      if (unitNext) {
        setQuantity(w, number.value, unitNext);
        w.used[i + 1] = true;
        w.used[i] = true;
      } else if (number.pieces) {
        setQuantity(w, number.value, 'piece');
        w.used[i] = true;
      } else if (intent === 'add_to_cart') {
        setQuantity(w, number.value, undefined);
        w.used[i] = true;
      }
      continue;
    }
    // "a dozen eggs", "ek dozen", "ডজন খানেক": a unit alone means one of it.
    const unit = unitAt(t);
    if ((unit === 'dozen' || unit === 'hali') && w.slots.quantity === undefined) {
      setQuantity(w, 1, unit);
      w.used[i] = true;
    }
  }
}

/** A bare number after a product word: a medicine strength ("napa 500") or a count ("2 dao"). */
function bareNumbers(w: Work, intent: Intent, pendingQuantity: boolean): void {
  const { tokens } = w;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (w.used[i] || t.kind !== 'number') continue;
    const v = t.value!;
    const afterWord = isWord(tokens[i - 1]) && !w.used[i - 1];
    if (
      !pendingQuantity &&
      w.slots.strength === undefined &&
      MEDICINE_CONTEXT.has(intent) &&
      BARE_STRENGTHS.has(v) &&
      afterWord &&
      !(intent === 'add_to_cart' && v <= 10)
    ) {
      w.slots.strength = `${v} mg`;
      w.used[i] = true;
    } else if (
      w.slots.quantity === undefined &&
      (pendingQuantity ||
        intent === 'add_to_cart' ||
        (v <= 50 && isWord(tokens[i + 1]) && isProductWord(tokens[i + 1]!))) &&
      v > 0 &&
      v <= 100
    ) {
      w.slots.quantity = v;
      w.used[i] = true;
    }
  }
}

function anaphora(w: Work): void {
  const { tokens } = w;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) continue;
    const pair = `${t.text} ${tokens[i + 1]?.text ?? ''}`;
    if (ANAPHORA_PAIRS.has(pair)) {
      w.slots.anaphora = true;
      w.used[i] = true;
      w.used[i + 1] = true;
    } else if (ANAPHORA.has(exactForm(t.text))) {
      w.slots.anaphora = true;
      w.used[i] = true;
    }
  }
}

function topic(w: Work, text: string): void {
  if (COD_PHRASE.test(text)) {
    w.slots.topic = 'cod';
    return;
  }
  // Bengali words carry endings (রকেটে, ফেরতের): the stem's key counts too.
  const stems = w.tokens
    .filter((t) => t.kind === 'bn')
    .map((t) => wordKey(t.text.replace(/(টার|টা|ের|এর|তে|য়|র|ে)$/, '')));
  const has = (set: Set<string>) =>
    w.tokens.some((t) => cue(set, t)) || stems.some((k) => set.has(k));
  if (RETURN_PHRASE.test(text)) {
    w.slots.topic = 'return';
    return;
  }
  for (const [name, set] of TOPIC_CUES) {
    if (!has(set)) continue;
    if (name === 'return' && has(MONEY_WORDS)) {
      w.slots.topic = 'refund';
      return;
    }
    w.slots.topic = name as Slots['topic'];
    return;
  }
  w.slots.topic = 'other';
}

/** Trailing words that belong to a medicine's name (napa extra, ace plus, calbo d). */
const NAME_TAILS = new Set(
  [
    ...['extra', 'plus', 'forte', 'max', 'mups', 'd', 'ds', 'xr', 'syrup', 'suspension', 'drops'],
    ...['cream', 'gel', 'ointment', 'এক্সট্রা', 'প্লাস', 'ফোর্ট', 'ডি', 'সিরাপ', 'ড্রপ', 'ক্রিম'],
  ].map(exactForm),
);
/** English product words ending in -er/-r (not a Banglish genitive). */
// prettier-ignore
const ENGLISH_ER = new Set([
  'diaper', 'paper', 'powder', 'butter', 'water', 'charger', 'cooker', 'burger', 'heater', 'toner',
  'cleaner', 'conditioner', 'freshener', 'marker', 'cutter', 'sharpener', 'blender', 'razor',
  'sugar', 'flour', 'pepper', 'cucumber', 'cider', 'filter', 'rubber', 'lighter', 'remover',
]);

/** A Bengali word without its classifier ("ডিমগুলো", "তেলটা") or, for the last word, its genitive. */
function stripBengali(text: string, last: boolean): string {
  let s = text;
  if (last) {
    s = s
      .replace(/(?<=[\u0995-\u09b9\u09dc-\u09df]\u09bc?)ের$/, '')
      .replace(/(?<=[\u09be-\u09cc])র$/, '');
  }
  const bare = s.replace(/(গুলো|গুলি|গুলা|খানা|টা|টি|টো)$/, '');
  // আটা, বাটা: the ending is part of a short word.
  return bare.length >= 2 && !PROTECTED.has(s) ? bare : s;
}
const PROTECTED = new Set(['আটা', 'রুটি', 'চাপাটি', 'পরোটা', 'বাটা', 'ভুট্টা', 'মোটা', 'কাটা']);

/** A Latin word without a Banglish genitive: dimer → dim, napar → napa, chinir → chini. */
function stripLatin(text: string, last: boolean, english: boolean): string {
  if (!last || english || text.length <= 3 || isKnownEnglishWord(text) || ENGLISH_ER.has(text)) {
    return text;
  }
  if (/[^aeiou]er$/.test(text) && text.length >= 5) return text.slice(0, -2);
  if (/[aiou]r$/.test(text) && !/(our|oor|ear|air)$/.test(text)) return text.slice(0, -1);
  return text;
}

function productWord(t: EngineToken, last: boolean, english: boolean): string {
  return t.kind === 'bn' ? stripBengali(t.text, last) : stripLatin(t.text, last, english);
}

/** A known product word, as typed or without its ending. */
function known(t: EngineToken): boolean {
  if (isProductWord(t)) return true;
  const bare = productWord(t, true, false);
  return bare !== t.text && isProductWord({ ...t, text: bare, key: wordKey(bare) });
}

function isFiller(t: EngineToken, english: boolean): boolean {
  if (t.kind === 'latin' && FILLER_RAW.has(t.text)) return true;
  if (!FILLER_KEYS.has(t.key)) return false;
  // In English, a word is filler only when it is English filler (checked above).
  return !(english && t.kind === 'latin');
}

/**
 * The product as said: the run of content words (filler, slot words and units removed) that holds
 * a known grocery or medicine word, ending at the last known word (plus a name tail: napa extra);
 * without a known word, the longest run. A pointer back ("ওটা") with no known word is no product.
 */
function product(w: Work, english: boolean): void {
  const runs: number[][] = [];
  let run: number[] = [];
  w.tokens.forEach((t, i) => {
    const content =
      !w.used[i] &&
      isWord(t) &&
      !isFiller(t, english) &&
      !(unitAt(t) && !(unitAt(t) === 'strip' && i > 0 && known(w.tokens[i - 1]!)));
    if (content) run.push(i);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  if (runs.length === 0) return;
  const count = (r: number[]) => r.filter((i) => known(w.tokens[i]!)).length;
  let best = runs[0]!;
  for (const r of runs) {
    if (count(r) > count(best) || (count(best) === 0 && r.length > best.length)) best = r;
  }
  if (count(best) > 0) {
    let end = best.length - 1;
    while (end > 0 && !known(w.tokens[best[end]!]!)) end--;
    const tail = (i: number) =>
      NAME_TAILS.has(exactForm(productWord(w.tokens[best[i]!]!, true, english)));
    while (end + 1 < best.length && tail(end + 1)) end++;
    best = best.slice(0, end + 1);
  } else if (w.slots.anaphora) {
    return;
  }
  const words = best.map((i, n) => productWord(w.tokens[i]!, n === best.length - 1, english));
  const name = words.join(' ').trim();
  if (name) w.slots.product = name;
}

export type SlotOptions = { pendingSlot?: keyof Slots; script: 'bn' | 'en' | 'banglish' };

/** Slots of one utterance for the given intent (only the slots that intent's reply reads). */
export function extractSlots(
  tokens: EngineToken[],
  normalized: string,
  intent: Intent,
  options: SlotOptions,
): Slots {
  const w: Work = { tokens, used: tokens.map(() => false), slots: {} };
  const pending = options.pendingSlot;
  orderNumber(w);
  lastOrder(w, normalized);
  if (PRODUCT_INTENTS.has(intent) || pending === 'priceMax' || pending === 'priceMin') {
    priceBounds(w, normalized);
  }
  const productish = PRODUCT_INTENTS.has(intent) || pending === 'product' || pending === 'quantity';
  if (productish || intent === 'delivery_quote') {
    quantities(w, intent);
    bareNumbers(w, intent, pending === 'quantity');
  }
  if (PLACE_INTENTS.has(intent) || pending === 'place') {
    const place = findPlace(tokens, w.used);
    if (place) w.slots.place = place;
    else if (pending === 'place') {
      // An answer to "where?" names a place even when the gazetteer list does not know it.
      const words = tokens.filter(
        (t, i) => !w.used[i] && (t.kind === 'number' || (isWord(t) && !isFiller(t, false))),
      );
      if (words.length > 0) w.slots.place = words.map((t) => t.text).join(' ');
    }
  }
  if (intent === 'policy') topic(w, normalized);
  if (productish) {
    anaphora(w);
    product(w, options.script === 'en');
    if (w.slots.product) delete w.slots.anaphora;
  }
  if (!productish && intent !== 'delivery_quote') {
    delete w.slots.quantity;
    delete w.slots.unit;
  }
  return w.slots;
}
