import type { Executor } from '../../platform/db/index.ts';

/** The shop's type ("pharmacy", "grocery", …), read-only. */
export async function shopType(db: Executor, shopId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('shops')
    .select('type')
    .where('id', '=', shopId)
    .executeTakeFirst();
  return row?.type;
}
