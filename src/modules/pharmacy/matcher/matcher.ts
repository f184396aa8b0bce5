/**
 * The medicine matcher: an index built once over the master, then pure synchronous matching of
 * messy lines (docs/pharmacy.md, "Matching messy medicine lines").
 */
import { classifyDosageForm } from './forms.ts';
import { parseLine } from './line-parser.ts';
import type {
  LineMatch,
  MasterMedicine,
  MatchCandidate,
  MedicineMatcher,
} from './matcher.types.ts';
import { genericAliases, makerWords, NameIndex } from './name-index.ts';
import {
  ambiguityOf,
  CANDIDATE_MIN,
  decideStatus,
  groupHits,
  scoreEntry,
  type IndexedEntry,
  type Scored,
} from './scoring.ts';
import { parseMasterStrength } from './strength.ts';

const MAX_CANDIDATES = 5;
/** Names of each kind whose entries are scored for one line. */
const MAX_BRANDS = 40;
const MAX_GENERICS = 6;

function candidate(m: MasterMedicine, s: Scored): MatchCandidate {
  return {
    medicineId: m.id,
    brand: m.brand,
    generic: m.genericName,
    strength: m.strength,
    form: m.dosageForm,
    manufacturer: m.manufacturer,
    confidence: Math.round(s.confidence * 100) / 100,
    reasons: s.reasons,
  };
}

export function buildMatcher(master: MasterMedicine[]): MedicineMatcher {
  const index = new NameIndex();
  const entries: IndexedEntry[] = master.map((m, i) => {
    const brandGroup = index.add('brand', m.brand, i);
    const genericGroup = index.add('generic', m.genericName, i, genericAliases(m.genericName));
    const words = makerWords(m.manufacturer);
    const makerGroup = words.length ? index.add('maker', m.manufacturer, i, words) : null;
    return {
      index: i,
      brandGroup,
      genericGroup,
      makerGroup,
      amounts: parseMasterStrength(m.strength),
      form: classifyDosageForm(m.dosageForm),
      formText: m.dosageForm.toLowerCase(),
      sameAs: [m.brand, m.genericName, m.strength, m.dosageForm, m.manufacturer]
        .join('|')
        .toLowerCase(),
    };
  });
  // Deterministic order among equals: the master's own order (source id, then id).
  const order = master.map((m, i) => ({ i, k: m.sourceId ?? Number.MAX_SAFE_INTEGER, id: m.id }));
  order.sort((a, b) => a.k - b.k || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rank = new Int32Array(master.length);
  order.forEach((o, r) => (rank[o.i] = r));

  const hasRaw = (raw: string) => index.hasRaw(raw);

  function matchLine(line: string): LineMatch {
    const parsed = parseLine(line, hasRaw);
    const hits = groupHits(index.find(parsed.names), index);
    const seen = new Set<number>();
    const scored: Scored[] = [];
    for (const [hitMap, limit] of [
      [hits.brands, MAX_BRANDS],
      [hits.generics, MAX_GENERICS],
    ] as const) {
      // The best-found names only: a line full of near-names scores a bounded number of entries.
      const groups = [...hitMap.entries()]
        .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
        .slice(0, limit)
        .map(([group]) => group);
      for (const group of groups) {
        for (const e of index.groups[group]!.entries) {
          if (seen.has(e)) continue;
          seen.add(e);
          const s = scoreEntry(parsed, entries[e]!, hits);
          if (s && s.confidence >= CANDIDATE_MIN) scored.push(s);
        }
      }
    }
    scored.sort(
      (a, b) =>
        b.confidence - a.confidence ||
        b.prior - a.prior ||
        Number(b.byBrand) - Number(a.byBrand) ||
        rank[a.entry.index]! - rank[b.entry.index]!,
    );
    // One of each set of entries that differ only by id.
    const ranked: Scored[] = [];
    const kinds = new Set<string>();
    for (const s of scored) {
      if (kinds.has(s.entry.sameAs)) continue;
      kinds.add(s.entry.sameAs);
      ranked.push(s);
      if (ranked.length === MAX_CANDIDATES + 1) break;
    }
    const top = ranked[0];
    const ambiguity = top
      ? ambiguityOf(
          parsed,
          top,
          index.groups[top.entry.brandGroup]!.entries.map((e) => entries[e]!),
        )
      : null;
    const status = decideStatus(ranked, top?.byBrand ? ambiguity : null);
    if (top && ambiguity && top.byBrand) top.reasons.push(`ambiguous:${ambiguity}`);
    return {
      line,
      status,
      quantity: parsed.quantity,
      candidates: ranked.slice(0, MAX_CANDIDATES).map((s) => candidate(master[s.entry.index]!, s)),
    };
  }

  return {
    match(lines: string[]): LineMatch[] {
      return lines.map(matchLine);
    },
  };
}
