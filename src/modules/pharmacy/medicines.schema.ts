import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { normalizeText } from '../../platform/text.ts';
import { prescriptionClasses } from './pharmacy.tables.ts';

const text = (max: number) =>
  z
    .string()
    .transform((v) => normalizeText(v))
    .pipe(z.string().min(1).max(max));

export const prescriptionClass = z
  .enum(prescriptionClasses)
  .describe(
    'otc: over the counter; rx: needs a prescription; rx_strict: antibiotics, controlled drugs',
  );

/** MRP as the master holds it: `unitPrice` (poisha) is the price of one `priceBasis`. */
export const mrpSchema = z.object({
  priceBasis: z
    .string()
    .nullable()
    .describe('"unit" (one tablet/capsule) or a container, "100 ml bottle"'),
  unitPrice: z.number().int().nullable().describe('poisha'),
  packQty: z.number().int().nullable(),
  packPrice: z.number().int().nullable().describe('poisha, the MRP of a pack of packQty units'),
});

export const medicineSummarySchema = z.object({
  id: z.string(),
  brand: z.string(),
  genericName: z.string(),
  strength: z.string(),
  dosageForm: z.string(),
  manufacturer: z.string(),
  prescriptionClass,
  prescriptionRequired: z.boolean(),
  mrp: mrpSchema,
});
export type MedicineSummary = z.infer<typeof medicineSummarySchema>;

export const medicineDetailSchema = medicineSummarySchema.extend({
  medicineType: z.string(),
  classReason: z.string().nullable(),
  classOverridden: z.boolean(),
  drugClass: z.string().nullable(),
  alternatives: z
    .array(medicineSummarySchema)
    .describe('Other brands with the same generic, strength and form, cheapest first'),
});

export const medicineListQuery = z.object({
  q: z.string().max(100).optional().describe('Brand or generic, Latin or Bengali script'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: cursorParam,
});
export const medicineListSchema = z.object({
  items: z.array(medicineSummarySchema),
  nextCursor: z.string().nullable(),
});
export const medicineParams = z.object({ id: z.uuid() });

export const medicineClassBody = z.strictObject({
  prescriptionClass,
  reason: text(500),
});

/** Rounded to 7 decimals (about 1 cm): a denormal would underflow PostgreSQL's float arithmetic. */
const coordinate = (limit: number) =>
  z.coerce
    .number()
    .min(-limit)
    .max(limit)
    .transform((v) => Math.round(v * 1e7) / 1e7);

export const alternativesQuery = z.object({
  lat: coordinate(90).optional(),
  lng: coordinate(180).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const productAlternativeSchema = z.object({
  productId: z.string(),
  nameBn: z.string().nullable(),
  nameEn: z.string().nullable(),
  medicineId: z.string(),
  brand: z.string(),
  strength: z.string(),
  dosageForm: z.string(),
  manufacturer: z.string(),
  sameBrand: z
    .boolean()
    .describe('The same master entry as the product asked about, in another shop'),
  price: z.number().int().describe('poisha: the lowest price of its variants'),
  unit: z.string(),
  shop: z.object({ id: z.string(), slug: z.string(), nameBn: z.string(), nameEn: z.string() }),
  distanceM: z.number().nullable().describe('From lat/lng when given'),
});
export const productAlternativesSchema = z.object({
  items: z.array(productAlternativeSchema),
});
