import type { Locale } from './i18n.ts';

const BENGALI_ZERO = 0x09e6;
const ZWJ = '\u200d';

/** Converts Bengali digits (০-৯) to ASCII digits. `Number('১২৩')` is NaN otherwise. */
export function asciiDigits(input: string): string {
  return input.replace(/[\u09e6-\u09ef]/g, (d) => String(d.charCodeAt(0) - BENGALI_ZERO));
}

export function bengaliDigits(input: string): string {
  return input.replace(/[0-9]/g, (d) => String.fromCharCode(BENGALI_ZERO + Number(d)));
}

/** Numbers in the reader's digits: counts, quantities, dates (identifiers stay in ASCII digits). */
export function localDigits(locale: Locale, value: string | number): string {
  return locale === 'bn' ? bengaliDigits(String(value)) : String(value);
}

/**
 * Normalizes user text on the way in: NFC (য়/ড়/ঢ় are composition exclusions, so they always end
 * up as letter + nukta, one form for both ways of typing them), removes ZWJ/ZWNJ except
 * in র‍্য (ra + ZWJ + virama + ya, where ZWJ is meaningful), trims and collapses inner whitespace.
 */
export function normalizeText(input: string): string {
  const nfc = input.normalize('NFC');
  // Keep the ZWJ of র‍্য (ra + ZWJ + virama + ya); drop every other ZWJ/ZWNJ.
  const withoutJoiners = nfc.replace(/[\u200c\u200d]/g, (joiner, offset: number, whole: string) =>
    joiner === ZWJ && whole.slice(offset - 1, offset + 3) === '\u09b0\u200d\u09cd\u09af'
      ? joiner
      : '',
  );
  return withoutJoiners.replace(/\s+/g, ' ').trim();
}
