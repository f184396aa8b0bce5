import { randomBytes } from 'node:crypto';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Db, Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { idCursor } from '../../platform/http/cursor.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { normalizeBdPhone } from '../../platform/phone.ts';
import { asciiDigits, normalizeText } from '../../platform/text.ts';
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
import { reviewedChanges } from './shops.review.ts';
import type { ShopStatus } from './shops.tables.ts';
import './shops.errors.ts';

export const SHOP_APPROVED = 'shop.approved';
export const SHOP_REJECTED = 'shop.rejected';
export const SHOP_SUSPENDED = 'shop.suspended';
export const SHOP_REINSTATED = 'shop.reinstated';
export const SHOP_REVIEW_REQUIRED = 'shop.review_required';

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
    bin: row.bin,
    vatRegistered: row.vat_registered,
    vatRate: row.vat_rate === null ? null : Number(row.vat_rate),
    status: row.status,
    rejectionReason: row.rejection_reason,
    suspensionReason: row.suspension_reason,
    suspendedAt: row.suspended_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A shop as `user` may see it: the owner's id only for the owner and admins. */
export function shopFor(user: AuthUser | null, row: ShopRow) {
  const shop = toShop(row);
  if (user && (user.role === 'admin' || row.owner_id === user.id)) return shop;
  const { ownerId: _ownerId, ...rest } = shop;
  return rest;
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

/**
 * A Business Identification Number as NBR issues it since 2019: 13 digits (often printed as
 * 9 + 4, "000123456-0101"). Spaces, dashes and Bengali digits are accepted and dropped.
 */
export function normalizeBin(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const digits = asciiDigits(value.normalize('NFC')).replace(/[\s-]/g, '');
  if (digits === '') return null;
  if (!/^[0-9]{13}$/.test(digits)) throw new AppError('BIN_INVALID', { field: 'bin' });
  return digits;
}

function normalizeVatRate(value: number | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-9) {
    throw new AppError('VALIDATION_FAILED', { field: 'vatRate', reason: 'two decimals at most' });
  }
  return value.toFixed(2);
}

/** Rules on the whole shop as it will be stored (after a create, or a patch merged in). */
async function assertValidShop(db: Executor, shop: NewShopRow, placeChanged: boolean) {
  assertInsideBangladesh(shop.lat, shop.lng);
  if (shop.type === 'pharmacy' && !shop.drug_licence) throw new AppError('DRUG_LICENCE_REQUIRED');
  assertValidOpeningHours(shop.opening_hours);
  assertValidDeliveryRadius(shop.delivery_radius_m);
  if (shop.vat_registered && !shop.bin) throw new AppError('VAT_NEEDS_BIN');
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
    bin: normalizeBin(input.bin),
    vat_registered: input.vatRegistered ?? false,
    vat_rate: normalizeVatRate(input.vatRate),
  };
  await assertValidShop(db, values, true);
  return toShop(await insertWithSlug(db, values));
}

/** Unapproved shops of someone else answer as "not found", so their ids cannot be probed. */
export async function getShop(db: Executor, user: AuthUser | null, id: string) {
  const row = await repo.findShop(db, id);
  if (!row || !canViewShop(user, row)) throw new AppError('SHOP_NOT_FOUND', { id });
  return shopFor(user, row);
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
    if (input.bin !== undefined) patch.bin = normalizeBin(input.bin);
    if (input.vatRegistered !== undefined) patch.vat_registered = input.vatRegistered;
    if (input.vatRate !== undefined) patch.vat_rate = normalizeVatRate(input.vatRate);
    await assertValidShop(tx, { ...row, ...patch }, input.placeId !== undefined);
    // A seller who fixes a rejected shop sends it back to the admin queue.
    const resubmit = row.status === 'rejected' && row.owner_id === user.id;
    // A seller who changes what an admin approved (names, type, licences, location) sends it back
    // to review: pending, its products hidden, in the admin queue like a new shop.
    const bySeller = user.role !== 'admin' && row.owner_id === user.id;
    const reviewFields = bySeller && row.status === 'approved' ? reviewedChanges(row, patch) : [];
    const backToReview = reviewFields.length > 0;
    const updated = await repo.updateShop(tx, id, {
      ...patch,
      ...(resubmit || backToReview ? { status: 'pending' as const } : {}),
    });
    if (backToReview) {
      await emitEvent(tx, SHOP_REVIEW_REQUIRED, {
        shopId: id,
        ownerId: row.owner_id,
        fields: reviewFields,
      });
      await audit(tx, {
        ...(by ?? { actorId: user.id, actorRole: user.role }),
        action: 'shop.sent_for_review',
        targetType: 'shop',
        targetId: id,
        details: {
          fields: reviewFields,
          before: {
            nameBn: row.name_bn,
            nameEn: row.name_en,
            type: row.type,
            tradeLicence: row.trade_licence,
            drugLicence: row.drug_licence,
            address: row.address,
            placeId: row.place_id,
            lat: row.lat,
            lng: row.lng,
          },
        },
      });
    }
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
    ...shopFor(null, row),
    distanceM: Math.round(distance_m),
  }));
}

export async function adminList(
  db: Executor,
  query: { status?: ShopStatus; q?: string; limit: number; cursor?: string },
) {
  const afterId = idCursor.decode(query.cursor)?.[0];
  const q = query.q ? normalizeText(query.q) : '';
  const rows = await repo.adminList(db, {
    status: query.status,
    ...(q ? { q } : {}),
    limit: query.limit,
    afterId,
  });
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
    // A suspended shop comes back through reinstate, which the seller hears about as such.
    if (row.status === 'approved' || row.status === 'suspended') {
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

/**
 * Takes an approved shop off the marketplace: search, nearby, its public page and checkout stop
 * showing it (they all read `status = 'approved'`; search documents follow by trigger). The seller
 * still signs in, sees the reason in the seller console, and is told by SMS, email and in the app.
 */
export async function suspendShop(db: Db, id: string, reasonInput: string, by: AuditActor) {
  const reason = normalizeText(reasonInput);
  if (!reason) throw new AppError('SUSPENSION_REASON_REQUIRED');
  return db.transaction().execute(async (tx) => {
    const row = await repo.findShopForUpdate(tx, id);
    if (!row) throw new AppError('SHOP_NOT_FOUND', { id });
    if (row.status !== 'approved') {
      throw new AppError('SHOP_STATUS_CONFLICT', { status: row.status });
    }
    const updated = await repo.updateShop(tx, id, {
      status: 'suspended',
      suspension_reason: reason,
      suspended_at: new Date(),
    });
    await emitEvent(tx, SHOP_SUSPENDED, { shopId: id, ownerId: row.owner_id, reason });
    await audit(tx, {
      ...by,
      action: 'shop.suspended',
      targetType: 'shop',
      targetId: id,
      details: { reason },
    });
    return toShop(updated);
  });
}

/** Puts a suspended shop back on the marketplace; the seller is told. */
export async function reinstateShop(db: Db, id: string, by: AuditActor) {
  return db.transaction().execute(async (tx) => {
    const row = await repo.findShopForUpdate(tx, id);
    if (!row) throw new AppError('SHOP_NOT_FOUND', { id });
    if (row.status !== 'suspended') {
      throw new AppError('SHOP_STATUS_CONFLICT', { status: row.status });
    }
    const updated = await repo.updateShop(tx, id, {
      status: 'approved',
      suspension_reason: null,
      suspended_at: null,
    });
    await emitEvent(tx, SHOP_REINSTATED, { shopId: id, ownerId: row.owner_id });
    await audit(tx, {
      ...by,
      action: 'shop.reinstated',
      targetType: 'shop',
      targetId: id,
      details: { reason: row.suspension_reason },
    });
    return toShop(updated);
  });
}
