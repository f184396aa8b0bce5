import { sql } from 'kysely';
import type { Db, Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { defaultCategories, type DefaultCategory } from './categories.defaults.ts';
import type { CategoryDto, CategoryNode } from './catalog.schema.ts';
import type { CategoriesTable } from './catalog.tables.ts';
import type { Selectable } from 'kysely';

type CategoryRow = Selectable<CategoriesTable>;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function presentCategory(row: CategoryRow): CategoryDto {
  return {
    id: row.id,
    parentId: row.parent_id,
    slug: row.slug,
    nameBn: row.name_bn,
    nameEn: row.name_en,
    icon: row.icon,
    sortOrder: row.sort_order,
  };
}

const ordered = (db: Executor) =>
  db.selectFrom('categories').selectAll().orderBy('sort_order').orderBy('name_en');

export async function categoryTree(db: Executor): Promise<CategoryNode[]> {
  const rows = await ordered(db).execute();
  const nodes = new Map<string, CategoryNode>();
  for (const row of rows) nodes.set(row.id, { ...presentCategory(row), children: [] });
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

async function findCategory(db: Executor, idOrSlug: string): Promise<CategoryRow> {
  const row = await db
    .selectFrom('categories')
    .selectAll()
    .where(uuidPattern.test(idOrSlug) ? 'id' : 'slug', '=', idOrSlug)
    .executeTakeFirst();
  if (!row) throw new AppError('CATEGORY_NOT_FOUND', { category: idOrSlug });
  return row;
}

/** Ancestors from the root down to the direct parent. */
async function ancestorsOf(db: Executor, id: string): Promise<CategoryRow[]> {
  const result = await sql<CategoryRow & { depth: number }>`
    WITH RECURSIVE up AS (
      SELECT c.*, 0 AS depth FROM categories c WHERE c.id = (SELECT parent_id FROM categories WHERE id = ${id})
      UNION ALL
      SELECT c.*, up.depth + 1 FROM categories c JOIN up ON c.id = up.parent_id
    )
    SELECT * FROM up ORDER BY depth DESC`.execute(db);
  return result.rows;
}

export async function categoryDetail(db: Executor, idOrSlug: string) {
  const row = await findCategory(db, idOrSlug);
  const [ancestors, children] = await Promise.all([
    ancestorsOf(db, row.id),
    ordered(db).where('parent_id', '=', row.id).execute(),
  ]);
  return {
    ...presentCategory(row),
    ancestors: ancestors.map(presentCategory),
    children: children.map(presentCategory),
  };
}

type CategoryInput = {
  parentId?: string | null;
  slug?: string;
  nameBn?: string;
  nameEn?: string;
  icon?: string | null;
  sortOrder?: number;
};

export async function createCategory(db: Db, input: CategoryInput & { slug: string }) {
  if (input.parentId) await findCategory(db, input.parentId);
  const row = await db
    .insertInto('categories')
    .values({
      parent_id: input.parentId ?? null,
      slug: input.slug,
      name_bn: input.nameBn!,
      name_en: input.nameEn!,
      icon: input.icon ?? null,
      sort_order: input.sortOrder ?? 0,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return presentCategory(row);
}

/**
 * Renames or moves a category. Products point at the category id, so a move keeps them. Moving
 * under itself or a descendant would make a cycle: checked with the ancestor chain of the new
 * parent, inside a transaction that locks the category table against concurrent moves.
 */
export async function updateCategory(db: Db, id: string, input: CategoryInput) {
  return db.transaction().execute(async (tx) => {
    await sql`LOCK TABLE categories IN SHARE ROW EXCLUSIVE MODE`.execute(tx);
    const current = await findCategory(tx, id);
    if (input.parentId) {
      if (input.parentId === current.id) throw new AppError('CATEGORY_CYCLE');
      await findCategory(tx, input.parentId);
      const chain = await ancestorsOf(tx, input.parentId);
      if (chain.some((c) => c.id === current.id)) throw new AppError('CATEGORY_CYCLE');
    }
    const row = await tx
      .updateTable('categories')
      .set({
        ...(input.parentId !== undefined && { parent_id: input.parentId }),
        ...(input.slug !== undefined && { slug: input.slug }),
        ...(input.nameBn !== undefined && { name_bn: input.nameBn }),
        ...(input.nameEn !== undefined && { name_en: input.nameEn }),
        ...(input.icon !== undefined && { icon: input.icon }),
        ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentCategory(row);
  });
}

/** Only an empty category (no children, no products) can be deleted. */
export async function deleteCategory(db: Db, id: string) {
  await db.transaction().execute(async (tx) => {
    const current = await findCategory(tx, id);
    const child = await tx
      .selectFrom('categories')
      .select('id')
      .where('parent_id', '=', current.id)
      .limit(1)
      .executeTakeFirst();
    const product = await tx
      .selectFrom('products')
      .select('id')
      .where('category_id', '=', current.id)
      .limit(1)
      .executeTakeFirst();
    if (child || product) throw new AppError('CATEGORY_NOT_EMPTY');
    await tx.deleteFrom('categories').where('id', '=', current.id).execute();
  });
}

/** Inserts missing default categories by slug; never overwrites an admin's changes. */
export async function seedDefaultCategories(db: Db): Promise<number> {
  let inserted = 0;
  const insert = async (nodes: DefaultCategory[], parentId: string | null) => {
    for (const [index, node] of nodes.entries()) {
      const created = await db
        .insertInto('categories')
        .values({
          parent_id: parentId,
          slug: node.slug,
          name_bn: node.bn,
          name_en: node.en,
          icon: node.icon ?? null,
          sort_order: index * 10,
        })
        .onConflict((oc) => oc.column('slug').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (created) inserted++;
      const id =
        created?.id ??
        (
          await db
            .selectFrom('categories')
            .select('id')
            .where('slug', '=', node.slug)
            .executeTakeFirstOrThrow()
        ).id;
      if (node.children) await insert(node.children, id);
    }
  };
  await insert(defaultCategories, null);
  return inserted;
}
