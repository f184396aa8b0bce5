/**
 * Scores master entries against a parsed line and decides the line's status. Confidence is the name
 * evidence (brand 1 exact, 0.9 by sound, less per typo; a generic alone counts 0.7 of that) times fit
 * factors for strength, form and site, times a penalty for each word nothing explains.
 */
import { FORM_PRIOR, formFit, formWord, type EntryForm } from './forms.ts';
import type { ParsedLine } from './line-parser.ts';
import { MODIFIERS } from './line-parser.ts';
import type { MatchStatus } from './matcher.types.ts';
import type { NameHit, NameIndex } from './name-index.ts';
import { amountIn, strengthFit, type Amount } from './strength.ts';

/** A master entry with what the matcher precomputes for it. */
export type IndexedEntry = {
  index: number;
  brandGroup: number;
  genericGroup: number;
  makerGroup: number | null;
  amounts: Amount[];
  form: EntryForm;
  /** The master dosage form in lowercase ("capsule (delayed release)"). */
  formText: string;
  /** Entries that only differ by id (same brand, generic, strength, form, manufacturer). */
  sameAs: string;
};

export type Scored = {
  entry: IndexedEntry;
  confidence: number;
  reasons: string[];
  byBrand: boolean;
  strengthConflict: boolean;
  /**
   * The brand was found by words that are also a generic's name (a brand called "Cetirizine"), or by
   * a short name's sound or typo with neither strength nor form to back it ("hello" sounds like the
   * brand Helo): such a line is never accepted automatically.
   */
  weakName: boolean;
  /** Orders equals only (FORM_PRIOR). */
  prior: number;
};

/** Thresholds (docs/decisions/0016-medicine-matcher.md). */
export const AUTO_MIN = 0.8;
export const AUTO_MARGIN = 0.1;
export const REVIEW_MIN = 0.3;
export const CANDIDATE_MIN = 0.2;
const UNEXPLAINED = 0.8;
const GENERIC_ONLY = 0.7;

function bestHits(hits: NameHit[], index: NameIndex, kind: string): Map<number, NameHit> {
  const best = new Map<number, NameHit>();
  for (const h of hits) {
    if (index.groups[h.group]!.kind !== kind) continue;
    const b = best.get(h.group);
    if (!b || h.score > b.score || (h.score === b.score && h.end - h.start > b.end - b.start)) {
      best.set(h.group, h);
    }
  }
  return best;
}

export type LineHits = {
  brands: Map<number, NameHit>;
  generics: Map<number, NameHit>;
  makers: Map<number, NameHit>;
};

export function groupHits(all: NameHit[], index: NameIndex): LineHits {
  // Where a generic fits some words better than a brand does ("omeprazol" is the generic with one
  // typo, not the brand Omeprol with two), the brand's reading of those words is dropped.
  const genericBest = new Map<number, number>();
  for (const h of all) {
    if (index.groups[h.group]!.kind !== 'generic') continue;
    for (let i = h.start; i < h.end; i++)
      genericBest.set(i, Math.max(genericBest.get(i) ?? 0, h.score));
  }
  const hits = all.filter((h) => {
    if (index.groups[h.group]!.kind !== 'brand') return true;
    for (let i = h.start; i < h.end; i++) if ((genericBest.get(i) ?? 0) > h.score) return false;
    return true;
  });
  return {
    brands: bestHits(hits, index, 'brand'),
    generics: bestHits(hits, index, 'generic'),
    makers: bestHits(hits, index, 'maker'),
  };
}

function formFactor(line: ParsedLine, entry: IndexedEntry, reasons: string[]): number {
  let factor = 1;
  if (line.forms.length) {
    const fit = Math.max(...line.forms.map((f) => formFit(f, entry.form.cls)));
    factor = fit === 1 ? 1 : 0.6 + 0.3 * fit;
    reasons.push(fit === 1 ? `form:${line.forms[0]}` : fit > 0.2 ? 'form:near' : 'form:mismatch');
  }
  if (line.sites.length) {
    const ok = entry.form.site !== null && line.sites.includes(entry.form.site);
    if (!ok) factor *= 0.85;
  }
  return factor;
}

function strengthFactor(line: ParsedLine, entry: IndexedEntry, reasons: string[]): number {
  if (!line.amounts.length) return 1;
  if (!entry.amounts.length) {
    reasons.push('strength:none');
    return 0.85;
  }
  const fit = strengthFit(line.amounts, entry.amounts);
  if (fit.conflicting > 0) {
    reasons.push('strength:mismatch');
    return 0.45;
  }
  if (fit.matched > 0) {
    // "50/850" against 50 mg+500 mg: one amount found, one not.
    const missing = line.amounts.some((a) => a.kind !== 'volume' && !amountIn(a, entry.amounts));
    reasons.push(missing ? 'strength:partial' : 'strength:match');
    return missing ? 0.7 : 1;
  }
  // A bare number found nowhere ("Fexo 120" read against the 60 mg entry) most likely names
  // another strength; a volume found nowhere is the bottle's size ("Napa syrup 60 ml").
  const bare = line.amounts.some((a) => a.kind !== 'volume' && !amountIn(a, entry.amounts));
  reasons.push(bare ? 'strength:other' : 'strength:volume');
  return bare ? 0.6 : 0.97;
}

/** Scores one entry; undefined when no name of the line points at it. */
export function scoreEntry(
  line: ParsedLine,
  entry: IndexedEntry,
  hits: LineHits,
): Scored | undefined {
  const brand = hits.brands.get(entry.brandGroup);
  const generic = hits.generics.get(entry.genericGroup);
  if (!brand && !generic) return undefined;
  const reasons: string[] = [];
  const explained = new Set<number>();
  let weakName = false;
  const mark = (h: NameHit) => {
    for (let i = h.start; i < h.end; i++) explained.add(i);
  };
  let base: number;
  if (brand) {
    base = brand.score;
    mark(brand);
    reasons.push(brand.how === 'typo' ? `brand:typo(${brand.edits})` : `brand:${brand.how}`);
    if (generic && generic.start === brand.start && generic.end === brand.end) {
      weakName = generic.score >= brand.score;
    }
    const shortKey =
      line.names.slice(brand.start, brand.end).reduce((n, w) => n + w.key.length, 0) <= 4;
    if (brand.how !== 'exact' && shortKey && !line.forms.length && !line.amounts.length)
      weakName = true;
    if (generic) {
      base = Math.min(1, base + 0.03);
      mark(generic);
      reasons.push('generic:also');
    }
  } else {
    base = generic!.score * GENERIC_ONLY;
    mark(generic!);
    reasons.push(
      generic!.how === 'typo' ? `generic:typo(${generic!.edits})` : `generic:${generic!.how}`,
    );
  }
  const maker = entry.makerGroup === null ? undefined : hits.makers.get(entry.makerGroup);
  if (maker) {
    base = Math.min(1, base + 0.02);
    mark(maker);
    reasons.push('maker:match');
  }
  let unexplained = 0;
  for (const word of line.names) {
    if (explained.has(word.index)) continue;
    const modifier = MODIFIERS[word.text];
    if (modifier !== undefined) {
      if (!entry.formText.includes(modifier)) unexplained++;
      continue;
    }
    if (!formWord(word.text)) unexplained++;
  }
  const confidence =
    base *
    formFactor(line, entry, reasons) *
    strengthFactor(line, entry, reasons) *
    UNEXPLAINED ** unexplained;
  if (unexplained) reasons.push(`words:unexplained(${unexplained})`);
  return {
    prior: line.forms.length ? 0 : (FORM_PRIOR[entry.form.cls] ?? 0),
    entry,
    confidence: Math.max(0, Math.min(1, confidence)),
    reasons,
    byBrand: Boolean(brand),
    weakName,
    strengthConflict: reasons.includes('strength:mismatch'),
  };
}

/**
 * Whether another entry of the top candidate's brand fits the line as well: the line did not say
 * which strength or which form ("Napa", "Seclo cap", "Napa 500" with a tablet and a suppository).
 */
export function ambiguityOf(
  line: ParsedLine,
  top: Scored,
  siblings: IndexedEntry[],
): 'strength' | 'form' | null {
  const topFit = line.forms.length
    ? Math.max(...line.forms.map((f) => formFit(f, top.entry.form.cls)))
    : 1;
  const topMatched = line.amounts.length ? strengthFit(line.amounts, top.entry.amounts).matched : 0;
  for (const other of siblings) {
    if (other.sameAs === top.entry.sameAs) continue;
    if (line.forms.length) {
      const fit = Math.max(...line.forms.map((f) => formFit(f, other.form.cls)));
      if (fit < topFit) continue;
    }
    if (line.sites.length && top.entry.form.site !== other.form.site) {
      if (top.entry.form.site !== null && line.sites.includes(top.entry.form.site)) continue;
    }
    if (line.modifiers.some((m) => top.entry.formText.includes(m) && !other.formText.includes(m))) {
      continue;
    }
    if (line.amounts.length) {
      const fit = strengthFit(line.amounts, other.amounts);
      if (fit.conflicting > 0 || fit.matched < topMatched) continue;
    }
    return other.form.cls === top.entry.form.cls ? 'strength' : 'form';
  }
  return null;
}

/** The line's status from its ranked candidates. */
export function decideStatus(ranked: Scored[], ambiguity: 'strength' | 'form' | null): MatchStatus {
  const top = ranked[0];
  if (!top || top.confidence < REVIEW_MIN) return 'none';
  const second = ranked.find((c) => c.entry.sameAs !== top.entry.sameAs);
  const clear = !second || top.confidence - second.confidence >= AUTO_MARGIN;
  const auto =
    top.byBrand &&
    !top.weakName &&
    !top.strengthConflict &&
    top.confidence >= AUTO_MIN &&
    clear &&
    !ambiguity;
  return auto ? 'auto' : 'review';
}
