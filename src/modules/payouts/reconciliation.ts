import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import {
  fetchSettlementReport,
  parseSettlementCsv,
  type PaymentGateway,
  type SettlementLine,
} from '../payments/index.ts';

export type Provider = 'bkash' | 'nagad' | 'sslcommerz';

type LedgerLine = {
  providerTxnId: string;
  type: string;
  amount: number;
  orderId: string | null;
};

/**
 * The ledger's movements on `clearing:{provider}` in [from, to), one per provider transaction:
 * captures (+, the payment's provider transaction id), refunds paid (−, the refund's id) and bKash
 * payouts paid (−, the payout's trxID). A movement whose provider id is unknown is keyed
 * `ledger:{transaction id}` (it can only be missing from the report).
 */
export async function ledgerMovements(
  db: Executor,
  provider: Provider,
  from: Date,
  to: Date,
): Promise<LedgerLine[]> {
  const { rows } = await sql<{
    id: number;
    kind: string;
    order_id: string | null;
    amount: string;
    payment_txn: string | null;
    refund_ref: string | null;
    payout_txn: string | null;
  }>`
    SELECT t.id, t.kind, t.order_id, sum(e.amount)::text AS amount,
           pr.provider_txn_id AS payment_txn, pr.refund_ref, po.provider_txn_id AS payout_txn
      FROM ledger_entries e
      JOIN ledger_accounts a ON a.id = e.account_id AND a.key = ${`clearing:${provider}`}
      JOIN ledger_transactions t ON t.id = e.transaction_id
      LEFT JOIN payouts_payment_refs pr
             ON t.kind IN ('payment.captured', 'refund.paid', 'advance.captured', 'advance.refund_paid')
            AND pr.id::text = t.source_id
      LEFT JOIN payouts po ON t.kind = 'payout.paid' AND po.id::text = t.source_id
     WHERE t.created_at >= ${from} AND t.created_at < ${to}
     GROUP BY t.id, pr.provider_txn_id, pr.refund_ref, po.provider_txn_id
     ORDER BY t.id`.execute(db);
  return rows.map((r) => {
    const type =
      r.kind === 'payment.captured' || r.kind === 'advance.captured'
        ? 'payment'
        : r.kind === 'refund.paid' || r.kind === 'advance.refund_paid'
          ? 'refund'
          : r.kind === 'payout.paid'
            ? 'payout'
            : r.kind;
    const id = type === 'payment' ? r.payment_txn : type === 'refund' ? r.refund_ref : r.payout_txn;
    return {
      providerTxnId: id ?? `ledger:${r.id}`,
      type,
      amount: Number(r.amount),
      orderId: r.order_id,
    };
  });
}

export type Difference = {
  kind: 'missing_in_ledger' | 'missing_in_report' | 'amount_mismatch';
  providerTxnId: string;
  type: string;
  ledgerAmount: number | null;
  reportAmount: number | null;
  orderId?: string | null;
};

/** Line by line, by the provider's transaction id (and type): every difference listed. */
export function compare(ledger: LedgerLine[], report: SettlementLine[]) {
  const key = (type: string, id: string) => `${type}\u0000${id}`;
  const sumBy = <T extends { type: string; providerTxnId: string; amount: number }>(lines: T[]) => {
    const m = new Map<string, { line: T; amount: number }>();
    for (const l of lines) {
      const k = key(l.type, l.providerTxnId);
      const had = m.get(k);
      m.set(k, { line: had?.line ?? l, amount: (had?.amount ?? 0) + l.amount });
    }
    return m;
  };
  const L = sumBy(ledger);
  const R = sumBy(report);
  const differences: Difference[] = [];
  let matched = 0;
  for (const [k, l] of L) {
    const r = R.get(k);
    const base = {
      providerTxnId: l.line.providerTxnId,
      type: l.line.type,
      orderId: l.line.orderId,
    };
    if (!r)
      differences.push({
        ...base,
        kind: 'missing_in_report',
        ledgerAmount: l.amount,
        reportAmount: null,
      });
    else if (r.amount !== l.amount)
      differences.push({
        ...base,
        kind: 'amount_mismatch',
        ledgerAmount: l.amount,
        reportAmount: r.amount,
      });
    else matched++;
  }
  for (const [k, r] of R) {
    if (L.has(k)) continue;
    differences.push({
      kind: 'missing_in_ledger',
      providerTxnId: r.line.providerTxnId,
      type: r.line.type,
      ledgerAmount: null,
      reportAmount: r.amount,
      orderId: null,
    });
  }
  return {
    ledgerTotal: ledger.reduce((s, l) => s + l.amount, 0),
    reportTotal: report.reduce((s, l) => s + l.amount, 0),
    matched,
    differences,
  };
}

/** GET /admin/reconciliation: the ledger against the provider's report (or an uploaded one). */
export async function reconcile(
  db: Executor,
  gateway: PaymentGateway,
  q: { provider: Provider; from: string; to: string; reportId?: string },
  timeoutMs: number,
) {
  const from = new Date(q.from);
  const to = new Date(q.to);
  if (!(to > from)) throw new AppError('VALIDATION_FAILED', { to: 'after from' });
  let report: SettlementLine[];
  let source: 'provider' | 'upload' = 'provider';
  if (q.reportId) {
    const row = await db
      .selectFrom('reconciliation_reports')
      .select(['provider', 'lines'])
      .where('id', '=', q.reportId)
      .executeTakeFirst();
    if (!row || row.provider !== q.provider)
      throw new AppError('NOT_FOUND', { resource: 'report' });
    source = 'upload';
    report = row.lines.filter((l) => {
      const t = l.time ? Date.parse(l.time) : NaN;
      return Number.isNaN(t) || (t >= from.getTime() && t < to.getTime());
    }) as SettlementLine[];
  } else {
    report = await fetchSettlementReport(gateway, q.provider, from, to, timeoutMs);
  }
  const ledger = await ledgerMovements(db, q.provider, from, to);
  return {
    provider: q.provider,
    from: from.toISOString(),
    to: to.toISOString(),
    source,
    ...compare(ledger, report),
  };
}

/** POST /admin/reconciliation/reports: a provider's report file (CSV), parsed and kept. */
export async function uploadReport(
  db: Executor,
  adminId: string,
  body: { provider: Provider; csv: string; fileName?: string },
) {
  const lines = parseSettlementCsv(body.csv);
  if (lines.length > 100_000)
    throw new AppError('RECONCILIATION_REPORT_INVALID', { where: 'too many lines' });
  const row = await db
    .insertInto('reconciliation_reports')
    .values({
      provider: body.provider,
      file_name: body.fileName?.slice(0, 200) ?? null,
      lines: JSON.stringify(lines),
      uploaded_by: adminId,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    provider: body.provider,
    lines: lines.length,
    createdAt: row.created_at.toISOString(),
  };
}
