import { z } from 'zod';
import { prescriptionFileTypes, reviewDecisions } from './prescriptions.tables.ts';

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
