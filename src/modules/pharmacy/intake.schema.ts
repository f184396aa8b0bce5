import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { normalizeText } from '../../platform/text.ts';
import { intakeLineStatuses, intakeSources } from './intake.tables.ts';
import { MAX_INTAKE_TEXT } from './intake.parse.ts';
import { medicineUnits } from './linked-product.ts';

const poisha = z.number().int().min(0).max(1_000_000_000_00);

export const shopParams = z.object({ id: z.uuid() });
export const intakeParams = z.object({ id: z.uuid(), intakeId: z.uuid() });
export const lineParams = intakeParams.extend({ lineId: z.uuid() });

export const intakeTextBody = z
  .object({
    text: z
      .string()
      .max(MAX_INTAKE_TEXT)
      .describe('The list: one medicine a line, or cells pasted from a spreadsheet'),
  })
  .strict();

export const acceptBody = z
  .object({
    medicineId: z
      .uuid()
      .describe('The master entry (a candidate, or one found by searching again)'),
    price: poisha
      .nullable()
      .optional()
      .describe('Poisha per unit; omitted or null: the MRP. Capped at the MRP'),
    stock: z.number().int().min(0).max(1_000_000),
    unit: z.enum(medicineUnits),
    unitsPerSale: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .nullable()
      .optional()
      .describe('Tablets in a strip or pack (default strip: 10)'),
  })
  .strict();

export const searchBody = z
  .object({
    query: z
      .string()
      .transform((v) => normalizeText(v))
      .pipe(z.string().min(1).max(300)),
  })
  .strict();

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: cursorParam,
});

export const candidateSchema = z.object({
  medicineId: z.string(),
  brand: z.string(),
  generic: z.string(),
  strength: z.string(),
  form: z.string(),
  manufacturer: z.string(),
  confidence: z.number(),
  reasons: z.array(z.string()),
  prescriptionRequired: z.boolean(),
  unit: z.enum(medicineUnits).describe('The unit the line is sold in (prefilled)'),
  mrp: z.number().nullable().describe('MRP in poisha of one such unit, when known'),
  price: z
    .number()
    .nullable()
    .describe('Prefilled price: the list’s price capped at the MRP, or the MRP'),
});

export const lineResultSchema = z.object({
  created: z.boolean().describe('false: stock was added to the product the shop already had'),
  unit: z.string(),
  price: z.number(),
  mrp: z.number().nullable(),
  priceCapped: z.boolean(),
  stockAdded: z.number(),
});

export const intakeLineSchema = z.object({
  id: z.string(),
  position: z.number(),
  line: z.string(),
  quantity: z.number().nullable(),
  price: z.number().nullable().describe('The price the list gave, poisha'),
  matchStatus: z.enum(['auto', 'review', 'none']),
  status: z.enum(intakeLineStatuses),
  candidates: z.array(candidateSchema),
  stock: z.number().describe('Prefilled stock: the quantity the line gave, or 0'),
  medicineId: z.string().nullable(),
  productId: z.string().nullable(),
  result: lineResultSchema.nullable(),
});

const summarySchema = z.object({
  lines: z.number(),
  added: z.number(),
  pending: z.number(),
  skipped: z.number(),
});

export const intakeSchema = z.object({
  id: z.string(),
  shopId: z.string(),
  source: z.enum(intakeSources),
  createdAt: z.string(),
  summary: summarySchema,
  lines: z.array(intakeLineSchema),
});
export type IntakeDto = z.infer<typeof intakeSchema>;
export type IntakeLineDto = z.infer<typeof intakeLineSchema>;

export const intakeListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      source: z.enum(intakeSources),
      createdAt: z.string(),
      summary: summarySchema,
    }),
  ),
  nextCursor: z.string().nullable(),
});
