import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/auth.ts';
import { requestLocale } from '../../platform/http/error-handler.ts';
import { rateLimit } from '../../platform/http/rate-limit.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import type { Locale } from '../../platform/i18n.ts';
import { savedLocale } from './receipts.repo.ts';
import { receiptParams, receiptQuery } from './receipts.schema.ts';
import { receiptPdf } from './receipts.service.ts';
import { sendDownload } from '../../platform/http/download.ts';

/** Drawing a receipt takes tens of milliseconds of CPU: 30 a minute per user is plenty. */
const receiptLimit = () => ({ name: 'receipt', max: 30, windowMs: 60_000 });

export function receiptRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/orders/:id/receipt.pdf',
    {
      config: { auth: ['customer', 'seller', 'admin'] },
      preHandler: rateLimit(ctx, receiptLimit),
      schema: {
        tags: ['orders'],
        summary:
          "The order's receipt as a PDF (its customer, its shop's owner, admins; others get 404)",
        params: receiptParams,
        querystring: receiptQuery,
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const locale: Locale =
        request.query.lang ??
        (request.headers['accept-language']
          ? requestLocale(request)
          : ((await savedLocale(ctx.db, user.id)) ?? 'bn'));
      const { pdf, number, renderMs } = await receiptPdf(ctx.db, user, request.params.id, locale);
      request.log.debug({ renderMs: Math.round(renderMs), locale }, 'receipt rendered');
      return sendDownload(reply, {
        type: 'application/pdf',
        filename: `haat-receipt-${number}-${locale}.pdf`,
        body: pdf,
        inline: true,
      });
    },
  );
}
