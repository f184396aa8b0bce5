import { sql, type Selectable } from 'kysely';
import { z } from 'zod';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { keysetCursor } from '../../platform/http/cursor.ts';
import { assertShopAccess } from '../shops/index.ts';
import type { CouponBody, CouponPatch } from './promotions.schema.ts';
import type { CouponsTable } from './promotions.tables.ts';

type Coupon = Selectable<CouponsTable>;

export const pageCursor = keysetCursor(z.object({ t: z.iso.datetime(), id: z.uuid() }));

export function presentCoupon(c: Coupon) {
  return {
    id: c.id,
    shopId: c.shop_id,
    code: c.code,
    kind: c.kind,
    value: c.value,
    fundedBy: c.funded_by,
    minBag: c.min_bag,
    maxDiscount: c.max_discount,
    maxUses: c.max_uses,
    used: c.used,
    perCustomer: c.per_customer,
    startsAt: c.starts_at.toISOString(),
    endsAt: c.ends_at.toISOString(),
    firstOrderOnly: c.first_order_only,
    paymentMethods: c.payment_methods,
    timeWindow: c.time_window,
    active: c.active,
    createdAt: c.created_at.toISOString(),
  };
}

function assertRules(c: {
  kind: string;
  value: number;
  startsAt: Date;
  endsAt: Date;
  maxUses: number | null;
  used?: number;
}) {
  if (c.endsAt.getTime() <= c.startsAt.getTime())
    throw new AppError('PROMOTION_INVALID', { reason: 'endsAt must be after startsAt' });
  if (c.kind === 'percent' && c.value > 10000)
    throw new AppError('PROMOTION_INVALID', { reason: 'a percent is at most 10000 basis points' });
  if (c.maxUses !== null && c.used !== undefined && c.maxUses < c.used)
    throw new AppError('PROMOTION_INVALID', { reason: 'maxUses is below the uses already made' });
}

function isViolation(error: unknown, code: string) {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === code;
}

/** Lists coupons of a shop (or the platform's, `shopId` null), newest first. */
export async function listCoupons(
  db: Executor,
  shopId: string | null,
  q: { limit: number; cursor?: string | undefined },
) {
  const after = pageCursor.decode(q.cursor);
  let query = db.selectFrom('coupons').selectAll();
  query = shopId ? query.where('shop_id', '=', shopId) : query.where('shop_id', 'is', null);
  if (after)
    query = query.where(
      sql<boolean>`(created_at, id) < (${new Date(after.t)}::timestamptz, ${after.id}::uuid)`,
    );
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentCoupon),
    nextCursor:
      rows.length > q.limit && last
        ? pageCursor.encode({ t: last.created_at.toISOString(), id: last.id })
        : null,
  };
}

export async function listShopCoupons(
  db: Executor,
  user: AuthUser,
  shopId: string,
  q: { limit: number; cursor?: string | undefined },
) {
  await assertShopAccess(db, user, shopId);
  return listCoupons(db, shopId, q);
}

/** A shop's coupon (funded by the shop) or, with `shopId` null, the platform's. */
export async function createCoupon(
  db: Executor,
  user: AuthUser,
  shopId: string | null,
  body: CouponBody,
  actor?: AuditActor,
) {
  if (shopId) await assertShopAccess(db, user, shopId);
  assertRules(body);
  try {
    const row = await db.transaction().execute(async (tx) => {
      const made = await tx
        .insertInto('coupons')
        .values({
          shop_id: shopId,
          code: body.code,
          kind: body.kind,
          value: body.value,
          funded_by: shopId ? 'shop' : 'platform',
          min_bag: body.minBag,
          max_discount: body.maxDiscount,
          max_uses: body.maxUses,
          per_customer: body.perCustomer,
          starts_at: body.startsAt,
          ends_at: body.endsAt,
          first_order_only: body.firstOrderOnly,
          payment_methods: body.paymentMethods,
          time_window: body.timeWindow,
          active: body.active,
          created_by: user.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      if (actor)
        await audit(tx, {
          ...actor,
          action: 'promotions.coupon_created',
          targetType: 'coupon',
          targetId: made.id,
          details: { shopId, ...body },
        });
      return made;
    });
    return presentCoupon(row);
  } catch (error) {
    if (isViolation(error, '23505')) throw new AppError('COUPON_CODE_TAKEN');
    throw error;
  }
}

async function findCoupon(db: Executor, shopId: string | null, couponId: string) {
  let q = db.selectFrom('coupons').selectAll().where('id', '=', couponId);
  q = shopId ? q.where('shop_id', '=', shopId) : q.where('shop_id', 'is', null);
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('COUPON_NOT_FOUND', { code: couponId });
  return row;
}

/** Edits the rules of a coupon (its code, kind and value stay); another shop's coupon is 404. */
export async function updateCoupon(
  db: Executor,
  user: AuthUser,
  shopId: string | null,
  couponId: string,
  patch: CouponPatch,
  actor?: AuditActor,
) {
  if (shopId) await assertShopAccess(db, user, shopId);
  return db.transaction().execute(async (tx) => {
    const c = await findCoupon(tx, shopId, couponId);
    const next = {
      kind: c.kind,
      value: c.value,
      startsAt: patch.startsAt ?? c.starts_at,
      endsAt: patch.endsAt ?? c.ends_at,
      maxUses: patch.maxUses === undefined ? c.max_uses : patch.maxUses,
      used: c.used,
    };
    assertRules(next);
    const row = await tx
      .updateTable('coupons')
      .set({
        min_bag: patch.minBag ?? c.min_bag,
        max_discount: patch.maxDiscount === undefined ? c.max_discount : patch.maxDiscount,
        max_uses: next.maxUses,
        per_customer: patch.perCustomer === undefined ? c.per_customer : patch.perCustomer,
        starts_at: next.startsAt,
        ends_at: next.endsAt,
        first_order_only: patch.firstOrderOnly ?? c.first_order_only,
        payment_methods:
          patch.paymentMethods === undefined ? c.payment_methods : patch.paymentMethods,
        time_window: patch.timeWindow === undefined ? c.time_window : patch.timeWindow,
        active: patch.active ?? c.active,
        updated_at: sql`now()`,
      })
      .where('id', '=', c.id)
      // maxUses below the uses made meanwhile: the CHECK refuses it, caught below.
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        if (isViolation(error, '23514'))
          throw new AppError('PROMOTION_INVALID', { reason: 'maxUses is below the uses made' });
        throw error;
      });
    if (actor)
      await audit(tx, {
        ...actor,
        action: 'promotions.coupon_changed',
        targetType: 'coupon',
        targetId: c.id,
        details: { shopId, code: c.code, ...patch },
      });
    return presentCoupon(row);
  });
}
