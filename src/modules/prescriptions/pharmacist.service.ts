import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { normalizeText } from '../../platform/text.ts';
import { assertShopAccess, canManageShop } from '../shops/index.ts';

export type Pharmacist = { name: string; registrationNo: string; updatedAt: string };

export async function pharmacistOf(db: Executor, shopId: string): Promise<Pharmacist | null> {
  const row = await db
    .selectFrom('shop_pharmacists')
    .select(['name', 'registration_no', 'updated_at'])
    .where('shop_id', '=', shopId)
    .executeTakeFirst();
  return row
    ? {
        name: row.name,
        registrationNo: row.registration_no,
        updatedAt: row.updated_at.toISOString(),
      }
    : null;
}

async function shopOf(db: Executor, shopId: string) {
  return db
    .selectFrom('shops')
    .select(['id', 'owner_id', 'status', 'type'])
    .where('id', '=', shopId)
    .executeTakeFirst();
}

/** The shop's registered pharmacist: public for an approved shop; its owner and admins always. */
export async function getPharmacist(db: Executor, user: AuthUser | null, shopId: string) {
  const shop = await shopOf(db, shopId);
  if (!shop || (shop.status !== 'approved' && !canManageShop(user, shop)))
    throw new AppError('SHOP_NOT_FOUND');
  return { shopId, pharmacist: await pharmacistOf(db, shopId) };
}

/** Names (or renames) a pharmacy's registered pharmacist: its owner only. */
export async function setPharmacist(
  db: Executor,
  user: AuthUser,
  shopId: string,
  input: { name: string; registrationNo: string },
) {
  await assertShopAccess(db, user, shopId, { access: 'owner' });
  const shop = (await shopOf(db, shopId))!;
  if (shop.type !== 'pharmacy') throw new AppError('NOT_A_PHARMACY');
  const name = normalizeText(input.name).trim();
  const registrationNo = normalizeText(input.registrationNo).trim();
  if (!name || !registrationNo)
    throw new AppError('VALIDATION_FAILED', { fields: !name ? ['name'] : ['registrationNo'] });
  await db
    .insertInto('shop_pharmacists')
    .values({ shop_id: shopId, name, registration_no: registrationNo, updated_by: user.id })
    .onConflict((oc) =>
      oc.column('shop_id').doUpdateSet({
        name,
        registration_no: registrationNo,
        updated_by: user.id,
        updated_at: sql`now()`,
      }),
    )
    .execute();
  return { shopId, pharmacist: await pharmacistOf(db, shopId) };
}
