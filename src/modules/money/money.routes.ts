import type { AppContext } from '../../platform/context.ts';
import { auditActor } from '../../platform/http/audit-actor.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import {
  adjustmentBody,
  adjustmentSchema,
  balanceSchema,
  idParams,
  ledgerPage,
  ledgerQuery,
  rulesBody,
  rulesSchema,
} from './money.schema.ts';
import * as money from './money.service.ts';

const tags = ['money'];
const adminTags = [...tags, 'admin'];

export function moneyRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/admin/commission-rules',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Commission rules: platform default, per shop type, per category, per shop',
        response: { 200: rulesSchema, ...errorResponses },
      },
    },
    async () => money.getRules(ctx.db),
  );
  app.put(
    '/admin/commission-rules',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Replace the commission rule set (audited); orders already placed keep their rate',
        body: rulesBody,
        response: { 200: rulesSchema, ...errorResponses },
      },
    },
    async (request) => money.putRules(ctx.db, auditActor(request), request.body),
  );
  app.post(
    '/admin/shops/:id/ledger/adjustments',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: "A manual adjustment of a shop's balance, with a reason (audited)",
        params: idParams,
        body: adjustmentBody,
        response: { 201: adjustmentSchema, 200: adjustmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await money.adjust(
        ctx.db,
        currentUser(request),
        auditActor(request),
        request.params.id,
        request.body,
      );
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );
  app.get(
    '/shops/:id/ledger',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: "The shop's ledger entries, newest first (?from=&to=)",
        params: idParams,
        querystring: ledgerQuery,
        response: { 200: ledgerPage, ...errorResponses },
      },
    },
    async (request) =>
      money.shopLedger(ctx.db, currentUser(request), request.params.id, request.query),
  );
  app.get(
    '/shops/:id/balance',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: 'What the platform owes the shop and what the shop owes the platform',
        params: idParams,
        response: { 200: balanceSchema, ...errorResponses },
      },
    },
    async (request) => money.shopBalance(ctx.db, currentUser(request), request.params.id),
  );
}
