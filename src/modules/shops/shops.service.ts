import { randomBytes } from 'node:crypto';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Db, Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { idCursor } from '../../platform/http/cursor.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { normalizeBdPhone } from '../../platform/phone.ts';
import { normalizeText } from '../../platform/text.ts';
import { assertInsideBangladesh, placeExists } from '../geo/index.ts';
import * as repo from './shops.repo.ts';
import type { NewShopRow, ShopRow } from './shops.repo.ts';
import type { CreateShopInput, UpdateShopInput } from './shops.schema.ts';
import { canCreateShop, canEditShop, canViewShop } from './shops.policy.ts';
import {
  assertValidDeliveryRadius,
  assertValidOpeningHours,
  DEFAULT_DELIVERY_RADIUS_M,
  slugify,
} from './shops.rules.ts';
import type { ShopStatus } from './shops.tables.ts';
import './shops.errors.ts';

export const SHOP_APPROVED = 'shop.approved';
export const SHOP_REJECTED = 'shop.rejected';

export type Shop = ReturnType<typeof toShop>;

export function toShop(row: ShopRow) {
  return {
    id: row.id,
    ownerId: row.owner_id,
    nameBn: row.name_bn,
    nameEn: row.name_en,
    slug: row.slug,
    type: row.type,
    phone: row.phone,
    address: row.address,
    placeId: row.place_id,
    lat: row.lat,
    lng: row.lng,
    openingHours: row.opening_hours,
    deliveryRadiusM: row.delivery_radius_m,
    tradeLicence: row.trade_licence,
    drugLicence: row.drug_licence,
    status: row.status,
    rejectionReason: row.rejection_reason,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function requiredText(value: string, field: string): string {
  const text = normalizeText(value);
  if (!text) throw new AppError('VALIDATION_FAILED', { field, reason: 'empty' });
  return text;
}

function optionalText(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  return normalizeText(value) || null;
}

function normalizePhone(value: string): string {
  const phone = normalizeBdPhone(value);
  if (!phone) throw new AppError('PHONE_INVALID', { field: 'phone' });
  return phone;
}

/** Rules on the whole shop as it will be stored (after a create, or a patch merged in). */
async function assertValidShop(db: Executor, shop: NewShopRow, placeChanged: boolean) {
  assertInsideBangladesh(shop.lat, shop.lng);
  if (shop.type === 'pharmacy' && !shop.drug_licence) throw new AppError('DRUG_LICENCE_REQUIRED');
  assertValidOpeningHours(shop.opening_hours);
  assertValidDeliveryRadius(shop.delivery_radius_m);
  if (placeChanged && shop.place_id !== null && !(await placeExists(db, shop.place_id))) {
    throw new AppError('PLACE_UNKNOWN', { placeId: shop.place_id });
  }
}

/** Tries the plain slug, then the slug with a short random suffix. */
export async function insertWithSlug(
  db: Executor,
  values: NewShopRow & { status?: ShopStatus; approved_at?: Date | null },
  baseSlug = slugify(values.name_en),
): Promise<ShopRow> {
  for (let attempt = 0; attempt < 6; attempt++) {
    const slug = attempt === 0 ? baseSlug : `${baseSlug}-${randomBytes(3).toString('hex')}`;
    const row = await repo.insertShop(db, { ...values, slug });
    if (row) return row;
  }
  throw new AppError('CONFLICT', { field: 'slug' });
}

export async function createShop(db: Db, user: AuthUser, input: CreateShopInput) {
  if (!canCreateShop(user)) throw new AppError('FORBIDDEN');
  const values: NewShopRow = {
    owner_id: user.id,
    name_bn: requiredText(input.nameBn, 'nameBn'),
    name_en: requiredText(input.nameEn, 'nameEn'),
    type: input.type,
    phone: normalizePhone(input.phone),
    address: requiredText(input.address, 'address'),
    place_id: input.placeId ?? null,
    lat: input.lat,
    lng: input.lng,
    opening_hours: input.openingHours ?? [],
    delivery_radius_m: input.deliveryRadiusM ?? DEFAULT_DELIVERY_RADIUS_M,
    trade_licence: optionalText(input.tradeLicence),
    drug_licence: optionalText(input.drugLicence),
  };
  await assertValidShop(db, values, true);
  return toShop(await insertWithSlug(db, values));
}

/** Unapproved shops of someone else answer as "not found", so their ids cannot be probed. */
export async function getShop(db: Executor, user: AuthUser | null, id: string) {
  const row = await repo.findShop(db, id);
  if (!row || !canViewShop(user, row)) throw new AppError('SHOP_NOT_FOUND', { id });
  return toShop(row);
}

export async function listMine(db: Executor, user: AuthUser) {
  return (await repo.listByOwner(db, user.id)).map(toShop);
}

export async function updateShop(
  db: Db,
  user: AuthUser,
  id: string,
  input: UpdateShopInput,
  by?: AuditActor,
) {
  return db.transaction().execute(async (tx) => {
    const row = await repo.findShopForUpdate(tx, id);
    if (!row || !canViewShop(user, row)) throw new AppError('SHOP_NOT_FOUND', { id });
    if (!canEditShop(user, row)) throw new AppError('FORBIDDEN');
    const patch: Partial<NewShopRow> = {};
    if (input.nameBn !== undefined) patch.name_bn = requiredText(input.nameBn, 'nameBn');
    if (input.nameEn !== undefined) patch.name_en = requiredText(input.nameEn, 'nameEn');
    if (input.type !== undefined) patch.type = input.type;
    if (input.phone !== undefined) patch.phone = normalizePhone(input.phone);
    if (input.address !== undefined) patch.address = requiredText(input.address, 'address');
    if (input.placeId !== undefined) patch.place_id = input.placeId;
    if (input.lat !== undefined) patch.lat = input.lat;
    if (input.lng !== undefined) patch.lng = input.lng;
    if (input.openingHours !== undefined) patch.opening_hours = input.openingHours;
    if (input.deliveryRadiusM !== undefined) patch.delivery_radius_m = input.deliveryRadiusM;
    if (input.tradeLicence !== undefined) patch.trade_licence = optionalText(input.tradeLicence);
    if (input.drugLicence !== undefined) patch.drug_licence = optionalText(input.drugLicence);
    await assertValidShop(tx, { ...row, ...patch }, input.placeId !== undefined);
    // A seller who fixes a rejected shop sends it back to the admin queue.
    const resubmit = row.status === 'rejected' && row.owner_id === user.id;
    const updated = await repo.updateShop(tx, id, {
      ...patch,
      ...(resubmit ? { status: 'pending' as const } : {}),
    });
    if (user.role === 'admin' && row.owner_id !== user.id) {
      await audit(tx, {
        ...(by ?? { actorId: user.id, actorRole: user.role }),
        action: 'shop.updated_by_admin',
        targetType: 'shop',
        targetId: id,
        details: { fields: Object.keys(patch) },
      });
    }
    return toShop(updated);
  });
}

export async function nearbyShops(db: Executor, lat: number, lng: number, radiusM: number) {
  assertInsideBangladesh(lat, lng);
  const rows = await repo.nearbyQuery(db, lat, lng, radiusM).execute();
  return rows.map(({ distance_m, ...row }) => ({
    ...toShop(row),
    distanceM: Math.round(distance_m),
  }));
}

export async function adminList(
  db: Executor,
  query: { status?: ShopStatus; limit: number; cursor?: string },
) {
  const afterId = idCursor.decode(query.cursor)?.[0];
  const rows = await repo.adminList(db, { status: query.status, limit: query.limit, afterId });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(({ owner_name, owner_phone, owner_email, ...row }) => ({
      ...toShop(row),
      owner: { id: row.owner_id, name: owner_name, phone: owner_phone, email: owner_email },
    })),
    nextCursor: rows.length > query.limit ? idCursor.encode([page[page.length - 1]!.id]) : null,
  };
}

export async function approveShop(db: Db, id: string, by?: AuditActor) {
  return db.transaction().execute(async (tx) => {
    const row = await repo.findShopForUpdate(tx, id);
    if (!row) throw new AppError('SHOP_NOT_FOUND', { id });
    if (row.status === 'approved') {
      throw new AppError('SHOP_STATUS_CONFLICT', { status: row.status });
    }
    const updated = await repo.updateShop(tx, id, {
      status: 'approved',
      approved_at: new Date(),
      rejection_reason: null,
    });
    await emitEvent(tx, SHOP_APPROVED, { shopId: id, ownerId: row.owner_id });
    if (by) {
      const entry = { action: 'shop.approved', targetType: 'shop', targetId: id } as const;
      await audit(tx, { ...by, ...entry, details: { previousStatus: row.status } });
    }
    return toShop(updated);
  });
}

export async function rejectShop(db: Db, id: string, reasonInput: string, by?: AuditActor) {
  const reason = normalizeText(reasonInput);
  if (!reason) throw new AppError('REJECTION_REASON_REQUIRED');
  return db.transaction().execute(async (tx) => {
    const row = await repo.findShopForUpdate(tx, id);
    if (!row) throw new AppError('SHOP_NOT_FOUND', { id });
    if (row.status !== 'pending') {
      throw new AppError('SHOP_STATUS_CONFLICT', { status: row.status });
    }
    const updated = await repo.updateShop(tx, id, {
      status: 'rejected',
      rejection_reason: reason,
    });
    await emitEvent(tx, SHOP_REJECTED, { shopId: id, ownerId: row.owner_id, reason });
    if (by) {
      const entry = { action: 'shop.rejected', targetType: 'shop', targetId: id } as const;
      await audit(tx, { ...by, ...entry, details: { reason } });
    }
    return toShop(updated);
  });
}
