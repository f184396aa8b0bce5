import type { FastifyInstance } from 'fastify';

/** One line of a sandbox's settlement report; `amount` in poisha, unsigned. */
export type SettlementRow = {
  trxID: string;
  type: 'payment' | 'refund' | 'payout';
  amount: number;
  merchantInvoiceNumber: string;
  at: number;
};

const taka = (poisha: number) => (poisha / 100).toFixed(2);

/**
 * `GET /sandbox/settlement-report?from=&to=[&format=csv]`: what the provider captured, refunded and
 * paid out in [from, to), with its own transaction ids, as the merchant portal's download.
 */
export function settlementReportRoute(
  app: FastifyInstance,
  provider: string,
  rows: () => SettlementRow[],
) {
  app.get('/sandbox/settlement-report', async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const from = q.from ? Date.parse(q.from) : 0;
    const to = q.to ? Date.parse(q.to) : Number.MAX_SAFE_INTEGER;
    if (Number.isNaN(from) || Number.isNaN(to)) return reply.code(400).send({ message: 'from/to' });
    const lines = rows()
      .filter((l) => l.at >= from && l.at < to)
      .sort((a, b) => a.at - b.at)
      .map((l) => ({
        trxID: l.trxID,
        type: l.type,
        amount: taka(l.amount),
        merchantInvoiceNumber: l.merchantInvoiceNumber,
        time: new Date(l.at).toISOString(),
      }));
    if (q.format === 'csv') {
      const csv = ['trxID,type,amount,merchantInvoiceNumber,time']
        .concat(
          lines.map((r) => [r.trxID, r.type, r.amount, r.merchantInvoiceNumber, r.time].join(',')),
        )
        .join('\n');
      return reply.type('text/csv; charset=utf-8').send(csv + '\n');
    }
    return { provider, from: q.from ?? null, to: q.to ?? null, lines };
  });
}
