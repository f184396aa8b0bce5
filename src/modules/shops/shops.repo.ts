import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import type { ShopStatus, ShopsTable } from './shops.tables.ts';
import './shops.tables.ts';

export type ShopRow = Selectable<ShopsTable>;
export type NewShopRow = Omit<
  ShopRow,
  | 'bin'
  | 'vat_registered'
  | 'vat_rate'
  | 'id'
  | 'slug'
  | 'status'
  | 'rejection_reason'
  | 'suspension_reason'
  | 'suspended_at'
  | 'approved_at'
  | 'created_at'
  | 'updated_at'
> &
  Partial<Pick<ShopRow, 'bin' | 'vat_registered' | 'vat_rate'>>;
export type ShopRowPatch = Partial<NewShopRow>;

/** Inserts unless the slug is taken; returns undefined then (the caller tries another slug). */
export async function insertShop(
  db: Executor,
  values: NewShopRow & { slug: string; status?: ShopStatus; approved_at?: Date | null },
): Promise<ShopRow | undefined> {
  return db
    .insertInto('shops')
    .values({ ...values, opening_hours: JSON.stringify(values.opening_hours) })
    .onConflict((oc) => oc.column('slug').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function findShop(db: Executor, id: string): Promise<ShopRow | undefined> {
  return db.selectFrom('shops').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findShopForUpdate(db: Executor, id: string): Promise<ShopRow | undefined> {
  return db.selectFrom('shops').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function listByOwner(db: Executor, ownerId: string): Promise<ShopRow[]> {
  return db
    .selectFrom('shops')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function updateShop(
  db: Executor,
  id: string,
  patch: ShopRowPatch & {
    status?: ShopStatus;
    rejection_reason?: string | null;
    suspension_reason?: string | null;
    suspended_at?: Date | null;
    approved_at?: Date | null;
  },
): Promise<ShopRow> {
  const { opening_hours, ...rest } = patch;
  return db
    .updateTable('shops')
    .set({
      ...rest,
      ...(opening_hours ? { opening_hours: JSON.stringify(opening_hours) } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const NEARBY_LIMIT = 100;

/**
 * Approved shops within `radiusM` of a point, nearest first. earth_box(…) @> ll_to_earth(lat, lng)
 * is what the GiST index on ll_to_earth(lat, lng) answers; the box is a little larger than the
 * circle, so earth_distance trims the corners.
 */
export function nearbyQuery(db: Executor, lat: number, lng: number, radiusM: number) {
  const point = sql`ll_to_earth(${lat}, ${lng})`;
  const distance = sql<number>`earth_distance(ll_to_earth(shops.lat, shops.lng), ${point})`;
  return db
    .selectFrom('shops')
    .selectAll('shops')
    .select(distance.as('distance_m'))
    .where('status', '=', 'approved')
    .where(sql<boolean>`earth_box(${point}, ${radiusM}) @> ll_to_earth(shops.lat, shops.lng)`)
    .where(distance, '<=', radiusM)
    .orderBy('distance_m')
    .orderBy('shops.id')
    .limit(NEARBY_LIMIT);
}

/** Admin queue: oldest first; the cursor is the last shop id of the previous page. */
export async function adminList(
  db: Executor,
  filter: { status?: ShopStatus; q?: string; limit: number; afterId?: string },
) {
  let query = db
    .selectFrom('shops')
    .innerJoin('shop_owners as o', 'o.id', 'shops.owner_id')
    .selectAll('shops')
    .select(['o.name as owner_name', 'o.phone as owner_phone', 'o.email as owner_email'])
    .orderBy('shops.created_at')
    .orderBy('shops.id')
    .limit(filter.limit + 1);
  if (filter.status) query = query.where('shops.status', '=', filter.status);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('shops.name_bn', 'ilike', like),
        eb('shops.name_en', 'ilike', like),
        eb('shops.slug', 'ilike', like),
        eb('shops.phone', 'ilike', like),
      ]),
    );
  }
  if (filter.afterId) {
    query = query.where(
      sql<boolean>`(shops.created_at, shops.id) > (SELECT created_at, id FROM shops WHERE id = ${filter.afterId})`,
    );
  }
  return query.execute();
}

export async function findOwner(db: Executor, id: string) {
  return db.selectFrom('shop_owners').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOwnerByPhone(db: Executor, phone: string) {
  return db.selectFrom('shop_owners').selectAll().where('phone', '=', phone).executeTakeFirst();
}

/** The owner deleted their account: their shops stop selling (kept for the orders they took). */
export async function closeShopsOfDeletedOwner(db: Executor, ownerId: string) {
  await db
    .updateTable('shops')
    .set({ status: 'suspended', updated_at: new Date() })
    .where('owner_id', '=', ownerId)
    .where('status', 'in', ['pending', 'approved'])
    .execute();
}
