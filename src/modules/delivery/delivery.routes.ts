import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { courierZones } from './delivery.charge.ts';
import * as service from './delivery.service.ts';

const money = z.number().int().min(0).max(100_000_00);
const settingsBody = z.object({
  ownDelivery: z.boolean(),
  tiers: z
    .array(z.object({ upToM: z.number().int().min(1).max(50_000), chargePoisha: money }))
    .max(10),
  courier: z.boolean(),
  cod: z.boolean(),
  codChargeBp: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .describe('basis points of the subtotal (100 = 1 %)'),
});
const settingsSchema = settingsBody.extend({ shopId: z.string() });
const rateBody = z.object({ upTo500g: money, upTo1kg: money, upTo2kg: money, perExtraKg: money });
const rateSchema = rateBody.extend({ zone: z.enum(courierZones) });
const shopParams = z.object({ id: z.uuid() });

export function deliveryRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/shops/:id/delivery-settings',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags: ['delivery'],
        summary: "A shop's delivery settings (owner, admin)",
        params: shopParams,
        response: { 200: settingsSchema, ...errorResponses },
      },
    },
    async (request) => service.getSettings(ctx.db, currentUser(request), request.params.id),
  );

  app.put(
    '/shops/:id/delivery-settings',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags: ['delivery'],
        summary:
          'Own delivery with distance tiers (inside the shop radius), courier, COD and its charge',
        params: shopParams,
        body: settingsBody,
        response: { 200: settingsSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.putSettings(ctx.db, currentUser(request), request.params.id, request.body),
  );

  app.get(
    '/delivery-rates',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['delivery'],
        summary: 'Courier rates by route (poisha)',
        response: { 200: z.object({ items: z.array(rateSchema) }), ...errorResponses },
      },
    },
    async () => ({ items: await service.courierRates(ctx.db) }),
  );

  app.put(
    '/admin/delivery-rates/:zone',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['delivery', 'admin'],
        summary: 'Change the courier rates of one route',
        params: z.object({ zone: z.enum(courierZones) }),
        body: rateBody,
        response: { 200: rateSchema, ...errorResponses },
      },
    },
    async (request) => service.putCourierRate(ctx.db, request.params.zone, request.body),
  );
}
