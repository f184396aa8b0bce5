/**
 * The search SQL. One statement computes the matching products (`hits`, at most CANDIDATE_CAP),
 * the requested page and the facet counts. Text candidates: the vocabulary terms close to a query
 * word (search_terms, pg_trgm `<%` at the database default threshold 0.5, trigram GIN index), then
 * the documents holding one of them (product_search.terms, GIN); points from the GiST index on
 * product_search.location. Visibility, price, stock, shop type and location are copies in
 * product_search kept by triggers (migrations 0011 and 0013).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { SearchSort } from './search.schema.ts';
import type { WordDomain } from './text/synonyms.ts';
import type { WordVariant } from './text/variants.ts';

/**
 * One query word: its matching form (stem / singular / Banglish as typed), phonetic key, and the
 * other readings tried as exact matches beside it (chat spelling, genitive, compound, synonyms,
 * loose keys; text/variants.ts).
 */
export type QueryWord = { form: string; key: string; variants?: WordVariant[] };

export interface SearchFilters {
  words: QueryWord[];
  /**
   * The shop type every synonym-table word of the query belongs to (grocery, pharmacy): its
   * products get a small bonus, so "dim" ranks eggs above a medicine or dish that merely
   * contains or starts like it.
   */
  domain?: WordDomain;
  /** Numbers and quantities of the query, in the product_search.numbers form ("500", "5kg"). */
  numbers: string[];
  point?: { lat: number; lng: number; radiusM: number };
  category?: string;
  /**
   * The category and all its descendants, resolved by `withCategorySubtree` before the statement
   * is built: a constant list the planner estimates from the column statistics (a subquery's
   * result it cannot, and it then chose a sequential scan for a 2,000-document category).
   */
  categoryIds?: string[];
  shopType?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  minRating?: number;
  sort: SearchSort;
  limit: number;
  after?: [number, number, string];
  facets: boolean;
}

export interface HitRow {
  id: string;
  name_bn: string | null;
  name_en: string | null;
  unit: string;
  category_id: string | null;
  min_price: number;
  in_stock: boolean;
  shop_id: string;
  shop_name_bn: string;
  shop_name_en: string;
  shop_type: string;
  distance_m: number | null;
  score: number;
  s1: number;
  s2: number;
  thumb_id: string | null;
}

export interface SearchResult {
  items: HitRow[];
  categories: { id: string; count: number }[];
  shopTypes: { type: string; count: number }[];
  prices: { bucket: number; count: number }[];
  /** Whether anything matched at all (before the cursor): an empty page past the last is not. */
  anyHit: boolean;
}

/** Price facet buckets, lower bounds in poisha: ৳0, ৳100, ৳500, ৳1,000, ৳5,000. */
export const PRICE_BUCKETS = [0, 10_000, 50_000, 100_000, 500_000];

function likeWord(word: string) {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Queries this short (in letters) get prefix matches only when nothing matches whole. */
export const SHORT_WORD = 3;

/**
 * Results scoring below this share of the best match are dropped: a query with strong matches is
 * not padded with weak trigram/fuzzy ones, and fuzzy matches are kept when they are the best.
 */
export const RELEVANCE_FLOOR = 0.8;
/**
 * …unless some query word matches it whole: the document holds the word's form or key, or an
 * other reading that stands for the whole word (chat spelling, genitive, synonym, unaspirated
 * key), in its names, category or attributes; or a word scores this much ("cha pata" keeps the
 * teas named চা without পাতা, "paint" the emulsions of the category Paint).
 */
export const STRONG_WORD = 0.9;

/** Score of one reading (all its parts are whole words of the names): 1 form, 0.95 key. */
function variantScore(v: WordVariant): RawBuilder<number> {
  const parts = v.parts.map((p) => {
    const loose = (p.loose ?? []).map(
      (k) =>
        sql`WHEN (' ' || ps.names_phonetic || ' ') LIKE ${`% ${likeWord(k)} %`} THEN ${p.form ? 0.85 : 0.95}`,
    );
    const key = sql`WHEN (' ' || ps.names_phonetic || ' ') LIKE ${`% ${likeWord(p.key)} %`} THEN 0.95 ${sql.join(loose, sql` `)}`;
    // A reading that is a word of the category or attributes counts as the word itself would
    // there (0.6): "osud" → ওষুধ, the category of every medicine; "sobji" → শাকসবজি.
    return p.form
      ? sql`CASE WHEN (' ' || ps.names || ' ') LIKE ${`% ${likeWord(p.form)} %`} THEN 1.0 ${key}
          WHEN (' ' || ps.extra || ' ') LIKE ${`% ${likeWord(p.form)} %`} THEN 0.6 ELSE 0 END`
      : sql`CASE ${key} ELSE 0 END`;
  });
  return sql<number>`(${v.weight}::float8 * (${sql.join(parts, sql` + `)}) / ${parts.length}::float8)`;
}

/**
 * How well one query word matches a document, 0..1: name evidence beats category/attribute evidence:
 *
 *   max(1.0 exact name word, 0.95 exact name key, 0.85 name word prefix (0.6 for words of
 *       SHORT_WORD letters or fewer), 0.9 × ws(key, names_phonetic), 0.8 × ws(form, names),
 *       0.6 exact extra word, 0.55 × ws(key, extra_phonetic), 0.5 × ws(form, extra),
 *       weight × the exact score of each other reading of the word)
 *
 * evaluated lazily, with the same result: an exact name word (1.0) beats every other branch, and
 * an exact key or a prefix beats all the similarity branches but the phonetic name similarity,
 * so the word_similarity calls (the costly part of scoring) are only made where they can change
 * the maximum.
 */
function wordScore(w: QueryWord, close?: RawBuilder<string[]>): RawBuilder<number> {
  const exact = `% ${likeWord(w.form)} %`;
  const prefix = `% ${likeWord(w.form)}%`;
  const prefixScore = [...w.form].length <= SHORT_WORD ? 0.6 : 0.85;
  const variants = (w.variants ?? []).map(variantScore);
  // (The word whole in the category or attributes, 0.6, beats their similarities, ≤ 0.55.)
  const similar = sql`greatest(
      0.9 * word_similarity(${w.key}, ${PLAIN_KEYS}),
      0.8 * word_similarity(${w.form}, ps.names),
      CASE WHEN (' ' || ps.extra || ' ') LIKE ${exact} THEN 0.6 ELSE greatest(
        0.55 * word_similarity(${w.key}, ps.extra_phonetic),
        0.5 * word_similarity(${w.form}, ps.extra)) END)`;
  const prefixed = sql`greatest(${prefixScore}::float8, 0.9 * word_similarity(${w.key}, ${PLAIN_KEYS}))`;
  // word_similarity reaches 0.5 only where the document holds a vocabulary term close to the
  // word (the second tier's test, per word): elsewhere it can only add a sub-threshold fraction,
  // so it is not computed; the exact category word (0.6) still counts.
  // `close` is that list, computed once per statement (the CTE `close`; without it, as in
  // suggest, every candidate pays the similarity branches).
  const loose = close
    ? sql`CASE WHEN ps.terms && ${close} THEN ${similar}
      WHEN (' ' || ps.extra || ' ') LIKE ${exact} THEN 0.6 ELSE 0 END`
    : similar;
  if (!variants.length) {
    return sql<number>`CASE
      WHEN (' ' || ps.names || ' ') LIKE ${exact} THEN 1.0
      WHEN (' ' || ps.names_phonetic || ' ') LIKE ${`% ${likeWord(w.key)} %`} THEN 0.95
      WHEN (' ' || ps.names) LIKE ${prefix} THEN ${prefixed}
      ELSE ${loose} END`;
  }
  // The readings are exact LIKE tests, so they can only match a document that holds one of
  // their terms (one array test decides); one scoring READING_ENOUGH or more cannot be beaten by
  // a similarity branch (at most 0.9), so those are computed only where no reading matches well.
  const reading = sql`greatest(${sql.join(variants)})`;
  const readingTerms = [
    ...new Set(
      (w.variants ?? []).flatMap((v) =>
        v.parts.flatMap((p) => [...(p.form ? [p.form] : []), p.key, ...(p.loose ?? [])]),
      ),
    ),
  ];
  return sql<number>`CASE
    WHEN (' ' || ps.names || ' ') LIKE ${exact} THEN 1.0
    WHEN (' ' || ps.names_phonetic || ' ') LIKE ${`% ${likeWord(w.key)} %`} THEN 0.95
    WHEN NOT ps.terms && ${textArray(readingTerms)} THEN
      CASE WHEN (' ' || ps.names) LIKE ${prefix} THEN ${prefixed} ELSE ${loose} END
    WHEN ${reading} >= ${READING_ENOUGH}::float8 THEN ${reading}
    WHEN (' ' || ps.names) LIKE ${prefix} THEN greatest(${reading}, ${prefixed})
    ELSE greatest(${reading}, ${loose}) END`;
}

function textArray(terms: string[]): RawBuilder<string[]> {
  return terms.length
    ? sql<string[]>`ARRAY[${sql.join(terms.map((t) => sql`${t}`))}]::text[]`
    : sql<string[]>`'{}'::text[]`;
}

/**
 * The document's phonetic keys without their loose keys (`~…`, stored after them): the
 * similarity branches read only these, half as much text as the whole names_phonetic.
 */
const PLAIN_KEYS = sql`split_part(ps.names_phonetic, ' ~', 1)`;
/** The similarity branches score at most 0.9 (0.9 × word_similarity of the keys). */
const READING_ENOUGH = 0.9;

/**
 * The terms of the vocabulary (search_terms, a few thousand distinct document words) that some query
 * word is close to: its matching form or its phonetic key, by word similarity at the database
 * threshold (`<%`, the trigram GIN index on search_terms).
 */
export function matchingTerms(words: QueryWord[]): RawBuilder<string[]> {
  const tests = words.flatMap((w) =>
    w.key === w.form
      ? [sql`${w.form} <% t.term`]
      : [sql`${w.form} <% t.term`, sql`${w.key} <% t.term`],
  );
  return sql<string[]>`(SELECT coalesce(array_agg(t.term), '{}') FROM search_terms t
    WHERE ${sql.join(tests, sql` OR `)})`;
}

/** Readings that do not stand for the whole word (a compound's half, a skeleton, a guessed vowel). */
const PARTIAL_READINGS = new Set<WordVariant['why']>(['compound', 'skeleton', 'vowel']);

/**
 * The query words themselves, forms and keys, and the terms of their other readings (with
 * `strongOnly`, only readings that stand for the whole word: not compound halves or skeletons).
 */
function queryTermList(words: QueryWord[], strongOnly = false): string[] {
  return [
    ...new Set(
      words.flatMap((w) => [
        w.form,
        w.key,
        ...(w.variants ?? [])
          .filter((v) => !strongOnly || !PARTIAL_READINGS.has(v.why))
          .flatMap((v) => v.parts.flatMap((p) => (p.form ? [p.form, p.key] : [p.key]))),
      ]),
    ),
  ];
}

/** The terms a document must hold to be in the first tier. */
function exactTerms(words: QueryWord[], strongOnly = false): RawBuilder<string[]> {
  const terms = queryTermList(words, strongOnly);
  return sql<string[]>`ARRAY[${sql.join(terms.map((t) => sql`${t}`))}]::text[]`;
}

/**
 * The index-backed candidate test: the document holds a word of the vocabulary that is close to
 * some query word (product_search.terms, GIN). This is the word-level form of the old test
 * `word <% names OR word <% extra …` over whole documents, which had to recheck every candidate.
 */
function textCandidate(words: QueryWord[]): RawBuilder<boolean> {
  return sql<boolean>`ps.terms && ${matchingTerms(words)}`;
}

/** Just the text-candidate part of the search, for the plan test. */
export function candidatesQuery(words: QueryWord[]) {
  return sql`SELECT ps.product_id FROM product_search ps
    WHERE ps.visible AND ${textCandidate(words)}`;
}

export function textScore(
  f: Pick<SearchFilters, 'words' | 'numbers' | 'domain'>,
  wordScores: RawBuilder<unknown>[] = f.words.map((w) => wordScore(w)),
): RawBuilder<number> {
  const words = sql.join(wordScores, sql` + `);
  const numbers = f.numbers.length
    ? sql.join(
        f.numbers.map(
          (n) => sql`CASE WHEN ps.numbers LIKE ${`% ${likeWord(n)} %`} THEN 0.1 ELSE 0 END`,
        ),
        sql` + `,
      )
    : sql`0`;
  // A small bonus for short names breaks ties toward the product that IS the thing ("chicken")
  // over one that mentions it ("chicken eggs").
  const brevity = sql`0.05 / (1 + length(ps.names) - length(replace(ps.names, ' ', '')))`;
  // A grocery word ranks the grocery item above a dish or medicine that merely contains it (and a
  // pharmacy word the medicine above groceries and dishes): the competing shop types lose 0.1.
  const domain = f.domain
    ? sql`CASE WHEN ps.shop_type = ANY (${COMPETING[f.domain]}::text[]) THEN -0.1 ELSE 0 END`
    : sql`0`;
  // A product whose category (or attribute) is what the query names is more likely what is
  // meant than one that only has the word in its name: "rice" ranks the rices above puffed rice
  // (a snack), "biryani" the biryanis above biryani masala (a spice), "mach" the fish above
  // matchboxes (মাছ and ম্যাচ share the key).
  const category = sql.join(f.words.map(categoryHit), sql` + `);
  return sql<number>`((${words}) / ${f.words.length}::float8 + ${numbers} + ${brevity} + ${domain}
    + ${CATEGORY_BONUS}::float8 * (${category}) / ${f.words.length}::float8)::float8`;
}

/** The bonus for a product whose category or attributes hold every query word. */
export const CATEGORY_BONUS = 0.05;

/** 1 when the word, or a reading standing for the whole word, is a word of the extra fields. */
function categoryHit(w: QueryWord): RawBuilder<number> {
  const forms = [w.form, ...wholeReadings(w).flatMap((v) => v.parts.flatMap((p) => p.form ?? []))];
  // Keys only of the word's own spellings: another name's key may be a homophone (ম্যাচ mach,
  // the matchbox, is the key of মাছ, the fish category).
  const keys = [
    w.key,
    ...wholeReadings(w)
      .filter((v) => v.why !== 'synonym')
      .flatMap((v) => v.parts.map((p) => p.key)),
  ];
  const tests = [
    ...[...new Set(forms)].map((t) => sql`(' ' || ps.extra || ' ') LIKE ${`% ${likeWord(t)} %`}`),
    ...[...new Set(keys)].map(
      (k) => sql`(' ' || ps.extra_phonetic || ' ') LIKE ${`% ${likeWord(k)} %`}`,
    ),
  ];
  return sql<number>`(CASE WHEN ${sql.join(tests, sql` OR `)} THEN 1 ELSE 0 END)`;
}

/** The single-part readings that stand for the whole word (chat spelling, genitive, other name). */
function wholeReadings(w: QueryWord): WordVariant[] {
  return (w.variants ?? []).filter(
    (v) => v.parts.length === 1 && !PARTIAL_READINGS.has(v.why) && v.why !== 'aspirate',
  );
}

/** The shop types whose products a word of the synonym table's domain only merely mentions. */
const COMPETING: Record<WordDomain, string[]> = {
  grocery: ['restaurant', 'pharmacy'],
  pharmacy: ['restaurant', 'grocery'],
};

/** Sort keys s1, s2 (both ascending, then id): the cursor is [s1, s2, id] of the last row. */
function sortKeys(sort: SearchSort, hasText: boolean, hasPoint: boolean) {
  const distance = hasPoint ? sql`distance_m` : sql`0::float8`;
  switch (sort) {
    case 'distance':
      return [distance, hasText ? sql`-score` : sql`0::float8`];
    case 'price_asc':
      return [sql`min_price::float8`, distance];
    case 'price_desc':
      return [sql`-min_price::float8`, distance];
    case 'newest':
      return [sql`-created_us`, distance];
    case 'relevance':
      // Ties (the same product in several shops) are broken by distance.
      return hasText ? [sql`-score`, distance] : [distance, sql`-created_us`];
  }
}

/**
 * At most this many matches are scored, paged and counted for facets. Text candidates come from
 * the trigram indexes in index order; without text, the nearest (with a point) or newest first.
 */
export const CANDIDATE_CAP = 400;

export function hitsQuery(f: SearchFilters) {
  const hasText = f.words.length > 0;
  const point = f.point && sql`ll_to_earth(${f.point.lat}, ${f.point.lng})`;
  // ll_to_earth(lat, lng), stored (migration 0013): computing it per row cost more than the search.
  const here = sql`ps.location`;
  // Everything is read from product_search: visibility, price, stock, shop type and location are
  // kept there by triggers (migration 0011), so candidates come from one table and its indexes.
  const conditions: RawBuilder<unknown>[] = [sql`ps.visible`];
  if (point && f.point) {
    // With text, the trigram indexes choose the candidates (a 5 km box in Dhaka holds most of a
    // city's catalog); the box is only offered to the planner when there is no text.
    if (!hasText) conditions.push(sql`earth_box(${point}, ${f.point.radiusM}) @> ${here}`);
    conditions.push(sql`earth_distance(${here}, ${point}) <= ${f.point.radiusM}`);
  }
  if (f.category) {
    // A list, not IN (subquery): the planner then reads the category index instead of hashing
    // every visible document against the subtree. Without categoryIds (callers that build the
    // statement themselves) the subtree is computed in the statement.
    conditions.push(
      f.categoryIds === undefined
        ? sql`ps.category_id = ANY (ARRAY(SELECT id FROM subtree))`
        : f.categoryIds.length === 0
          ? sql`false`
          : sql`ps.category_id = ANY (ARRAY[${sql.join(f.categoryIds.map((id) => sql`${id}::uuid`))}])`,
    );
  }
  if (f.shopType) conditions.push(sql`ps.shop_type = ${f.shopType}`);
  if (f.minPrice !== undefined) conditions.push(sql`ps.min_price >= ${f.minPrice}`);
  if (f.maxPrice !== undefined) conditions.push(sql`ps.min_price <= ${f.maxPrice}`);
  if (f.inStock !== undefined) conditions.push(sql`ps.in_stock = ${f.inStock}`);
  if (f.minRating !== undefined) {
    // Kept by the reviews module in the same transaction as each review (visible reviews only).
    conditions.push(sql`EXISTS (SELECT 1 FROM rating_aggregates ra WHERE ra.subject_type = 'product'
      AND ra.subject_id = ps.product_id AND ra.count > 0
      AND ra.sum >= ${f.minRating}::float8 * ra.count)`);
  }
  const [k1, k2] = sortKeys(f.sort, hasText, Boolean(point));
  const subtree =
    f.category && f.categoryIds === undefined
      ? sql`RECURSIVE ${categorySubtree(f.category)},`
      : sql``;
  // Without text the cap keeps the nearest (GiST KNN) or newest matches; with text, the first
  // CANDIDATE_CAP rows of the tiers below are scored (full scoring is the costly part).
  // A price sort without text keeps the cheapest (or dearest) matches instead.
  const candidateOrder = hasText
    ? sql``
    : f.sort === 'price_asc'
      ? sql`ORDER BY ps.min_price, ps.product_id`
      : f.sort === 'price_desc'
        ? sql`ORDER BY ps.min_price DESC, ps.product_id`
        : point && f.sort !== 'newest'
          ? sql`ORDER BY ${here} <-> ${point}`
          : sql`ORDER BY ps.created_at DESC, ps.product_id`;
  const wordRefs = f.words.map((_, i) => sql.raw(`w.w${i}`));
  const columns = sql`ps.product_id AS id, ps.category_id, ps.min_price, ps.in_stock, ps.shop_id,
             ps.shop_type,
             floor(extract(epoch FROM ps.created_at) * 1000000)::float8 AS created_us,
             ${point ? sql`earth_distance(${here}, ${point})` : sql`NULL::float8`} AS distance_m,
             ${hasText ? textScore(f, wordRefs) : sql`0::float8`} AS score,
             ${hasText ? sql`greatest(${sql.join(wordRefs)})` : sql`0::float8`} AS best_word,
             ${hasText ? sql`ps.terms && ${exactTerms(f.words, true)}` : sql`true`} AS whole`;
  // The word scores once per candidate (a lateral row the planner folds into the scan).
  // OFFSET 0 keeps the planner from folding the row into the scan: folded, each w_i reference
  // (the score and best_word) was the whole expression again, so every word was scored twice.
  const scores = sql`CROSS JOIN LATERAL (SELECT ${sql.join(
    f.words.map((w, i) => sql`${wordScore(w, sql.raw(`close.c${i}`))} AS ${sql.raw(`w${i}`)}`),
  )} OFFSET 0) w`;
  // The vocabulary terms close to each word, once per statement (as an InitPlan inside the
  // per-row scoring it was recomputed for every candidate).
  const close = hasText
    ? sql`close AS MATERIALIZED (SELECT ${sql.join(
        f.words.map((w, i) => sql`${matchingTerms([w])} AS ${sql.raw(`c${i}`)}`),
      )}),`
    : sql``;
  const where = sql.join(conditions, sql` AND `);
  // With text, candidates come in two tiers: documents holding a query word itself (its form or
  // key, an exact term) first, and only if those are fewer than the cap, documents holding a
  // vocabulary term merely close to one. A LIMIT over UNION ALL stops pulling rows once the cap
  // is reached, so the second tier (and its vocabulary lookup) runs only when needed. Without
  // the tiers, "ডিম" 5 km filled its 400 with digital, diaper and dishwash documents ("dim" is
  // close to "di…") in table order and kept 82 egg documents. The tiers select the documents'
  // columns only; the (long) scoring expression is written once, over their union.
  const exact = hasText ? exactTerms(f.words) : sql``;
  const document = sql`ps.product_id, ps.category_id, ps.min_price, ps.in_stock, ps.shop_id,
    ps.shop_type, ps.created_at, ps.location, ps.names, ps.names_phonetic, ps.extra,
    ps.extra_phonetic, ps.numbers, ps.terms`;
  // With several words, the documents holding a term of every word come first: "gastric osud"
  // (every medicine holds ওষুধ in its category) takes the gastric medicines before the cap is
  // filled with the others, and the other words' scoring is then mostly exact.
  const everyWord =
    f.words.length > 1
      ? sql.join(
          f.words.map((w) => sql`ps.terms && ${exactTerms([w])}`),
          sql` AND `,
        )
      : undefined;
  const firstTier = everyWord
    ? sql`(SELECT ${document} FROM product_search ps
          WHERE ${where} AND ${everyWord} LIMIT ${CANDIDATE_CAP})
        UNION ALL
        (SELECT ${document} FROM product_search ps
          WHERE ${where} AND ps.terms && ${exact} AND NOT (${everyWord}) LIMIT ${CANDIDATE_CAP})`
    : sql`(SELECT ${document} FROM product_search ps
          WHERE ${where} AND ps.terms && ${exact} LIMIT ${CANDIDATE_CAP})`;
  const candidates = hasText
    ? sql`SELECT ${columns} FROM (
        ${firstTier}
        UNION ALL
        (SELECT ${document} FROM product_search ps
          WHERE ${where} AND ${textCandidate(f.words)}
            AND NOT ps.terms && ${exact} LIMIT ${CANDIDATE_CAP})
        LIMIT ${CANDIDATE_CAP}) ps CROSS JOIN close ${scores}`
    : sql`SELECT ${columns} FROM product_search ps WHERE ${where}
      ${candidateOrder}
      LIMIT ${CANDIDATE_CAP}`;
  return sql`
    WITH ${subtree} ${close} matched AS MATERIALIZED (${candidates}),
    hits AS (SELECT m.*, ${k1}::float8 AS s1, ${k2}::float8 AS s2 FROM matched m
      ${
        hasText
          ? sql`WHERE m.score >= ${RELEVANCE_FLOOR}::float8 * (SELECT max(score) FROM matched)
              OR m.whole OR m.best_word >= ${STRONG_WORD}::float8`
          : sql``
      })`;
}

/** The whole search as one statement: `items` (the page), `categories`, `shop_types`, `prices`. */
export function searchStatement(f: SearchFilters) {
  const after = f.after
    ? sql`WHERE (h.s1, h.s2, h.id) > (${f.after[0]}::float8, ${f.after[1]}::float8, ${f.after[2]}::uuid)`
    : sql``;
  const buckets = sql.raw(`ARRAY[${PRICE_BUCKETS.join(',')}]::bigint[]`);
  const facets = f.facets
    ? sql`
      (SELECT coalesce(json_agg(json_build_object('id', category_id, 'count', n) ORDER BY n DESC, category_id), '[]')
         FROM (SELECT category_id, count(*) AS n FROM hits WHERE category_id IS NOT NULL
               GROUP BY category_id ORDER BY n DESC, category_id LIMIT 30) c) AS categories,
      (SELECT coalesce(json_agg(json_build_object('type', shop_type, 'count', n) ORDER BY n DESC, shop_type), '[]')
         FROM (SELECT shop_type, count(*) AS n FROM hits GROUP BY shop_type) t) AS shop_types,
      (SELECT coalesce(json_agg(json_build_object('bucket', b, 'count', n) ORDER BY b), '[]')
         FROM (SELECT width_bucket(min_price, ${buckets}) AS b, count(*) AS n FROM hits GROUP BY b) pr) AS prices`
    : sql`'[]'::json AS categories, '[]'::json AS shop_types, '[]'::json AS prices`;
  return sql<{
    items: HitRow[];
    categories: SearchResult['categories'];
    shop_types: SearchResult['shopTypes'];
    prices: SearchResult['prices'];
    any_hit: boolean;
  }>`
    ${hitsQuery(f)},
    page AS (
      SELECT h.id, p.name_bn, p.name_en, p.unit, h.category_id, h.min_price, h.in_stock,
             h.shop_id, s.name_bn AS shop_name_bn, s.name_en AS shop_name_en, h.shop_type,
             h.distance_m, h.score, h.s1, h.s2,
             (SELECT i.id FROM product_images i WHERE i.product_id = h.id AND i.status = 'ready'
              ORDER BY i.position, i.created_at LIMIT 1) AS thumb_id
      FROM (SELECT * FROM hits h ${after} ORDER BY h.s1, h.s2, h.id LIMIT ${f.limit + 1}) h
      JOIN products p ON p.id = h.id
      JOIN shops s ON s.id = h.shop_id)
    SELECT (SELECT coalesce(json_agg(page ORDER BY s1, s2, id), '[]') FROM page) AS items,
           EXISTS (SELECT 1 FROM hits) AS any_hit,
           ${facets}`;
}

/** CTE `subtree` (for WITH RECURSIVE): the category, by id or slug, and all its descendants. */
function categorySubtree(category: string) {
  return sql`subtree AS (
    SELECT id FROM categories WHERE id::text = ${category} OR slug = ${category}
    UNION SELECT c.id FROM categories c JOIN subtree t ON c.parent_id = t.id)`;
}

/** The filters with `categoryIds` filled in: the category (by id or slug) and its descendants. */
export async function withCategorySubtree(db: Executor, f: SearchFilters): Promise<SearchFilters> {
  if (!f.category || f.categoryIds !== undefined) return f;
  const result = await sql<{ id: string }>`
    WITH RECURSIVE ${categorySubtree(f.category)}
    SELECT id FROM subtree ORDER BY id`.execute(db);
  return { ...f, categoryIds: result.rows.map((r) => r.id) };
}

/** The transaction-local planner settings searchProducts applies (see below). */
export function plannerHints(f: Pick<SearchFilters, 'point' | 'words' | 'sort'>) {
  const { seq, bitmap } = hintValues(f);
  return sql`SELECT set_config('enable_seqscan', ${seq}, true),
    set_config('enable_bitmapscan', ${bitmap}, true)`;
}

function hintValues(f: Pick<SearchFilters, 'point' | 'words' | 'sort'>) {
  const bitmap = f.point && f.words.length === 0 && !f.sort.startsWith('price') ? 'off' : 'on';
  // Seq scans off only with text: a category listing needs them (categories, the subtree CTE).
  const seq = f.words.length > 0 ? 'off' : 'on';
  return { seq, bitmap };
}

/**
 * The search statement in a transaction of its own with the hints set, in three round trips: the
 * BEGIN and both SET LOCALs go as one simple query (constants only, no user input), then the
 * statement, then COMMIT.
 */
async function executeWithHints(db: Executor, f: SearchFilters) {
  const { seq, bitmap } = hintValues(f);
  return db.connection().execute(async (conn) => {
    await sql
      .raw(`BEGIN; SET LOCAL enable_seqscan = ${seq}; SET LOCAL enable_bitmapscan = ${bitmap}`)
      .execute(conn);
    try {
      const result = await searchStatement(f).execute(conn);
      await sql.raw('COMMIT').execute(conn);
      return result;
    } catch (error) {
      await sql
        .raw('ROLLBACK')
        .execute(conn)
        .catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Runs the search with two planner hints. The planner cannot estimate `<%` well and, with a LIMIT,
 * expects a sequential scan to find enough matches quickly; scanning 100,000 documents with four
 * word-similarity tests each is what made text search take seconds, so with text they are off.
 * Near me without text, bitmap scans are off too, so the GiST index returns the nearest rows first
 * (KNN) and the scan stops at the cap instead of fetching everything in the radius.
 */
export async function searchProducts(db: Executor, filters: SearchFilters): Promise<SearchResult> {
  const f = await withCategorySubtree(db, filters);
  // Inside a caller's transaction the hints would outlive this statement: run the query plainly.
  const result = db.isTransaction
    ? await searchStatement(f).execute(db)
    : await executeWithHints(db, f);
  const row = result.rows[0]!;
  return {
    items: row.items,
    categories: row.categories,
    shopTypes: row.shop_types,
    prices: row.prices,
    anyHit: row.any_hit,
  };
}

/** Autocomplete: the best distinct product names, by the same scoring, nationwide. */
export async function suggestProducts(
  db: Executor,
  words: QueryWord[],
  limit: number,
  domain?: WordDomain,
) {
  const result = await sql<{ id: string; name_bn: string | null; name_en: string | null }>`
    SELECT DISTINCT ON (score, ps.names) p.id, p.name_bn, p.name_en, score
    FROM (
      SELECT c.product_id, c.names, c.score FROM (
        SELECT ps.product_id, ps.names, ${textScore({ words, numbers: [], domain })} AS score
        FROM product_search ps
        WHERE ps.visible AND ${textCandidate(words)}
        LIMIT ${CANDIDATE_CAP}) c
      ORDER BY c.score DESC LIMIT 200) ps
    JOIN products p ON p.id = ps.product_id
    ORDER BY score DESC, ps.names, p.id
    LIMIT ${limit * 3}`.execute(db);
  return result.rows;
}

export async function suggestShops(db: Executor, text: string, limit: number) {
  const result = await sql<{ id: string; name_bn: string; name_en: string; type: string }>`
    SELECT id, name_bn, name_en, type
    FROM shops
    WHERE status = 'approved' AND ${text} <% lower(name_bn || ' ' || name_en)
    ORDER BY word_similarity(${text}, lower(name_bn || ' ' || name_en)) DESC, id
    LIMIT ${limit}`.execute(db);
  return result.rows;
}

export async function allCategories(db: Executor) {
  return db
    .selectFrom('categories')
    .select(['id', 'parent_id', 'slug', 'name_bn', 'name_en', 'sort_order'])
    .execute();
}

/**
 * Approved shops inside a map box. The GiST index answers a cube around the box's circumscribed
 * circle; the lat/lng comparisons cut it to the box. Nearest the centre first, at most `limit`.
 */
export async function shopsInBounds(
  db: Executor,
  b: { south: number; west: number; north: number; east: number; shopType?: string },
  limit: number,
) {
  const lat = (b.south + b.north) / 2;
  const lng = (b.west + b.east) / 2;
  const centre = sql`ll_to_earth(${lat}, ${lng})`;
  const result = await sql<{
    id: string;
    slug: string;
    name_bn: string;
    name_en: string;
    type: string;
    lat: number;
    lng: number;
  }>`
    SELECT id, slug, name_bn, name_en, type, lat, lng
    FROM shops
    WHERE status = 'approved'
      AND earth_box(${centre}, greatest(earth_distance(${centre}, ll_to_earth(${b.south}, ${b.west})),
                                        earth_distance(${centre}, ll_to_earth(${b.north}, ${b.west})))
                   ) @> ll_to_earth(lat, lng)
      AND lat BETWEEN ${b.south} AND ${b.north} AND lng BETWEEN ${b.west} AND ${b.east}
      ${b.shopType ? sql`AND type = ${b.shopType}` : sql``}
    ORDER BY earth_distance(ll_to_earth(lat, lng), ${centre}), id
    LIMIT ${limit + 1}`.execute(db);
  return result.rows;
}

/** The vocabulary: every word some document has held (a few thousand rows). */
export async function searchTerms(db: Executor): Promise<string[]> {
  const result = await sql<{ term: string }>`SELECT term FROM search_terms`.execute(db);
  return result.rows.map((r) => r.term);
}
