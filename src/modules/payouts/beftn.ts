import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { poishaToTaka } from '../payments/index.ts';

export const BEFTN_COLUMNS = [
  'sl',
  'beneficiary_name',
  'account_number',
  'routing_number',
  'bank_name',
  'branch_name',
  'amount',
  'reference',
  'purpose',
] as const;

/** One CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvField(value: string): string {
  let v = value.replace(/[\r\n]+/g, ' ');
  if (/^[=+\-@\t]/.test(v)) v = `'${v}`;
  return /[",]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v;
}

/**
 * The run's bank payouts as a BEFTN-style credit file (one line per transfer; amounts in taka with
 * two decimals; the reference is the payout's invoice, which the bank's return file quotes back).
 */
export async function beftnCsv(db: Executor, runId: string): Promise<string> {
  const run = await db
    .selectFrom('payout_runs')
    .select('id')
    .where('id', '=', runId)
    .executeTakeFirst();
  if (!run) throw new AppError('PAYOUT_RUN_NOT_FOUND');
  const rows = await db
    .selectFrom('payouts')
    .select(['invoice', 'amount', 'destination', 'status'])
    .where('run_id', '=', runId)
    .where('method', '=', 'bank')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const lines = [BEFTN_COLUMNS.join(',')];
  rows.forEach((r, i) => {
    const d = r.destination;
    if (d.kind !== 'bank') return;
    lines.push(
      [
        String(i + 1),
        d.accountName,
        d.accountNumber,
        d.routingNumber,
        d.bankName,
        d.branchName ?? '',
        poishaToTaka(r.amount),
        r.invoice,
        'Haat seller payout',
      ]
        .map(csvField)
        .join(','),
    );
  });
  return lines.join('\r\n') + '\r\n';
}
