/**
 * The names of the master catalog (brands and generics) with their phonetic keys, held in memory:
 * a query in Latin or Bengali script ("napa", "নাপা", "প্যারাসিটামল", "paracetmol") becomes the
 * list of master names it means, best first. Rebuilt when the master changed.
 */
import { distance } from 'fastest-levenshtein';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { phoneticKey } from '../search/index.ts';

type Name = { text: string; lower: string; key: string; words: string[]; keyWords: string[] };
export type NameIndex = { brands: Name[]; generics: Name[] };
export type NameHit = { kind: 'brand' | 'generic'; name: string; score: number };

const cache = new WeakMap<AppContext, { version: string; index: Promise<NameIndex> }>();

function nameOf(text: string): Name {
  const lower = text.toLowerCase();
  const key = phoneticKey(text);
  return {
    text,
    lower,
    key,
    words: lower.split(/[^a-z0-9]+/).filter(Boolean),
    keyWords: key.split(' '),
  };
}

async function version(ctx: AppContext): Promise<string> {
  const { rows } = await sql<{ v: string }>`
    SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') AS v FROM medicines`.execute(
    ctx.db,
  );
  return rows[0]?.v ?? '';
}

async function build(ctx: AppContext): Promise<NameIndex> {
  const { rows } = await sql<{ brand: string | null; generic: string | null }>`
    SELECT DISTINCT brand, NULL AS generic FROM medicines
    UNION ALL SELECT DISTINCT NULL, generic_name FROM medicines WHERE generic_name <> ''`.execute(
    ctx.db,
  );
  return {
    brands: rows.flatMap((r) => (r.brand ? [nameOf(r.brand)] : [])),
    generics: rows.flatMap((r) => (r.generic ? [nameOf(r.generic)] : [])),
  };
}

export async function nameIndex(ctx: AppContext): Promise<NameIndex> {
  const v = await version(ctx);
  const cached = cache.get(ctx);
  if (cached && cached.version === v) return cached.index;
  const index = build(ctx);
  cache.set(ctx, { version: v, index });
  index.catch(() => cache.delete(ctx));
  return index;
}

/** Edits a phonetic key may differ by and still match (none for short keys). */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** How well a query (lower-cased text and its phonetic key) names `n`, 0 when not at all. */
export function scoreName(query: { lower: string; key: string }, n: Name): number {
  const { lower, key } = query;
  if (!key && !lower) return 0;
  if (n.lower === lower) return 1;
  if (n.key === key) return 0.95;
  if (lower.length >= 2 && n.lower.startsWith(lower)) return 0.9;
  if (key.length >= 2 && n.key.startsWith(key)) return 0.85;
  if (lower.length >= 3 && n.words.some((w) => w.startsWith(lower))) return 0.8;
  if (key.length >= 3 && n.keyWords.some((w) => w.startsWith(key))) return 0.75;
  const edits = allowedEdits(key.length);
  if (edits > 0) {
    const first = n.keyWords.slice(0, key.split(' ').length).join(' ');
    const d = Math.min(distance(key, first), distance(key, n.key));
    if (d <= edits) return 0.7 - d * 0.05;
  }
  return 0;
}

/** The master names a query means, best first (at most `limit`). */
export function namesFor(index: NameIndex, text: string, limit = 60): NameHit[] {
  const query = { lower: text.toLowerCase(), key: phoneticKey(text) };
  const hits: NameHit[] = [];
  for (const [kind, names] of [
    ['brand', index.brands],
    ['generic', index.generics],
  ] as const) {
    for (const n of names) {
      const score = scoreName(query, n);
      if (score > 0) hits.push({ kind, name: n.text, score });
    }
  }
  return hits
    .sort(
      (a, b) => b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}
