import { z } from 'zod';
import { festivalKeys, festivalKinds, festivalThemes } from './festivals.catalog.ts';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
      new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: 'not a calendar date',
    },
  );

export const festivalQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  upcoming: z.coerce
    .number()
    .int()
    .min(0)
    .max(366)
    .optional()
    .describe('festivals under way or starting within this many days (Asia/Dhaka)'),
});

const iftar = z.object({
  date: z.string(),
  time: z.string().describe("approximate iftar (Dhaka sunset), 'HH:MM' Asia/Dhaka"),
  at: z.string(),
});

export const festivalSchema = z.object({
  key: z.enum(festivalKeys),
  year: z.number().int(),
  nameBn: z.string(),
  nameEn: z.string(),
  kind: z.enum(festivalKinds),
  theme: z.enum(festivalThemes),
  moonDependent: z.boolean(),
  estimated: z.boolean().describe('the dates are a rule or an estimate, not yet announced'),
  campaign: z.boolean().describe('sellers are offered a campaign for it'),
  source: z.enum(['calendar', 'admin']),
  note: z.string().nullable(),
  startsOn: z.string(),
  mainDay: z.string(),
  endsOn: z.string(),
  daysUntil: z.number().int(),
});

export const festivalList = z.object({
  today: z.string(),
  items: z.array(festivalSchema),
  theme: z
    .object({
      key: z.enum(festivalKeys),
      year: z.number().int(),
      theme: z.enum(festivalThemes),
      nameBn: z.string(),
      nameEn: z.string(),
      mainDay: z.string(),
    })
    .nullable()
    .describe('the festival the storefront dresses for today, if any'),
  iftar: iftar.nullable().describe("today's approximate iftar time during Ramadan"),
});

export const festivalParams = z.object({
  key: z.string().regex(/^[a-z_]{1,40}$/),
  year: z.coerce.number().int().min(2000).max(2100),
});

export const festivalDatesBody = z.object({
  startsOn: isoDate,
  mainDay: isoDate,
  endsOn: isoDate,
  note: z.string().trim().max(500).nullish(),
});

export const iftarQuery = z.object({ date: isoDate });
export const iftarSchema = iftar;

const category = z.object({
  categoryId: z.string(),
  nameBn: z.string(),
  nameEn: z.string(),
  salesPoisha: z.number().int(),
  units: z.number().int(),
});

const couponSpec = z.object({
  code: z.string(),
  kind: z.literal('percent'),
  value: z.number().int().describe('basis points (1500 = 15 %), as the coupons API takes'),
  minBag: z.number().int().describe('poisha'),
  maxDiscount: z.number().int().describe('poisha'),
  startsAt: z.string(),
  endsAt: z.string(),
});

export const campaignList = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      festival: festivalSchema.pick({
        key: true,
        year: true,
        nameBn: true,
        nameEn: true,
        startsOn: true,
        mainDay: true,
        endsOn: true,
        theme: true,
      }),
      basedOn: z
        .object({ year: z.number().int(), from: z.string(), to: z.string() })
        .nullable()
        .describe('the days before the last occurrence whose sales chose the categories'),
      topCategories: z.array(category),
      coupon: couponSpec.describe('a coupon to create with POST /shops/{id}/coupons'),
      banner: z.object({ bn: z.string(), en: z.string() }),
      iftarOffer: z
        .object({
          minutesBefore: z.number().int(),
          minutesAfter: z.number().int(),
          firstDayIftar: z.string(),
          text: z.object({ bn: z.string(), en: z.string() }),
          coupon: couponSpec
            .extend({ timeWindow: z.literal('iftar') })
            .describe(
              'an iftar-time coupon through Ramadan to create with POST /shops/{id}/coupons as it is',
            ),
        })
        .nullable()
        .describe('restaurants in Ramadan: an offer around iftar each day'),
    }),
  ),
});

export const campaignQuery = z.object({
  days: z.coerce.number().int().min(1).max(366).default(60),
});
