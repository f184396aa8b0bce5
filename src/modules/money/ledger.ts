import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { accountColumns, accountKey, type Account } from './accounts.ts';

export type LedgerLine = { account: Account; amount: number };

export type Posting = {
  /** What happened (`payment.captured`, `refund.due`, `adjustment`, …). */
  kind: string;
  /** The event's own id: (kind, sourceId) is posted at most once. */
  sourceId: string;
  orderId?: string | null;
  shopId?: string | null;
  memo: string;
  createdBy?: string | null;
  entries: LedgerLine[];
};

export type PostResult = { transactionId: number; replayed: boolean } | null;

/**
 * Writes one balanced ledger transaction inside the caller's transaction. Zero lines are dropped;
 * a posting whose lines do not sum to zero is refused (LEDGER_UNBALANCED). Idempotent on
 * (kind, sourceId): a replayed event returns the first posting and writes nothing. A posting with
 * nothing left to move (every line zero) writes nothing and returns null.
 */
export async function postLedger(tx: Executor, posting: Posting): Promise<PostResult> {
  for (const line of posting.entries) {
    if (!Number.isSafeInteger(line.amount))
      throw new AppError('LEDGER_POSTING_INVALID', { reason: 'amount', amount: line.amount });
  }
  const lines = posting.entries.filter((l) => l.amount !== 0);
  const sum = lines.reduce((s, l) => s + l.amount, 0);
  if (sum !== 0) throw new AppError('LEDGER_UNBALANCED', { kind: posting.kind, sum });
  if (!posting.memo.trim() || !posting.sourceId)
    throw new AppError('LEDGER_POSTING_INVALID', { reason: 'memo or source' });

  const existing = await findPosting(tx, posting.kind, posting.sourceId);
  if (existing) return { transactionId: existing, replayed: true };
  if (lines.length === 0) return null;

  const inserted = await tx
    .insertInto('ledger_transactions')
    .values({
      kind: posting.kind,
      source_id: posting.sourceId,
      order_id: posting.orderId ?? null,
      shop_id: posting.shopId ?? null,
      memo: posting.memo.normalize('NFC').trim().slice(0, 500),
      created_by: posting.createdBy ?? null,
    })
    .onConflict((oc) => oc.columns(['kind', 'source_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    // A concurrent copy of the same event committed first.
    const winner = await findPosting(tx, posting.kind, posting.sourceId);
    return { transactionId: winner!, replayed: true };
  }
  const ids = await accountIds(
    tx,
    lines.map((l) => l.account),
  );
  await tx
    .insertInto('ledger_entries')
    .values(
      lines.map((l) => ({
        transaction_id: inserted.id,
        account_id: ids.get(accountKey(l.account))!,
        amount: l.amount,
      })),
    )
    .execute();
  return { transactionId: inserted.id, replayed: false };
}

async function findPosting(tx: Executor, kind: string, sourceId: string) {
  const row = await tx
    .selectFrom('ledger_transactions')
    .select('id')
    .where('kind', '=', kind)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  return row?.id;
}

/** The ids of these accounts, creating the ones used for the first time. */
async function accountIds(tx: Executor, accounts: Account[]): Promise<Map<string, number>> {
  const byKey = new Map(accounts.map((a) => [accountKey(a), a]));
  await tx
    .insertInto('ledger_accounts')
    // In key order, so two first uses of the same accounts cannot deadlock each other.
    .values([...byKey.keys()].sort().map((k) => accountColumns(byKey.get(k)!)))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const rows = await tx
    .selectFrom('ledger_accounts')
    .select(['id', 'key'])
    .where('key', 'in', [...byKey.keys()])
    .execute();
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** The lines of the posting (kind, sourceId), by account, or undefined if it was never posted. */
export async function postingLines(tx: Executor, kind: string, sourceId: string) {
  const rows = await tx
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(['a.kind', 'a.shop_id', 'a.provider', 'a.funder', 'e.amount'])
    .where('t.kind', '=', kind)
    .where('t.source_id', '=', sourceId)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ account: toAccount(r), amount: r.amount }));
}

function toAccount(r: {
  kind: string;
  shop_id: string | null;
  provider: string | null;
  funder: string | null;
}): Account {
  if (r.shop_id) return { kind: r.kind as 'shop_payable', shopId: r.shop_id };
  if (r.provider) return { kind: 'provider_clearing', provider: r.provider };
  if (r.funder) return { kind: 'discounts', funder: r.funder as 'platform' };
  return { kind: r.kind as 'platform_commission' };
}

/**
 * Checks the whole ledger: every transaction has at least two entries and sums to zero, and so
 * does the ledger as a whole. Returns the transactions that do not (empty when all is well).
 */
export async function verifyLedger(db: Executor) {
  const { rows } = await sql<{ id: number; entries: number; sum: string }>`
    SELECT t.id, count(e.id)::int AS entries, coalesce(sum(e.amount), 0)::text AS sum
      FROM ledger_transactions t LEFT JOIN ledger_entries e ON e.transaction_id = t.id
     GROUP BY t.id
    HAVING count(e.id) < 2 OR coalesce(sum(e.amount), 0) <> 0
     ORDER BY t.id`.execute(db);
  const total = await sql<{ sum: string }>`
    SELECT coalesce(sum(amount), 0)::text AS sum FROM ledger_entries`.execute(db);
  return {
    ok: rows.length === 0 && total.rows[0]!.sum === '0',
    unbalanced: rows.map((r) => ({ transactionId: r.id, entries: r.entries, sum: Number(r.sum) })),
    totalSum: Number(total.rows[0]!.sum),
  };
}

/** Signed sums (debit positive) of a shop's accounts. */
export async function shopAccountSums(db: Executor, shopId: string) {
  const rows = await db
    .selectFrom('ledger_accounts as a')
    .leftJoin('ledger_entries as e', 'e.account_id', 'a.id')
    .select(['a.kind', sql<string>`coalesce(sum(e.amount), 0)::text`.as('sum')])
    .where('a.shop_id', '=', shopId)
    .groupBy('a.kind')
    .execute();
  const of = (kind: string) => Number(rows.find((r) => r.kind === kind)?.sum ?? 0);
  return {
    payable: of('shop_payable'),
    receivable: of('shop_receivable'),
    codCash: of('shop_cod_cash'),
  };
}
