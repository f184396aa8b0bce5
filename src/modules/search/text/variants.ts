/**
 * Other ways a query word may be meant, each tried as an exact match beside the word itself:
 * chat spelling (c for চ: "cal" → chal), Banglish genitives ("dimer" → dim), a compound typed
 * without a space ("sorishartel" → sorishar tel), the other names of the thing ("rohu" → রুই,
 * "কদু" → লাউ) and looser phonetic keys (aspirated/unaspirated pairs, inner vowels).
 */
import { normalizeBengaliWord } from './normalize.ts';
import { phoneticKey } from './phonetic.ts';
import { alternativesFor, type WordDomain } from './synonyms.ts';

/** One way to read a query word: every part must be a word of the product's names. */
export interface WordVariant {
  /** Matching forms (tested against `names`) and keys (against `names_phonetic`). */
  parts: { form?: string; key: string; loose?: string[] }[];
  /** How much a match through this reading is worth next to the word itself (1). */
  weight: number;
  why: 'chat' | 'genitive' | 'compound' | 'synonym' | 'aspirate' | 'skeleton' | 'vowel';
}

/** The stored prefixes of loose keys in names_phonetic (pg_trgm ignores them). */
export const LOOSE_MARK = '~';
export const SKELETON_MARK = '~~';

/**
 * The key with aspirated stops made plain (kh→k, gh→g, th→t, dh→d, jh→j, f→p): people type
 * "dal" and "dhal", "kejur" and "khejur", "ful" and "phul", "ghi" and "gee" for the same word.
 */
export function unaspiratedKey(key: string): string {
  return key.replace(/([kgtdj])h/g, '$1').replace(/f/g, 'p');
}

/**
 * The consonant skeleton of a long key: first and last letters kept, inner vowels dropped, so
 * the inherent vowel typed, heard or not (ফুলকপি fulakpi / fulkopi, নুডলস nudlas / nudols)
 * stops mattering. Only for keys of 5 letters or more: shorter skeletons collide.
 */
export function skeletonKey(key: string): string | undefined {
  const plain = unaspiratedKey(key);
  if (plain.length < 5) return undefined;
  const inner = plain.slice(1, -1).replace(/[aeiou]/g, '');
  return plain[0] + inner + plain[plain.length - 1];
}

/**
 * Loose keys of one word as stored in names_phonetic: `~unaspirated` (only when it differs from
 * the key: the plain key is searched too) and `~~skeleton`.
 */
export function looseKeys(key: string): string[] {
  const plain = unaspiratedKey(key);
  const out = plain === key ? [] : [`${LOOSE_MARK}${plain}`];
  const skeleton = skeletonKey(key);
  if (skeleton) out.push(`${SKELETON_MARK}${skeleton}`);
  return out;
}

/** Banglish genitive: dimer → dim, alur → alu, sorishar → sorisha, hasher → hash. */
export function banglishStem(word: string): string | undefined {
  if (/[^aeiou]er$/.test(word) && word.length >= 5) return word.slice(0, -2);
  if (/[aeiou]r$/.test(word) && word.length >= 4 && !/er$/.test(word)) return word.slice(0, -1);
  return undefined;
}

/** Chat spelling writes চ as a bare c: cal → chal, cini → chini, ca → cha. */
export function chatSpelling(word: string): string | undefined {
  return /c(?!h)/.test(word) ? word.replace(/c(?!h)/g, 'ch') : undefined;
}

/**
 * Chat spelling of a short word also writes ছ/চ as s ("mas" মাছ, "kisu" কিছু, "pas" পাঁচ): every
 * s before a vowel or at the end, read as ch (not before a consonant: "musk", "ist"). Only words of four letters or fewer: in longer ones s is nearly
 * always স/শ.
 */
export function chatSibilant(word: string): string | undefined {
  const s = /s(?=[aeiouy]|$)/g;
  return word.length <= 4 && s.test(word) ? word.replace(s, 'ch') : undefined;
}

/**
 * An English spelling's silent final e (pendrive, machine): the Bengali loanword has no vowel
 * there (পেনড্রাইভ pendraib), so the key is also read without it. Only words of 7 letters or
 * more: a shorter bare word's skeleton collides (saline → salin, the skeleton of Seylon).
 */
export function silentE(word: string): string | undefined {
  return word.length >= 7 && /[^aeiou]e$/.test(word) ? word.slice(0, -1) : undefined;
}

/**
 * A short Latin word with its one vowel typed wrong ("fen" for fan, "musk" for mask): the word
 * with that vowel replaced by each other vowel. Only words of 3–4 letters with exactly one vowel.
 */
export function vowelSwaps(word: string): string[] {
  if (word.length < 3 || word.length > 4 || !/^[a-z]+$/.test(word)) return [];
  const vowels = [...word].filter((c) => 'aeiou'.includes(c));
  if (vowels.length !== 1) return [];
  return [...'aeiou'].filter((v) => v !== vowels[0]).map((v) => word.replace(vowels[0]!, v));
}

/** Where a Bengali word may be cut: before a consonant or an independent vowel, not a sign. */
function bengaliBoundary(word: string, i: number): boolean {
  return (
    /[\u0985-\u0994\u0995-\u09b9\u09dc-\u09df]/.test(word[i] ?? '') && word[i - 1] !== '\u09cd'
  );
}

/**
 * A word typed as two without a space ("sorishartel", "lalshak", "কাঁচামরিচ"): the split whose two
 * halves (the left one possibly a genitive) are both known words, the most even split first.
 */
export function splitCompound(
  word: string,
  known: (word: string, key: string) => boolean,
): [string, string] | undefined {
  const bengali = /[\u0980-\u09ff]/.test(word);
  if ([...word].length < (bengali ? 4 : 5)) return undefined;
  const norm = (w: string) => (bengali ? normalizeBengaliWord(w) : w);
  const splits: [string, string][] = [];
  for (let i = 2; i <= word.length - 2; i++) {
    if (bengali && !bengaliBoundary(word, i)) continue;
    const right = norm(word.slice(i));
    if (!known(right, phoneticKey(right))) continue;
    const left = word.slice(0, i);
    for (const l of bengali ? [norm(left)] : [left, banglishStem(left)]) {
      if (l && l.length >= 2 && known(l, phoneticKey(l))) {
        splits.push([l, right]);
        break;
      }
    }
  }
  splits.sort(
    (a, b) =>
      Math.abs(a[0].length - a[1].length) - Math.abs(b[0].length - b[1].length) ||
      b[0].length - a[0].length,
  );
  return splits[0];
}

export interface VariantOptions {
  /** Whether a word (matching form or phonetic key) occurs in the catalog's vocabulary. */
  known?: (word: string, key: string) => boolean;
}

const MAX_SYNONYMS = 6;

function part(form: string) {
  return { form, key: phoneticKey(form) };
}

/** A compound's half: also matched by its loose keys (halua ↔ হালুয়া haluia). */
function loosePart(form: string) {
  const key = phoneticKey(form);
  return { form, key, loose: looseKeys(key) };
}

/**
 * `known` for a vocabulary of terms (forms, keys and loose keys, as search_terms holds them): a
 * word is known when its form, key or one of its loose keys is a term.
 */
export function knownIn(terms: ReadonlySet<string>): (word: string, key: string) => boolean {
  return (word, key) =>
    terms.has(word) || terms.has(key) || looseKeys(key).some((k) => terms.has(k));
}

/** The readings of one query word besides itself, and the shop domain its synonyms belong to. */
export function wordVariants(
  word: { form: string; key: string; latin: boolean },
  options: VariantOptions = {},
): { variants: WordVariant[]; domain?: WordDomain } {
  const variants: WordVariant[] = [];
  const seen = new Set<string>([`${word.form}|${word.key}`]);
  const add = (v: WordVariant) => {
    const id = v.parts.map((p) => `${p.form ?? ''}|${p.key}`).join(' ');
    if (seen.has(id)) return;
    seen.add(id);
    variants.push(v);
  };
  const readings = [word.form];
  // Readings for a word the catalog does not hold as typed (no vocabulary: always tried).
  const unknown = !options.known || !options.known(word.form, word.key);
  if (word.latin) {
    const chat = chatSpelling(word.form);
    if (chat) {
      add({ parts: [part(chat)], weight: 0.95, why: 'chat' });
      readings.push(chat);
    }
    const sibilant = unknown ? chatSibilant(word.form) : undefined;
    if (sibilant) {
      add({ parts: [part(sibilant)], weight: 0.9, why: 'chat' });
      readings.push(sibilant);
    }
    for (const r of [...readings]) {
      const stem = banglishStem(r);
      if (stem) {
        add({ parts: [part(stem)], weight: 0.95, why: 'genitive' });
        readings.push(stem);
      }
    }
  }
  if (options.known) {
    for (const r of readings.slice(0, 2)) {
      const split = splitCompound(r, options.known);
      if (split) add({ parts: split.map(loosePart), weight: 0.95, why: 'compound' });
    }
  }
  // The other names of the thing; Banglish spellings are also looked up by their key.
  let domain: WordDomain | undefined;
  const synonyms = new Set<string>();
  for (const r of readings) {
    const found = alternativesFor(r, word.latin ? phoneticKey(r) : undefined, phoneticKey);
    domain ??= found.domain;
    for (const a of found.alternatives) synonyms.add(a);
  }
  for (const s of [...synonyms].slice(0, MAX_SYNONYMS)) {
    add({ parts: s.split(' ').map(part), weight: 0.95, why: 'synonym' });
  }
  const bare = word.latin ? silentE(word.form) : undefined;
  if (bare) readings.push(bare);
  for (const r of readings) {
    const key = phoneticKey(r);
    const plain = unaspiratedKey(key);
    // The plain key is a document's key (ডাল dal for "dhal") or its stored loose key (ঢাল ~dal for "dal").
    add({
      parts: [{ key: plain, loose: [`${LOOSE_MARK}${plain}`] }],
      weight: 0.9,
      why: 'aspirate',
    });
    const skeleton = skeletonKey(key);
    if (skeleton)
      add({ parts: [{ key: `${SKELETON_MARK}${skeleton}` }], weight: 0.85, why: 'skeleton' });
  }
  // A swapped vowel scores 0.75 × 0.95: above a short word's prefix (0.6), under the relevance
  // floor of a whole match, so it answers only when nothing holds the word whole.
  if (word.latin && unknown) {
    for (const swapped of vowelSwaps(word.form)) {
      add({ parts: [part(swapped)], weight: 0.75, why: 'vowel' });
    }
  }
  return { variants, domain };
}
