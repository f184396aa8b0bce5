import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { normalizeText } from '../../platform/text.ts';
import {
  productKinds,
  productStatuses,
  productUnits,
  stockReasons,
  ledgerReasons,
  type ProductKind,
} from './catalog.tables.ts';

/** User text: NFC-normalized, trimmed, whitespace collapsed; empty after that is refused. */
export const text = (max: number) =>
  z
    .string()
    .transform((v) => normalizeText(v))
    .pipe(z.string().min(1).max(max));
/** Long text (descriptions): NFC and trimmed, but line breaks are kept. */
export const longText = (max: number) =>
  z
    .string()
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().max(max));

export const uuid = z.uuid();
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes')
  .max(80);
export const sku = z
  .string()
  .transform((v) => normalizeText(v))
  .pipe(
    z
      .string()
      .min(1)
      .max(64)
      .regex(/^[\p{L}\p{N}._\-/]+$/u, 'letters, digits and . _ - /'),
  );
/** Money in poisha (1 taka = 100 poisha). */
export const poisha = z.number().int().min(0).max(1_000_000_000_00);

// ---- typed attributes per kind ------------------------------------------------------------

export const medicineAttributes = z.strictObject({
  genericName: text(200),
  strength: text(100).optional(),
  dosageForm: z
    .enum([
      'tablet',
      'capsule',
      'syrup',
      'suspension',
      'injection',
      'cream',
      'ointment',
      'drops',
      'inhaler',
      'powder',
      'gel',
      'suppository',
      'other',
    ])
    .optional(),
  manufacturer: text(200).optional(),
  prescriptionRequired: z.boolean().default(false),
});
export const groceryAttributes = z.strictObject({
  netWeightGrams: z.number().int().positive().optional(),
  netVolumeMl: z.number().int().positive().optional(),
  origin: text(100).optional(),
});
export const electronicsAttributes = z.strictObject({
  brand: text(100).optional(),
  model: text(100).optional(),
  warrantyMonths: z.number().int().min(0).max(120).optional(),
});
export const foodAttributes = z.strictObject({
  preparationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
  vegetarian: z.boolean().optional(),
  spicy: z.boolean().optional(),
});
export const generalAttributes = z.strictObject({});

/** The kind decides which attributes are allowed; validated as one discriminated union. */
export const kindWithAttributes = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('medicine'), attributes: medicineAttributes }),
  z.object({ kind: z.literal('grocery'), attributes: groceryAttributes }),
  z.object({ kind: z.literal('electronics'), attributes: electronicsAttributes }),
  z.object({ kind: z.literal('food'), attributes: foodAttributes }),
  z.object({ kind: z.literal('general'), attributes: generalAttributes }),
]);
export type KindWithAttributes = z.infer<typeof kindWithAttributes>;

export const productKind = z.enum(productKinds);
export const productUnit = z.enum(productUnits);
export const productStatus = z.enum(productStatuses);
export const attributesInput = z
  .record(z.string(), z.unknown())
  .describe(
    'Typed by kind. medicine: genericName, strength, dosageForm, manufacturer, prescriptionRequired; ' +
      'grocery: netWeightGrams, netVolumeMl, origin; electronics: brand, model, warrantyMonths; ' +
      'food: preparationMinutes, vegetarian, spicy; general: none.',
  );

export function isProductKind(value: string): value is ProductKind {
  return (productKinds as readonly string[]).includes(value);
}

// ---- categories ---------------------------------------------------------------------------

export const categoryCreateBody = z.object({
  parentId: uuid.nullable().optional(),
  slug,
  nameBn: text(120),
  nameEn: text(120),
  icon: text(64).nullable().optional(),
  sortOrder: z.number().int().min(-10000).max(10000).optional(),
});
export const categoryUpdateBody = categoryCreateBody.partial();

export const categorySchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  slug: z.string(),
  nameBn: z.string(),
  nameEn: z.string(),
  icon: z.string().nullable(),
  sortOrder: z.number(),
});
export type CategoryDto = z.infer<typeof categorySchema>;
export type CategoryNode = CategoryDto & { children: CategoryNode[] };
// Recursive, so it must be a named component: otherwise the OpenAPI document points at a
// `#/components/schemas/schema0` that it never defines.
export const categoryNodeSchema: z.ZodType<CategoryNode> = categorySchema
  .extend({
    get children() {
      return z.array(categoryNodeSchema);
    },
  })
  .meta({ id: 'CategoryNode' });
export const categoryDetailSchema = categorySchema.extend({
  ancestors: z.array(categorySchema).describe('From the root down to the parent'),
  children: z.array(categorySchema),
});

// ---- products -----------------------------------------------------------------------------

export const variantInput = z.object({
  sku,
  label: text(60).nullable().optional(),
  price: poisha.describe('Price in poisha'),
  compareAtPrice: poisha.nullable().optional().describe('Crossed-out price in poisha'),
  lowStockThreshold: z.number().int().min(0).max(1_000_000).optional(),
  initialStock: z
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .optional()
    .describe('Recorded in the stock ledger as a restock'),
});
export const variantUpdateBody = variantInput.omit({ initialStock: true }).partial();

export const productCreateBody = z.object({
  shopId: uuid,
  sku,
  nameBn: text(200).nullable().optional(),
  nameEn: text(200).nullable().optional(),
  descriptionBn: longText(5000).nullable().optional(),
  descriptionEn: longText(5000).nullable().optional(),
  categoryId: uuid.nullable().optional(),
  status: z.enum(['draft', 'active']).default('draft'),
  unit: productUnit,
  kind: productKind,
  attributes: attributesInput.default({}),
  variants: z.array(variantInput).min(1).max(50),
});
export const productUpdateBody = productCreateBody
  .omit({ shopId: true, variants: true, status: true })
  .extend({ status: productStatus })
  .partial();
/**
 * The product editor's save: the product's fields and its whole variant list in one request and one
 * transaction. A variant with `id` is updated, one without is added, and a variant left out is removed.
 */
export const productSaveBody = productCreateBody
  .omit({ shopId: true, variants: true, status: true })
  .extend({
    status: productStatus,
    variants: z
      .array(variantInput.extend({ id: uuid.optional().describe('An existing variant to update') }))
      .min(1)
      .max(50),
  });

/** What the public sees of stock (docs/catalog.md): few_left means 1 to FEW_LEFT_MAX units. */
export const availability = z
  .enum(['in_stock', 'few_left', 'out_of_stock'])
  .describe('in_stock: more than 5 on hand; few_left: 1 to 5; out_of_stock: none');
export type Availability = z.infer<typeof availability>;
export const variantSchema = z.object({
  id: z.string(),
  sku: z.string(),
  label: z.string().nullable(),
  price: z.number(),
  compareAtPrice: z.number().nullable(),
  availability,
  onHand: z.number().optional().describe('Exact stock: the owning seller and admins only'),
  lowStockThreshold: z.number().optional().describe('The owning seller and admins only'),
  lowStock: z.boolean().optional().describe('The owning seller and admins only'),
});
export const imageSchema = z.object({
  id: z.string(),
  position: z.number(),
  status: z.enum(['processing', 'ready', 'failed']),
  width: z.number().nullable(),
  height: z.number().nullable(),
  urls: z
    .object({ large: z.string(), medium: z.string(), thumb: z.string() })
    .nullable()
    .describe('Set once the image is ready'),
});
export const productSchema = z.object({
  id: z.string(),
  shopId: z.string(),
  sku: z.string(),
  nameBn: z.string().nullable(),
  nameEn: z.string().nullable(),
  descriptionBn: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  categoryId: z.string().nullable(),
  status: productStatus,
  hidden: z.boolean().describe('Hidden by an admin: only its shop and admins see it'),
  hiddenReason: z.string().nullable().describe("The admin's reason, shown to the seller"),
  hiddenAt: z.string().nullable(),
  unit: productUnit,
  kind: productKind,
  attributes: z.record(z.string(), z.unknown()),
  variants: z.array(variantSchema),
  images: z.array(imageSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProductDto = z.infer<typeof productSchema>;

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorParam,
  status: productStatus.optional().describe('Owner/admin only; others always see active'),
});
export const productListSchema = z.object({
  items: z.array(productSchema),
  nextCursor: z.string().nullable(),
});

// ---- stock --------------------------------------------------------------------------------

export const stockReason = z.enum(stockReasons);
export const stockAdjustmentBody = z.object({
  delta: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .refine((d) => d !== 0, 'must not be 0'),
  reason: stockReason,
  note: longText(500).nullable().optional(),
});
export const stockMovementSchema = z.object({
  id: z.number(),
  reason: z.enum(ledgerReasons),
  delta: z.number(),
  onHandAfter: z.number(),
  note: z.string().nullable(),
  reference: z.string().nullable(),
  actorUserId: z.string().nullable(),
  createdAt: z.string(),
});
export const stockLedgerSchema = z.object({
  items: z.array(stockMovementSchema),
  nextCursor: z.string().nullable(),
});

// ---- params -------------------------------------------------------------------------------

export const productParams = z.object({ id: uuid });
export const variantParams = z.object({ id: uuid, variantId: uuid });
export const imageParams = z.object({ id: uuid, imageId: uuid });
export const imageFileParams = imageParams.extend({ size: z.enum(['large', 'medium', 'thumb']) });
export const shopParams = z.object({ id: uuid });
export const imageOrderBody = z.object({ imageIds: z.array(uuid).min(1).max(50) });
export const hideBody = z.object({ reason: text(500) }).strict();

// ---- admin --------------------------------------------------------------------------------

export const adminProductQuery = z.object({
  q: z.string().max(100).optional().describe('A piece of the name (bn/en) or SKU'),
  shopId: uuid.optional(),
  hidden: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true: only hidden products; false: only not hidden; unset: all'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorParam,
});
export const adminProductSchema = z.object({
  id: z.string(),
  sku: z.string(),
  nameBn: z.string().nullable(),
  nameEn: z.string().nullable(),
  status: productStatus,
  hidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  hiddenAt: z.string().nullable(),
  minPrice: z.number().nullable().describe('Lowest variant price, poisha'),
  shop: z.object({
    id: z.string(),
    nameBn: z.string(),
    nameEn: z.string(),
    status: z.enum(['pending', 'approved', 'rejected', 'suspended']),
  }),
  createdAt: z.string(),
});
export const adminProductListSchema = z.object({
  items: z.array(adminProductSchema),
  nextCursor: z.string().nullable(),
});
export const categoryReorderBody = z
  .object({
    parentId: uuid.nullable().describe('Whose children these are; null for the top level'),
    ids: z.array(uuid).min(1).max(500).describe('Every child, in the new order'),
  })
  .strict();
