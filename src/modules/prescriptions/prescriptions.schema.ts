import { z } from 'zod';
import { cursorParam } from '../../platform/http/cursor.ts';
import { prescriptionFileTypes, requestStatuses, reviewDecisions } from './prescriptions.tables.ts';

export const orderParams = z.object({ id: z.uuid() });
export const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
export const shopParams = z.object({ id: z.uuid() });

const text = (max: number) => z.string().trim().min(1).max(max);

export const pharmacistBody = z.strictObject({
  name: text(120).describe("the registered pharmacist's name"),
  registrationNo: text(60).describe('their registration number (Pharmacy Council of Bangladesh)'),
});
export const pharmacistSchema = z.object({
  shopId: z.string(),
  pharmacist: z
    .object({ name: z.string(), registrationNo: z.string(), updatedAt: z.string() })
    .nullable()
    .describe('null: the pharmacy has not named one (it cannot review prescriptions)'),
});

export const reviewBody = z.strictObject({
  decision: z.enum(reviewDecisions),
  reason: z.string().trim().max(500).nullish().describe('required to reject: the customer sees it'),
});

export const prescriptionSchema = z.object({
  orderId: z.string(),
  status: z
    .enum(['required', 'submitted', 'approved', 'rejected'])
    .nullable()
    .describe('null: the order needs no prescription'),
  files: z.array(
    z.object({
      id: z.string(),
      contentType: z.enum(prescriptionFileTypes),
      sizeBytes: z.number(),
      createdAt: z.string(),
      url: z.string().describe('read it with the same sign-in; never public'),
    }),
  ),
  review: z
    .object({
      decision: z.enum(reviewDecisions),
      reason: z.string().nullable(),
      pharmacistName: z.string(),
      pharmacistRegistrationNo: z.string(),
      at: z.string(),
    })
    .nullable(),
  pharmacist: z
    .object({ name: z.string(), registrationNo: z.string() })
    .nullable()
    .describe("the shop's registered pharmacist"),
});

// ---- "send your prescription" ------------------------------------------------------------

export const requestParams = z.object({ id: z.uuid() });
export const requestFileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
export const requestListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorParam,
  status: z.enum(requestStatuses).optional(),
});
const requestSummary = z.object({
  id: z.string(),
  shopId: z.string(),
  shopName: z.string(),
  status: z.enum(requestStatuses),
  note: z.string().nullable(),
  orderId: z.string().nullable().describe('the order that carried this prescription, once placed'),
  createdAt: z.string(),
});
export const requestPage = z.object({
  items: z.array(requestSummary),
  nextCursor: z.string().nullable(),
});
export const requestSchema = requestSummary.extend({
  pharmacistNote: z.string().nullable(),
  files: z.array(
    z.object({
      id: z.string(),
      contentType: z.enum(prescriptionFileTypes),
      sizeBytes: z.number(),
      createdAt: z.string(),
      url: z.string(),
    }),
  ),
  items: z.array(
    z.object({
      variantId: z.string(),
      productId: z.string(),
      name: z.string(),
      variantLabel: z.string().nullable(),
      unitPrice: z.number(),
      quantity: z.number(),
      lineTotal: z.number(),
      prescriptionRequired: z.boolean(),
    }),
  ),
});
export const proposalBody = z.strictObject({
  items: z
    .array(z.strictObject({ variantId: z.uuid(), quantity: z.number().int().min(1).max(100) }))
    .min(1)
    .max(50),
  note: z.string().trim().max(500).nullish(),
});

// ---- refill reminders ----------------------------------------------------------------------

export const refillParams = z.object({
  id: z.uuid(),
  itemId: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).describe('the order line'),
});
export const refillBody = z.strictObject({
  daysPerPack: z
    .number()
    .int()
    .min(1)
    .max(365)
    .optional()
    .describe('days one pack lasts; omitted: the prefilled default (defaultDaysPerPack)'),
});
export const refillLineSchema = z.object({
  orderId: z.string(),
  itemId: z.number(),
  productId: z.string(),
  name: z.string(),
  quantity: z.number(),
  eligible: z.boolean().describe('a delivered line of a medicine: a reminder can be set'),
  defaultDaysPerPack: z.number().describe('one tablet a day: the units in a pack, else 30'),
  active: z.boolean(),
  daysPerPack: z.number().nullable(),
  remindAt: z.string().nullable().describe('two days before the packs run out'),
  sentAt: z.string().nullable(),
});
export const refillListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorParam,
});
export const refillPage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      orderId: z.string(),
      itemId: z.number(),
      productId: z.string(),
      name: z.string(),
      quantity: z.number(),
      daysPerPack: z.number(),
      remindAt: z.string(),
      sentAt: z.string().nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
