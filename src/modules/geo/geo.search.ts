import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { normalizeText } from '../../platform/text.ts';
import { phoneticKey } from '../search/index.ts';
import { handWrittenPlaces, placeAliases } from './geo.data.ts';
import type { PlaceRow } from './geo.repo.ts';
import type { PlaceLevel } from './geo.tables.ts';
import './geo.tables.ts';

/**
 * Place search in any script: "rongpur", "রংপুর", "Rangpur" and "Chittagong" all find their place.
 * Every place carries `search_key`: the phonetic keys (the product search's Bengali/Banglish
 * pipeline) of its English name, its Bengali name and its aliases, each also without spaces, so
 * "Cox's Bazar", "coxsbazar" and "কক্সবাজার" meet. A query is keyed the same way and compared with
 * pg_trgm's word_similarity (best-matching stretch of the key), which forgives a letter or two.
 */
export function placeSearchKey(names: string[]): string {
  const keys = new Set<string>();
  for (const name of names) {
    const key = phoneticKey(name);
    if (!key) continue;
    keys.add(key);
    keys.add(key.replace(/ /g, ''));
  }
  return [...keys].join(' | ');
}

const handWrittenAliases = new Map(
  handWrittenPlaces.map((p) => [p.key, [...(p.aliases ?? [])]] as const),
);

/** Recomputes every place's search key (cheap: under a thousand rows); returns how many changed. */
export async function refreshPlaceSearchKeys(db: Executor): Promise<number> {
  const rows = await db
    .selectFrom('places')
    .select(['id', 'name_en', 'name_bn', 'source_key', 'search_key'])
    .execute();
  const changed = rows
    .map((row) => {
      const aliases = [
        ...(placeAliases[row.name_en] ?? []),
        ...((row.source_key && handWrittenAliases.get(row.source_key)) || []),
      ];
      return { id: row.id, key: placeSearchKey([row.name_en, row.name_bn, ...aliases]), row };
    })
    .filter(({ key, row }) => key !== row.search_key);
  if (changed.length === 0) return 0;
  await sql`
    UPDATE places SET search_key = k.key
    FROM unnest(${changed.map((c) => c.id)}::bigint[], ${changed.map((c) => c.key)}::text[])
      AS k(id, key)
    WHERE places.id = k.id`.execute(db);
  return changed.length;
}

// Among equally good matches, the bigger place first: someone typing "Rangpur" more often means
// the district than the upazila "Rangpur Sadar".
const levelOrder = sql`CASE level WHEN 'district' THEN 0 WHEN 'division' THEN 1
  WHEN 'upazila' THEN 2 ELSE 3 END`;

export type PlaceMatch = PlaceRow & { score: number };

export async function searchPlaceRows(
  db: Executor,
  query: { q: string; level?: PlaceLevel; limit: number },
): Promise<PlaceMatch[]> {
  const text = normalizeText(query.q).trim();
  const key = phoneticKey(text);
  if (!key) return [];
  const compact = key.replace(/ /g, '');
  const lower = text.toLowerCase();
  // Whole key (or alias key) equal → 2; a key starting with the query → 1.5; else trigram likeness.
  const result = await sql<PlaceMatch>`
    SELECT id, level, parent_id, name_en, name_bn, lat, lng, score FROM (
      SELECT p.*,
        CASE WHEN lower(name_en) = ${lower} OR name_bn = ${text}
               OR padded LIKE ${'% | ' + escapeLike(key) + ' | %'}
               OR padded LIKE ${'% | ' + escapeLike(compact) + ' | %'} THEN 2
             WHEN padded LIKE ${'% | ' + escapeLike(key) + '%'}
               OR padded LIKE ${'% | ' + escapeLike(compact) + '%'} THEN 1.5
             ELSE greatest(word_similarity(${key}, search_key), word_similarity(${compact}, search_key))
        END AS score
      FROM (SELECT *, ' | ' || search_key || ' | ' AS padded FROM places) p
      WHERE search_key IS NOT NULL ${query.level ? sql`AND level = ${query.level}` : sql``}
    ) ranked
    WHERE score >= 0.5
    ORDER BY score DESC, ${levelOrder}, name_en, id
    LIMIT ${query.limit}`.execute(db);
  return result.rows;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
