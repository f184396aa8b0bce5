import type { Executor } from '../../platform/db/index.ts';

export async function countApprovedShops(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('shops')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page (by id order) of the approved shops, with their last change, for the sitemap. */
export async function approvedShopStamps(
  db: Executor,
  page: { offset: number; limit: number },
): Promise<{ id: string; updatedAt: Date }[]> {
  const rows = await db
    .selectFrom('shops')
    .select(['id', 'updated_at'])
    .where('status', '=', 'approved')
    .orderBy('id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({ id: r.id, updatedAt: r.updated_at }));
}
