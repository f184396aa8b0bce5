import { z } from 'zod';

export const placeLevelSchema = z.enum(['division', 'district', 'upazila', 'area']);

export const placeSchema = z
  .object({
    id: z.number().int(),
    level: placeLevelSchema,
    parentId: z.number().int().nullable(),
    nameEn: z.string(),
    nameBn: z.string(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
  })
  .describe('Place');

export const placeIdParams = z.object({ id: z.coerce.number().int().positive() });

export const listPlacesQuery = z.object({
  level: placeLevelSchema.optional(),
  parentId: z.coerce.number().int().positive().optional(),
});

export const coordinatesQuery = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
});

export const placeWithAncestorsSchema = placeSchema.extend({ ancestors: z.array(placeSchema) });

export const nearestResponse = z.object({
  place: placeSchema,
  distanceM: z.number(),
  ancestors: z.array(placeSchema),
});

export const searchPlacesQuery = z.object({
  q: z.string().trim().min(1).max(100),
  level: placeLevelSchema.optional(),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});
