/**
 * Text forms the matcher compares: a Latin "raw" form (lowercase letters and digits) and a phonetic
 * key, shared with search (src/modules/search/text/phonetic.ts), that brings Bengali script, Banglish
 * and English spellings of one name together (নাপা, napa → "napa"; সেকলো, seclo, sekklo → "sekla").
 */
import { asciiDigits, normalizeText } from '../../../platform/text.ts';
import { phoneticKey } from '../../search/index.ts';

/** NFC, ASCII digits, lowercase; অ্যা/এ্যা (an English "a" in Bengali script) read as আ. */
export function normalizeLine(line: string): string {
  return asciiDigits(normalizeText(line))
    .toLowerCase()
    .replace(/[\u0985\u098f]\u09cd\u09af\u09be/g, '\u0986')
    .replace(/[\u0985\u098f]\u09cd\u09af/g, '\u098f')
    .normalize('NFC');
}

/** Latin letters and digits only ("A-Clox" → "aclox"); empty for Bengali script. */
export function rawForm(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const keyCache = new Map<string, string>();
const KEY_CACHE_MAX = 200_000;

/** The phonetic key with its words joined ("Napa Extra" → "napaekstra"), memoized per word. */
export function soundKey(text: string): string {
  let out = '';
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    let key = keyCache.get(word);
    if (key === undefined) {
      key = phoneticKey(word).replace(/ /g, '');
      if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
      keyCache.set(word, key);
    }
    out += key;
  }
  return out;
}

export function isBengali(word: string): boolean {
  return /[\u0980-\u09ff]/.test(word);
}
