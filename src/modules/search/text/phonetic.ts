/**
 * Romanized phonetic keys. Bengali script is transliterated the way people type Banglish (with a
 * schwa-deletion rule for the inherent vowel), then Bengali-derived and typed Latin text go through the
 * same sound-alike folds. Keys are ASCII lowercase words separated by single spaces, so they can be
 * indexed with pg_trgm and compared with phoneticSimilarity() (the pg_trgm definition).
 */
import { basicNormalize } from './normalize.ts';

export type SchwaMode = 'off' | 'ltr' | 'rtl';

export interface KeyOptions {
  /**
   * Delete the inherent vowel in V C _ C V contexts (মুরগি → murgi, not murogi), scanning left to
   * right or right to left; the final one follows its own rule in every mode.
   */
  schwaDeletion: SchwaMode;
  /** Fold o into a (the inherent vowel is typed either way: Tagarbanda, Dologram). */
  foldAO: boolean;
  /** Fold e before a vowel, and y, into i (peyaj, piaj, pyaj → piaj). */
  foldEI: boolean;
  /**
   * sh→s and bh→b. Other aspirates (kh, gh, ch, th, dh) are kept: dropping them all measured worse
   * on both evaluations (docs/search.md).
   */
  foldShBh: boolean;
  /** Drop a y/i glide between a/o/u and a vowel (কচুয়া kachua, নোয়াখালী noakhali). */
  foldGlides: boolean;
  /** Drop n before a consonant (ঁ is typed n or not at all: চাঁদপুর Chandpur, পেঁয়াজ peyaj). */
  foldNasals: boolean;
}

export const DEFAULT_KEY_OPTIONS: KeyOptions = {
  schwaDeletion: 'rtl',
  foldAO: true,
  foldEI: true,
  foldShBh: true,
  foldGlides: false,
  foldNasals: false,
};

// prettier-ignore
const CONSONANTS: Record<string, string> = {
  ক: 'k', খ: 'kh', গ: 'g', ঘ: 'gh', ঙ: 'ng', চ: 'ch', ছ: 'ch', জ: 'j', ঝ: 'jh', ঞ: 'n',
  ট: 't', ঠ: 'th', ড: 'd', ঢ: 'dh', ণ: 'n', ত: 't', থ: 'th', দ: 'd', ধ: 'dh', ন: 'n',
  প: 'p', ফ: 'ph', ব: 'b', ভ: 'bh', ম: 'm', য: 'j', র: 'r', ল: 'l', শ: 'sh', ষ: 'sh',
  স: 's', হ: 'h', '\u09dc': 'r', '\u09dd': 'rh', '\u09df': 'y',
};
// prettier-ignore
const INDEPENDENT_VOWELS: Record<string, string> = {
  অ: 'o', আ: 'a', ই: 'i', ঈ: 'i', উ: 'u', ঊ: 'u', ঋ: 'ri', এ: 'e', ঐ: 'oi', ও: 'o', ঔ: 'ou',
};
// prettier-ignore
const VOWEL_SIGNS: Record<string, string> = {
  '\u09be': 'a', '\u09bf': 'i', '\u09c0': 'i', '\u09c1': 'u', '\u09c2': 'u', '\u09c3': 'ri',
  '\u09c7': 'e', '\u09c8': 'oi', '\u09cb': 'o', '\u09cc': 'ou',
};
const VIRAMA = '\u09cd';

/**
 * য/ব after a virama are phalas (not pronounced as such) except after র (a ref: পূর্ব purbo, কার্য)
 * and ব after ম (অম্বর ombor).
 */
export function isPhala(before: string, letter: string | undefined): boolean {
  if (before === 'র') return false;
  if (letter === 'য') return true;
  return letter === 'ব' && before !== 'ম';
}

interface Segment {
  latin: string;
  vowel: boolean;
  /** Consonant whose inherent vowel is still possible (no vowel sign, no virama after it). */
  inherent: boolean;
  /** Consonant joined to the previous one by a virama (second part of a conjunct). */
  joined: boolean;
  /** Consonant followed by a virama (first part of a conjunct). */
  cluster: boolean;
}

function consonant(latin: string, joined: boolean): Segment {
  return { latin, vowel: false, inherent: true, joined, cluster: false };
}

/** Splits one Bengali word into consonant and vowel segments. */
function segments(word: string): Segment[] {
  // Precomposed য় ড় ঢ় are easier to map than letter + nukta.
  const w = word
    .replace(/\u09af\u09bc/g, '\u09df')
    .replace(/\u09a1\u09bc/g, '\u09dc')
    .replace(/\u09a2\u09bc/g, '\u09dd');
  const out: Segment[] = [];
  let joinNext = false;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    const prev = out[out.length - 1];
    if (ch === VIRAMA) {
      const next = w[i + 1];
      // য-phala and ব-phala are not pronounced as such (ব্যাগ, বিশ্ব): skip both characters, and
      // the consonant before keeps its vowel slot (সত্য → sotto).
      if (prev && !prev.vowel && isPhala(w[i - 1] as string, next) && w[i + 2] !== '\u09bc') {
        prev.cluster = true; // a final phala consonant keeps its vowel, like a conjunct
        i++;
        continue;
      }
      if (prev && !prev.vowel) {
        prev.inherent = false;
        prev.cluster = true;
      }
      joinNext = true;
      continue;
    }
    // ক্ষ is said and typed kh/kkh (দক্ষিণ Dakkhin/Dakshin).
    if (ch === 'ষ' && joinNext && prev?.latin === 'k') {
      prev.latin = 'kkh';
      prev.inherent = true;
      prev.cluster = false;
      joinNext = false;
      continue;
    }
    // জ্ঞ is said gg (বিজ্ঞান biggan).
    if (ch === 'ঞ' && joinNext && prev?.latin === 'j') {
      prev.latin = 'gg';
      prev.inherent = true;
      prev.cluster = false;
      joinNext = false;
      continue;
    }
    const c = CONSONANTS[ch];
    if (c !== undefined) {
      out.push(consonant(c, joinNext));
      joinNext = false;
      continue;
    }
    joinNext = false;
    const sign = VOWEL_SIGNS[ch];
    if (sign !== undefined) {
      if (prev && !prev.vowel) prev.inherent = false;
      out.push({ latin: sign, vowel: true, inherent: false, joined: false, cluster: false });
      continue;
    }
    const v = INDEPENDENT_VOWELS[ch];
    if (v !== undefined) {
      // নও, বউ: after অ/ও the consonant's own o is not heard twice.
      if (prev && !prev.vowel && (ch === 'ও' || ch === 'অ')) prev.inherent = false;
      out.push({ latin: v, vowel: true, inherent: false, joined: false, cluster: false });
      continue;
    }
    if (ch === 'ং') {
      out.push({ latin: 'ng', vowel: false, inherent: false, joined: false, cluster: true });
    } else if (ch === 'ৎ') {
      out.push({ latin: 't', vowel: false, inherent: false, joined: false, cluster: true });
    } else if (ch === 'ঃ') {
      out.push({ latin: 'h', vowel: false, inherent: false, joined: false, cluster: true });
    }
    // ঁ, nukta on other letters, ZWJ: silent.
  }
  return out;
}

/** Whether the segment ends in a vowel sound (explicit vowel, or a consonant keeping its inherent). */
function soundsVowel(seg: Segment | undefined): boolean {
  return seg !== undefined && (seg.vowel || seg.inherent);
}

/**
 * Decides which inherent vowels are spoken. Bengali drops the final one (ডাল dal) unless the word
 * ends in a conjunct, ং or a phala (মাংস mangsho, বন্দ bando); inside a word it is dropped in a
 * V C _ C V context (মুরগি murgi, খুলনা khulna, আমতলী amtoli), scanning right to left by default (measured better than left to right).
 */
function resolveInherent(segs: Segment[], mode: SchwaMode): void {
  const last = segs.length - 1;
  const final = segs[last];
  if (last > 0 && final && !final.vowel && final.inherent) {
    const prev = segs[last - 1] as Segment;
    final.inherent =
      final.joined || final.cluster || (!prev.vowel && !prev.inherent && prev.cluster);
  }
  if (mode === 'off') return;
  const order = [...Array(Math.max(0, last - 1)).keys()].map((k) => k + 1);
  if (mode === 'rtl') order.reverse();
  for (const i of order) {
    const seg = segs[i] as Segment;
    if (seg.vowel || !seg.inherent || seg.joined) continue;
    const prev = segs[i - 1] as Segment;
    const next = segs[i + 1] as Segment;
    const afterNext = segs[i + 2];
    if (
      soundsVowel(prev) &&
      !next.vowel &&
      !next.cluster &&
      (afterNext?.vowel === true || next.inherent)
    ) {
      seg.inherent = false;
    }
  }
}

/** Bengali word → raw Latin, before the shared folds. */
export function romanizeBengaliWord(word: string, mode: SchwaMode = 'rtl'): string {
  const segs = segments(word);
  resolveInherent(segs, mode);
  return segs.map((s) => (s.inherent ? `${s.latin}o` : s.latin)).join('');
}

/**
 * Sound-alike folds shared by Bengali-derived and typed Latin words. Input: [a-z0-9]+. Applied
 * until nothing changes, so a key is its own key (one pass can leave a fold for the next: "auu"
 * becomes "ou", which folds to "o").
 */
export function foldLatin(word: string, options: KeyOptions = DEFAULT_KEY_OPTIONS): string {
  let w = word;
  for (let i = 0; i < 5; i++) {
    const next = foldOnce(w, options);
    if (next === w) break;
    w = next;
  }
  return w;
}

function foldOnce(word: string, options: KeyOptions): string {
  let w = word
    .replace(/ph/g, 'f')
    .replace(/chh/g, 'ch')
    .replace(/ksh/g, 'kh')
    .replace(/x/g, 'ks')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/ch/g, 'C')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/C/g, 'ch')
    .replace(/z/g, 'j')
    .replace(/v/g, 'b')
    // w after a consonant is a ব-phala (Debidwar দেবিদ্বার); elsewhere it is an o glide (Shewrapara).
    .replace(/(?<=[bcdfghjklmnpqrstvxz])w/g, '')
    .replace(/w/g, 'o');
  if (options.foldShBh) w = w.replace(/(?<=[sb])h+/g, '');
  // ae is a typed এ/অ্যা (aelach এলাচ, aeta এটা).
  w = w
    .replace(/ae/g, 'e')
    .replace(/aa/g, 'a')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/[ao]u/g, 'o');
  if (options.foldEI) {
    w = w.replace(/y/g, 'i').replace(/e(?=[aiou])/g, 'i');
  }
  if (options.foldAO) w = w.replace(/o/g, 'a');
  if (options.foldGlides) w = w.replace(/(?<=[aou])[iy]+(?=[aou])/g, '');
  if (options.foldNasals) w = w.replace(/n(?=[bcdfgjklmpqrstvz])/g, '');
  // Doubled letters (tt, ll, ii after the folds) are one sound in a key; digits stay (500mg).
  return w.replace(/([a-z])\1+/g, '$1');
}

const BENGALI_WORD = /[\u0980-\u09ff]+/g;

/**
 * Phonetic key of a text in any mix of Bengali script, Banglish and English. One key word per input
 * word, ASCII lowercase, separated by single spaces.
 */
export function phoneticKey(text: string, options: KeyOptions = DEFAULT_KEY_OPTIONS): string {
  const s = basicNormalize(text).replace(
    BENGALI_WORD,
    (w) => ` ${romanizeBengaliWord(w, options.schwaDeletion)} `,
  );
  const words = s.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  return words
    .map((w) => foldLatin(w, options))
    .filter((w) => w.length > 0)
    .join(' ');
}

/** The set of trigrams pg_trgm extracts: lowercase alphanumeric words padded "  w ". */
export function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length === 0) continue;
    const padded = `  ${word} `;
    const chars = Array.from(padded);
    for (let i = 0; i + 3 <= chars.length; i++) set.add(chars.slice(i, i + 3).join(''));
  }
  return set;
}

/** pg_trgm's similarity(): shared trigrams over all distinct trigrams of both texts. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** Similarity of two texts' phonetic keys (each converted with phoneticKey first). */
export function phoneticSimilarity(a: string, b: string): number {
  return trigramSimilarity(phoneticKey(a), phoneticKey(b));
}
