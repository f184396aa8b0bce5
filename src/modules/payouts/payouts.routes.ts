import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { auditActor } from '../../platform/http/audit-actor.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { paymentGateway } from '../orders/index.ts';
import { beftnCsv } from './beftn.ts';
import { getMethod, putMethod } from './methods.service.ts';
import {
  idParams,
  payablesAnswer,
  payoutMethodAnswer,
  payoutMethodBody,
  reconciliationAnswer,
  reconciliationQuery,
  runBody,
  runDetail,
  runsPage,
  runsQuery,
  settleBody,
  shopPayoutsAnswer,
  shopPayoutsQuery,
} from './payouts.schema.ts';
import { payables, shopPayouts } from './payouts.service.ts';
import { reconcile, uploadReport } from './reconciliation.ts';
import { getRun, listRuns } from './runs.read.ts';
import { settleBankPayout, startRun } from './runs.service.ts';
import { sendDownload } from '../../platform/http/download.ts';

const tags = ['payouts'];
const adminTags = [...tags, 'admin'];

export function payoutRoutes(app: HttpApp, ctx: AppContext) {
  const gateway = paymentGateway(ctx);

  app.get(
    '/shops/:id/payouts',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: "The shop's payouts, what it may be paid now, what is pending, the next run",
        params: idParams,
        querystring: shopPayoutsQuery,
        response: { 200: shopPayoutsAnswer, ...errorResponses },
      },
    },
    async (request) =>
      shopPayouts(ctx.db, ctx.config, currentUser(request), request.params.id, request.query),
  );
  app.get(
    '/shops/:id/payout-method',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: 'Where the shop is paid: a bKash wallet or a bank account',
        params: idParams,
        response: { 200: payoutMethodAnswer, ...errorResponses },
      },
    },
    async (request) => getMethod(ctx.db, currentUser(request), request.params.id),
  );
  app.put(
    '/shops/:id/payout-method',
    {
      config: { auth: ['seller'] },
      schema: {
        tags,
        summary: "Set the shop's payout method (its owner only; audited)",
        params: idParams,
        body: payoutMethodBody,
        response: { 200: payoutMethodAnswer, ...errorResponses },
      },
    },
    async (request) =>
      putMethod(ctx.db, currentUser(request), auditActor(request), request.params.id, request.body),
  );

  app.post(
    '/admin/payout-runs',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Start a payout run (the same key again: the same run, never a second payment)',
        body: runBody,
        response: { 201: runDetail, 200: runDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const run = await startRun(ctx, gateway, auditActor(request), {
        ...request.body,
        trigger: 'manual',
      });
      return reply.status(run.replayed ? 200 : 201).send(run);
    },
  );
  app.get(
    '/admin/payout-runs',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'Payout runs, newest first',
        querystring: runsQuery,
        response: { 200: runsPage, ...errorResponses },
      },
    },
    async (request) => listRuns(ctx.db, request.query),
  );
  app.get(
    '/admin/payout-runs/:id',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'A payout run and its payouts',
        params: idParams,
        response: { 200: runDetail, ...errorResponses },
      },
    },
    async (request) => getRun(ctx.db, request.params.id),
  );
  app.get(
    '/admin/payout-runs/:id/beftn.csv',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: "The run's bank transfers as a BEFTN-style CSV file",
        params: idParams,
      },
    },
    async (request, reply) => {
      const csv = await beftnCsv(ctx.db, request.params.id);
      return sendDownload(reply, {
        type: 'text/csv; charset=utf-8',
        filename: `haat-beftn-${request.params.id.slice(0, 8)}.csv`,
        body: csv,
      });
    },
  );
  app.post(
    '/admin/payouts/:id/settlement',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: "A bank transfer's outcome: paid, or failed (the amount is credited back)",
        params: idParams,
        body: settleBody,
        response: { 200: runDetail, ...errorResponses },
      },
    },
    async (request) =>
      settleBankPayout(ctx.db, auditActor(request), request.params.id, request.body),
  );
  app.get(
    '/admin/payables',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: 'What each shop may be paid now and what is pending; commission earned',
        querystring: z.object({ shopId: z.uuid().optional().describe('one shop only') }),
        response: { 200: payablesAnswer, ...errorResponses },
      },
    },
    async (request) => payables(ctx.db, request.query),
  );
  app.get(
    '/admin/reconciliation',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: "The ledger's clearing account against the provider's settlement report",
        querystring: reconciliationQuery,
        response: { 200: reconciliationAnswer, ...errorResponses },
      },
    },
    async (request) =>
      reconcile(ctx.db, gateway, request.query, ctx.config.PAYMENT_PROVIDER_TIMEOUT_MS),
  );
  app.post(
    '/admin/reconciliation/reports',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: adminTags,
        summary: "Upload a provider's settlement report (CSV from its merchant portal)",
        body: z.strictObject({
          provider: z.enum(['bkash', 'nagad', 'sslcommerz']),
          csv: z.string().min(1).max(5_000_000),
          fileName: z.string().max(200).optional(),
        }),
        response: {
          201: z.object({
            id: z.uuid(),
            provider: z.string(),
            lines: z.number().int(),
            createdAt: z.string(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await uploadReport(ctx.db, currentUser(request).id, request.body)),
  );
}
