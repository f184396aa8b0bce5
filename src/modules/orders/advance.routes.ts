import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { errorResponses } from '../../platform/http/error-schema.ts';
import { cursorParam, keyPart, keysetCursor } from '../../platform/http/cursor.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { advanceStatuses } from './orders.tables.ts';
import { paymentRowSchema } from './orders.schema.ts';
import { presentPaymentRow } from './orders.service.ts';

const query = z.object({
  status: z.enum(advanceStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorParam,
});
const advanceRow = paymentRowSchema
  .omit({ provider: true, status: true })
  .extend({ provider: z.literal('bkash'), status: z.enum(advanceStatuses) });
const cursor = keysetCursor(z.tuple([keyPart.pgTimestamp, keyPart.id]));

/**
 * The admins' view of COD advances (docs/risk.md), beside the payments list: newest first, by
 * status, with the same flags (a refund bKash refused, money that came after the order ended).
 */
export function advanceRoutes(app: HttpApp, ctx: AppContext) {
  app.get(
    '/admin/cod-advances',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['payments', 'admin'],
        summary: 'Advances risky COD orders paid by bKash (flagged ones carry flaggedReason)',
        querystring: query,
        response: {
          200: z.object({ items: z.array(advanceRow), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      const after = cursor.decode(q.cursor);
      let rows = ctx.db
        .selectFrom('order_advances as a')
        .innerJoin('orders as o', 'o.id', 'a.order_id')
        .select([
          'a.id',
          'a.order_id',
          'o.number',
          'a.merchant_txn_id',
          'a.provider',
          'a.provider_ref',
          'a.provider_txn_id',
          'a.amount',
          'a.status',
          'a.flagged_reason',
          'a.refund_ref',
          'a.captured_at',
          'a.created_at',
          sql<string>`a.created_at::text`.as('cursor_ts'),
        ]);
      if (q.status) rows = rows.where('a.status', '=', q.status);
      if (after)
        rows = rows.where(
          sql<boolean>`(a.created_at, a.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`,
        );
      const found = await rows
        .orderBy('a.created_at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(q.limit + 1)
        .execute();
      const items = found.slice(0, q.limit);
      const last = items.at(-1);
      return {
        items: items.map(presentPaymentRow),
        nextCursor:
          found.length > q.limit && last ? cursor.encode([last.cursor_ts, last.id]) : null,
      };
    },
  );
}
