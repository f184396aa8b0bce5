import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { audit, type AuditActor } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { assertShopAccess } from '../shops/index.ts';
import { pageCursor } from './coupons.service.ts';
import type { FlashSaleBody, FlashSalePatch } from './promotions.schema.ts';

function flashRows(db: Executor) {
  return db
    .selectFrom('flash_sales as f')
    .innerJoin('product_variants as v', 'v.id', 'f.variant_id')
    .innerJoin('products as p', 'p.id', 'v.product_id')
    .select([
      'f.id',
      'f.shop_id',
      'f.variant_id',
      'v.product_id',
      'p.name_bn',
      'p.name_en',
      'v.label',
      'v.price as list_price',
      'f.price',
      'f.stock_cap',
      'f.sold',
      'f.per_customer',
      'f.starts_at',
      'f.ends_at',
      'f.active',
      'f.created_at',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof flashRows>['execute']>>[number];

function present(r: Row) {
  const name = r.name_bn ?? r.name_en ?? '';
  return {
    id: r.id,
    shopId: r.shop_id,
    variantId: r.variant_id,
    productId: r.product_id,
    name: r.label ? `${name} (${r.label})` : name,
    listPrice: r.list_price,
    price: r.price,
    stockCap: r.stock_cap,
    sold: r.sold,
    perCustomer: r.per_customer,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    active: r.active,
    createdAt: r.created_at.toISOString(),
  };
}

function violation(error: unknown): never {
  const code = typeof error === 'object' && error ? (error as { code?: string }).code : undefined;
  if (code === '23514')
    throw new AppError('PROMOTION_INVALID', { reason: 'stockCap is below the units sold' });
  throw error;
}

function assertWindow(startsAt: Date, endsAt: Date) {
  if (endsAt.getTime() <= startsAt.getTime())
    throw new AppError('PROMOTION_INVALID', { reason: 'endsAt must be after startsAt' });
}

/**
 * One flash price at a time for an item: the item's sales are checked for an overlap with the
 * item's advisory lock held to the end of the transaction, so two writers cannot both pass.
 */
async function assertNoOverlap(
  tx: Executor,
  variantId: string,
  startsAt: Date,
  endsAt: Date,
  exceptId: string | null,
) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${'flash:' + variantId}))`.execute(tx);
  let q = tx
    .selectFrom('flash_sales')
    .select('id')
    .where('variant_id', '=', variantId)
    .where('active', '=', true)
    .where('starts_at', '<', endsAt)
    .where('ends_at', '>', startsAt);
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) throw new AppError('FLASH_SALE_OVERLAP');
}

async function variantOfShop(db: Executor, shopId: string, variantId: string) {
  const v = await db
    .selectFrom('product_variants')
    .select(['id', 'price'])
    .where('id', '=', variantId)
    .where('shop_id', '=', shopId)
    .executeTakeFirst();
  if (!v) throw new AppError('PROMOTION_INVALID', { reason: 'the item is not of this shop' });
  return v;
}

export async function listFlashSales(
  db: Executor,
  user: AuthUser,
  shopId: string,
  q: { limit: number; cursor?: string | undefined },
) {
  await assertShopAccess(db, user, shopId);
  const after = pageCursor.decode(q.cursor);
  let query = flashRows(db).where('f.shop_id', '=', shopId);
  if (after)
    query = query.where(
      sql<boolean>`(f.created_at, f.id) < (${new Date(after.t)}::timestamptz, ${after.id}::uuid)`,
    );
  const rows = await query
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(present),
    nextCursor:
      rows.length > q.limit && last
        ? pageCursor.encode({ t: last.created_at.toISOString(), id: last.id })
        : null,
  };
}

export async function createFlashSale(
  db: Executor,
  user: AuthUser,
  shopId: string,
  body: FlashSaleBody,
  actor?: AuditActor,
) {
  await assertShopAccess(db, user, shopId);
  assertWindow(body.startsAt, body.endsAt);
  const v = await variantOfShop(db, shopId, body.variantId);
  if (body.price >= v.price)
    throw new AppError('PROMOTION_INVALID', { reason: 'the flash price must be below the price' });
  const created = await db.transaction().execute(async (tx) => {
    await assertNoOverlap(tx, body.variantId, body.startsAt, body.endsAt, null);
    const made = await tx
      .insertInto('flash_sales')
      .values({
        shop_id: shopId,
        variant_id: body.variantId,
        price: body.price,
        stock_cap: body.stockCap,
        per_customer: body.perCustomer,
        starts_at: body.startsAt,
        ends_at: body.endsAt,
        created_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch(violation);
    if (actor)
      await audit(tx, {
        ...actor,
        action: 'promotions.flash_sale_created',
        targetType: 'flash_sale',
        targetId: made.id,
        details: { shopId, ...body },
      });
    return made;
  });
  return present(await flashRows(db).where('f.id', '=', created.id).executeTakeFirstOrThrow());
}

export async function updateFlashSale(
  db: Executor,
  user: AuthUser,
  shopId: string,
  saleId: string,
  patch: FlashSalePatch,
  actor?: AuditActor,
) {
  await assertShopAccess(db, user, shopId);
  const f = await flashRows(db)
    .where('f.id', '=', saleId)
    .where('f.shop_id', '=', shopId)
    .executeTakeFirst();
  if (!f) throw new AppError('FLASH_SALE_NOT_FOUND');
  const startsAt = patch.startsAt ?? f.starts_at;
  const endsAt = patch.endsAt ?? f.ends_at;
  assertWindow(startsAt, endsAt);
  const price = patch.price ?? f.price;
  if (price >= f.list_price)
    throw new AppError('PROMOTION_INVALID', { reason: 'the flash price must be below the price' });
  const active = patch.active ?? f.active;
  await db.transaction().execute(async (tx) => {
    if (active) await assertNoOverlap(tx, f.variant_id, startsAt, endsAt, saleId);
    await tx
      .updateTable('flash_sales')
      .set({
        price,
        stock_cap: patch.stockCap ?? f.stock_cap,
        per_customer: patch.perCustomer ?? f.per_customer,
        starts_at: startsAt,
        ends_at: endsAt,
        active,
        updated_at: sql`now()`,
      })
      .where('id', '=', saleId)
      .execute()
      .catch(violation);
    if (actor)
      await audit(tx, {
        ...actor,
        action: 'promotions.flash_sale_changed',
        targetType: 'flash_sale',
        targetId: saleId,
        details: { shopId, ...patch },
      });
  });
  return present(await flashRows(db).where('f.id', '=', saleId).executeTakeFirstOrThrow());
}

/** Flash sales of a product running now or later (the product page's price and countdown). */
export async function productFlashSales(db: Executor, productId: string) {
  const rows = await flashRows(db)
    .innerJoin('shops as s', 's.id', 'f.shop_id')
    .where('v.product_id', '=', productId)
    .where('f.active', '=', true)
    .where('s.status', '=', 'approved')
    .where('f.ends_at', '>', sql<Date>`now()`)
    .orderBy('f.starts_at')
    .limit(20)
    .execute();
  return {
    items: rows.map((r) => {
      const p = present(r);
      return {
        id: p.id,
        variantId: p.variantId,
        listPrice: p.listPrice,
        price: p.price,
        stockCap: p.stockCap,
        sold: p.sold,
        perCustomer: p.perCustomer,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
      };
    }),
  };
}

export async function getFreeDelivery(db: Executor, user: AuthUser, shopId: string) {
  await assertShopAccess(db, user, shopId);
  const row = await db
    .selectFrom('shop_free_delivery')
    .select('min_subtotal')
    .where('shop_id', '=', shopId)
    .executeTakeFirst();
  return { minSubtotal: row?.min_subtotal ?? null };
}

export async function putFreeDelivery(
  db: Executor,
  user: AuthUser,
  shopId: string,
  minSubtotal: number | null,
) {
  await assertShopAccess(db, user, shopId);
  if (minSubtotal === null)
    await db.deleteFrom('shop_free_delivery').where('shop_id', '=', shopId).execute();
  else
    await db
      .insertInto('shop_free_delivery')
      .values({ shop_id: shopId, min_subtotal: minSubtotal })
      .onConflict((oc) =>
        oc.column('shop_id').doUpdateSet({ min_subtotal: minSubtotal, updated_at: sql`now()` }),
      )
      .execute();
  return { minSubtotal };
}
