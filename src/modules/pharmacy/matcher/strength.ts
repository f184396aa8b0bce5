/**
 * Strengths as numbers: the master's "500 mg+65 mg", "(10 mg+30 mg+1.25 mg)/5 ml", "1 gm", "0.25% w/w"
 * and a line's "500", "20mg", "1g", "120mg/5ml", "2.5%" become amounts in comparable units
 * (mass in mg, volume in ml, IU, percent).
 */

export type AmountKind = 'mass' | 'volume' | 'iu' | 'percent' | 'none';
export type Amount = { value: number; kind: AmountKind };

const UNIT_RE = String.raw`mg|mcg|µg|ug|gm|g|ml|iu|i\.u|%|units?|মিগ্রা|মি\.গ্রা\.?|এমজি|মিলি|এমএল|গ্রাম`;
const NUMBER_UNIT = new RegExp(
  String.raw`(\d+(?:\.\d+)?)\s*(${UNIT_RE})?(?![a-z\u0980-\u09ff])`,
  'g',
);

/** In a line, a number glued to letters is part of a name ("d1000" after the parser joined it). */
const LINE_NUMBER_UNIT = new RegExp(String.raw`(?<![a-z\d.])${NUMBER_UNIT.source}`, 'g');

/** The amount a number and its unit name, in mg / ml / IU / %. */
export function amount(value: number, unit: string | undefined): Amount {
  switch (unit) {
    case 'mg':
    case 'মিগ্রা':
    case 'এমজি':
      return { value, kind: 'mass' };
    case 'mcg':
    case 'µg':
    case 'ug':
      return { value: value / 1000, kind: 'mass' };
    case 'g':
    case 'gm':
    case 'গ্রাম':
      return { value: value * 1000, kind: 'mass' };
    case 'ml':
    case 'মিলি':
    case 'এমএল':
      return { value, kind: 'volume' };
    case 'iu':
    case 'i.u':
    case 'unit':
    case 'units':
      return { value, kind: 'iu' };
    case '%':
      return { value, kind: 'percent' };
    default:
      if (unit?.startsWith('মি.গ্রা')) return { value, kind: 'mass' };
      return { value, kind: 'none' };
  }
}

/** Every amount in a master strength, in order ("120 mg/5 ml" → 120 mg, 5 ml). */
export function parseMasterStrength(strength: string): Amount[] {
  const out: Amount[] = [];
  for (const m of strength.toLowerCase().matchAll(NUMBER_UNIT)) {
    out.push(amount(Number(m[1]), m[2]));
  }
  return out;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
}

/** Whether one amount of a line is among an entry's amounts (a bare number matches any unit). */
export function amountIn(wanted: Amount, entry: Amount[]): boolean {
  return entry.some((e) => {
    if (wanted.kind === 'none') {
      // "napa 500": the bare number of a strength, in the entry's own unit.
      return same(wanted.value, e.kind === 'mass' && e.value < 1 ? e.value * 1000 : e.value)
        ? true
        : same(wanted.value, e.value);
    }
    return wanted.kind === e.kind && same(wanted.value, e.value);
  });
}

export type StrengthFit = {
  /** Amounts of the line found in the entry. */
  matched: number;
  /** Amounts with a mass/IU/% unit that the entry does not have: another strength was meant. */
  conflicting: number;
  /** Bare numbers not found (maybe a quantity) and volumes not found (maybe the bottle's size). */
  loose: number;
};

/** How the line's amounts fit an entry's. */
export function strengthFit(line: Amount[], entry: Amount[]): StrengthFit {
  const fit: StrengthFit = { matched: 0, conflicting: 0, loose: 0 };
  for (const a of line) {
    if (amountIn(a, entry)) fit.matched++;
    else if (a.kind === 'none' || a.kind === 'volume') fit.loose++;
    else fit.conflicting++;
  }
  return fit;
}

/** The amounts a line's text names, with where they are, for the parser. */
export function findAmounts(text: string): { amounts: Amount[]; spans: [number, number][] } {
  const amounts: Amount[] = [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(LINE_NUMBER_UNIT)) {
    amounts.push(amount(Number(m[1]), m[2]));
    spans.push([m.index, m.index + m[0].length]);
  }
  return { amounts, spans };
}
