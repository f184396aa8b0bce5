import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { requestLocale } from '../../platform/http/error-handler.ts';
import { rateLimit } from '../../platform/http/rate-limit.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import type { Locale } from '../../platform/i18n.ts';
import {
  exportQuery,
  idParams,
  invoiceListSchema,
  invoiceParams,
  invoiceQuery,
  invoicesQuery,
  periodQuery,
  statementSchema,
  summarySchema,
} from './finance.schema.ts';
import * as finance from './finance.service.ts';
import { sendDownload } from '../../platform/http/download.ts';

const tags = ['finance'];
/** Drawing a PDF costs tens of milliseconds of CPU: 30 a minute per user, as for receipts. */
const pdfLimit = () => ({ name: 'finance-pdf', max: 30, windowMs: 60_000 });

const langOf = (request: FastifyRequest, lang: Locale | undefined): Locale =>
  lang ?? requestLocale(request);

export function financeRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/shops/:id/statement',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary:
          "The shop's statement for a period: opening and closing balance, every entry, totals",
        params: idParams,
        querystring: periodQuery,
        response: { 200: statementSchema, ...errorResponses },
      },
    },
    async (request) =>
      finance.shopStatement(ctx.db, currentUser(request), request.params.id, request.query),
  );
  app.get(
    '/shops/:id/statement.csv',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: "The shop's statement as CSV (UTF-8 with BOM; amounts in taka)",
        params: idParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const { csv, filename } = await finance.shopStatementCsv(
        ctx.db,
        currentUser(request),
        request.params.id,
        request.query,
        langOf(request, request.query.lang),
      );
      return sendDownload(reply, { type: 'text/csv; charset=utf-8', filename, body: csv });
    },
  );
  app.get(
    '/shops/:id/statement.pdf',
    {
      config: { auth: ['seller', 'admin'] },
      preHandler: rateLimit(ctx, pdfLimit),
      schema: {
        tags,
        summary: "The shop's statement as a PDF, in Bengali or English",
        params: idParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await finance.shopStatementPdf(
        ctx.db,
        currentUser(request),
        request.params.id,
        request.query,
        langOf(request, request.query.lang),
      );
      return sendDownload(reply, { type: 'application/pdf', filename, body: pdf, inline: true });
    },
  );
  app.get(
    '/shops/:id/invoices',
    {
      config: { auth: ['seller', 'admin'] },
      schema: {
        tags,
        summary: "The months of a year with commission: the shop's monthly commission invoices",
        params: idParams,
        querystring: invoicesQuery,
        response: { 200: invoiceListSchema, ...errorResponses },
      },
    },
    async (request) =>
      finance.shopInvoices(ctx.db, currentUser(request), request.params.id, request.query.year),
  );
  app.get(
    '/shops/:id/invoices/:month.pdf',
    {
      config: { auth: ['seller', 'admin'] },
      preHandler: rateLimit(ctx, pdfLimit),
      schema: {
        tags,
        summary: "The shop's commission invoice for a month (YYYY-MM, Asia/Dhaka) as a PDF",
        params: invoiceParams,
        querystring: invoiceQuery,
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await finance.shopInvoicePdf(
        ctx.db,
        ctx.config,
        currentUser(request),
        request.params.id,
        request.params.month,
        langOf(request, request.query.lang),
      );
      return sendDownload(reply, { type: 'application/pdf', filename, body: pdf, inline: true });
    },
  );
  app.get(
    '/admin/finance/summary',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: [...tags, 'admin'],
        summary: "The marketplace's commission, delivery fees, refunds and shops' balances",
        querystring: periodQuery,
        response: { 200: summarySchema, ...errorResponses },
      },
    },
    async (request) => finance.adminSummary(ctx.db, request.query),
  );
}
