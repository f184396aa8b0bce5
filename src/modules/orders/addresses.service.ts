import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { normalizeBdPhone } from '../../platform/phone.ts';
import { normalizeText } from '../../platform/text.ts';
import type { AddressSnapshot } from './orders.tables.ts';

export type AddressInput = {
  label: string;
  recipientName: string;
  phone: string;
  addressLine: string;
  landmark?: string | null;
  placeId?: number | null;
  lat: number;
  lng: number;
};

export function presentAddress(a: AddressesTableRow) {
  return {
    id: a.id,
    label: a.label,
    recipientName: a.recipient_name,
    phone: a.phone,
    addressLine: a.address_line,
    landmark: a.landmark,
    placeId: a.place_id,
    lat: a.lat,
    lng: a.lng,
    createdAt: a.created_at.toISOString(),
  };
}
type AddressesTableRow = {
  id: string;
  label: string;
  recipient_name: string;
  phone: string;
  address_line: string;
  landmark: string | null;
  place_id: number | null;
  lat: number;
  lng: number;
  created_at: Date;
};

async function clean(db: Executor, input: AddressInput) {
  const phone = normalizeBdPhone(input.phone);
  if (!phone) throw new AppError('PHONE_INVALID');
  if (input.placeId != null) {
    const place = await db
      .selectFrom('places')
      .select('id')
      .where('id', '=', input.placeId)
      .executeTakeFirst();
    if (!place) throw new AppError('PLACE_UNKNOWN');
  }
  const landmark = input.landmark ? normalizeText(input.landmark) : null;
  return {
    label: normalizeText(input.label),
    recipient_name: normalizeText(input.recipientName),
    phone,
    address_line: normalizeText(input.addressLine),
    landmark: landmark || null,
    place_id: input.placeId ?? null,
    lat: input.lat,
    lng: input.lng,
  };
}

export async function listAddresses(db: Executor, customerId: string) {
  const rows = await db
    .selectFrom('addresses')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('created_at')
    .execute();
  return rows.map(presentAddress);
}

/** The address row if the customer owns it; anyone else's address is simply not found. */
export async function ownAddress(db: Executor, customerId: string, id: string) {
  const row = await db
    .selectFrom('addresses')
    .selectAll()
    .where('id', '=', id)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (!row) throw new AppError('ADDRESS_NOT_FOUND');
  return row;
}

export async function createAddress(db: Executor, customerId: string, input: AddressInput) {
  const { n } = await db
    .selectFrom('addresses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('customer_id', '=', customerId)
    .executeTakeFirstOrThrow();
  if (Number(n) >= 20) throw new AppError('VALIDATION_FAILED', { reason: 'at most 20 addresses' });
  const row = await db
    .insertInto('addresses')
    .values({ customer_id: customerId, ...(await clean(db, input)) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return presentAddress(row);
}

export async function updateAddress(
  db: Executor,
  customerId: string,
  id: string,
  input: AddressInput,
) {
  await ownAddress(db, customerId, id);
  const row = await db
    .updateTable('addresses')
    .set({ ...(await clean(db, input)), updated_at: sql`now()` })
    .where('id', '=', id)
    .where('customer_id', '=', customerId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return presentAddress(row);
}

export async function deleteAddress(db: Executor, customerId: string, id: string) {
  await ownAddress(db, customerId, id);
  await db
    .deleteFrom('addresses')
    .where('id', '=', id)
    .where('customer_id', '=', customerId)
    .execute();
}

export function snapshot(row: AddressesTableRow): AddressSnapshot {
  return {
    label: row.label,
    recipientName: row.recipient_name,
    phone: row.phone,
    addressLine: row.address_line,
    landmark: row.landmark,
    placeId: row.place_id,
    lat: row.lat,
    lng: row.lng,
  };
}
