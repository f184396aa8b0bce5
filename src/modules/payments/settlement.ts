import { AppError } from '../../platform/errors.ts';
import type { PaymentGateway } from './gateway.ts';
import { asRecord, providerFetch, str } from './providers/http.ts';
import { takaToPoisha } from './providers/money.ts';
import type { PaymentProviderName } from './providers/types.ts';

/** One line of a provider's settlement report, signed from the platform's side. */
export type SettlementLine = {
  providerTxnId: string;
  type: 'payment' | 'refund' | 'payout';
  /** Poisha: money in positive; refunds and payouts negative. */
  amount: number;
  invoice: string | null;
  time: string | null;
};

const TYPES = new Set(['payment', 'refund', 'payout']);

function line(raw: Record<string, unknown>, where: string): SettlementLine {
  const id = str(raw.trxID) ?? str(raw.providerTxnId);
  const type = str(raw.type)?.toLowerCase();
  const amount = str(raw.amount);
  if (!id || !type || !TYPES.has(type) || !amount)
    throw new AppError('RECONCILIATION_REPORT_INVALID', { where });
  let poisha: number;
  try {
    poisha = takaToPoisha(amount.replace(/^-/, ''));
  } catch {
    throw new AppError('RECONCILIATION_REPORT_INVALID', { where, amount });
  }
  return {
    providerTxnId: id.slice(0, 100),
    type: type as SettlementLine['type'],
    amount: type === 'payment' ? poisha : -poisha,
    invoice: str(raw.merchantInvoiceNumber)?.slice(0, 100) ?? null,
    time: str(raw.time)?.slice(0, 40) ?? null,
  };
}

/**
 * The provider's settlement report for [from, to), from its sandbox. Real providers publish these
 * as merchant-portal downloads: PAYMENT_PROVIDER_NOT_CONFIGURED then (upload the file instead).
 */
export async function fetchSettlementReport(
  gateway: PaymentGateway,
  provider: Exclude<PaymentProviderName, 'cod'>,
  from: Date,
  to: Date,
  timeoutMs = 30_000,
): Promise<SettlementLine[]> {
  const root = await gateway.reportRoot(provider);
  if (!root) throw new AppError('PAYMENT_PROVIDER_NOT_CONFIGURED', { provider, report: 'upload' });
  const q = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
  const answer = await providerFetch(provider, `${root}/sandbox/settlement-report?${q}`, {
    method: 'GET',
    timeoutMs,
  });
  const lines = asRecord(answer.body).lines;
  if (answer.status !== 200 || !Array.isArray(lines))
    throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE', { provider, reason: 'invalid_response' });
  return lines.map((l, i) => line(asRecord(l), `line ${i + 1}`));
}

/** Splits one CSV line (quotes and doubled quotes honoured). */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cur);
      cur = '';
    } else cur += c;
  }
  cells.push(cur);
  return cells.map((c) => c.trim());
}

/**
 * A settlement report as CSV, with a header naming at least `trxID` (or `providerTxnId`), `type`
 * (payment, refund, payout) and `amount` (taka); `merchantInvoiceNumber` and `time` optional.
 */
export function parseSettlementCsv(text: string): SettlementLine[] {
  const rows = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  if (rows.length === 0) throw new AppError('RECONCILIATION_REPORT_INVALID', { where: 'empty' });
  const header = csvCells(rows[0]!);
  if (!header.includes('type') || !header.includes('amount'))
    throw new AppError('RECONCILIATION_REPORT_INVALID', { where: 'header' });
  return rows.slice(1).map((r, i) => {
    const cells = csvCells(r);
    return line(Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])), `line ${i + 2}`);
  });
}
