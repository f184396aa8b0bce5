/**
 * The place slot: a known area, district or division name in either script (matched by phonetic
 * key, with a locative ending such as মিরপুরে, dhanmondite, uttaray stripped), with the number that
 * often follows it ("mirpur 10", "গুলশান ২").
 */
import { PLACE_NAMES } from './places.ts';
import { wordKey, type EngineToken } from './text.ts';

// prettier-ignore
const EXTRA_PLACES: [string, string][] = [
  ['Chittagong', 'চিটাগাং'], ['Comilla', 'কুমিল্লা'], ['Barisal', 'বরিশাল'], ['Jessore', 'যশোর'],
  ['Bogra', 'বগুড়া'], ['Mohammadpur', 'মোহাম্মদপুর'], ['Savar', 'সাভার'], ['Gazipur', 'গাজীপুর'],
  ['Narayanganj', 'নারায়ণগঞ্জ'], ['Keraniganj', 'কেরানীগঞ্জ'], ['Banasree', 'বনশ্রী'], ['Ashulia', 'আশুলিয়া'],
  ['Motijheel', 'মতিঝিল'], ['Azimpur', 'আজিমপুর'], ['Puran Dhaka', 'পুরান ঢাকা'], ['Old Dhaka', 'পুরান ঢাকা'],
];

/** Place keys: one word → the names that start with it (as word-key lists). */
const byFirst = new Map<string, string[][]>();
for (const [en, bn] of [...PLACE_NAMES, ...EXTRA_PLACES]) {
  for (const name of [en.toLowerCase(), bn]) {
    const words = name.split(/[\s\-/()]+/).filter((w) => w && !/^\d+$/.test(w));
    if (words.length === 0) continue;
    const keys = words.map((w) => wordKey(w));
    const list = byFirst.get(keys[0]!) ?? [];
    if (!list.some((k) => k.join(' ') === keys.join(' '))) list.push(keys);
    byFirst.set(keys[0]!, list);
  }
}
/** Words too common to be a place on their own. */
const NOT_ALONE = new Set(
  ['new', 'green', 'north', 'south', 'middle', 'old', 'road', 'uttar'].map(wordKey),
);

const LOCATIVE_BN = /(তে|য়|এ|ে|র|ের)$/;
const LOCATIVE_LATIN = /(te|ey|e|y|r|er)$/;

function candidates(t: EngineToken): { key: string; text: string }[] {
  const out = [{ key: t.key, text: t.text }];
  const re = t.kind === 'bn' ? LOCATIVE_BN : LOCATIVE_LATIN;
  const m = re.exec(t.text);
  if (m && t.text.length - m[0].length >= 3) {
    const stripped = t.text.slice(0, -m[0].length);
    out.push({ key: wordKey(stripped), text: stripped });
  }
  return out;
}

export function findPlace(tokens: EngineToken[], used: boolean[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (used[i] || (t.kind !== 'bn' && t.kind !== 'latin')) continue;
    for (const c of candidates(t)) {
      const names = byFirst.get(c.key);
      if (!names) continue;
      // The longest name whose following words match.
      const sorted = [...names].sort((a, b) => b.length - a.length);
      for (const keys of sorted) {
        if (keys.length === 1 && NOT_ALONE.has(keys[0]!)) continue;
        let ok = true;
        const parts = [c.text];
        for (let k = 1; k < keys.length; k++) {
          const next = tokens[i + k];
          if (!next) {
            ok = false;
            break;
          }
          const match = candidates(next).find((n) => n.key === keys[k]);
          if (!match) {
            ok = false;
            break;
          }
          parts[k] = match.text;
        }
        if (!ok) continue;
        // The first word kept as typed when the name has more words.
        if (keys.length > 1) parts[0] = t.text;
        let end = i + keys.length;
        for (let k = i; k < end; k++) used[k] = true;
        const number = tokens[end];
        if (number?.kind === 'number' && number.value! < 100) {
          parts.push(number.text);
          used[end] = true;
          end++;
        }
        return parts.join(' ');
      }
    }
  }
  return undefined;
}
