import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { shopStatuses, shopTypes } from './shops.tables.ts';

const openingHoursSchema = z
  .array(
    z.object({
      day: z.number().int().min(0).max(6).describe('0 = Sunday'),
      open: z.string().describe('HH:MM, Asia/Dhaka'),
      close: z.string().describe('HH:MM, after open'),
    }),
  )
  .max(21);

const shopFields = {
  nameBn: z.string().min(1).max(120),
  nameEn: z.string().min(1).max(120),
  type: z.enum(shopTypes),
  phone: z.string().min(1).max(40),
  address: z.string().min(1).max(300),
  placeId: z.number().int().positive().nullable(),
  lat: z.number(),
  lng: z.number(),
  openingHours: openingHoursSchema,
  deliveryRadiusM: z.number().int().describe('metres, 100–50000; default 3000'),
  tradeLicence: z.string().max(60).nullable(),
  drugLicence: z.string().max(60).nullable(),
  bin: z
    .string()
    .max(40)
    .nullable()
    .describe(
      "Business Identification Number: 13 digits (NBR's BIN); spaces, dashes and Bengali digits accepted",
    ),
  vatRegistered: z.boolean().describe('VAT-registered: the BIN and VAT rate appear on receipts'),
  vatRate: z.number().min(0).max(100).nullable().describe('VAT rate in percent, e.g. 15 or 7.5'),
};

// strict: unknown keys (status, ownerId, approvedAt …) are refused, never silently written.
export const createShopBody = z
  .object({
    nameBn: shopFields.nameBn,
    nameEn: shopFields.nameEn,
    type: shopFields.type,
    phone: shopFields.phone,
    address: shopFields.address,
    lat: shopFields.lat,
    lng: shopFields.lng,
    placeId: shopFields.placeId.optional(),
    openingHours: shopFields.openingHours.optional(),
    deliveryRadiusM: shopFields.deliveryRadiusM.optional(),
    tradeLicence: shopFields.tradeLicence.optional(),
    drugLicence: shopFields.drugLicence.optional(),
    bin: shopFields.bin.optional(),
    vatRegistered: shopFields.vatRegistered.optional(),
    vatRate: shopFields.vatRate.optional(),
  })
  .strict();
export type CreateShopInput = z.infer<typeof createShopBody>;

export const updateShopBody = createShopBody.partial().strict();
export type UpdateShopInput = z.infer<typeof updateShopBody>;

export const shopIdParams = z.object({ id: z.uuid() });

export const nearbyQuery = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
  radius: z.coerce.number().int().min(1).max(50_000).default(1000),
});

export const adminListQuery = z.object({
  status: z.enum(shopStatuses).optional(),
  q: z.string().max(100).optional().describe('A piece of the name (bn/en), phone or slug'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorParam,
});

export const rejectBody = z.object({ reason: z.string().max(500) }).strict();
export const suspendBody = z.object({ reason: z.string().max(500) }).strict();

export const shopSchema = z
  .object({
    id: z.string(),
    ownerId: z.string().optional().describe('The owner and admins only; absent in public answers'),
    nameBn: z.string(),
    nameEn: z.string(),
    slug: z.string(),
    type: z.enum(shopTypes),
    phone: z.string(),
    address: z.string(),
    placeId: z.number().nullable(),
    lat: z.number(),
    lng: z.number(),
    openingHours: openingHoursSchema,
    deliveryRadiusM: z.number(),
    tradeLicence: z.string().nullable(),
    drugLicence: z.string().nullable(),
    bin: z.string().nullable().describe('13 digits, or null'),
    vatRegistered: z.boolean(),
    vatRate: z.number().nullable(),
    status: z.enum(shopStatuses),
    rejectionReason: z.string().nullable(),
    suspensionReason: z
      .string()
      .nullable()
      .describe('Why an admin suspended the shop (set while suspended)'),
    suspendedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe('Shop');

export const nearbyShopSchema = shopSchema.extend({ distanceM: z.number() });

export const adminShopSchema = shopSchema.extend({
  owner: z.object({
    id: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
});
