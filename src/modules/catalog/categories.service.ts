import { sql } from 'kysely';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Db, Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { refreshProductSearch } from '../search/index.ts';
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

export async function createCategory(
  db: Db,
  input: CategoryInput & { slug: string },
  by: AuditActor,
) {
  return db.transaction().execute(async (tx) => {
    if (input.parentId) await findCategory(tx, input.parentId);
    const row = await insertCategory(tx, input);
    await audit(tx, {
      ...by,
      action: 'category.created',
      targetType: 'category',
      targetId: row.id,
      details: {
        slug: row.slug,
        nameBn: row.name_bn,
        nameEn: row.name_en,
        parentId: row.parent_id,
      },
    });
    return presentCategory(row);
  });
}

async function insertCategory(db: Executor, input: CategoryInput & { slug: string }) {
  return db
    .insertInto('categories')
    .values({
      parent_id: input.parentId ?? null,
      slug: input.slug,
      name_bn: input.nameBn!,
      name_en: input.nameEn!,
      icon: input.icon ?? null,
      sort_order: input.sortOrder ?? (await nextSortOrder(db, input.parentId ?? null)),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A new category goes last among its siblings. */
async function nextSortOrder(db: Executor, parentId: string | null): Promise<number> {
  const row = await db
    .selectFrom('categories')
    .select(sql<number | null>`max(sort_order)`.as('max'))
    .where('parent_id', parentId === null ? 'is' : '=', parentId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Math.min(row.max + 10, 10000);
}

/** The products of a category and of every category below it. */
async function productsUnder(db: Executor, id: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE down AS (
      SELECT id FROM categories WHERE id = ${id}
      UNION ALL
      SELECT c.id FROM categories c JOIN down ON c.parent_id = down.id
    )
    SELECT p.id FROM products p WHERE p.category_id IN (SELECT id FROM down)`.execute(db);
  return result.rows.map((r) => r.id);
}

/**
 * Renames or moves a category. Products point at the category id, so a move keeps them. Moving
 * under itself or a descendant would make a cycle: checked with the ancestor chain of the new
 * parent, inside a transaction that locks the category table against concurrent moves.
 */
export async function updateCategory(db: Db, id: string, input: CategoryInput, by: AuditActor) {
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
    // Search documents carry the names of a product's category and its ancestors: a rename or a
    // move rewrites those of every product below, in this transaction.
    const renamed = row.name_bn !== current.name_bn || row.name_en !== current.name_en;
    const moved = row.parent_id !== current.parent_id;
    if (renamed || moved) {
      const ids = await productsUnder(tx, row.id);
      for (let i = 0; i < ids.length; i += 500) {
        await refreshProductSearch(tx, ids.slice(i, i + 500));
      }
    }
    const changed = Object.fromEntries(
      (['parent_id', 'slug', 'name_bn', 'name_en', 'icon', 'sort_order'] as const)
        .filter((k) => row[k] !== current[k])
        .map((k) => [k, { from: current[k], to: row[k] }]),
    );
    await audit(tx, {
      ...by,
      action: 'category.updated',
      targetType: 'category',
      targetId: row.id,
      details: { changed },
    });
    return presentCategory(row);
  });
}

/**
 * Puts the children of one parent in the given order (sort_order 0, 10, 20 …). The list must name
 * every child of that parent exactly once, so a stale page cannot drop or misplace a sibling.
 */
export async function reorderCategories(
  db: Db,
  input: { parentId: string | null; ids: string[] },
  by: AuditActor,
) {
  return db.transaction().execute(async (tx) => {
    await sql`LOCK TABLE categories IN SHARE ROW EXCLUSIVE MODE`.execute(tx);
    if (input.parentId) await findCategory(tx, input.parentId);
    const children = await tx
      .selectFrom('categories')
      .select('id')
      .where('parent_id', input.parentId === null ? 'is' : '=', input.parentId)
      .execute();
    const expected = new Set(children.map((c) => c.id));
    const given = new Set(input.ids);
    if (
      given.size !== input.ids.length ||
      given.size !== expected.size ||
      input.ids.some((id) => !expected.has(id))
    ) {
      throw new AppError('CATEGORY_ORDER_MISMATCH', { expected: expected.size });
    }
    for (const [index, id] of input.ids.entries()) {
      await tx
        .updateTable('categories')
        .set({ sort_order: index * 10, updated_at: sql<Date>`now()` })
        .where('id', '=', id)
        .execute();
    }
    await audit(tx, {
      ...by,
      action: 'category.reordered',
      targetType: 'category',
      targetId: input.parentId,
      details: { parentId: input.parentId, ids: input.ids },
    });
    return categoryTree(tx);
  });
}

/**
 * Only an empty category (no children, no products, archived ones included: orders keep pointing
 * at them) can be deleted; the error says how many of each are in the way.
 */
export async function deleteCategory(db: Db, id: string, by: AuditActor) {
  await db.transaction().execute(async (tx) => {
    await sql`LOCK TABLE categories IN SHARE ROW EXCLUSIVE MODE`.execute(tx);
    const current = await findCategory(tx, id);
    const [children, products] = await Promise.all([
      tx
        .selectFrom('categories')
        .select(sql<string>`count(*)`.as('n'))
        .where('parent_id', '=', current.id)
        .executeTakeFirstOrThrow(),
      tx
        .selectFrom('products')
        .select(sql<string>`count(*)`.as('n'))
        .where('category_id', '=', current.id)
        .executeTakeFirstOrThrow(),
    ]);
    const counts = { children: Number(children.n), products: Number(products.n) };
    if (counts.children > 0 || counts.products > 0) {
      throw new AppError('CATEGORY_NOT_EMPTY', counts);
    }
    await tx.deleteFrom('categories').where('id', '=', current.id).execute();
    await audit(tx, {
      ...by,
      action: 'category.deleted',
      targetType: 'category',
      targetId: current.id,
      details: { slug: current.slug, nameBn: current.name_bn, nameEn: current.name_en },
    });
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
