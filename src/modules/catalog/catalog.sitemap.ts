import type { Executor } from '../../platform/db/index.ts';

/** A public page's id and when it last changed, for the sitemap. */
export type PageStamp = { id: string; updatedAt: Date };

/** Products anyone may see: active, not hidden, of an approved shop (catalog.policy.ts). */
function publicProducts(db: Executor) {
  return db
    .selectFrom('products as p')
    .innerJoin('shops as s', 's.id', 'p.shop_id')
    .where('p.status', '=', 'active')
    .where('p.hidden_at', 'is', null)
    .where('s.status', '=', 'approved');
}

export async function countPublicProducts(db: Executor): Promise<number> {
  const row = await publicProducts(db)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page (by id order) of the products anyone may see, with their last change. */
export async function publicProductStamps(
  db: Executor,
  page: { offset: number; limit: number },
): Promise<PageStamp[]> {
  const rows = await publicProducts(db)
    .select(['p.id', 'p.updated_at'])
    .orderBy('p.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({ id: r.id, updatedAt: r.updated_at }));
}

/** Every category with its slug and last change (categories are few). */
export async function categoryStamps(db: Executor): Promise<(PageStamp & { slug: string })[]> {
  const rows = await db
    .selectFrom('categories')
    .select(['id', 'slug', 'updated_at'])
    .orderBy('sort_order')
    .orderBy('name_en')
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, updatedAt: r.updated_at }));
}
