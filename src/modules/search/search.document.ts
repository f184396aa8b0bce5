/**
 * The search document of a product: the matching forms of its names, category and attributes, kept
 * in `product_search`. The catalog calls `refreshProductSearch(tx, ids)` inside the transaction that
 * writes the product, so the document never lags behind a committed product. This file must not
 * import catalog code (the catalog imports it).
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { analyzeDocument } from './text/analyze.ts';
import { tokenize } from './text/normalize.ts';
import { phoneticKey } from './text/phonetic.ts';
import { usesOf } from './text/synonyms.ts';
import { looseKeys } from './text/variants.ts';
import './search.tables.ts';

export interface DocumentSource {
  nameBn: string | null;
  nameEn: string | null;
  /** The category and its ancestors, nearest first. */
  categories: { nameBn: string; nameEn: string }[];
  attributes: Record<string, unknown>;
  variantLabels: string[];
}

export interface SearchDocument {
  names: string;
  namesPhonetic: string;
  extra: string;
  extraPhonetic: string;
  numbers: string;
}

/** Attribute values worth matching: generic name (Napa → paracetamol), brand, maker, strength. */
const SEARCHABLE_ATTRIBUTES = ['genericName', 'manufacturer', 'brand', 'model', 'strength'];

function words(...parts: string[]): string {
  return [...new Set(parts.join(' ').split(/\s+/).filter(Boolean))].join(' ');
}

function keysOf(text: string): string {
  return words(...text.split(' ').map((w) => phoneticKey(w)));
}

/** The loose keys (`~unaspirated`, `~~skeleton`) of every key word, for the query's loose readings. */
function looseOf(keys: string): string {
  return words(...keys.split(' ').filter(Boolean).flatMap(looseKeys));
}

let writes = 0;
/** Bumped by every document write in this process: the query side's vocabulary cache reloads. */
export function documentWrites(): number {
  return writes;
}

/** Numbers and quantities as " 500 500mg 5 5kg " (padded, for LIKE '% 500 %'). */
function numbersOf(texts: string[]): string {
  const found = new Set<string>();
  for (const token of tokenize(texts.join(' | '))) {
    if (token.kind === 'number') found.add(String(token.value));
    if (token.kind === 'quantity') {
      found.add(String(token.value));
      found.add(`${token.value}${token.unit}`);
    }
  }
  return found.size ? ` ${[...found].join(' ')} ` : '';
}

export function buildDocument(source: DocumentSource): SearchDocument {
  const name = analyzeDocument(source.nameBn ?? '', source.nameEn);
  // Synonyms of the name count as the name: "eggs" must find a product called only ডিম.
  const names = words(name.bn, name.en, name.synonyms);
  const generic = source.attributes.genericName;
  const attributeText = [
    ...SEARCHABLE_ATTRIBUTES.map((k) => source.attributes[k]),
    // What the medicine is for ("fever", "gastric"), with the other names of those words.
    ...(typeof generic === 'string' ? usesOf(generic) : []),
  ]
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
  const category = analyzeDocument(
    source.categories.map((c) => c.nameBn).join(' '),
    source.categories.map((c) => c.nameEn).join(' '),
    attributeText,
  );
  const extra = words(category.bn, category.en, category.synonyms);
  const namesKeys = words(name.phonetic, keysOf(name.synonyms));
  return {
    names,
    namesPhonetic: words(namesKeys, looseOf(namesKeys)),
    extra,
    extraPhonetic: words(category.phonetic, keysOf(category.synonyms)),
    numbers: numbersOf([
      source.nameBn ?? '',
      source.nameEn ?? '',
      attributeText,
      ...source.variantLabels,
    ]),
  };
}

type CategoryNode = { id: string; parent_id: string | null; name_bn: string; name_en: string };

function chainOf(byId: Map<string, CategoryNode>, id: string | null) {
  const chain: { nameBn: string; nameEn: string }[] = [];
  for (let node = id ? byId.get(id) : undefined; node && chain.length < 20;) {
    chain.push({ nameBn: node.name_bn, nameEn: node.name_en });
    node = node.parent_id ? byId.get(node.parent_id) : undefined;
  }
  return chain;
}

/**
 * Rebuilds the documents of these products (create, update, variant change, CSV row). Runs in the
 * caller's transaction. Products that no longer exist are removed by the foreign key cascade.
 */
export async function refreshProductSearch(db: Executor, productIds: string[]): Promise<number> {
  if (productIds.length === 0) return 0;
  const [products, variants, categories] = await Promise.all([
    db
      .selectFrom('products')
      .select(['id', 'shop_id', 'name_bn', 'name_en', 'category_id', 'attributes', 'updated_at'])
      .where('id', 'in', productIds)
      .execute(),
    db
      .selectFrom('product_variants')
      .select(['product_id', 'label'])
      .where('product_id', 'in', productIds)
      .execute(),
    // The whole tree is a few hundred rows at most; the ancestors are walked in memory.
    db.selectFrom('categories').select(['id', 'parent_id', 'name_bn', 'name_en']).execute(),
  ]);
  if (products.length === 0) return 0;
  writes++;
  const byId = new Map(categories.map((c) => [c.id, c]));
  const rows = products.map((p) => {
    const doc = buildDocument({
      nameBn: p.name_bn,
      nameEn: p.name_en,
      categories: chainOf(byId, p.category_id),
      attributes: p.attributes,
      variantLabels: variants.filter((v) => v.product_id === p.id).map((v) => v.label ?? ''),
    });
    return {
      product_id: p.id,
      shop_id: p.shop_id,
      names: doc.names,
      names_phonetic: doc.namesPhonetic,
      extra: doc.extra,
      extra_phonetic: doc.extraPhonetic,
      numbers: doc.numbers,
      source_updated_at: p.updated_at,
      pipeline: TEXT_PIPELINE,
    };
  });
  await db
    .insertInto('product_search')
    .values(rows)
    .onConflict((oc) =>
      oc.column('product_id').doUpdateSet((eb) => ({
        shop_id: eb.ref('excluded.shop_id'),
        names: eb.ref('excluded.names'),
        names_phonetic: eb.ref('excluded.names_phonetic'),
        extra: eb.ref('excluded.extra'),
        extra_phonetic: eb.ref('excluded.extra_phonetic'),
        numbers: eb.ref('excluded.numbers'),
        source_updated_at: eb.ref('excluded.source_updated_at'),
        pipeline: eb.ref('excluded.pipeline'),
        indexed_at: sql<Date>`now()`,
      })),
    )
    .execute();
  return rows.length;
}

/**
 * The version of the text pipeline (text/, buildDocument) the documents are built by. Raise it
 * when a change to either alters what a document holds: the next reindex (`haat search reindex`,
 * the seed hook) then rebuilds every older document. 2: loose keys in names_phonetic, whole
 * synonym rows. 3: what a medicine is for (usesOf), -রা kept after আ-কার, vegetable and
 * condition rows.
 */
export const TEXT_PIPELINE = 3;

/** Whether some document was built by an older text pipeline. */
export async function documentsBuiltBefore(db: Executor): Promise<boolean> {
  const row = await db
    .selectFrom('product_search')
    .select('product_id')
    .where('pipeline', '<', TEXT_PIPELINE)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Brings every document up to date: products without one, or changed since (by updated_at), or all
 * of them with `all` (after a category rename) or when some document was built by an older text
 * pipeline (documentsBuiltBefore). Batches of 500.
 */
export async function reindexProducts(
  db: Executor,
  options: { all?: boolean; batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  const all = options.all || (await documentsBuiltBefore(db));
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    let query = db
      .selectFrom('products as p')
      .leftJoin('product_search as s', 's.product_id', 'p.id')
      .select('p.id')
      .where('p.id', '>', after)
      .orderBy('p.id')
      .limit(batchSize);
    if (!all) {
      query = query.where((eb) =>
        eb.or([
          eb('s.product_id', 'is', null),
          // source_updated_at went through a JS Date (milliseconds); updated_at has microseconds.
          eb('s.source_updated_at', '<>', sql<Date>`date_trunc('milliseconds', p.updated_at)`),
        ]),
      );
    }
    const ids = (await query.execute()).map((r) => r.id);
    if (ids.length === 0) return done;
    done += await refreshProductSearch(db, ids);
    after = ids[ids.length - 1]!;
  }
}

/** The same, for a product known by its shop and SKU (CSV import rows). */
export async function refreshProductSearchBySku(db: Executor, shopId: string, sku: string) {
  const row = await db
    .selectFrom('products')
    .select('id')
    .where('shop_id', '=', shopId)
    .where('sku', '=', sku)
    .executeTakeFirst();
  return row ? refreshProductSearch(db, [row.id]) : 0;
}
