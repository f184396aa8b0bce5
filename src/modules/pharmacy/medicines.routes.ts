import type { AppContext } from '../../platform/context.ts';
import { auditActor } from '../../platform/http/audit-actor.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  alternativesQuery,
  medicineClassBody,
  medicineDetailSchema,
  medicineListQuery,
  medicineListSchema,
  medicineParams,
  productAlternativesSchema,
} from './medicines.schema.ts';
import {
  alternativesForProduct,
  getMedicine,
  searchMedicines,
  setMedicineClass,
} from './medicines.service.ts';

const tags = ['pharmacy: medicines'];

export function medicineRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/medicines',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Search the medicine master catalog by brand or generic (Latin or Bengali script)',
        querystring: medicineListQuery,
        response: { 200: medicineListSchema, ...errorResponses },
      },
    },
    async (request) => searchMedicines(ctx, request.query),
  );
  app.get(
    '/medicines/:id',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary:
          'One master entry: prescription class, MRP, and other brands of the same generic, strength and form',
        params: medicineParams,
        response: { 200: medicineDetailSchema, ...errorResponses },
      },
    },
    async (request) => getMedicine(ctx.db, request.params.id),
  );
  app.patch(
    '/admin/medicines/:id',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: [...tags, 'admin'],
        summary:
          "Set an entry's prescription class with a reason (kept by later imports; linked products follow)",
        params: medicineParams,
        body: medicineClassBody,
        response: { 200: medicineDetailSchema, ...errorResponses },
      },
    },
    async (request) => setMedicineClass(ctx, request.params.id, request.body, auditActor(request)),
  );
  app.get(
    '/products/:id/alternatives',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary:
          'Other brands of the same medicine (and the same brand in other shops) for sale, nearest or cheapest first',
        params: medicineParams,
        querystring: alternativesQuery,
        response: { 200: productAlternativesSchema, ...errorResponses },
      },
    },
    async (request) => alternativesForProduct(ctx.db, request.params.id, request.query),
  );
}
