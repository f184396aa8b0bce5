/**
 * The names the matcher looks words up in: brands, generics (with and without their salt: "Cetirizine
 * Hydrochloride" is also "cetirizine") and manufacturers, each by its Latin form and its phonetic key,
 * plus keys bucketed by length for edit-distance lookups of typos.
 */
import { distance } from 'fastest-levenshtein';
import type { NameToken } from './line-parser.ts';
import { rawForm, soundKey } from './text.ts';

export type NameKind = 'brand' | 'generic' | 'maker';
export type NameGroup = { kind: NameKind; name: string; entries: number[] };

/** A name of the index found in a line. */
export type NameHit = {
  group: number;
  /** Name words of the line it covers, [start, end). */
  start: number;
  end: number;
  score: number;
  how: 'exact' | 'sound' | 'typo';
  /** Edit distance of a typo. */
  edits: number;
};

// prettier-ignore
const SALTS = new Set([
  'hydrochloride', 'hcl', 'sodium', 'potassium', 'maleate', 'mesylate', 'mesilate', 'besylate', 'besilate',
  'dihydrate', 'trihydrate', 'monohydrate', 'hemihydrate', 'sesquihydrate', 'sulphate', 'sulfate', 'phosphate', 'citrate',
  'acetate', 'tartrate', 'fumarate', 'succinate', 'bromide', 'hydrobromide', 'dipropionate', 'propionate',
  'valerate', 'anhydrous', 'usp', 'bp', 'magnesium', 'calcium', 'disodium', 'hyclate', 'lactate',
  'gluconate', 'pamoate', 'embonate', 'oxalate', 'bitartrate', 'furoate', 'xinafoate', 'trometamol',
  'micronized', 'micronised', 'ip', 'chloride', 'nitrate', 'mononitrate', 'dinitrate', 'hydrobromide',
]);
// prettier-ignore
const MAKER_WORDS = new Set(['the', 'pharmaceuticals', 'pharmaceutical', 'pharma', 'laboratories', 'ltd', 'limited', 'plc', 'company', 'industries', 'bangladesh', 'health', 'healthcare', 'products', 'drug', 'drugs', 'and', 'co']);

const MAX_NGRAM = 4;
/** Runs of words looked up for typos (longer names are found by their exact or sound form). */
const MAX_TYPO_WORDS = 2;
const FUZZY_CACHE_MAX = 50_000;

/** Names of a generic: itself, without salt words, without a bracket, the bracket's content. */
export function genericAliases(generic: string): string[] {
  const out = new Set<string>([generic]);
  const bracket = /^(.*?)\s*\[(.*)\]\s*$/.exec(generic);
  if (bracket) {
    out.add(bracket[1]!);
    out.add(bracket[2]!);
  }
  for (const name of [...out]) {
    const words = name
      .toLowerCase()
      .split(/[^a-z0-9+]+/)
      .filter(Boolean);
    const kept = words.filter((w) => !SALTS.has(w));
    if (kept.length && kept.length < words.length && kept.join('').length >= 4)
      out.add(kept.join(' '));
  }
  return [...out];
}

/** The distinctive word of a manufacturer ("Square Pharmaceuticals Ltd." → "square"). */
export function makerWords(maker: string): string[] {
  const words = maker
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !MAKER_WORDS.has(w));
  const out = words.slice(0, 1);
  if (maker.toLowerCase().startsWith('eskayef')) out.push('skf');
  if (/glaxo/i.test(maker)) out.push('gsk');
  return out;
}

/** Letters of a key's start indexed for typos: typos past it are found by the full distance. */
const PREFIX = 6;

/**
 * The key's prefix with up to `edits` letters deleted (the edits a key of its length may have):
 * two keys within that many edits share one of these.
 */
export function prefixDeletes(key: string, edits = allowedEdits(key.length)): Set<string> {
  const p = key.slice(0, PREFIX);
  const out = new Set<string>([p]);
  if (edits < 1) return out;
  for (let i = 0; i < p.length; i++) {
    const one = p.slice(0, i) + p.slice(i + 1);
    out.add(one);
    if (edits < 2) continue;
    for (let j = i; j < one.length; j++) out.add(one.slice(0, j) + one.slice(j + 1));
  }
  return out;
}

/** Edits allowed for a key of this length: none below 4 letters, then 1, 2, 3. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 6 ? 1 : length < 10 ? 2 : 3;
}

/**
 * A Bengali spelling's key with one vowel between consonants left out: the inherent vowel is
 * sometimes transliterated where an English name has none (এক্সট্রা "eksatra", Extra "ekstra").
 */
export function schwaVariants(key: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < key.length - 1; i++) {
    if (key[i] === 'a' && !/[aeiou]/.test(key[i - 1]!) && !/[aeiou]/.test(key[i + 1]!)) {
      out.push(key.slice(0, i) + key.slice(i + 1));
    }
  }
  return out;
}

export class NameIndex {
  readonly groups: NameGroup[] = [];
  private readonly byRaw = new Map<string, number[]>();
  private readonly byKey = new Map<string, number[]>();
  /** Fuzzy keys, and the keys' prefixes with up to two letters deleted → fuzzy keys (SymSpell). */
  private readonly fuzzyKeys: { key: string; groups: number[] }[] = [];
  private readonly deletes = new Map<string, number[]>();
  private readonly fuzzyCache = new Map<string, { group: number; edits: number }[]>();
  private readonly groupByName = new Map<string, number>();

  /** Whether a Latin form is some name's (for the parser: "d1000" is the brand D-1000). */
  hasRaw(raw: string): boolean {
    return this.byRaw.has(raw);
  }

  /** Adds an entry under a name; returns the name's group. */
  add(kind: NameKind, name: string, entry: number, aliases: string[] = [name]): number {
    const id = `${kind}:${name.toLowerCase()}`;
    let group = this.groupByName.get(id);
    if (group === undefined) {
      group = this.groups.length;
      this.groups.push({ kind, name, entries: [] });
      this.groupByName.set(id, group);
      for (const alias of aliases) this.addAlias(group, alias, kind !== 'maker');
    }
    this.groups[group]!.entries.push(entry);
    return group;
  }

  private addAlias(group: number, alias: string, fuzzy: boolean): void {
    const push = (map: Map<string, number[]>, k: string) => {
      if (!k) return;
      const list = map.get(k);
      if (!list) map.set(k, [group]);
      else if (!list.includes(group)) list.push(group);
    };
    const raw = rawForm(alias);
    push(this.byRaw, raw);
    // "Cef-3 DS" is also found as "cef ds" (the line's numbers are read as strengths).
    const letters = raw.replace(/[0-9]/g, '');
    if (letters !== raw && letters.length >= 4) push(this.byRaw, letters);
    const key = soundKey(alias);
    if (!key) return;
    const isNew = !this.byKey.has(key);
    push(this.byKey, key);
    if (fuzzy && isNew && key.length >= 4) {
      const id = this.fuzzyKeys.length;
      this.fuzzyKeys.push({ key, groups: this.byKey.get(key)! });
      for (const d of prefixDeletes(key)) {
        const list = this.deletes.get(d);
        if (!list) this.deletes.set(d, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      }
    }
  }

  private fuzzy(key: string): { group: number; edits: number }[] {
    const cached = this.fuzzyCache.get(key);
    if (cached) return cached;
    const max = allowedEdits(key.length);
    const out: { group: number; edits: number }[] = [];
    if (max > 0) {
      const tried = new Set<number>();
      for (const d of prefixDeletes(key)) {
        for (const id of this.deletes.get(d) ?? []) {
          if (tried.has(id)) continue;
          tried.add(id);
          const k = this.fuzzyKeys[id]!;
          if (Math.abs(k.key.length - key.length) > max) continue;
          const e = distance(key, k.key);
          if (e > 0 && e <= Math.min(max, allowedEdits(k.key.length))) {
            for (const group of k.groups) out.push({ group, edits: e });
          }
        }
      }
    }
    if (this.fuzzyCache.size >= FUZZY_CACHE_MAX) this.fuzzyCache.clear();
    this.fuzzyCache.set(key, out);
    return out;
  }

  /** Every name found in a line's name words (runs of up to four words). */
  find(names: NameToken[]): NameHit[] {
    const hits: NameHit[] = [];
    for (let start = 0; start < names.length; start++) {
      let raw = '';
      let key = '';
      let latin = true;
      let bengali = false;
      for (let end = start + 1; end <= Math.min(names.length, start + MAX_NGRAM); end++) {
        const word = names[end - 1]!;
        raw += word.raw;
        key += word.key;
        latin &&= word.raw !== '';
        bengali ||= word.raw === '';
        const exact = latin ? this.byRaw.get(raw) : undefined;
        // A lone form word ("gel", "tab") is a brand only when spelled so, and even then weakly:
        // looked up loosely, it would find everything ("tab" sounds like the brand Tav).
        if (end - start === 1 && word.formish) {
          for (const group of exact ?? []) {
            hits.push({ group, start, end, score: 0.6, how: 'exact', edits: 0 });
          }
          continue;
        }
        for (const group of exact ?? []) {
          hits.push({ group, start, end, score: 1, how: 'exact', edits: 0 });
        }
        const found = new Set(exact);
        for (const k of bengali ? [key, ...schwaVariants(key)] : [key]) {
          for (const group of this.byKey.get(k) ?? []) {
            if (found.has(group)) continue;
            found.add(group);
            hits.push({ group, start, end, score: k === key ? 0.9 : 0.88, how: 'sound', edits: 0 });
          }
        }
        // Typos are looked for only where the words are no name as they stand (a name typed right is
        // not read as another's typo), and not in a run that starts or ends with a form word.
        const edgeForm = end - start > 1 && (names[start]!.formish || word.formish);
        if (end - start <= MAX_TYPO_WORDS && !edgeForm && found.size === 0) {
          for (const f of this.fuzzy(key)) {
            if (found.has(f.group)) continue;
            const score = 0.92 - (0.5 * f.edits) / key.length;
            hits.push({ group: f.group, start, end, score, how: 'typo', edits: f.edits });
          }
        }
      }
    }
    return hits;
  }
}
