/**
 * How many SMS a text costs. Texts made only of GSM 03.38 characters go as GSM-7: 160 septets in one SMS,
 * 153 per part when concatenated (the rest is the UDH header); extension characters (€ [ ] { } ~ ^ | \ and
 * form feed) take two septets. Anything else (Bengali, emoji) goes as UCS-2: 70 UTF-16 units in one SMS,
 * 67 per part. A character is never split between parts (an escape pair or a surrogate pair stays whole).
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';
const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';
export type SmsParts = {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  parts: number;
  /** Capacity of one part in this message's encoding (160/153 or 70/67). */
  perPart: number;
};

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENSION.has(ch)) return false;
  return true;
}

export function smsEncoding(text: string): SmsEncoding {
  return isGsm7(text) ? 'GSM-7' : 'UCS-2';
}

export function smsParts(text: string): SmsParts {
  const gsm = isGsm7(text);
  const single = gsm ? 160 : 70;
  const multi = gsm ? 153 : 67;
  // units each character takes: GSM-7 1 or 2 septets; UCS-2 1 or 2 UTF-16 units (surrogate pair)
  const sizes = [...text].map((ch) => (gsm ? (EXTENSION.has(ch) ? 2 : 1) : ch.length));
  const units = sizes.reduce((a, b) => a + b, 0);
  if (units <= single) {
    return { encoding: gsm ? 'GSM-7' : 'UCS-2', units, parts: 1, perPart: single };
  }
  let parts = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > multi) {
      parts++;
      used = 0;
    }
    used += size;
  }
  return { encoding: gsm ? 'GSM-7' : 'UCS-2', units, parts, perPart: multi };
}
